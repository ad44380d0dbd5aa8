/**
 * What Relance says about the user's invoice tab (sheets/invoice-*.ts, client-directory.ts): the
 * columns' labels, and one sentence per cell it cannot read, naming what to write there. The
 * callers take the French; the header synonyms it recognises stay with the columns (data).
 */
import type { Entry } from './catalogue';

/** Each column of the invoice tab, as problems and the sidebar name it. */
export const INVOICE_COLUMN_LABELS = {
  number: { fr: 'N° facture', en: 'Invoice number' },
  client: { fr: 'Client', en: 'Client' },
  email: { fr: 'Email', en: 'Email' },
  issueDate: { fr: 'Date d’émission', en: 'Issue date' },
  dueDate: { fr: 'Échéance', en: 'Due date' },
  amount: { fr: 'Montant TTC', en: 'Amount incl. VAT' },
  paid: { fr: 'Montant payé', en: 'Amount paid' },
  paymentDate: { fr: 'Date de paiement', en: 'Payment date' },
  serviceDate: { fr: 'Date de prestation', en: 'Service date' },
  status: { fr: 'Statut', en: 'Status' },
  clientType: { fr: 'Type client', en: 'Client type' },
  contact: { fr: 'Contact', en: 'Contact' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  address: { fr: 'Adresse', en: 'Address' },
  invoiceLink: { fr: 'Lien facture', en: 'Invoice link' },
  language: { fr: 'Langue', en: 'Language' },
  civility: { fr: 'Civilité', en: 'Title' },
  balance: { fr: 'Reste dû', en: 'Balance due' },
  currency: { fr: 'Devise', en: 'Currency' },
  clientId: { fr: 'Code client', en: 'Client ID' },
  tribunal: { fr: 'Tribunal', en: 'Court' },
  communeCode: { fr: 'Code commune', en: 'Municipality code' },
} as const satisfies Record<string, Entry<string>>;

/** The money cells as their problems name them (sheets/invoice-amounts.ts). */
export const MONEY_CELL_LABELS = {
  amount: { fr: 'Montant', en: 'Amount' },
  paid: { fr: 'Montant payé', en: 'Amount paid' },
  balance: { fr: 'Reste dû', en: 'Balance due' },
} as const satisfies Record<string, Entry<string>>;

export const INVOICE_ROW_WORDS = {
  // The table as a whole (sheets/invoice-table.ts, invoice-header.ts).
  /** The due date's column, which the issue date may stand in for. */
  dueDateOrDate: { fr: 'Échéance (ou Date)', en: 'Due date (or Date)' },
  noTable: {
    fr: (missing: string) =>
      `Aucun tableau de factures trouvé : il faut au moins les colonnes N° facture, Client, Montant et Échéance (ou Date).${missing === '' ? '' : ` Colonnes non trouvées : ${missing}.`}`,
    en: (missing: string) =>
      `No invoice table found: it needs at least the columns N° facture, Client, Montant and Échéance (or Date).${missing === '' ? '' : ` Columns not found: ${missing}.`}`,
  },
  twoAmountColumns: {
    fr: (chosen: string, other: string) =>
      `Deux colonnes de montant : Relance relance le montant TTC de la colonne « ${chosen} » et ne lit pas la colonne « ${other} ».`,
    en: (chosen: string, other: string) =>
      `Two amount columns: Relance chases the amount incl. VAT of the « ${chosen} » column and does not read the « ${other} » column.`,
  },

  // One row (sheets/invoice-table.ts).
  duplicateNumber: {
    fr: (number: string, seenAt: number) =>
      `Numéro de facture en double : la facture ${number} figure déjà ligne ${seenAt}. Seule la première ligne est suivie.`,
    en: (number: string, seenAt: number) =>
      `Duplicate invoice number: invoice ${number} is already on row ${seenAt}. Only the first row is followed.`,
  },
  numberMissing: {
    fr: 'Numéro de facture manquant : chaque facture doit avoir un numéro pour être suivie.',
    en: 'Invoice number missing: every invoice needs a number to be followed.',
  },
  clientMissing: { fr: 'Nom du client manquant.', en: 'Client name missing.' },
  /** The lengths come written with their digits grouped. */
  cellTooLong: {
    fr: (length: string, most: string) =>
      `Cellule trop longue (${length} caractères, ${most} au plus) : raccourcissez-la.`,
    en: (length: string, most: string) =>
      `Cell too long (${length} characters, ${most} at most): shorten it.`,
  },
  formulaError: {
    fr: (error: string) =>
      `La cellule contient une erreur de formule (${error}) : corrigez la formule ou saisissez la valeur.`,
    en: (error: string) =>
      `The cell holds a formula error (${error}): correct the formula or type the value.`,
  },
  /** A column without a header, by its letter. */
  untitledColumn: {
    fr: (letter: string) => `colonne ${letter} (sans titre)`,
    en: (letter: string) => `column ${letter} (untitled)`,
  },
  beyondHeader: {
    fr: (value: string) =>
      `La ligne a une valeur hors du tableau (« ${value} », dans une colonne sans titre) : ses cellules ont peut-être glissé. Dans un fichier CSV séparé par des virgules, un montant comme « 1 234,56 » doit être entre guillemets. Corrigez la ligne ou donnez un titre à la colonne.`,
    en: (value: string) =>
      `The row has a value outside the table (« ${value} », in a column without a header): its cells may have shifted. In a CSV file separated by commas, an amount like « 1 234,56 » must be between quotes. Correct the row or give the column a header.`,
  },
  statusUnknown: {
    fr: (status: string) =>
      `Statut « ${status} » non reconnu : Relance ne sait pas si la facture est payée, annulée ou en litige, et ne la relance pas. Écrivez par exemple « Payée », « En retard », « Partiellement payée », « Annulée » ou « Litige ».`,
    en: (status: string) =>
      `Status « ${status} » not recognised: Relance cannot tell whether the invoice is paid, cancelled or disputed, and does not chase it. Write for example « Payée », « En retard », « Partiellement payée », « Annulée » or « Litige ».`,
  },
  tooManyAddresses: {
    fr: (count: number, most: number) =>
      `${count} adresses dans une seule cellule (${most} au plus) : gardez les adresses de la comptabilité du client.`,
    en: (count: number, most: number) =>
      `${count} addresses in one cell (${most} at most): keep the addresses of the client’s accounts department.`,
  },
  invalidEmails: {
    fr: (emails: readonly string[]) =>
      `Adresse email invalide : ${emails.map((e) => `« ${e} »`).join(', ')}. Corrigez-la (une adresse par destinataire, séparées par « ; ») : la facture attend, pour qu’aucune relance ne parte à une adresse devinée.`,
    en: (emails: readonly string[]) =>
      `Invalid email address: ${emails.map((e) => `« ${e} »`).join(', ')}. Correct it (one address per recipient, separated by « ; »): the invoice waits, so that no reminder goes to a guessed address.`,
  },
  communeCodeUnreadable: {
    fr: (value: string) =>
      `Code commune « ${value} » illisible : écrivez le code INSEE de la commune du siège (5 chiffres, par exemple 69266 pour Villeurbanne ; 2A ou 2B et 3 chiffres en Corse). Le tribunal sera cherché d’après le code postal.`,
    en: (value: string) =>
      `Municipality code « ${value} » unreadable: write the INSEE code of the seat’s commune (5 digits, for example 69266 for Villeurbanne; 2A or 2B and 3 digits in Corsica). The court will be looked up from the postcode.`,
  },
  civilityUnknown: {
    fr: (value: string, withContact: boolean) =>
      `Civilité « ${value} » non reconnue${withContact ? '' : ' sans contact'} : écrivez M., Mme, Madame, Monsieur, ou un titre (Dr, Pr, Me) avec le nom du contact. La lettre commencera par « Madame, Monsieur, ».`,
    en: (value: string, withContact: boolean) =>
      `Civility « ${value} » not recognised${withContact ? '' : ' without a contact'}: write M., Mme, Madame, Monsieur, or a title (Dr, Pr, Me) with the contact’s name. The letter will open with « Madame, Monsieur, ».`,
  },

  // The money cells (sheets/invoice-amounts.ts); `label` is a MONEY_CELL_LABELS entry.
  amountUnreadable: {
    fr: (label: string, text: string) =>
      `${label} illisible : « ${text} ». Écrivez un nombre comme 1 234,56.`,
    en: (label: string, text: string) =>
      `${label} unreadable: « ${text} ». Write a number like 1 234,56.`,
  },
  amountDecimals: {
    fr: (label: string, text: string) =>
      `${label} avec plus de deux décimales : « ${text} ». Écrivez un montant au centime, comme 1 234,56.`,
    en: (label: string, text: string) =>
      `${label} with more than two decimals: « ${text} ». Write an amount to the cent, like 1 234,56.`,
  },
  amountAmbiguous: {
    fr: (label: string, text: string) =>
      `${label} ambigu : « ${text} » peut se lire avec un séparateur de milliers ou avec trois décimales. Écrivez-le sans ambiguïté, comme 1 234,56 ou 12,50.`,
    en: (label: string, text: string) =>
      `${label} ambiguous: « ${text} » can be read with a thousands separator or with three decimals. Write it unambiguously, like 1 234,56 or 12,50.`,
  },
  amountForeign: {
    fr: (text: string) =>
      `Montant en devise étrangère : « ${text} ». Relance ne relance qu’en euros : cette facture est laissée de côté.`,
    en: (text: string) =>
      `Amount in a foreign currency: « ${text} ». Relance chases only in euros: this invoice is left aside.`,
  },
  amountMissing: { fr: 'Montant manquant.', en: 'Amount missing.' },
  amountNegative: {
    fr: 'Montant négatif : un avoir ne se relance pas. Retirez la ligne ou mettez le statut « Avoir ».',
    en: 'Negative amount: a credit note is not chased. Remove the row or set the status « Avoir ».',
  },
  paidNegative: {
    fr: (text: string) => `Montant payé négatif : « ${text} ».`,
    en: (text: string) => `Negative amount paid: « ${text} ».`,
  },
  twoAmounts: {
    fr: (chosen: string, amount: string, other: string, otherAmount: string) =>
      `Deux montants différents : « ${chosen} » dit ${amount}, « ${other} » dit ${otherAmount}. Relance ne sait pas lequel est le montant TTC à relancer : nommez cette colonne « Montant TTC ».`,
    en: (chosen: string, amount: string, other: string, otherAmount: string) =>
      `Two different amounts: « ${chosen} » says ${amount}, « ${other} » says ${otherAmount}. Relance cannot tell which is the amount incl. VAT to chase: name that column « Montant TTC ».`,
  },
  balanceOverAmount: {
    fr: (balance: string, amount: string) =>
      `Le reste dû (${balance}) dépasse le montant de la facture (${amount}) : vérifiez les deux colonnes. La facture attend.`,
    en: (balance: string, amount: string) =>
      `The balance due (${balance}) is more than the invoice’s amount (${amount}): check both columns. The invoice waits.`,
  },
  balanceMismatch: {
    fr: (balance: string, expected: string) =>
      `Le reste dû (${balance}) ne correspond pas au montant moins le montant payé (${expected}) : Relance relance le reste dû ; vérifiez les deux colonnes.`,
    en: (balance: string, expected: string) =>
      `The balance due (${balance}) does not match the amount less the amount paid (${expected}): Relance chases the balance due; check both columns.`,
  },
  partialWithoutPaid: {
    fr: 'Facture partiellement payée sans montant payé ni reste dû : indiquez le montant déjà payé pour que Relance ne réclame pas toute la facture.',
    en: 'Invoice partly paid with neither an amount paid nor a balance due: give the amount already paid so that Relance does not claim the whole invoice.',
  },
  overpaid: {
    fr: 'Le client a payé plus que le montant de la facture (trop-perçu) : la facture est considérée comme réglée ; vérifiez les montants et remboursez ou imputez le trop-perçu.',
    en: 'The client paid more than the invoice’s amount (overpayment): the invoice is taken as paid; check the amounts and refund or allocate the overpayment.',
  },
  invoiceInCurrency: {
    fr: (currency: string) =>
      `Facture en ${currency} : Relance ne relance qu’en euros, cette facture est laissée de côté.`,
    en: (currency: string) =>
      `Invoice in ${currency}: Relance chases only in euros, this invoice is left aside.`,
  },

  // The date cells (sheets/invoice-dates.ts); days come written (« 3 décembre »).
  /** « 3 décembre ou 12 mars »: the two readings of an ambiguous date. */
  eitherDay: {
    fr: (one: string, other: string) => `${one} ou ${other}`,
    en: (one: string, other: string) => `${one} or ${other}`,
  },
  dateMaybeSwapped: {
    fr: (read: string, other: string) =>
      `Date peut-être inversée : la colonne a des dates écrites mois/jour, à l’américaine (comme « 02/19/2026 »), et le tableur a lu celle-ci le ${read} ; elle peut aussi être le ${other}. Vérifiez-la et écrivez-la avec le mois en lettres (3 décembre 2026).`,
    en: (read: string, other: string) =>
      `Date perhaps swapped: the column has dates written month/day, the American way (like « 02/19/2026 »), and the spreadsheet read this one as ${read}; it may also be ${other}. Check it and write it with the month in letters (3 décembre 2026).`,
  },
  dateColumnMixed: {
    fr: 'la colonne mélange des dates jour/mois et mois/jour',
    en: 'the column mixes day/month and month/day dates',
  },
  dateNothingDecides: {
    fr: 'aucune autre date du tableau ne permet de trancher',
    en: 'no other date of the table settles it',
  },
  dateAmbiguous: {
    fr: (text: string, readings: string, why: string) =>
      `Date ambiguë : « ${text} » peut se lire ${readings}, et ${why}. Écrivez-la avec le mois en lettres (3 décembre 2026) ou sous la forme 2026-12-03.`,
    en: (text: string, readings: string, why: string) =>
      `Ambiguous date: « ${text} » can be read ${readings}, and ${why}. Write it with the month in letters (3 décembre 2026) or as 2026-12-03.`,
  },
  twoDigitYear: {
    fr: (text: string) =>
      `Année à deux chiffres : « ${text} ». Écrivez l’année en entier (15/03/2026) : Relance ne devine pas le siècle.`,
    en: (text: string) =>
      `Two-digit year: « ${text} ». Write the year in full (15/03/2026): Relance does not guess the century.`,
  },
  dateUnreadable: {
    fr: (text: string) => `Date illisible : « ${text} ». Écrivez une date comme 15/03/2026.`,
    en: (text: string) => `Unreadable date: « ${text} ». Write a date like 15/03/2026.`,
  },
  dueDateMissing: {
    fr: 'Échéance manquante : indiquez la date d’échéance ou au moins la date de la facture.',
    en: 'Due date missing: give the due date or at least the invoice’s date.',
  },

  /** The Clients tab (sheets/client-directory.ts). */
  duplicateClient: {
    fr: (tab: string, client: string, firstRow: number) =>
      `Client en double dans l’onglet ${tab} : « ${client} » figure déjà ligne ${firstRow}. Seule la première ligne est lue.`,
    en: (tab: string, client: string, firstRow: number) =>
      `Duplicate client in the ${tab} tab: « ${client} » is already on row ${firstRow}. Only the first row is read.`,
  },
} as const satisfies Record<string, Entry<unknown>>;
