/**
 * The tabs Relance writes (sheets/): the Suivi's and the Journal's headers, what a Journal row the
 * user typed is missing, the Clients tab's type cell and the workbook's size. Headers are read
 * back in either language, so a header changed here must keep reading the tabs already written.
 */
import type { Entry } from './catalogue';

/** The Suivi's columns, in their order (sheets/suivi-table.ts). */
export const SUIVI_HEADERS = {
  number: { fr: 'N° facture', en: 'Invoice' },
  client: { fr: 'Client', en: 'Client' },
  dueDate: { fr: 'Échéance', en: 'Due date' },
  balance: { fr: 'Solde dû', en: 'Balance due' },
  daysLate: { fr: 'Jours de retard', en: 'Days late' },
  state: { fr: 'État', en: 'State' },
  lastStep: { fr: 'Dernière relance', en: 'Last step' },
  lastDate: { fr: 'Date dernière relance', en: 'Last step date' },
  nextStep: { fr: 'Prochaine relance', en: 'Next step' },
  nextDate: { fr: 'Date prochaine relance', en: 'Next step date' },
  interest: { fr: 'Pénalités à date', en: 'Interest to date' },
  indemnity: { fr: 'Indemnité forfaitaire', en: 'Recovery indemnity' },
  problems: { fr: 'Problèmes', en: 'Problems' },
} as const satisfies Record<string, Entry<string>>;

/** The Journal's columns, in their order (sheets/journal-table.ts). */
export const JOURNAL_HEADERS = {
  at: { fr: 'Date et heure', en: 'Date and time' },
  client: { fr: 'Client', en: 'Client' },
  invoices: { fr: 'Factures', en: 'Invoices' },
  type: { fr: 'Type', en: 'Type' },
  step: { fr: 'Étape', en: 'Step' },
  channel: { fr: 'Canal', en: 'Channel' },
  recipients: { fr: 'Destinataires', en: 'Recipients' },
  subject: { fr: 'Objet', en: 'Subject' },
  link: { fr: 'Document', en: 'Document' },
  amount: { fr: 'Montant', en: 'Amount' },
  date: { fr: 'Date', en: 'Date' },
  detail: { fr: 'Détail', en: 'Detail' },
  id: { fr: 'ID', en: 'ID' },
  state: { fr: 'État', en: 'State' },
} as const satisfies Record<string, Entry<string>>;

export const SHEET_WORDS = {
  /** Where a problem of the Suivi's bottom rows sits. */
  problemRow: { fr: (row: number) => `Ligne ${row}`, en: (row: number) => `Row ${row}` },

  // A Journal row Relance cannot use (sheets/journal-table.ts).
  eventTypeUnknown: {
    fr: (type: string) =>
      `Type d’événement inconnu : « ${type} ». Choisissez une valeur de la liste (Envoi, Promesse, Paiement…).`,
    en: (type: string) =>
      `Unknown event type: « ${type} ». Choose a value from the list (Envoi, Promesse, Paiement…).`,
  },
  eventDateUnreadable: {
    fr: 'Date de l’événement illisible : écrivez une date comme 15/03/2026.',
    en: 'Unreadable event date: write a date like 15/03/2026.',
  },
  eventWhoMissing: {
    fr: 'Indiquez le client ou les numéros de facture concernés.',
    en: 'Give the client or the numbers of the invoices concerned.',
  },
  eventAmountUnreadable: {
    fr: 'Montant illisible : écrivez un nombre comme 1 234,56.',
    en: 'Unreadable amount: write a number like 1 234,56.',
  },
  eventDayUnreadable: {
    fr: 'Date illisible : écrivez une date comme 15/03/2026.',
    en: 'Unreadable date: write a date like 15/03/2026.',
  },
  paymentAmountMissing: {
    fr: 'Un paiement doit indiquer son montant.',
    en: 'A payment must give its amount.',
  },
  promisedDateMissing: {
    fr: 'Indiquez la date promise ou la nouvelle échéance dans la colonne Date.',
    en: 'Give the promised date or the new due date in the Date column.',
  },
  instalmentsMissing: {
    fr: 'Écrivez les échéances dans Détail, par exemple « 15/12/2026 : 500 € ; 15/01/2027 : 500 € ».',
    en: 'Write the instalments in Détail, for example « 15/12/2026 : 500 € ; 15/01/2027 : 500 € ».',
  },
  /** The rows after the first of an action over more invoices than one cell holds. */
  continuation: {
    fr: (part: number, parts: number) =>
      `Suite des factures de la même action (${part}/${parts}) : son état est sur sa première ligne.`,
    en: (part: number, parts: number) =>
      `More invoices of the same action (${part}/${parts}): its state is on its first row.`,
  },

  // The Clients tab's type cell (sheets/client-type-cell.ts).
  typeHeader: { fr: 'Type client', en: 'Client type' },
  clientsTabWithoutHeader: {
    fr: 'L’onglet Clients n’a pas de ligne d’en-têtes reconnue (Client, Type client…) : ajoutez-la, ou écrivez le type dans la colonne Type client de l’onglet des factures.',
    en: 'The Clients tab has no header row Relance recognises (Client, Type client…): add one, or write the type in the Type client column of the invoice tab.',
  },

  /** The workbook near Sheets' cell limit (sheets/workbook-size.ts); figures come written. */
  workbookNearlyFull: {
    fr: (cells: string, share: number) =>
      `Le classeur compte ${cells} cellules, ${share} % des 10 millions que Google Sheets accepte : ` +
      'au-delà, le Journal ne pourra plus être écrit et les relances s’arrêteront. Archivez : faites une copie du classeur ' +
      '(Fichier › Créer une copie) qui garde tout l’historique, puis, dans ce classeur, supprimez du « Journal des relances » ' +
      'les lignes des factures réglées et les onglets dont vous n’avez plus besoin.',
    en: (cells: string, share: number) =>
      `The spreadsheet holds ${cells} cells, ${share}% of the 10 million Google Sheets accepts: ` +
      'beyond that, the Journal can no longer be written and the reminders will stop. Archive: make a copy of the spreadsheet ' +
      '(File › Make a copy) which keeps the whole history, then, in this spreadsheet, delete from the « Journal des relances » ' +
      'the rows of paid invoices and the tabs you no longer need.',
  },
} as const satisfies Record<string, Entry<unknown>>;
