/**
 * The default texts of every step, in French and English, rising in firmness: friendly before
 * the due date, courteous ("possible oversight"), firm (8 days to pay), formal (mise en
 * demeure). From the courrier de rappel on they carry the penalties and the 40 € indemnity,
 * inside {{#pro}} sections so that a consumer never reads them (collection fees may not be
 * charged to consumers). Every text names the invoices, their dates and amounts, the days late,
 * the balance, the payment means and the creditor.
 */
import type { Language, StepId } from '../model';

/** A step's text: the email's subject and body, and the letter's text for a step that posts one. */
export interface TemplateText {
  subject: string;
  body: string;
  letter?: string;
}

const LINES_FR =
  '{{#factures}}- Facture n° {{numero}}{{#date}} du {{date}}{{/date}}, {{#a_echoir}}à échéance le{{/a_echoir}}{{^a_echoir}}échue le{{/a_echoir}} {{echeance}} : {{solde}} restant dû{{#jours_retard}} ({{retard}}){{/jours_retard}}\n{{/factures}}{{#autres_factures}}{{autres_factures}}\n{{/autres_factures}}{{#factures_reglees_en_retard}}{{factures_reglees_en_retard}}\n{{/factures_reglees_en_retard}}';
const LINES_EN =
  '{{#factures}}- Invoice {{numero}}{{#date}} dated {{date}}{{/date}}, due {{echeance}}: {{solde}} outstanding{{#jours_retard}} ({{retard}}){{/jours_retard}}\n{{/factures}}{{#autres_factures}}{{autres_factures}}\n{{/autres_factures}}{{#factures_reglees_en_retard}}{{factures_reglees_en_retard}}\n{{/factures_reglees_en_retard}}';

const PAY_FR =
  '{{#iban}}Par virement : IBAN {{iban}}{{#bic}} — BIC {{bic}}{{/bic}}, en indiquant le numéro de facture.\n{{/iban}}{{#lien_paiement}}En ligne : {{lien_paiement}}\n{{/lien_paiement}}';
const PAY_EN =
  '{{#iban}}By bank transfer: IBAN {{iban}}{{#bic}} — BIC {{bic}}{{/bic}}, quoting the invoice number.\n{{/iban}}{{#lien_paiement}}Online: {{lien_paiement}}\n{{/lien_paiement}}';

const SIGNATURE_FR =
  '{{signataire}}\n{{entreprise}}\n{{adresse_entreprise}}\n{{#mentions_legales}}{{mentions_legales}}\n{{/mentions_legales}}{{#siret}}SIRET {{siret}}\n{{/siret}}{{email_entreprise}}{{#telephone_entreprise}} — {{telephone_entreprise}}{{/telephone_entreprise}}';
const SIGNATURE_EN = SIGNATURE_FR;

/** Letterhead with the mentions of Code de commerce R123-237, then the recipient's block. */
const HEAD_FR =
  '{{entreprise}}\n{{mentions_legales}}\nSiège social : {{adresse_entreprise}}\nSIRET {{siret}}\n\n{{client}}\n{{#a_l_attention}}{{a_l_attention}}\n{{/a_l_attention}}{{adresse_client}}';
const HEAD_EN =
  '{{entreprise}}\n{{mentions_legales}}\nRegistered office: {{adresse_entreprise}}\nSIRET {{siret}}\n\n{{client}}\n{{#a_l_attention}}{{a_l_attention}}\n{{/a_l_attention}}{{adresse_client}}';

const PROMISE =
  '{{#promesse_non_tenue}}{{promesse_non_tenue}}\n\n{{/promesse_non_tenue}}{{#echeancier_non_tenu}}{{echeancier_non_tenu}}\n\n{{/echeancier_non_tenu}}';
/** A broken plan is said from the first message after it, the call script included. */
const BROKEN_PLAN = '{{#echeancier_non_tenu}}{{echeancier_non_tenu}}\n\n{{/echeancier_non_tenu}}';

/**
 * A public buyer's moratory interest and indemnity are owed as of right and paid within 45 days
 * after the principal (Code de la commande publique R2192-36): never demanded within 8 days.
 */
const PUBLIC_BUYER_EXTRAS_FR =
  'S’y ajoutent de plein droit les intérêts moratoires, {{penalites}} arrêtés au {{date_arrete}}, qui courent jusqu’au paiement du principal (articles L2192-13 et R2192-31 du Code de la commande publique), et les indemnités forfaitaires pour frais de recouvrement, {{indemnite_detail}} (article D2192-35), à payer dans les quarante-cinq jours suivant la mise en paiement du principal (article R2192-36).';
const PUBLIC_BUYER_EXTRAS_EN =
  'Moratory interest is added as of right, {{penalites}} to {{date_arrete}}, running until the principal is paid (articles L2192-13 and R2192-31 of the French Public Procurement Code), with the fixed recovery indemnities, {{indemnite_detail}} (article D2192-35), to be paid within forty-five days after the principal (article R2192-36).';

/** Mise en demeure: one sum with its parts, the consumer's version without any fee. */
const MED_DEMAND_FR = `Par la présente, qui vaut mise en demeure au sens de l’article 1344 du Code civil, nous vous demandons de nous régler, dans un délai de huit jours à compter de sa première présentation{{#date_limite}}, soit au plus tard le {{date_limite}}{{/date_limite}}, {{#acheteur_public}}la somme de {{total_du}}, principal restant dû au titre {{de_factures}} ci-dessus.{{/acheteur_public}}{{^acheteur_public}}la somme de {{total_reclame}}{{#pro}}, qui se décompose ainsi :{{/pro}}{{^pro}}, montant restant dû au titre {{de_factures}} ci-dessus.{{/pro}}{{/acheteur_public}}
{{#pro}}{{^acheteur_public}}- principal restant dû : {{total_du}} ;
- pénalités de retard arrêtées au {{date_arrete}} : {{penalites}}, qui continuent de courir jusqu’au complet paiement, au taux de l’article L441-10 du Code de commerce (détail en annexe) ;
- indemnités forfaitaires pour frais de recouvrement : {{indemnite_detail}} (article D441-5 du Code de commerce).
{{/acheteur_public}}{{#acheteur_public}}${PUBLIC_BUYER_EXTRAS_FR} Détail en annexe.
{{/acheteur_public}}{{/pro}}{{^pro}}Conformément à l’article 1344-1 du Code civil, la présente mise en demeure fait courir les intérêts au taux légal sur cette somme.
{{/pro}}`;
const MED_DEMAND_EN = `This letter is a formal notice (mise en demeure) under article 1344 of the French Civil Code: we ask you to pay, within eight days of its first presentation{{#date_limite}}, by {{date_limite}} at the latest{{/date_limite}}, {{#acheteur_public}}the sum of {{total_du}}, the outstanding principal of {{#une_facture}}the invoice{{/une_facture}}{{^une_facture}}the invoices{{/une_facture}} above.{{/acheteur_public}}{{^acheteur_public}}the sum of {{total_reclame}}{{#pro}}, made up of:{{/pro}}{{^pro}}, the balance of the invoices above.{{/pro}}{{/acheteur_public}}
{{#pro}}{{^acheteur_public}}- outstanding principal: {{total_du}};
- late payment interest to {{date_arrete}}: {{penalites}}, which keeps running until payment in full, at the rate of article L441-10 of the French Commercial Code (detail in the annex);
- fixed recovery indemnities: {{indemnite_detail}} (article D441-5 of the French Commercial Code).
{{/acheteur_public}}{{#acheteur_public}}${PUBLIC_BUYER_EXTRAS_EN} Detail in the annex.
{{/acheteur_public}}{{/pro}}{{^pro}}Under article 1344-1 of the French Civil Code, this formal notice makes interest at the legal rate run on that sum.
{{/pro}}`;
/**
 * The sum of the mise en demeure's email copy, stopped on the letter's day ({{date_arrete}}), and
 * its deadline ({{delai_mise_en_demeure}}). A public buyer is asked for the principal: its
 * intérêts moratoires and indemnity are paid within 45 days of the principal (R2192-36).
 */
const MED_COPY_SUM_FR =
  '{{^acheteur_public}}Somme réclamée{{#montant_provisoire}} à titre provisoire{{/montant_provisoire}} : {{total_reclame_chiffre}}{{#pro}} (principal {{total_du}}, pénalités de retard arrêtées au {{date_arrete}} : {{penalites_chiffre}}, indemnités forfaitaires : {{indemnite}}){{/pro}}, à régler {{delai_mise_en_demeure}}.{{/acheteur_public}}{{#acheteur_public}}Principal à régler : {{total_du}}, {{delai_mise_en_demeure}}. ' +
  PUBLIC_BUYER_EXTRAS_FR +
  '{{/acheteur_public}}';
const MED_COPY_SUM_EN =
  '{{^acheteur_public}}Sum claimed{{#montant_provisoire}}, provisionally{{/montant_provisoire}}: {{total_reclame_chiffre}}{{#pro}} (principal {{total_du}}, interest to {{date_arrete}}: {{penalites_chiffre}}, fixed indemnities: {{indemnite}}){{/pro}}, to be paid {{delai_mise_en_demeure}}.{{/acheteur_public}}{{#acheteur_public}}Principal to be paid: {{total_du}}, {{delai_mise_en_demeure}}. ' +
  PUBLIC_BUYER_EXTRAS_EN +
  '{{/acheteur_public}}';

/**
 * What follows a failed notice: an injonction de payer (CPC 1405), or for a public buyer, whose
 * contract is administrative, a référé-provision (CJA R541-1; see dunning/court.ts). A debtor
 * established abroad is announced no French injonction: the judge of the debtor's residence is
 * competent (CPC 1406), and the route depends on the country (the recourse memo names it).
 */
const MED_COURT_FR =
  '{{#etranger}}À défaut de règlement dans ce délai, nous engagerons sans autre avis une procédure judiciaire de recouvrement devant la juridiction compétente, et demanderons que les frais de procédure soient mis à votre charge.{{/etranger}}{{^etranger}}{{#pro}}{{^acheteur_public}}À défaut de règlement dans ce délai, nous saisirons sans autre avis la juridiction compétente d’une requête en injonction de payer, et demanderons que les dépens et frais de procédure soient mis à votre charge.{{/acheteur_public}}{{#acheteur_public}}À défaut de règlement dans ce délai, nous saisirons sans autre avis le tribunal administratif d’une demande de référé-provision (article R541-1 du Code de justice administrative).{{/acheteur_public}}{{/pro}}{{^pro}}À défaut de règlement dans ce délai, nous saisirons sans autre avis la juridiction compétente d’une requête en injonction de payer ; il appartiendra au juge de statuer sur les dépens.{{/pro}}{{/etranger}}';
const MED_COURT_EN =
  '{{#etranger}}Failing payment within this period, we will take legal action for recovery before the competent court without further notice, and ask that the costs of the proceedings be borne by you.{{/etranger}}{{^etranger}}{{#pro}}{{^acheteur_public}}Failing payment within this period, we will apply without further notice to the competent court for an order for payment (injonction de payer), and ask that the costs of the proceedings be borne by you.{{/acheteur_public}}{{#acheteur_public}}Failing payment within this period, we will apply without further notice to the administrative court for an interim payment (référé-provision, article R541-1 of the French Code of Administrative Justice).{{/acheteur_public}}{{/pro}}{{^pro}}Failing payment within this period, we will apply without further notice to the competent court for an order for payment (injonction de payer); the costs of the proceedings will be for the judge to decide.{{/pro}}{{/etranger}}';
const ANNEX_FR =
  '{{#pro}}\nAnnexe : {{^acheteur_public}}pénalités de retard{{/acheteur_public}}{{#acheteur_public}}intérêts moratoires{{/acheteur_public}} par semestre ({{annexe_titre}})\n{{#annexe_penalites}}{{facture}} : du {{du}} au {{au}}, {{jours}} jours sur {{base}} à {{taux}} : {{montant}}\n{{/annexe_penalites}}Total {{^acheteur_public}}des pénalités{{/acheteur_public}}{{#acheteur_public}}des intérêts moratoires{{/acheteur_public}} au {{date_arrete}} : {{penalites}}\n{{/pro}}';
const ANNEX_EN =
  '{{#pro}}\nAnnex: {{^acheteur_public}}late payment interest{{/acheteur_public}}{{#acheteur_public}}moratory interest{{/acheteur_public}} per half-year ({{annexe_titre}})\n{{#annexe_penalites}}{{facture}}: {{du}} to {{au}}, {{jours}} days on {{base}} at {{taux}}: {{montant}}\n{{/annexe_penalites}}Total {{#acheteur_public}}moratory {{/acheteur_public}}interest to {{date_arrete}}: {{penalites}}\n{{/pro}}';

/** A public buyer owes under the Code de la commande publique: L2192-13, R2192-31, D2192-35. */
const PENALTIES_FR =
  '{{#pro}}{{^acheteur_public}}Conformément à l’article L441-10 du Code de commerce, ce retard fait courir des pénalités au taux annuel de {{taux_penalites}}, soit {{penalites}} à ce jour, ainsi qu’une indemnité forfaitaire pour frais de recouvrement de quarante euros (40 €) par facture (article D441-5), soit {{indemnite}}.{{/acheteur_public}}{{#acheteur_public}}Conformément aux articles L2192-13 et R2192-31 du Code de la commande publique, ce retard fait courir de plein droit des intérêts moratoires au taux de la BCE majoré de huit points, soit {{taux_penalites}} : {{penalites}} à ce jour, ainsi qu’une indemnité forfaitaire pour frais de recouvrement de quarante euros (40 €) par facture (article D2192-35 du Code de la commande publique), soit {{indemnite}}.{{/acheteur_public}}\n{{/pro}}';
const PENALTIES_EN =
  '{{#pro}}{{^acheteur_public}}Under article L441-10 of the French Commercial Code, late payment bears interest at the annual rate of {{taux_penalites}}, that is {{penalites}} to date, plus a fixed recovery indemnity of forty euros (€40) per invoice (article D441-5), that is {{indemnite}}.{{/acheteur_public}}{{#acheteur_public}}Under articles L2192-13 and R2192-31 of the French Public Procurement Code, late payment bears moratory interest as of right at the ECB rate plus eight points, that is {{taux_penalites}}: {{penalites}} to date, plus a fixed recovery indemnity of forty euros (€40) per invoice (article D2192-35 of the French Public Procurement Code), that is {{indemnite}}.{{/acheteur_public}}\n{{/pro}}';

export const DEFAULT_TEXTS: Record<StepId, Record<Language, TemplateText>> = {
  'before-due': {
    fr: {
      subject:
        '{{#une_facture}}Rappel : échéance prochaine de votre facture{{/une_facture}}{{^une_facture}}Rappel : échéance prochaine de vos {{nombre_factures}} factures{{/une_facture}} — {{entreprise}}',
      body: `{{bonjour}}

Pour faciliter votre organisation, nous vous rappelons que {{#une_facture}}le règlement suivant arrive{{/une_facture}}{{^une_facture}}les règlements suivants arrivent{{/une_facture}} à échéance prochainement :

${LINES_FR}
Montant total : {{total_du}}.

${PAY_FR}
Si le règlement est déjà en cours, merci de ne pas tenir compte de ce message.

Bien cordialement,
${SIGNATURE_FR}`,
    },
    en: {
      subject:
        '{{#une_facture}}Reminder: invoice due soon{{/une_facture}}{{^une_facture}}Reminder: {{nombre_factures}} invoices due soon{{/une_facture}} — {{entreprise}}',
      body: `{{bonjour}}

As a courtesy, this is a reminder that {{#une_facture}}the following payment{{/une_facture}}{{^une_facture}}the following payments{{/une_facture}} will soon be due:

${LINES_EN}
Total: {{total_du}}.

${PAY_EN}
If payment is already on its way, please disregard this message.

Kind regards,
${SIGNATURE_EN}`,
    },
  },
  'reminder-1': {
    fr: {
      subject: 'Facture en attente de règlement — {{entreprise}}',
      body: `{{bonjour}}

Sauf erreur ou omission de notre part, nous n’avons pas encore reçu le règlement {{de_factures_suivantes}} :

${LINES_FR}
${BROKEN_PLAN}Total restant dû : {{total_du}}{{#penalites_conservees}} sur les factures, plus {{penalites_conservees}} de pénalités et d’indemnité restant dues{{/penalites_conservees}}.

Il s’agit sans doute d’un simple oubli. {{copie_facture}}
Vous pouvez régler :
${PAY_FR}
Si vous avez effectué le paiement entre-temps, merci de ne pas tenir compte de ce message. Pour toute question, je reste à votre disposition.

Bien cordialement,
${SIGNATURE_FR}`,
    },
    en: {
      subject: 'Invoice awaiting payment — {{entreprise}}',
      body: `{{bonjour}}

Unless we are mistaken, we have not yet received payment {{de_factures_suivantes}}:

${LINES_EN}
${BROKEN_PLAN}Total outstanding: {{total_du}}{{#penalites_conservees}} on the invoices, plus {{penalites_conservees}} of interest and indemnity remaining due{{/penalites_conservees}}.

This is probably a simple oversight. {{copie_facture}}
You can pay:
${PAY_EN}
If you have paid in the meantime, please disregard this message. I remain at your disposal for any question.

Kind regards,
${SIGNATURE_EN}`,
    },
  },
  'phone-call': {
    fr: {
      subject: 'Appeler {{client}} — {{total_du}} en retard',
      body: `Appel de relance — {{client}}
Interlocuteur : {{contact}}{{#telephone_client}} — {{telephone_client}}{{/telephone_client}}

Factures concernées :
${LINES_FR}
Total restant dû : {{total_du}} — plus ancienne échéance : {{plus_ancienne_echeance}} ({{retard_max}}).
${BROKEN_PLAN}
À demander :
1. La facture a-t-elle bien été reçue et validée ? Y a-t-il un point de désaccord ?
2. À quelle date le paiement sera-t-il effectué ? (noter la date : « Promesse »)
3. En cas de difficulté : proposer un échéancier (montants et dates) et le confirmer par écrit.

Après l’appel, notez le résultat dans Relance : promesse avec sa date, litige avec son motif, échéancier, ou « sans réponse ».`,
    },
    en: {
      subject: 'Call {{client}} — {{total_du}} overdue',
      body: `Collection call — {{client}}
Contact: {{contact}}{{#telephone_client}} — {{telephone_client}}{{/telephone_client}}

Invoices:
${LINES_EN}
Total outstanding: {{total_du}} — oldest due date: {{plus_ancienne_echeance}} ({{retard_max}}).
${BROKEN_PLAN}
Ask:
1. Was the invoice received and approved? Is anything disputed?
2. On what date will payment be made? (record the date as a "Promise")
3. If they are in difficulty: offer a payment plan (amounts and dates) and confirm it in writing.

After the call, record the outcome in Relance.`,
    },
  },
  'reminder-2': {
    fr: {
      subject:
        '{{#une_facture}}Rappel : facture impayée{{/une_facture}}{{^une_facture}}Rappel : {{factures_compte}} impayées{{/une_facture}} — {{entreprise}}',
      body: `{{salutation}}

Sauf erreur de notre part, {{factures_impayees}} malgré l’échéance dépassée :

${LINES_FR}
{{#penalites_conservees}}Principal restant dû{{/penalites_conservees}}{{^penalites_conservees}}Total restant dû{{/penalites_conservees}} : {{total_du}}.

${PROMISE}${PENALTIES_FR}
Nous vous remercions de bien vouloir procéder au règlement sous huit jours, soit au plus tard le {{date_limite}}.
${PAY_FR}
{{pieces_jointes}} Si un point vous empêche de régler, contactez-nous sans attendre afin de trouver une solution.

Cordialement,
${SIGNATURE_FR}`,
      letter: `${HEAD_FR}

Le {{date_du_jour}}

Objet : {{#une_facture}}rappel d’une facture impayée{{/une_facture}}{{^une_facture}}rappel de {{factures_compte}} impayées{{/une_facture}}

{{salutation}}

Sauf erreur de notre part, {{factures_impayees}} à ce jour, alors que l’échéance est dépassée :

${LINES_FR}
{{#penalites_conservees}}Principal restant dû{{/penalites_conservees}}{{^penalites_conservees}}Total restant dû{{/penalites_conservees}} : {{total_du}}.

${PROMISE}${PENALTIES_FR}
Nous vous demandons de bien vouloir régler la somme due sous huit jours, soit au plus tard le {{date_limite}}.

${PAY_FR}
Sans règlement de votre part dans ce délai, nous serons contraints de vous adresser une mise en demeure.

Veuillez agréer, {{salutation}} nos salutations distinguées.

${SIGNATURE_FR}`,
    },
    en: {
      subject:
        '{{#une_facture}}Reminder: unpaid invoice{{/une_facture}}{{^une_facture}}Reminder: {{factures_compte}} unpaid{{/une_facture}} — {{entreprise}}',
      body: `{{salutation}}

Unless we are mistaken, {{factures_impayees}} although past due:

${LINES_EN}
{{#penalites_conservees}}Principal outstanding{{/penalites_conservees}}{{^penalites_conservees}}Total outstanding{{/penalites_conservees}}: {{total_du}}.

${PROMISE}${PENALTIES_EN}
Please settle within eight days, by {{date_limite}} at the latest.
${PAY_EN}
{{pieces_jointes}} If something prevents you from paying, please contact us without delay so that we can find a solution.

Regards,
${SIGNATURE_EN}`,
      letter: `${HEAD_EN}

{{date_du_jour}}

Subject: {{#une_facture}}reminder of an unpaid invoice{{/une_facture}}{{^une_facture}}reminder of {{factures_compte}} unpaid{{/une_facture}}

{{salutation}}

Unless we are mistaken, {{factures_impayees}} although past due:

${LINES_EN}
{{#penalites_conservees}}Principal outstanding{{/penalites_conservees}}{{^penalites_conservees}}Total outstanding{{/penalites_conservees}}: {{total_du}}.

${PROMISE}${PENALTIES_EN}
Please pay the amount due within eight days, by {{date_limite}} at the latest.

${PAY_EN}
Failing payment within this period, we will have to send you a formal notice.

Yours faithfully,

${SIGNATURE_EN}`,
    },
  },
  'demand-letter': {
    fr: {
      subject: 'Mise en demeure de payer — {{entreprise}}',
      body: `{{salutation}}

{{#numero_lrar}}Par lettre recommandée avec accusé de réception n° {{numero_lrar}}, postée le {{date_envoi_lrar}}, nous vous avons mis en demeure de régler {{factures_suivantes}} :{{/numero_lrar}}{{^numero_lrar}}Nous vous mettons en demeure de régler {{factures_suivantes}} :{{/numero_lrar}}

${LINES_FR}
${PROMISE}${MED_COPY_SUM_FR}

${PAY_FR}
{{pieces_jointes}}

${MED_COURT_FR}

Veuillez agréer, {{salutation}} nos salutations distinguées.

${SIGNATURE_FR}`,
      letter: `${HEAD_FR}

Lettre recommandée avec accusé de réception
Le {{date_du_jour}}

Objet : MISE EN DEMEURE DE PAYER

{{salutation}}

{{constat_impaye}} :

${LINES_FR}
${PROMISE}${MED_DEMAND_FR}
${PAY_FR}
${MED_COURT_FR}

Veuillez agréer, {{salutation}} nos salutations distinguées.

${SIGNATURE_FR}
${ANNEX_FR}`,
    },
    en: {
      subject: 'Formal notice to pay — {{entreprise}}',
      body: `{{salutation}}

{{#numero_lrar}}By registered letter with acknowledgement of receipt no. {{numero_lrar}}, posted on {{date_envoi_lrar}}, we gave you formal notice to pay {{factures_suivantes}}:{{/numero_lrar}}{{^numero_lrar}}We give you formal notice to pay {{factures_suivantes}}:{{/numero_lrar}}

${LINES_EN}
${PROMISE}${MED_COPY_SUM_EN}

${PAY_EN}
{{pieces_jointes}}

${MED_COURT_EN}

Yours faithfully,

${SIGNATURE_EN}`,
      letter: `${HEAD_EN}

Registered letter with acknowledgement of receipt
{{date_du_jour}}

Subject: FORMAL NOTICE TO PAY (mise en demeure)

{{salutation}}

{{constat_impaye}}:

${LINES_EN}
${PROMISE}${MED_DEMAND_EN}
${PAY_EN}
${MED_COURT_EN}

Yours faithfully,

${SIGNATURE_EN}
${ANNEX_EN}`,
    },
  },
  'court-claim': {
    fr: {
      subject: 'Recours : préparer l’injonction de payer contre {{client}}',
      body: `Dossier de recouvrement — {{client}}
{{adresse_client}}

Créance :
${LINES_FR}{{#factures_en_cours}}{{factures_en_cours}}
{{/factures_en_cours}}Principal restant dû : {{total_du}}
{{#pro}}{{^acheteur_public}}Pénalités de retard (L441-10) à ce jour : {{penalites}}
Indemnités forfaitaires (D441-5) : {{indemnite}}
{{/acheteur_public}}{{#acheteur_public}}Intérêts moratoires (R2192-31 du Code de la commande publique) à ce jour : {{penalites}}
Indemnités forfaitaires (D2192-35) : {{indemnite}}
{{/acheteur_public}}{{/pro}}Total réclamé : {{total_reclame}}

La mise en demeure est restée sans effet. {{#voie_amiable}}Deux voies :{{/voie_amiable}}{{^voie_amiable}}Voie de recours :{{/voie_amiable}}
1. Juridiction : {{juridiction}}. {{procedure_recours}}{{#cerfa}} Formulaire : Cerfa n° {{cerfa}}.{{/cerfa}}
{{verification_juridiction}}
{{#voie_amiable}}2. Confier le dossier à une société de recouvrement ou à un commissaire de justice{{#procedure_simplifiee}} (procédure simplifiée de recouvrement des petites créances, jusqu’à 5 000 €, avec l’accord du débiteur : articles L125-1 et R125-1 du Code des procédures civiles d’exécution){{/procedure_simplifiee}}.
{{/voie_amiable}}{{#acheteur_public}}Ni société de recouvrement ni commissaire de justice : aucune voie d’exécution forcée n’est ouverte contre une personne publique.
{{/acheteur_public}}{{#date_prescription}}Prescription : la demande en justice doit être déposée au plus tard le {{date_prescription}}.{{#prescription_proche}} ATTENTION : moins de 90 jours ; seule une demande en justice interrompt la prescription (article 2241 du Code civil) : déposez la requête sans attendre.{{/prescription_proche}}
{{/date_prescription}}
Pièces à réunir : devis ou bon de commande, factures, relances, mise en demeure et son accusé de réception (voir le Journal des relances).`,
    },
    en: {
      subject: 'Recourse: prepare the order for payment against {{client}}',
      body: `Recovery file — {{client}}
{{adresse_client}}

Claim:
${LINES_EN}{{#factures_en_cours}}{{factures_en_cours}}
{{/factures_en_cours}}Principal outstanding: {{total_du}}
{{#pro}}{{^acheteur_public}}Late interest (L441-10) to date: {{penalites}}
Fixed indemnities (D441-5): {{indemnite}}
{{/acheteur_public}}{{#acheteur_public}}Moratory interest (R2192-31 of the Public Procurement Code) to date: {{penalites}}
Fixed indemnities (D2192-35): {{indemnite}}
{{/acheteur_public}}{{/pro}}Total claimed: {{total_reclame}}

The formal notice had no effect. {{#voie_amiable}}Two routes:{{/voie_amiable}}{{^voie_amiable}}Route:{{/voie_amiable}}
1. Court: {{juridiction}}. {{#cerfa}}Order for payment (injonction de payer, articles 1405 to 1407 of the French Code of Civil Procedure) on Cerfa form {{cerfa}}. Check that this is the court of the debtor's registered office before filing.{{/cerfa}}{{^cerfa}}{{#etranger}}The debtor is established outside France: no French order for payment. {{/etranger}}{{#acheteur_public}}Interim payment application (référé-provision, article R541-1 of the French Code of Administrative Justice): a public contract is administrative, an order for payment does not apply. Check the contract's clauses first (prior claim under the CCAG).{{/acheteur_public}}{{/cerfa}}
{{#voie_amiable}}2. Hand the file to a collection agency or a commissaire de justice{{#procedure_simplifiee}} (simplified procedure for small claims up to €5,000, with the debtor's agreement){{/procedure_simplifiee}}.
{{/voie_amiable}}{{#acheteur_public}}No collection agency or commissaire de justice: no forced enforcement lies against a public body.
{{/acheteur_public}}{{#date_prescription}}Limitation: the court claim must be filed by {{date_prescription}}.{{#prescription_proche}} WARNING: less than 90 days left; only a court claim interrupts it (article 2241 of the French Civil Code): file without delay.{{/prescription_proche}}
{{/date_prescription}}
Documents to gather: quote or order, invoices, reminders, formal notice and its acknowledgement of receipt (see the Journal).`,
    },
  },
};

/**
 * Written confirmations of a promise or a payment plan ({{factures_nommees}}, {{date_promise}},
 * {{#echeances}}{{date}} {{montant}}{{/echeances}}, {{total_echeancier}} on top of the usual
 * placeholders).
 */
export const CONFIRMATION_TEXTS: Record<
  'promise' | 'payment-plan',
  Record<Language, TemplateText>
> = {
  promise: {
    fr: {
      subject: 'Confirmation de votre engagement de paiement — {{entreprise}}',
      body: `{{bonjour}}

Suite à notre échange, nous prenons note de votre engagement à régler {{factures_nommees}}, soit {{total_du}}, au plus tard le {{date_promise}}.

Sans règlement à cette date, nos relances reprendront sans autre avis.
{{#pro}}{{^acheteur_public}}Cet engagement ne vaut pas renonciation aux pénalités de retard (article L441-10 du Code de commerce) ni à l’indemnité forfaitaire de 40 € par facture (article D441-5), qui restent dues jusqu’au complet paiement.{{/acheteur_public}}{{#acheteur_public}}Cet engagement ne vaut pas renonciation aux intérêts moratoires ni à l’indemnité forfaitaire de 40 € par facture (articles L2192-13, R2192-31 et D2192-35 du Code de la commande publique), dus de plein droit.{{/acheteur_public}}
{{/pro}}
${PAY_FR}
Nous vous remercions de votre confiance.

Cordialement,
${SIGNATURE_FR}`,
    },
    en: {
      subject: 'Confirmation of your payment commitment — {{entreprise}}',
      body: `{{bonjour}}

Further to our conversation, we note your commitment to pay {{factures_nommees}}, that is {{total_du}}, by {{date_promise}} at the latest.

Failing payment by that date, our reminders will resume without further notice.
{{#pro}}{{^acheteur_public}}This commitment does not waive the late payment interest (article L441-10 of the French Commercial Code) nor the fixed indemnity of €40 per invoice (article D441-5), which remain due until payment in full.{{/acheteur_public}}{{#acheteur_public}}This commitment does not waive the moratory interest nor the fixed indemnity of €40 per invoice (articles L2192-13, R2192-31 and D2192-35 of the French Public Procurement Code), owed as of right.{{/acheteur_public}}
{{/pro}}
${PAY_EN}
Thank you for your cooperation.

Kind regards,
${SIGNATURE_EN}`,
    },
  },
  'payment-plan': {
    fr: {
      subject: 'Confirmation de l’échéancier de paiement — {{entreprise}}',
      body: `{{bonjour}}

Suite à notre échange, nous vous confirmons l’échéancier convenu pour le règlement de {{factures_nommees}} :

{{#echeances}}- {{date}} : {{montant}}
{{/echeances}}
Total : {{total_echeancier}} ({{factures_nommees_court}}).

Si une échéance n’est pas réglée à sa date, l’échéancier prend fin et nos relances reprennent pour la totalité du solde restant dû.
{{#pro}}{{^acheteur_public}}Les pénalités de retard de l’article L441-10 du Code de commerce continuent de courir sur le solde jusqu’à son complet paiement.{{/acheteur_public}}{{#acheteur_public}}Les intérêts moratoires des articles L2192-13 et R2192-31 du Code de la commande publique continuent de courir sur le solde jusqu’à son paiement.{{/acheteur_public}}
{{/pro}}
${PAY_FR}
Cordialement,
${SIGNATURE_FR}`,
    },
    en: {
      subject: 'Confirmation of the payment plan — {{entreprise}}',
      body: `{{bonjour}}

Further to our conversation, we confirm the payment plan agreed for {{factures_nommees}}:

{{#echeances}}- {{date}}: {{montant}}
{{/echeances}}
Total: {{total_echeancier}} ({{factures_nommees_court}}).

If an instalment is not paid on its date, the plan ends and our reminders resume for the whole outstanding balance.
{{#pro}}{{^acheteur_public}}Late payment interest under article L441-10 of the French Commercial Code keeps running on the balance until payment in full.{{/acheteur_public}}{{#acheteur_public}}Moratory interest under articles L2192-13 and R2192-31 of the French Public Procurement Code keeps running on the balance until it is paid.{{/acheteur_public}}
{{/pro}}
${PAY_EN}
Kind regards,
${SIGNATURE_EN}`,
    },
  },
};

/** A letter's list of invoices as a table: the header, then the row repeated per invoice. */
export const INVOICE_TABLE: Record<Language, string[][]> = {
  fr: [
    ['N° facture', 'Date', 'Échéance', 'Reste dû', 'Retard'],
    ['{{numero}}', '{{date}}', '{{echeance}}', '{{solde}}', '{{jours_retard}} j'],
  ],
  en: [
    ['Invoice', 'Date', 'Due date', 'Outstanding', 'Overdue'],
    ['{{numero}}', '{{date}}', '{{echeance}}', '{{solde}}', '{{jours_retard}} d'],
  ],
};

/** The mise en demeure's annex as a table: one row per invoice and half-year. */
export const PENALTY_TABLE: Record<Language, string[][]> = {
  fr: [
    ['Facture', 'Du', 'Au', 'Jours', 'Base', 'Taux annuel', 'Pénalités'],
    ['{{facture}}', '{{du}}', '{{au}}', '{{jours}}', '{{base}}', '{{taux}}', '{{montant}}'],
  ],
  en: [
    ['Invoice', 'From', 'To', 'Days', 'Base', 'Annual rate', 'Interest'],
    ['{{facture}}', '{{du}}', '{{au}}', '{{jours}}', '{{base}}', '{{taux}}', '{{montant}}'],
  ],
};
