/**
 * The default texts of every step, in French and English, rising in firmness: friendly before
 * the due date, courteous ("possible oversight"), firm (8 days to pay), formal (mise en
 * demeure). From the courrier de rappel on they carry the penalties and the 40 € indemnity,
 * inside {{#pro}} sections so that a consumer never reads them (collection fees may not be
 * charged to consumers). Every text names the invoices, their dates and amounts, the days late,
 * the balance, the payment means and the creditor.
 */
import type { Language, StepId } from '../model';
import type { TemplateText } from '../settings/settings';

const LINES_FR =
  '{{#factures}}- Facture n° {{numero}} du {{date}}, échue le {{echeance}} : {{solde}} restant dû{{#jours_retard}} ({{jours_retard}} jours de retard){{/jours_retard}}\n{{/factures}}';
const LINES_EN =
  '{{#factures}}- Invoice {{numero}} dated {{date}}, due {{echeance}}: {{solde}} outstanding{{#jours_retard}} ({{jours_retard}} days overdue){{/jours_retard}}\n{{/factures}}';

const PAY_FR =
  '{{#iban}}Par virement : IBAN {{iban}}{{#bic}} — BIC {{bic}}{{/bic}}, en indiquant le numéro de facture.\n{{/iban}}{{#lien_paiement}}En ligne : {{lien_paiement}}\n{{/lien_paiement}}';
const PAY_EN =
  '{{#iban}}By bank transfer: IBAN {{iban}}{{#bic}} — BIC {{bic}}{{/bic}}, quoting the invoice number.\n{{/iban}}{{#lien_paiement}}Online: {{lien_paiement}}\n{{/lien_paiement}}';

const SIGNATURE_FR =
  '{{signataire}}\n{{entreprise}}\n{{adresse_entreprise}}\n{{#siret}}SIRET {{siret}}\n{{/siret}}{{email_entreprise}}{{#telephone_entreprise}} — {{telephone_entreprise}}{{/telephone_entreprise}}';
const SIGNATURE_EN = SIGNATURE_FR;

const PENALTIES_FR =
  '{{#pro}}Conformément à l’article L441-10 du Code de commerce, ce retard fait courir des pénalités au taux annuel de {{taux_penalites}}, soit {{penalites}} à ce jour, ainsi qu’une indemnité forfaitaire pour frais de recouvrement de quarante euros (40 €) par facture (article D441-5), soit {{indemnite}}.\n{{/pro}}';
const PENALTIES_EN =
  '{{#pro}}Under article L441-10 of the French Commercial Code, late payment bears interest at the annual rate of {{taux_penalites}}, that is {{penalites}} to date, plus a fixed recovery indemnity of forty euros (€40) per invoice (article D441-5), that is {{indemnite}}.\n{{/pro}}';

export const DEFAULT_TEXTS: Record<StepId, Record<Language, TemplateText>> = {
  'pre-echeance': {
    fr: {
      subject: 'Rappel : échéance prochaine de votre facture — {{entreprise}}',
      body: `Bonjour {{contact}},

Pour faciliter votre organisation, nous vous rappelons que le règlement suivant arrive à échéance prochainement :

${LINES_FR}
Montant total : {{total_du}}.

${PAY_FR}
Si le règlement est déjà en cours, merci de ne pas tenir compte de ce message.

Bien cordialement,
${SIGNATURE_FR}`,
    },
    en: {
      subject: 'Reminder: invoice due soon — {{entreprise}}',
      body: `Dear {{contact}},

As a courtesy, this is a reminder that the following payment will soon be due:

${LINES_EN}
Total: {{total_du}}.

${PAY_EN}
If payment is already on its way, please disregard this message.

Kind regards,
${SIGNATURE_EN}`,
    },
  },
  'relance-1': {
    fr: {
      subject: 'Facture en attente de règlement — {{entreprise}}',
      body: `Bonjour {{contact}},

Sauf erreur ou omission de notre part, nous n’avons pas encore reçu le règlement de :

${LINES_FR}
Total restant dû : {{total_du}}.

Il s’agit sans doute d’un simple oubli. Vous trouverez ci-joint une copie de la facture. Vous pouvez régler :
${PAY_FR}
Si vous avez effectué le paiement entre-temps, merci de ne pas tenir compte de ce message. Pour toute question, je reste à votre disposition.

Bien cordialement,
${SIGNATURE_FR}`,
    },
    en: {
      subject: 'Invoice awaiting payment — {{entreprise}}',
      body: `Dear {{contact}},

Unless we are mistaken, we have not yet received payment for:

${LINES_EN}
Total outstanding: {{total_du}}.

This is probably a simple oversight. Please find a copy of the invoice attached. You can pay:
${PAY_EN}
If you have paid in the meantime, please disregard this message. I remain at your disposal for any question.

Kind regards,
${SIGNATURE_EN}`,
    },
  },
  appel: {
    fr: {
      subject: 'Appeler {{client}} — {{total_du}} en retard',
      body: `Appel de relance — {{client}}
Interlocuteur : {{contact}}{{#telephone_client}} — {{telephone_client}}{{/telephone_client}}

Factures concernées :
${LINES_FR}
Total restant dû : {{total_du}} — plus ancienne échéance : {{plus_ancienne_echeance}} ({{jours_retard_max}} jours de retard).

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
Total outstanding: {{total_du}} — oldest due date: {{plus_ancienne_echeance}} ({{jours_retard_max}} days overdue).

Ask:
1. Was the invoice received and approved? Is anything disputed?
2. On what date will payment be made? (record the date as a "Promise")
3. If they are in difficulty: offer a payment plan (amounts and dates) and confirm it in writing.

After the call, record the outcome in Relance.`,
    },
  },
  'relance-2': {
    fr: {
      subject: 'Rappel : factures impayées — {{entreprise}}',
      body: `Bonjour {{contact}},

Sauf erreur de notre part, les factures suivantes restent impayées malgré leur échéance dépassée :

${LINES_FR}
Total restant dû : {{total_du}}.

${PENALTIES_FR}
Nous vous remercions de bien vouloir procéder au règlement sous huit jours, soit au plus tard le {{date_limite}}.
${PAY_FR}
Vous trouverez ci-joint notre courrier de rappel. Si un point vous empêche de régler, contactez-nous sans attendre afin de trouver une solution.

Cordialement,
${SIGNATURE_FR}`,
      letter: `{{entreprise}}
{{adresse_entreprise}}
SIRET {{siret}}

{{client}}
{{adresse_client}}

Le {{date_du_jour}}

Objet : rappel de factures impayées

{{contact}},

Sauf erreur de notre part, les factures suivantes restent impayées à ce jour, alors que leur échéance est dépassée :

${LINES_FR}
Total restant dû : {{total_du}}.

${PENALTIES_FR}
Nous vous demandons de bien vouloir régler la somme due sous huit jours, soit au plus tard le {{date_limite}}.

${PAY_FR}
Sans règlement de votre part dans ce délai, nous serons contraints de vous adresser une mise en demeure.

Veuillez agréer nos salutations distinguées.

${SIGNATURE_FR}`,
    },
    en: {
      subject: 'Reminder: unpaid invoices — {{entreprise}}',
      body: `Dear {{contact}},

Unless we are mistaken, the following invoices remain unpaid although they are past due:

${LINES_EN}
Total outstanding: {{total_du}}.

${PENALTIES_EN}
Please settle within eight days, by {{date_limite}} at the latest.
${PAY_EN}
Our reminder letter is attached. If something prevents you from paying, please contact us without delay so that we can find a solution.

Regards,
${SIGNATURE_EN}`,
      letter: `{{entreprise}}
{{adresse_entreprise}}
SIRET {{siret}}

{{client}}
{{adresse_client}}

{{date_du_jour}}

Subject: reminder of unpaid invoices

Dear {{contact}},

Unless we are mistaken, the following invoices remain unpaid although they are past due:

${LINES_EN}
Total outstanding: {{total_du}}.

${PENALTIES_EN}
Please pay the amount due within eight days, by {{date_limite}} at the latest.

${PAY_EN}
Failing payment within this period, we will have to send you a formal notice.

Yours faithfully,

${SIGNATURE_EN}`,
    },
  },
  'mise-en-demeure': {
    fr: {
      subject: 'Mise en demeure de payer — {{entreprise}}',
      body: `{{contact}},

Vous trouverez ci-joint la copie de la mise en demeure de payer qui vous est adressée ce jour par lettre recommandée avec accusé de réception, pour les factures suivantes :

${LINES_FR}
Total restant dû : {{total_du}}{{#pro}} — total réclamé avec pénalités et indemnités : {{total_reclame}}{{/pro}}.

Sans règlement au plus tard le {{date_limite}}, nous engagerons une procédure de recouvrement judiciaire, sans autre avis.

${SIGNATURE_FR}`,
      letter: `{{entreprise}}
{{adresse_entreprise}}
SIRET {{siret}}

{{client}}
{{adresse_client}}

Lettre recommandée avec accusé de réception
Le {{date_du_jour}}

Objet : MISE EN DEMEURE DE PAYER

{{contact}},

Malgré nos relances, les factures suivantes demeurent impayées :

${LINES_FR}
Par la présente, nous vous mettons en demeure, au sens des articles 1344 et suivants du Code civil, de nous régler la somme de {{total_du}} dans un délai de huit jours à compter de la réception de ce courrier, soit au plus tard le {{date_limite}}.

${PENALTIES_FR}{{#pro}}Le montant total réclamé s’élève ainsi à {{total_reclame}}.
{{/pro}}
${PAY_FR}
À défaut de règlement dans ce délai, nous saisirons sans autre avis la juridiction compétente afin d’obtenir une injonction de payer, les frais de procédure restant à votre charge.

Nous vous prions d’agréer nos salutations distinguées.

${SIGNATURE_FR}`,
    },
    en: {
      subject: 'Formal notice to pay — {{entreprise}}',
      body: `Dear {{contact}},

Please find attached a copy of the formal notice to pay sent to you today by registered letter with acknowledgement of receipt, for the following invoices:

${LINES_EN}
Total outstanding: {{total_du}}{{#pro}} — total claimed with interest and indemnities: {{total_reclame}}{{/pro}}.

Failing payment by {{date_limite}}, we will start legal recovery proceedings without further notice.

${SIGNATURE_EN}`,
      letter: `{{entreprise}}
{{adresse_entreprise}}
SIRET {{siret}}

{{client}}
{{adresse_client}}

Registered letter with acknowledgement of receipt
{{date_du_jour}}

Subject: FORMAL NOTICE TO PAY (mise en demeure)

Dear {{contact}},

Despite our reminders, the following invoices remain unpaid:

${LINES_EN}
We hereby give you formal notice, under articles 1344 et seq. of the French Civil Code, to pay the sum of {{total_du}} within eight days of receipt of this letter, by {{date_limite}} at the latest.

${PENALTIES_EN}{{#pro}}The total amount claimed is therefore {{total_reclame}}.
{{/pro}}
${PAY_EN}
Failing payment within this period, we will apply to the competent court for an order for payment (injonction de payer) without further notice, the costs of the proceedings being borne by you.

Yours faithfully,

${SIGNATURE_EN}`,
    },
  },
  contentieux: {
    fr: {
      subject: 'Recours : préparer l’injonction de payer contre {{client}}',
      body: `Dossier de recouvrement — {{client}}
{{adresse_client}}

Créance :
${LINES_FR}
Principal restant dû : {{total_du}}
{{#pro}}Pénalités de retard (L441-10) à ce jour : {{penalites}}
Indemnités forfaitaires (D441-5) : {{indemnite}}
{{/pro}}Total réclamé : {{total_reclame}}

La mise en demeure est restée sans effet. Deux voies :
1. Injonction de payer : requête au président du tribunal de commerce du siège du débiteur (créance commerciale, Cerfa n° 12946, dépôt possible en ligne) ou au tribunal judiciaire (Cerfa n° 12948). Frais de greffe au tribunal de commerce : environ 35 à 38 €.
2. Confier le dossier à une société de recouvrement ou à un commissaire de justice (procédure simplifiée jusqu’à 5 000 €, avec l’accord du débiteur).

Pièces à réunir : devis ou bon de commande, factures, relances, mise en demeure et son accusé de réception (voir le Journal des relances).`,
    },
    en: {
      subject: 'Recourse: prepare the order for payment against {{client}}',
      body: `Recovery file — {{client}}
{{adresse_client}}

Claim:
${LINES_EN}
Principal outstanding: {{total_du}}
{{#pro}}Late interest (L441-10) to date: {{penalites}}
Fixed indemnities (D441-5): {{indemnite}}
{{/pro}}Total claimed: {{total_reclame}}

The formal notice had no effect. Two routes:
1. Order for payment (injonction de payer): application to the president of the commercial court of the debtor's registered office (Cerfa 12946, online filing available) or to the judicial court (Cerfa 12948). Court fee about €35–38.
2. Hand the file to a collection agency or a commissaire de justice.

Documents to gather: quote or order, invoices, reminders, formal notice and its acknowledgement of receipt (see the Journal).`,
    },
  },
};
