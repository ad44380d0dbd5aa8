/**
 * What each placeholder of a message template stands for, as the settings screen lists them
 * (messages/templates.ts reads the names to check a template; the sidebar shows the help).
 */
import type { Entry } from './catalogue';

/** A placeholder's help, in French and English, and for a list the placeholders of its items. */
export type PlaceholderInfo = Entry<string> & {
  /** Placeholders available inside this section (for lists). */
  item?: Record<string, Entry<string>>;
};

export const PLACEHOLDERS: Record<string, PlaceholderInfo> = {
  client: { fr: 'Nom du client', en: 'Client name' },
  contact: {
    fr: 'Interlocuteur chez le client (ou « Madame, Monsieur »)',
    en: 'Contact at the client',
  },
  salutation: {
    fr: 'Formule d’appel : « Madame, », « Monsieur, » ou « Madame, Monsieur, »',
    en: 'Salutation: “Dear Madam,”, “Dear Sir,” or “Dear Sir or Madam,”',
  },
  a_l_attention: {
    fr: '« À l’attention de … » (vide sans contact)',
    en: '“For the attention of …”',
  },
  bonjour: {
    fr: '« Bonjour Claire Martin, » ou « Bonjour, »',
    en: '“Hello Claire Martin,” or “Hello,”',
  },
  adresse_client: { fr: 'Adresse du client', en: 'Client address' },
  telephone_client: { fr: 'Téléphone du client', en: 'Client phone' },
  factures: {
    fr: 'Liste des factures concernées',
    en: 'List of the invoices concerned',
    item: {
      numero: { fr: 'Numéro de la facture', en: 'Invoice number' },
      date: { fr: 'Date de la facture', en: 'Invoice date' },
      echeance: { fr: 'Date d’échéance', en: 'Due date' },
      a_echoir: {
        fr: 'Section affichée quand la facture n’est pas encore échue (« à échéance le … »)',
        en: 'Section shown when the invoice is not due yet',
      },
      montant: { fr: 'Montant TTC', en: 'Amount incl. VAT' },
      solde: { fr: 'Reste à payer', en: 'Balance due' },
      jours_retard: { fr: 'Jours de retard', en: 'Days late' },
      retard: {
        fr: '« 1 jour de retard », « 12 jours de retard »',
        en: '“1 day overdue”, “12 days overdue”',
      },
      penalites: { fr: 'Pénalités de retard à ce jour', en: 'Late interest to date' },
    },
  },
  nombre_factures: { fr: 'Nombre de factures', en: 'Number of invoices' },
  autres_factures: {
    fr: '« … et 120 autres factures » quand l’email ne les liste pas toutes (au-delà de 100)',
    en: '“… and 120 other invoices” when the email does not list them all (beyond 100)',
  },
  factures_reglees_en_retard: {
    fr: '« - Pénalités de retard et indemnité forfaitaire restant dues : facture n° F-2, échue le … et réglée après son échéance : 42,30 € »',
    en: '“- Late interest and fixed indemnity remaining due: invoice F-2, due … and paid after its due date: €42.30”',
  },
  penalites_conservees: {
    fr: 'Total des pénalités et indemnités restant dues sur les factures réglées en retard (vide sinon)',
    en: 'Interest and indemnities still due on invoices paid late (empty otherwise)',
  },
  une_facture: {
    fr: 'Section affichée pour une seule facture',
    en: 'Section shown for one invoice',
  },
  de_factures: {
    fr: '« de la facture » ou « des factures »',
    en: '“for the following invoice(s)”',
  },
  factures_compte: { fr: '« 1 facture », « 2 factures »', en: '“1 invoice”, “2 invoices”' },
  factures_suivantes: {
    fr: '« la facture suivante », « les 2 factures suivantes », ou « les sommes suivantes » quand la liste porte aussi des pénalités restant dues sur une facture réglée en retard',
    en: '“the following invoice”, “the following 2 invoices”, or “the following sums” when the list also holds interest still due on an invoice paid late',
  },
  de_factures_suivantes: {
    fr: '« de la facture suivante », « des factures suivantes » ou « des sommes suivantes »',
    en: '“for the following invoice(s)” or “for the following sums”',
  },
  factures_impayees: {
    fr: '« la facture suivante reste impayée », « les factures suivantes restent impayées » ou « les sommes suivantes restent dues »',
    en: '“the following invoice(s) remain(s) unpaid”',
  },
  constat_impaye: {
    fr: '« Malgré nos relances du … », puis « les factures suivantes restent impayées »',
    en: '“Despite our reminders of …, the following invoices remain unpaid”',
  },
  relances_precedentes: {
    fr: '« Malgré nos relances du … (email) et du … (courrier de rappel), »',
    en: 'Earlier reminders and their dates',
  },
  numero_lrar: { fr: 'N° de la lettre recommandée postée', en: 'Registered letter number' },
  date_envoi_lrar: {
    fr: 'Date d’envoi de la lettre recommandée',
    en: 'Registered letter posting date',
  },
  promesse_non_tenue: {
    fr: 'Rappel d’une promesse de paiement non tenue',
    en: 'A broken promise to pay',
  },
  echeancier_non_tenu: {
    fr: 'Rappel d’un échéancier non respecté (l’échéance manquée)',
    en: 'A broken payment plan (the instalment missed)',
  },
  copie_facture: {
    fr: '« Vous trouverez ci-joint une copie de la facture … » (seulement si elle est jointe)',
    en: 'Sentence about the attached invoice copy (only when attached)',
  },
  pieces_jointes: {
    fr: '« Vous trouverez ci-joint notre courrier et le relevé de votre compte. » (seulement ce qui est joint)',
    en: 'Sentence about the attached letter and statement (only what is attached)',
  },
  indemnite_detail: { fr: '« 2 × 40,00 € = 80,00 € »', en: '“2 × €40.00 = €80.00”' },
  annexe_titre: {
    fr: '« taux BCE + 10 points », « taux contractuel », ou pour un acheteur public « taux BCE + 8 points, fixe pour toute la durée du retard »',
    en: 'Rate basis of the annex',
  },
  annexe_penalites: {
    fr: 'Pénalités par semestre (annexe)',
    en: 'Interest per half-year (annex)',
    item: {
      facture: { fr: 'Facture', en: 'Invoice' },
      du: { fr: 'Début de la période', en: 'Period start' },
      au: { fr: 'Fin de la période', en: 'Period end' },
      jours: { fr: 'Nombre de jours', en: 'Days' },
      base: { fr: 'Montant soumis aux pénalités', en: 'Base amount' },
      taux: { fr: 'Taux annuel', en: 'Annual rate' },
      montant: { fr: 'Pénalités de la période', en: 'Interest of the period' },
    },
  },
  total_du: { fr: 'Total restant dû', en: 'Total balance due' },
  plus_ancienne_echeance: { fr: 'Échéance la plus ancienne', en: 'Oldest due date' },
  jours_retard_max: { fr: 'Plus grand nombre de jours de retard', en: 'Most days late' },
  retard_max: {
    fr: '« 1 jour de retard », « 12 jours de retard » (le plus grand retard)',
    en: '“1 day overdue”, “12 days overdue” (the most days late)',
  },
  penalites: { fr: 'Pénalités de retard à ce jour (professionnels)', en: 'Late interest to date' },
  taux_penalites: { fr: 'Taux annuel des pénalités', en: 'Annual late interest rate' },
  indemnite: {
    fr: 'Indemnité forfaitaire pour frais de recouvrement (40 € par facture)',
    en: 'Fixed recovery indemnity',
  },
  montant_provisoire: {
    fr: 'Section affichée quand les pénalités sont provisoires (taux BCE du semestre pas encore confirmé)',
    en: 'Section shown when the interest is provisional (the half-year’s ECB rate not confirmed yet)',
  },
  total_reclame_chiffre: {
    fr: 'Somme réclamée, sans la mention « (provisoire) »',
    en: 'Total claimed, without the “(provisional)” mark',
  },
  penalites_chiffre: {
    fr: 'Pénalités de retard à ce jour, sans la mention « (provisoire) »',
    en: 'Late interest to date, without the “(provisional)” mark',
  },
  total_reclame: {
    fr: 'Somme réclamée (solde + pénalités + indemnités ; le solde seul pour un particulier)',
    en: 'Total claimed',
  },
  date_limite: {
    fr: 'Date limite de paiement (8 jours après l’envoi, jour ouvré)',
    en: 'Payment deadline (8 days after sending, a business day)',
  },
  date_du_jour: { fr: 'Date du jour', en: 'Today' },
  date_arrete: {
    fr: 'Date à laquelle les sommes sont arrêtées (pour la copie d’une mise en demeure : la date de la lettre)',
    en: 'Day the sums are stopped on (for a formal notice’s copy: the letter’s day)',
  },
  delai_mise_en_demeure: {
    fr: '« dans un délai de huit jours à compter de la première présentation de la lettre, prévue le …, soit au plus tard le … »',
    en: '“within eight days of the letter’s first presentation, expected on …, by … at the latest”',
  },
  date_presentation: {
    fr: 'Date de première présentation de la lettre recommandée (avis de réception, sinon prévue)',
    en: 'Registered letter’s first presentation (receipt, else expected)',
  },
  juridiction: {
    fr: 'Recours : le tribunal compétent (type de client, commune du siège : code commune, ou code postal et ville)',
    en: 'Recourse: the competent court',
  },
  procedure_recours: {
    fr: 'Recours : la procédure et ses articles',
    en: 'Recourse: the procedure',
  },
  cerfa: { fr: 'Recours : le n° du formulaire Cerfa', en: 'Recourse: the Cerfa form number' },
  factures_en_cours: {
    fr: 'Recours : les autres factures en retard, pas encore mises en demeure, et leur prochaine étape',
    en: 'Recourse: the other overdue invoices, not yet under a formal notice, and their next step',
  },
  verification_juridiction: {
    fr: 'Recours : ce qu’il faut vérifier avant de déposer',
    en: 'Recourse: what to check before filing',
  },
  etranger: {
    fr: 'Recours : section affichée pour un débiteur établi hors de France',
    en: 'Recourse: section shown for a debtor outside France',
  },
  voie_amiable: {
    fr: 'Recours : section affichée quand une société de recouvrement ou un commissaire de justice est possible',
    en: 'Recourse: section shown when a collection agency may be used',
  },
  procedure_simplifiee: {
    fr: 'Recours : section affichée jusqu’à 5 000 € (procédure simplifiée de recouvrement des petites créances)',
    en: 'Recourse: section shown up to €5,000 (simplified small-claims procedure)',
  },
  date_prescription: {
    fr: 'Recours : dernier jour pour agir avant la prescription',
    en: 'Recourse: last day before the claim is time-barred',
  },
  prescription_proche: {
    fr: 'Recours : section affichée à moins de 90 jours de la prescription',
    en: 'Recourse: section shown less than 90 days before the limit',
  },
  acheteur_public: {
    fr: 'Section affichée pour un acheteur public (Code de la commande publique)',
    en: 'Section shown for a public buyer (French Public Procurement Code)',
  },
  pro: {
    fr: 'Section affichée pour un client professionnel',
    en: 'Section shown for a business client',
  },
  entreprise: { fr: 'Votre raison sociale', en: 'Your company name' },
  adresse_entreprise: { fr: 'Votre adresse', en: 'Your address' },
  siret: { fr: 'Votre SIRET', en: 'Your SIRET' },
  mentions_legales: {
    fr: 'Forme juridique, capital, RCS et ville du greffe (article R123-237 du Code de commerce)',
    en: 'Legal form, share capital, RCS registration',
  },
  email_entreprise: { fr: 'Votre email', en: 'Your email' },
  telephone_entreprise: { fr: 'Votre téléphone', en: 'Your phone' },
  signataire: { fr: 'Signataire', en: 'Signatory' },
  iban: { fr: 'Votre IBAN', en: 'Your IBAN' },
  bic: { fr: 'Votre BIC', en: 'Your BIC' },
  lien_paiement: { fr: 'Lien de paiement en ligne', en: 'Online payment link' },
};
