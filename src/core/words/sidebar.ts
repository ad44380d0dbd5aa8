/**
 * The sidebar's words (sidebar/): its tabs, screens, buttons and status lines, in French and in
 * English, by English id. The sidebar shows them in the interface language the server gives it
 * with its first answer (interface-language.ts).
 */
import { byCount, type Entry } from './catalogue';
import { endSentence } from './wording';

/** « 12,5 % », « 12.5% »: a rate with one decimal, as the headline shows it. */
const oneDecimalPercent: Entry<(value: number) => string> = {
  fr: (value) => `${value.toFixed(1).replace('.', ',')} %`,
  en: (value) => `${value.toFixed(1)}%`,
};

export const SIDEBAR_WORDS = {
  // The frame (main.ts, shell.ts, server.ts, picker.ts, form-fields.ts).
  tabToday: { fr: 'Aujourd’hui', en: 'Today' },
  tabClients: { fr: 'Clients', en: 'Clients' },
  authorize: { fr: 'Autoriser Relance', en: 'Authorise Relance' },
  reauthorizeBanner: {
    fr: 'Relance doit être ré-autorisée : rien n’est envoyé tant que vous n’avez pas accepté les autorisations demandées.',
    en: 'Relance must be authorised again: nothing is sent until you accept the permissions it asks for.',
  },
  error: {
    fr: (message: string) => `Erreur : ${message}`,
    en: (message: string) => `Error: ${message}`,
  },
  unknownServerFunction: {
    fr: (name: string) => `Fonction serveur inconnue : ${name}`,
    en: (name: string) => `Unknown server function: ${name}`,
  },
  pickerNotLoaded: {
    fr: 'Le sélecteur de fichiers Google n’a pas pu être chargé.',
    en: 'The Google file picker could not be loaded.',
  },
  hour: { fr: (hour: number) => `${hour} h`, en: (hour: number) => `${hour}:00` },
  /** A label about one step: « Relance 1 : Jours ». */
  aboutStep: {
    fr: (step: string, label: string) => `${step} : ${label}`,
    en: (step: string, label: string) => `${step}: ${label}`,
  },
  fieldsToCorrect: { fr: 'Certains champs sont à corriger.', en: 'Some fields need correcting.' },
  save: { fr: 'Enregistrer', en: 'Save' },
  send: { fr: 'Envoyer', en: 'Send' },
  french: { fr: 'Français', en: 'French' },
  english: { fr: 'Anglais', en: 'English' },

  // « Aujourd’hui » (screens/today.ts).
  loadingToday: { fr: 'Chargement des relances du jour…', en: 'Loading today’s reminders…' },
  todayStatus: {
    fr: (date: string, actions: number) =>
      `Relances du ${date} : ${actions} ${byCount(actions, 'fr', 'action', 'actions')}.`,
    en: (date: string, actions: number) =>
      `Reminders of ${date}: ${actions} ${byCount(actions, 'en', 'action', 'actions')}.`,
  },
  totals: {
    fr: (followed: number, overdue: string) =>
      `${followed} ${byCount(followed, 'fr', 'facture suivie', 'factures suivies')}, ${overdue} en retard.`,
    en: (followed: number, overdue: string) =>
      `${followed} ${byCount(followed, 'en', 'invoice followed', 'invoices followed')}, ${overdue} overdue.`,
  },
  nothingToday: {
    fr: 'Aucune relance à faire aujourd’hui.',
    en: 'No reminder to do today.',
  },
  sendProgress: { fr: 'Progression des envois', en: 'Sending progress' },
  sendAll: {
    fr: (count: number) => `Envoyer tout (${count})`,
    en: (count: number) => `Send all (${count})`,
  },
  sendingOf: {
    fr: (index: number, count: number) => `Envoi ${index} sur ${count}…`,
    en: (index: number, count: number) => `Sending ${index} of ${count}…`,
  },
  actionsDone: {
    fr: (count: number) => `${count} ${byCount(count, 'fr', 'action faite', 'actions faites')}.`,
    en: (count: number) => `${count} ${byCount(count, 'en', 'action done', 'actions done')}.`,
  },
  postpone: { fr: 'Reporter', en: 'Postpone' },
  ignore: { fr: 'Ignorer', en: 'Ignore' },
  postponeBy: { fr: 'Reporter de', en: 'Postpone by' },
  days: {
    fr: (days: number) => `${days} ${byCount(days, 'fr', 'jour', 'jours')}`,
    en: (days: number) => `${days} ${byCount(days, 'en', 'day', 'days')}`,
  },
  /** What became of one action sent from its button: « Hôtel du Port : envoyé. » */
  actionOutcome: {
    fr: (client: string, outcome: string) => endSentence(`${client} : ${outcome}`),
    en: (client: string, outcome: string) => endSentence(`${client}: ${outcome}`),
  },
  sent: { fr: 'envoyé', en: 'sent' },
  postponed: {
    fr: (client: string, days: number) =>
      `${client} : relance reportée de ${days} ${byCount(days, 'fr', 'jour', 'jours')}.`,
    en: (client: string, days: number) =>
      `${client}: reminder postponed by ${days} ${byCount(days, 'en', 'day', 'days')}.`,
  },
  ignored: {
    fr: (client: string) => `${client} : étape ignorée.`,
    en: (client: string) => `${client}: step ignored.`,
  },
  to: {
    fr: (recipients: string) => `À : ${recipients}`,
    en: (recipients: string) => `To: ${recipients}`,
  },
  preview: { fr: 'Aperçu', en: 'Preview' },
  letter: { fr: 'Courrier', en: 'Letter' },
  toVerify: { fr: 'À vérifier', en: 'To verify' },
  toVerifyTitle: { fr: 'À vérifier (envois interrompus)', en: 'To verify (interrupted sends)' },
  wentOut: { fr: 'Il est parti', en: 'It went out' },
  didNotGoOut: { fr: 'Il n’est pas parti', en: 'It did not go out' },
  /** The ECB rate as the user confirms it: « 2,15 % », « 2.15% ». */
  ecbRate: {
    fr: (percent: number) => `${String(percent).replace('.', ',')} %`,
    en: (percent: number) => `${percent}%`,
  },
  confirmRate: {
    fr: (rate: string) => `Confirmer ${rate}`,
    en: (rate: string) => `Confirm ${rate}`,
  },
  rateConfirmed: {
    fr: (halfYear: string, rate: string) => `Taux BCE du ${halfYear} confirmé : ${rate}.`,
    en: (halfYear: string, rate: string) => `ECB rate of ${halfYear} confirmed: ${rate}.`,
  },
  ecbToConfirm: { fr: 'Taux BCE à confirmer', en: 'ECB rate to confirm' },
  ecbRateOn: {
    fr: (halfYear: string) => `Taux BCE au ${halfYear}`,
    en: (halfYear: string) => `ECB rate on ${halfYear}`,
  },
  ecbExplained: {
    fr: (halfYear: string, rate: string, since: string) =>
      `Relance ne connaît pas encore le taux BCE en vigueur au ${halfYear} : les courriers le nomment sans chiffre et les pénalités sont marquées provisoires. Le dernier taux connu est ${rate} (depuis le ${since}). S’il est toujours en vigueur d’après la BCE, confirmez-le ; sinon, saisissez le nouveau taux dans Paramètres › Pénalités.`,
    en: (halfYear: string, rate: string, since: string) =>
      `Relance does not know the ECB rate in force on ${halfYear} yet: the letters name it without a figure and the penalties are marked provisional. The last known rate is ${rate} (since ${since}). If the ECB says it is still in force, confirm it; otherwise, enter the new rate in Settings › Penalties.`,
  },
  problemsInWorkbook: { fr: 'Problèmes dans le classeur', en: 'Problems in the workbook' },
  problemsToFix: {
    fr: (count: number) => `Problèmes à corriger (${count})`,
    en: (count: number) => `Problems to fix (${count})`,
  },
  /** Between a row's link and its problem. */
  problemAfterRow: { fr: ' : ', en: ': ' },
  openDashboard: { fr: 'Voir le tableau de bord', en: 'See the dashboard' },
  tabShown: {
    fr: (name: string) => `Onglet « ${name} » affiché.`,
    en: (name: string) => `Tab “${name}” shown.`,
  },
  receivablesTitle: { fr: 'Total des factures non réglées', en: 'Total of the unpaid invoices' },
  overdueTitle: {
    fr: 'Part de l’encours dont l’échéance est passée',
    en: 'Share of the receivables past their due date',
  },
  dsoValue: {
    fr: (days: number) => `${String(days).replace('.', ',')} j`,
    en: (days: number) => `${days} d`,
  },
  dsoTitle: {
    fr: (days: number) => `Délai moyen d’encaissement sur les ${days} derniers jours`,
    en: (days: number) => `Average time to get paid over the last ${days} days`,
  },
  recovered: {
    fr: (month: string) => `Recouvré (${month})`,
    en: (month: string) => `Recovered (${month})`,
  },
  recoveredTitle: {
    fr: 'Encaissé après échéance ÷ montant en retard ou arrivé à échéance dans le mois',
    en: 'Collected after the due date ÷ amount overdue or falling due in the month',
  },
  oneDecimalPercent,
  goToRow: {
    fr: (row: number, sheet: string) => `Aller à la ligne ${row} de « ${sheet} »`,
    en: (row: number, sheet: string) => `Go to row ${row} of “${sheet}”`,
  },
  row: {
    fr: (row: number, column: string) => `Ligne ${row}${column ? ` (${column})` : ''}`,
    en: (row: number, column: string) => `Row ${row}${column ? ` (${column})` : ''}`,
  },
  rowSelected: {
    fr: (row: number, sheet: string) => `Ligne ${row} sélectionnée dans « ${sheet} ».`,
    en: (row: number, sheet: string) => `Row ${row} selected in “${sheet}”.`,
  },

  // « Clients » (screens/client.ts).
  loadingClients: { fr: 'Chargement des clients…', en: 'Loading the clients…' },
  chooseClient: { fr: 'Choisir un client…', en: 'Choose a client…' },
  client: { fr: 'Client', en: 'Client' },
  clientsWithBalance: {
    fr: (count: number) =>
      `${count} ${byCount(count, 'fr', 'client', 'clients')} avec un solde ouvert.`,
    en: (count: number) =>
      `${count} ${byCount(count, 'en', 'client', 'clients')} with an open balance.`,
  },
  paymentProfile: {
    fr: (rating: string, averageDaysLate: number, reminders: number) =>
      `Profil de paiement : ${rating} — retard moyen ${String(averageDaysLate).replace('.', ',')} j, ${reminders} ${byCount(reminders, 'fr', 'relance envoyée', 'relances envoyées')}.`,
    en: (rating: string, averageDaysLate: number, reminders: number) =>
      `Payment profile: ${rating} — ${averageDaysLate} days late on average, ${reminders} ${byCount(reminders, 'en', 'reminder sent', 'reminders sent')}.`,
  },
  history: { fr: 'Historique', en: 'History' },
  toBeSet: { fr: 'À indiquer…', en: 'To be set…' },
  legalStatus: { fr: 'Nature juridique', en: 'Legal status' },
  clientType: { fr: 'Type client', en: 'Client type' },
  legalStatusField: {
    fr: 'Nature juridique (commerçant, non commerçant, particulier ou acheteur public)',
    en: 'Legal status (trader, non-trader professional, consumer or public buyer)',
  },
  unknownType: {
    fr: 'Type inconnu : ni pénalités, ni mise en demeure, ni recours tant qu’il n’est pas indiqué.',
    en: 'Type unknown: no penalties, no formal notice and no recourse until it is set.',
  },
  saveLegalStatus: { fr: 'Enregistrer la nature juridique', en: 'Save the legal status' },
  clientTypeSaved: {
    fr: (client: string) => `Type client enregistré dans l’onglet Clients pour ${client}.`,
    en: (client: string) => `Client type saved in the Clients tab for ${client}.`,
  },
  openBalance: {
    fr: (amount: string) => `Solde ouvert : ${amount}`,
    en: (amount: string) => `Open balance: ${amount}`,
  },
  invoiceColumns: {
    fr: ['Facture', 'Échéance (retard)', 'Solde (pénalités)', 'État', 'Prochaine étape'],
    en: ['Invoice', 'Due (days late)', 'Balance (penalties)', 'State', 'Next step'],
  },
  daysLateShort: {
    fr: (days: number) => ` (${days} j)`,
    en: (days: number) => ` (${days} d)`,
  },
  nextStepOn: {
    fr: (step: string, day: string) => `${step} le ${day}`,
    en: (step: string, day: string) => `${step} on ${day}`,
  },
  attachInvoice: { fr: 'Joindre la facture…', en: 'Attach the invoice…' },
  attachInvoiceNumber: {
    fr: (number: string) => `Joindre la facture ${number}…`,
    en: (number: string) => `Attach invoice ${number}…`,
  },
  noFileChosen: { fr: 'Aucun fichier choisi.', en: 'No file chosen.' },
  invoiceAttached: {
    fr: (number: string) =>
      `Copie de la facture ${number} jointe : elle accompagnera les prochaines relances.`,
    en: (number: string) =>
      `Copy of invoice ${number} attached: it will go with the next reminders.`,
  },
  prepareDossier: {
    fr: 'Préparer le dossier d’injonction de payer',
    en: 'Prepare the order for payment dossier',
  },
  preparingDossier: {
    fr: (client: string) => `Préparation du dossier de ${client}…`,
    en: (client: string) => `Preparing the dossier of ${client}…`,
  },
  dossierNotPrepared: {
    fr: 'Dossier non préparé : voyez ce qui manque.',
    en: 'Dossier not prepared: see what is missing.',
  },
  whatIsMissing: { fr: 'Ce qui manque', en: 'What is missing' },
  openFolder: {
    fr: (name: string) => `Ouvrir le dossier « ${name} »`,
    en: (name: string) => `Open the folder “${name}”`,
  },
  downloadZip: { fr: 'Télécharger le ZIP', en: 'Download the ZIP' },
  dossierForJudge: { fr: 'Dossier pour le juge', en: 'Dossier for the judge' },
  document: { fr: 'document', en: 'document' },
  amountExample: { fr: '250,00', en: '250.00' },
  writingExample: {
    fr: 'Courriel du client du 3 mars 2026',
    en: 'Client’s email of 3 March 2026',
  },
  unreadableAmount: {
    fr: 'Montant illisible : écrivez par exemple 250,00.',
    en: 'Unreadable amount: write for example 250.00.',
  },
  recordClientAnswer: { fr: 'Noter une réponse du client', en: 'Record an answer from the client' },
  recordAnswer: { fr: 'Noter une réponse', en: 'Record an answer' },
  type: { fr: 'Type', en: 'Type' },
  invoices: { fr: 'Factures', en: 'Invoices' },
  amount: { fr: 'Montant', en: 'Amount' },
  answerDate: {
    fr: 'Date (paiement reçu, promesse, nouvelle échéance, fin de pause, dépôt de la LRAR, première présentation)',
    en: 'Date (payment received, promise, new due date, end of hold, posting of the registered letter, first presentation)',
  },
  answerDetail: {
    fr: 'Détail (motif, numéro de suivi, note)',
    en: 'Detail (reason, tracking number, note)',
  },
  instalments: {
    fr: 'Échéancier : une ligne par échéance « date ; montant »',
    en: 'Payment plan: one line per instalment « date ; amount »',
  },
  clientWriting: {
    fr: 'Écrit du client (promesse, échéancier) : sa référence ; vide pour une promesse orale, qui n’interrompt pas la prescription',
    en: 'Client’s writing (promise, payment plan): its reference; empty for an oral promise, which does not interrupt the limitation period',
  },
  confirmInWriting: {
    fr: ' Envoyer au client une confirmation écrite (promesse, échéancier)',
    en: ' Send the client a written confirmation (promise, payment plan)',
  },
  recordedFor: {
    fr: (type: string, client: string) => `${type} enregistré(e) pour ${client}.`,
    en: (type: string, client: string) => `${type} recorded for ${client}.`,
  },

  // « Paramètres » (screens/settings.ts, screens/template-editor.ts).
  loadingSettings: { fr: 'Chargement des paramètres…', en: 'Loading the settings…' },
  ladderCaption: {
    fr: 'Étapes (jours après l’échéance, écart minimum après l’étape précédente)',
    en: 'Steps (days after the due date, minimum gap after the previous step)',
  },
  ladderColumns: {
    fr: ['Étape', 'Active', 'Jours', 'Écart'],
    en: ['Step', 'On', 'Days', 'Gap'],
  },
  /**
   * Why a « Lien facture » may go without its copy: under the per-file drive.file scope Relance
   * reads only the files it made or the user opened with it; reading the whole Drive is the
   * restricted drive.readonly, a private install's opt-in (docs/publishing.md).
   */
  invoiceCopyNote: {
    fr: 'Copie de facture (colonne « Lien facture ») : Relance ne lit dans votre Drive que les fichiers qu’il a créés ou que vous lui avez confiés. Lire tout votre Drive demande une autorisation étendue que Google réserve aux applications auditées : seule une installation privée de votre organisation peut l’activer. Sans elle, une relance dont le PDF est hors de portée part sans la copie, et le Journal le dit.',
    en: 'Invoice copy (« Lien facture » column): Relance reads in your Drive only the files it created or that you entrusted to it. Reading all your Drive needs a wider permission that Google keeps for audited applications: only a private installation of your organisation can turn it on. Without it, a reminder whose PDF is out of reach goes without the copy, and the Journal says so.',
  },
  statutoryRate: { fr: 'Taux légal (BCE + 10 points)', en: 'Statutory rate (ECB + 10 points)' },
  contractualRate: { fr: 'Taux contractuel', en: 'Contractual rate' },
  indemnityNote: {
    fr: 'Indemnité forfaitaire pour frais de recouvrement : 40 € par facture, fixée par la loi (article D441-5 du Code de commerce).',
    en: 'Fixed recovery indemnity: 40 € per invoice, set by law (Code de commerce, article D441-5).',
  },
  previewOnly: { fr: 'Aperçu seulement', en: 'Preview only' },
  savedExceptFlagged: {
    fr: 'Paramètres enregistrés, sauf les champs signalés : ils gardent leur valeur précédente.',
    en: 'Settings saved, except the fields flagged: they keep their previous value.',
  },
  nothingSaved: {
    fr: 'Rien n’a été enregistré : corrigez les champs signalés.',
    en: 'Nothing was saved: correct the fields flagged.',
  },
  settingsSaved: { fr: 'Paramètres enregistrés.', en: 'Settings saved.' },
  previewOnInvoice: { fr: 'Aperçu sur une facture réelle', en: 'Preview on a real invoice' },
  invoiceNumber: {
    fr: (number: string) => `Facture ${number}`,
    en: (number: string) => `Invoice ${number}`,
  },
  messageTemplates: { fr: 'Modèles de message', en: 'Message templates' },
  step: { fr: 'Étape', en: 'Step' },
  language: { fr: 'Langue', en: 'Language' },
  subject: { fr: 'Objet', en: 'Subject' },
  message: { fr: 'Message', en: 'Message' },
  availableFields: { fr: 'Champs disponibles', en: 'Available fields' },
  /** After a placeholder's name, its description. */
  describedAs: {
    fr: (description: string) => ` : ${description}`,
    en: (description: string) => `: ${description}`,
  },

  // The first run (screens/setup.ts).
  invoiceTab: {
    fr: (name: string) => `Onglet des factures : « ${name} »`,
    en: (name: string) => `Invoice tab: “${name}”`,
  },
  relanceColumn: { fr: 'Colonne Relance', en: 'Relance column' },
  foundColumn: { fr: 'Colonne trouvée', en: 'Column found' },
  columnFor: {
    fr: (label: string) => `Colonne pour ${label}`,
    en: (label: string) => `Column for ${label}`,
  },
  firstSetup: { fr: 'Première configuration', en: 'First set-up' },
  welcome: { fr: 'Bienvenue dans Relance', en: 'Welcome to Relance' },
  checkColumns: {
    fr: 'Vérifiez les colonnes trouvées, puis complétez l’identité de votre entreprise.',
    en: 'Check the columns found, then complete your business’s identity.',
  },
  yourBusiness: { fr: 'Votre entreprise', en: 'Your business' },
  saveAndCreateTabs: { fr: 'Enregistrer et créer les onglets', en: 'Save and create the tabs' },
  sendAutomatically: { fr: 'Envoyer automatiquement', en: 'Send automatically' },
  previewOnlyNothingSent: {
    fr: 'Aperçu seulement (rien ne part)',
    en: 'Preview only (nothing goes out)',
  },
  savingSetup: {
    fr: 'Enregistrement et création des onglets…',
    en: 'Saving and creating the tabs…',
  },
  ready: {
    fr: (suivi: string, journal: string) =>
      `Relance est prête : onglets « ${suivi} » et « ${journal} » créés.`,
    en: (suivi: string, journal: string) =>
      `Relance is ready: tabs “${suivi}” and “${journal}” created.`,
  },
} as const satisfies Record<string, Entry<unknown>>;
