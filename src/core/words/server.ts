/**
 * What the Apps Script side says to the user (src/server): the sidebar's refusals and errors, the
 * menu's messages and alerts, the names of the tabs and Drive folders Relance makes, and the
 * adapters' errors, in French and in English, by English id. The sidebar's answers follow the
 * interface language (interface-language.ts); the menu, its alerts and toasts, the Journal and
 * the Drive names stay French, as the menu is built before any language can be read.
 */
import { byCount, type Entry } from './catalogue';

export const SERVER_WORDS = {
  // The sidebar's server functions (server/entry/sidebar.ts, run/dossier.ts, run/invoice-link.ts).
  sendNotFound: {
    fr: 'Envoi introuvable dans le Journal : rechargez la liste.',
    en: 'Send not found in the Journal: reload the list.',
  },
  /** The Journal's note when the user says whether an interrupted send went out. */
  sendConfirmedByUser: {
    fr: 'Envoi confirmé par l’utilisateur.',
    en: 'Send confirmed by the user.',
  },
  notSentWillResend: { fr: 'Non parti : sera renvoyé.', en: 'Did not go out: will be sent again.' },
  noSuchRow: {
    fr: (row: number, sheet: string) => `La ligne ${row} n’existe pas dans l’onglet « ${sheet} ».`,
    en: (row: number, sheet: string) => `Row ${row} does not exist in the tab “${sheet}”.`,
  },
  noDashboardYet: {
    fr: 'Le tableau de bord n’existe pas encore : il est créé au premier passage de Relance (menu Relance › Lancer les relances maintenant).',
    en: 'The dashboard does not exist yet: it is made at Relance’s first run (menu Relance › Lancer les relances maintenant).',
  },
  clientNotInInvoiceTab: {
    fr: 'Client introuvable dans l’onglet des factures.',
    en: 'Client not found in the invoice tab.',
  },
  unknownClientType: { fr: 'Type client inconnu.', en: 'Unknown client type.' },
  clientNotFound: { fr: 'Client introuvable.', en: 'Client not found.' },
  unknownStep: { fr: 'Étape inconnue.', en: 'Unknown step.' },
  /** A placeholder of a list's items: « {{numero}} (dans {{#factures}}…{{/factures}}) ». */
  insideSection: {
    fr: (description: string, section: string) =>
      `${description} (dans {{#${section}}}…{{/${section}}})`,
    en: (description: string, section: string) =>
      `${description} (in {{#${section}}}…{{/${section}}})`,
  },
  pickerNotConfigured: {
    fr: (properties: readonly string[]) =>
      `Le sélecteur de fichiers Google n’est pas configuré : l’éditeur de Relance doit renseigner les propriétés du script ${properties.map((p) => `« ${p} »`).join(' et ')} (voir docs/publishing.md). En attendant, collez le lien du PDF dans la colonne « Lien facture ».`,
    en: (properties: readonly string[]) =>
      `The Google file picker is not set up: Relance’s publisher must fill in the script ${byCount(properties.length, 'en', 'property', 'properties')} ${properties.map((p) => `“${p}”`).join(' and ')} (see docs/publishing.md). Meanwhile, paste the PDF’s link in the « Lien facture » column.`,
  },
  invoiceNotInTab: {
    fr: (number: string) => `Facture ${number} introuvable dans l’onglet des factures.`,
    en: (number: string) => `Invoice ${number} not found in the invoice tab.`,
  },
  noInvoiceLinkColumn: {
    fr: (sheet: string) =>
      `L’onglet « ${sheet} » n’a pas de colonne « Lien facture » : ajoutez-la à l’en-tête, puis joignez la facture à nouveau.`,
    en: (sheet: string) =>
      `The tab “${sheet}” has no « Lien facture » column: add it to the header, then attach the invoice again.`,
  },
  fileNotEntrusted: {
    fr: 'Relance ne peut pas lire ce fichier : choisissez-le dans la fenêtre « Joindre la facture… » pour le lui confier.',
    en: 'Relance cannot read this file: choose it in the « Attach the invoice… » window to entrust it to Relance.',
  },
  notAPdf: {
    fr: (file: string, number: string) =>
      `« ${file} » n’est ni un PDF ni un document Google : choisissez le PDF de la facture ${number}.`,
    en: (file: string, number: string) =>
      `“${file}” is neither a PDF nor a Google document: choose the PDF of invoice ${number}.`,
  },
  tabGone: {
    fr: (sheet: string) => `L’onglet « ${sheet} » n’existe plus.`,
    en: (sheet: string) => `The tab “${sheet}” no longer exists.`,
  },

  // Opening the workbook (server/run/workbook.ts): the set-up screen and the Suivi show these.
  invoiceTabGone: {
    fr: (sheet: string) =>
      `L’onglet de factures « ${sheet} » n’existe plus : choisissez-le à nouveau dans Paramètres.`,
    en: (sheet: string) =>
      `The invoice tab “${sheet}” no longer exists: choose it again in Settings.`,
  },
  noInvoiceTab: {
    fr: 'Aucun onglet de factures trouvé dans ce classeur.',
    en: 'No invoice tab found in this workbook.',
  },
  severalInvoiceTabs: {
    fr: (tabs: readonly string[], read: string) =>
      `Plusieurs onglets ressemblent à un tableau de factures (${tabs.map((t) => `« ${t} »`).join(', ')}) : Relance lit « ${read} » seulement. Choisissez l’onglet à suivre dans Paramètres pour ne plus voir ce message.`,
    en: (tabs: readonly string[], read: string) =>
      `Several tabs look like an invoice table (${tabs.map((t) => `“${t}”`).join(', ')}): Relance reads “${read}” only. Choose the tab to follow in Settings to stop seeing this message.`,
  },

  // The menu's alerts and toasts (server/entry/ui.ts, jobs.ts).
  help: {
    fr: 'Relance suit vos factures impayées : chaque nuit, elle prépare les relances du jour (emails, appels, courriers, mise en demeure) et met à jour les onglets « Suivi des relances », « Journal des relances » et « Tableau de bord » (encours, retards, délai moyen de paiement, taux de recouvrement). Ouvrez Relance pour voir les actions du jour et noter les réponses de vos clients.',
    en: 'Relance follows your unpaid invoices: every night it prepares the day’s reminders (emails, calls, letters, formal notice) and updates the tabs « Suivi des relances », « Journal des relances » and « Tableau de bord » (receivables, delays, average time to get paid, recovery rate). Open Relance to see the day’s actions and record your clients’ answers.',
  },
  reauthorizeAt: {
    fr: (url: string) =>
      `Relance doit être ré-autorisée : ouvrez ${url === '' ? 'Relance depuis le menu' : url} et acceptez les autorisations demandées. Rien n’est envoyé d’ici là.`,
    en: (url: string) =>
      `Relance must be authorised again: open ${url === '' ? 'Relance from the menu' : url} and accept the permissions it asks for. Nothing is sent until then.`,
  },
  authorized: {
    fr: 'Relance est autorisée : les relances reprendront à la prochaine exécution.',
    en: 'Relance is authorised: the reminders will resume at the next run.',
  },
  /** A new version asks for a permission not granted yet (adapters/authorization.ts). */
  authorizationRequired: {
    fr: 'Relance doit être ré-autorisée : une mise à jour demande une autorisation que vous n’avez pas encore accordée. Rien n’a été envoyé. Ouvrez Relance depuis le menu et acceptez les autorisations demandées.',
    en: 'Relance must be authorised again: an update asks for a permission you have not granted yet. Nothing was sent. Open Relance from the menu and accept the permissions it asks for.',
  },
  runningNow: { fr: 'Relances en cours…', en: 'Reminders under way…' },
  automaticOn: {
    fr: (hour: number) => `Envoi automatique activé : chaque jour vers ${hour} h.`,
    en: (hour: number) => `Automatic sending on: every day around ${hour}:00.`,
  },
  automaticOff: { fr: 'Envoi automatique désactivé.', en: 'Automatic sending off.' },
  letterTemplatesMade: {
    fr: (folder: string) =>
      `Modèles de courrier créés dans le dossier « ${folder} » de votre Drive. Vous pouvez les mettre en forme librement.`,
    en: (folder: string) =>
      `Letter templates created in the folder “${folder}” of your Drive. You may lay them out as you like.`,
  },

  // The run (server/run/run-dunning.ts).
  nothingThisHour: { fr: 'Rien à faire à cette heure.', en: 'Nothing to do at this hour.' },
  emailQuotaStillReached: {
    fr: 'Quota d’envoi d’emails encore atteint : la suite part quand il se libère.',
    en: 'The email quota is still reached: the rest goes out when it frees up.',
  },
  runAlreadyUnderWay: {
    fr: 'Une relance est déjà en cours dans ce classeur. Réessayez dans quelques minutes.',
    en: 'A run is already under way in this workbook. Try again in a few minutes.',
  },
  dashboardNotUpdated: {
    fr: (error: string) => `Le tableau de bord n’a pas pu être mis à jour : ${error}`,
    en: (error: string) => `The dashboard could not be updated: ${error}`,
  },

  // The adapters (server/adapters/).
  busy: {
    fr: 'Une relance est en cours, réessayez dans une minute.',
    en: 'A run is under way, try again in a minute.',
  },
  advancedDriveOff: {
    fr: 'Le service avancé Drive n’est pas activé dans le projet (appsscript.json, « dependencies »).',
    en: 'The advanced Drive service is not enabled in the project (appsscript.json, « dependencies »).',
  },
  folderNotMade: {
    fr: (name: string) => `Drive n’a pas créé le dossier « ${name} ».`,
    en: (name: string) => `Drive did not create the folder “${name}”.`,
  },
  documentNotMade: {
    fr: (name: string) => `Drive n’a pas créé le document « ${name} ».`,
    en: (name: string) => `Drive did not create the document “${name}”.`,
  },
  fileNotCopied: {
    fr: (name: string) => `Drive n’a pas copié « ${name} ».`,
    en: (name: string) => `Drive did not copy “${name}”.`,
  },
  tabsHoldYourData: {
    fr: (name: string, fallback: string) =>
      `Les onglets « ${name} » et « ${fallback} » contiennent vos propres données : renommez l’un d’eux pour que Relance puisse y écrire.`,
    en: (name: string, fallback: string) =>
      `The tabs “${name}” and “${fallback}” hold your own data: rename one of them so that Relance can write there.`,
  },

  // Names Relance gives in the user's Drive and workbook: looked up again by these names.
  templateFolder: { fr: 'Relance — modèles de courrier', en: 'Relance — letter templates' },
  lettersFolder: { fr: 'Relance — courriers', en: 'Relance — letters' },
  selfTestScratch: { fr: 'Relance — vérification', en: 'Relance — check' },
} as const satisfies Record<string, Entry<unknown>>;
