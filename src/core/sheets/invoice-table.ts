/**
 * Reading the user's invoice tab (DESIGN §2). The header row may sit below a title; columns
 * are recognised by French and English synonyms whatever their case, accents or punctuation, and
 * the user may override the mapping. Every row that cannot be used becomes a problem saying what
 * to fix, and is left out; blank rows, total rows and formula errors never stop the reading.
 * A problem of severity 'warning' leaves the row in (an ignored address, an overpayment, a
 * remaining balance that disagrees with amount − paid).
 */
import type { Cell } from './cells';
import { cellText, isBlank, isFormulaError } from './cells';
import { addDays, type Day } from '../values/day';
import { formatEuros, subtractCents, ZERO_CENTS, type Cents } from '../values/money';
import type { ClientType, Invoice, Language, Problem, ProblemSeverity } from '../model';
import { parseClientType } from './client-type';
import {
  clientKeyOf,
  invoiceKey,
  keyText,
  normalizeKey,
  parseDay,
  parseEmails,
  readAmount,
  type AmountFault,
} from '../values/parse-values';
import type { ColumnKey, Settings } from '../settings/settings';
import { parseCivility } from '../messages/addressing';

export type ColumnMapping = Partial<Record<ColumnKey, { index: number; header: string }>>;

export const COLUMN_LABELS: Record<ColumnKey, { fr: string; en: string }> = {
  number: { fr: 'N° facture', en: 'Invoice number' },
  client: { fr: 'Client', en: 'Client' },
  email: { fr: 'Email', en: 'Email' },
  issueDate: { fr: 'Date d’émission', en: 'Issue date' },
  dueDate: { fr: 'Échéance', en: 'Due date' },
  amount: { fr: 'Montant TTC', en: 'Amount incl. VAT' },
  paid: { fr: 'Montant payé', en: 'Amount paid' },
  paymentDate: { fr: 'Date de paiement', en: 'Payment date' },
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
};

/** Exact header synonyms, compared after normalizeKey. Specific ones are checked first. */
const SYNONYMS: [ColumnKey, string[]][] = [
  [
    'paymentDate',
    [
      'date de paiement',
      'date paiement',
      'date de reglement',
      'date reglement',
      'paye le',
      'regle le',
      'payment date',
      'paid on',
      'date paid',
    ],
  ],
  [
    'paid',
    [
      'montant paye',
      'montant regle',
      'paye',
      'deja paye',
      'deja regle',
      'regle',
      'encaisse',
      'montant encaisse',
      'paid',
      'amount paid',
      'paid amount',
    ],
  ],
  [
    'dueDate',
    [
      'echeance',
      'date d echeance',
      'date echeance',
      'date limite de paiement',
      'date limite',
      'due date',
      'due',
      'due on',
      'payment due',
    ],
  ],
  [
    'issueDate',
    [
      'date',
      'date d emission',
      'date emission',
      'date facture',
      'date de facture',
      'date de facturation',
      'emise le',
      'issue date',
      'invoice date',
      'date issued',
    ],
  ],
  [
    'number',
    [
      'n facture',
      'n de facture',
      'no facture',
      'numero',
      'numero facture',
      'numero de facture',
      'facture',
      'facture n',
      'ref',
      'reference',
      'invoice',
      'invoice number',
      'invoice no',
      'invoice n',
      'invoice id',
      'number',
      'num',
    ],
  ],
  [
    'client',
    [
      'client',
      'nom client',
      'nom du client',
      'raison sociale',
      'societe',
      'entreprise',
      'customer',
      'company',
      'client name',
      'customer name',
    ],
  ],
  [
    'email',
    [
      'email',
      'e mail',
      'mail',
      'courriel',
      'adresse email',
      'adresse e mail',
      'email client',
      'emails',
      'email address',
    ],
  ],
  [
    'amount',
    [
      'montant ttc',
      'montant',
      'total ttc',
      'ttc',
      'montant facture',
      'total',
      'amount',
      'total amount',
      'amount incl vat',
      'invoice amount',
      'invoice total',
    ],
  ],
  ['status', ['statut', 'etat', 'status', 'state']],
  [
    'clientType',
    [
      'type client',
      'type de client',
      'type',
      'categorie client',
      'client type',
      'customer type',
      'customer category',
    ],
  ],
  ['contact', ['contact', 'interlocuteur', 'nom du contact', 'contact name']],
  ['phone', ['telephone', 'tel', 'portable', 'phone', 'phone number', 'mobile']],
  ['address', ['adresse', 'adresse postale', 'address', 'postal address']],
  [
    'invoiceLink',
    [
      'lien facture',
      'lien',
      'pdf',
      'lien pdf',
      'facture pdf',
      'invoice link',
      'link',
      'invoice pdf',
    ],
  ],
  ['language', ['langue', 'language', 'lang']],
  ['civility', ['civilite', 'civilite contact', 'titre', 'civility', 'title', 'salutation']],
  [
    'balance',
    [
      'reste du',
      'restant du',
      'reste a payer',
      'restant a payer',
      'reste a regler',
      'montant restant',
      'montant du',
      'solde',
      'solde du',
      'open balance',
      'balance due',
      'amount due',
      'balance',
      'outstanding',
      'amount outstanding',
    ],
  ],
  ['currency', ['devise', 'monnaie', 'currency', 'currency code', 'code devise']],
  [
    'clientId',
    [
      'code client',
      'n client',
      'no client',
      'numero client',
      'numero de client',
      'identifiant client',
      'id client',
      'reference client',
      'ref client',
      'compte client',
      'client id',
      'customer id',
      'customer number',
      'customer no',
      'account number',
    ],
  ],
];

const SYNONYM_INDEX = new Map<string, ColumnKey>();
for (const [key, words] of SYNONYMS) {
  for (const word of words) if (!SYNONYM_INDEX.has(word)) SYNONYM_INDEX.set(word, key);
}

const REQUIRED: ColumnKey[] = ['number', 'client', 'amount'];
export const HEADER_SEARCH_ROWS = 20;
/** A header is a few words: longer cells are data, never normalised while looking for one. */
const HEADER_MAX_LENGTH = 200;
/**
 * Google Sheets holds at most 50,000 characters in a cell ("Cell limit", Sheets help: Files you
 * can store in Google Drive); anything longer came from elsewhere and is refused before parsing.
 */
export const CELL_MAX_LENGTH = 50_000;
/** One cell's addresses: more is a mailing list, not a client's accounts department. */
export const MAX_ADDRESSES_PER_CELL = 50;

/** What a Statut cell says of the invoice (Sellsy, Pennylane, QuickBooks wordings included). */
type StatusKind = 'open' | 'paid' | 'partial' | 'void' | 'draft';

const STATUS_WORDS: [StatusKind, string[]][] = [
  ['paid', ['payee', 'paye', 'reglee', 'regle', 'soldee', 'solde', 'encaissee', 'paid', 'settled']],
  [
    'partial',
    [
      'partiellement payee',
      'partiellement paye',
      'partiellement reglee',
      'partiellement regle',
      'paiement partiel',
      'reglement partiel',
      'partially paid',
      'partial',
      'partial payment',
    ],
  ],
  // Cancelled invoices and credit notes are not debts: they are left out without a word.
  [
    'void',
    ['annulee', 'annule', 'avoir', 'cancelled', 'canceled', 'void', 'voided', 'credit note'],
  ],
  ['draft', ['brouillon', 'draft', 'proforma', 'pro forma', 'devis']],
  [
    'open',
    [
      'en retard',
      'retard',
      'overdue',
      'late',
      'a payer',
      'a regler',
      'impayee',
      'impaye',
      'non payee',
      'non reglee',
      'unpaid',
      'due',
      'open',
      'ouverte',
      'envoyee',
      'emise',
      'sent',
      'en attente',
      'en attente de paiement',
      'pending',
      'finalisee',
      'validee',
    ],
  ],
];
const STATUS_INDEX = new Map<string, StatusKind>(
  STATUS_WORDS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

const ENGLISH = new Set(['en', 'eng', 'anglais', 'english', 'gb', 'uk', 'us']);
const EUROS = new Set(['', 'eur', 'euro', 'euros']);
const TOTAL_WORDS = /^(total|totaux|sous total|total ttc|total ht|subtotal|grand total)\b/;

export interface InvoiceTableOptions {
  settings: Pick<Settings, 'columnOverrides' | 'paymentTermsDays' | 'sending'>;
  /** Sheet row of values[0] (1-based); 1 when the values start at the top of the sheet. */
  firstRow?: number;
}

export type InvoiceTableReading =
  | {
      found: true;
      headerRow: number;
      mapping: ColumnMapping;
      invoices: Invoice[];
      problems: Problem[];
    }
  | { found: false; message: string };

function mapHeader(
  row: readonly Cell[],
  overrides: InvoiceTableOptions['settings']['columnOverrides'],
): ColumnMapping {
  const mapping: ColumnMapping = {};
  const overrideByHeader = new Map<string, ColumnKey>();
  for (const [key, header] of Object.entries(overrides) as [ColumnKey, string | undefined][]) {
    if (header !== undefined && header.trim() !== '')
      overrideByHeader.set(normalizeKey(header), key);
  }
  row.forEach((cell, index) => {
    const header = cellText(cell).trim();
    if (header === '' || header.length > HEADER_MAX_LENGTH) return;
    const normalized = normalizeKey(header);
    const key = overrideByHeader.get(normalized) ?? SYNONYM_INDEX.get(normalized);
    if (key === undefined) return;
    const overridden = overrideByHeader.has(normalized);
    if (mapping[key] === undefined || overridden) mapping[key] = { index, header };
  });
  // A due date with no issue date: a lone "Date" column is taken as the due date.
  if (
    mapping.dueDate === undefined &&
    mapping.issueDate !== undefined &&
    normalizeKey(mapping.issueDate.header) === 'date'
  ) {
    mapping.dueDate = mapping.issueDate;
    delete mapping.issueDate;
  }
  // A sheet of open balances only ("Amount due", no total): the balance is the amount.
  if (mapping.amount === undefined && mapping.balance !== undefined) {
    mapping.amount = mapping.balance;
    delete mapping.balance;
  }
  return mapping;
}

function describeMissing(mapping: ColumnMapping): string {
  const missing = REQUIRED.filter((key) => mapping[key] === undefined).map(
    (key) => COLUMN_LABELS[key].fr,
  );
  if (mapping.dueDate === undefined && mapping.issueDate === undefined)
    missing.push('Échéance (ou Date)');
  return missing.join(', ');
}

export function describeMapping(
  mapping: ColumnMapping,
  language: Language = 'fr',
): { key: ColumnKey; label: string; header: string | null }[] {
  return (Object.keys(COLUMN_LABELS) as ColumnKey[]).map((key) => ({
    key,
    label: COLUMN_LABELS[key][language],
    header: mapping[key]?.header ?? null,
  }));
}

function score(mapping: ColumnMapping): number {
  let total = 0;
  for (const key of REQUIRED) if (mapping[key] !== undefined) total += 10;
  if (mapping.dueDate !== undefined || mapping.issueDate !== undefined) total += 10;
  return total + Object.keys(mapping).length;
}

function isComplete(mapping: ColumnMapping): boolean {
  return (
    REQUIRED.every((key) => mapping[key] !== undefined) &&
    (mapping.dueDate !== undefined || mapping.issueDate !== undefined)
  );
}

/** The row among the first twenty whose cells name the most invoice columns. */
function findHeader(
  values: readonly (readonly Cell[])[],
  overrides: InvoiceTableOptions['settings']['columnOverrides'],
): { index: number; mapping: ColumnMapping } | undefined {
  let best: { index: number; mapping: ColumnMapping } | undefined;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r += 1) {
    const mapping = mapHeader(values[r] ?? [], overrides);
    if (best === undefined || score(mapping) > score(best.mapping)) best = { index: r, mapping };
  }
  return best;
}

export function readInvoiceTable(
  values: readonly (readonly Cell[])[],
  options: InvoiceTableOptions,
): InvoiceTableReading {
  const firstRow = options.firstRow ?? 1;
  const best = findHeader(values, options.settings.columnOverrides);
  if (best === undefined || !isComplete(best.mapping)) {
    const missing =
      best === undefined ? '' : ` Colonnes non trouvées : ${describeMissing(best.mapping)}.`;
    return {
      found: false,
      message: `Aucun tableau de factures trouvé : il faut au moins les colonnes N° facture, Client, Montant et Échéance (ou Date).${missing}`,
    };
  }
  const { mapping } = best;
  const invoices: Invoice[] = [];
  const problems: Problem[] = [];
  const firstRowOfNumber = new Map<string, number>();
  for (let r = best.index + 1; r < values.length; r += 1) {
    const read = readRow(values[r] ?? [], firstRow + r, mapping, options.settings);
    if (read === undefined) continue;
    const invoice = read.invoice;
    const key = invoice === undefined ? '' : invoiceKey(invoice.number);
    const seenAt = firstRowOfNumber.get(key);
    if (invoice !== undefined && seenAt !== undefined) {
      problems.push(duplicateProblem(invoice, seenAt, mapping));
      continue;
    }
    problems.push(...read.problems);
    if (invoice === undefined) continue;
    firstRowOfNumber.set(key, invoice.row);
    invoices.push(invoice);
  }
  return { found: true, headerRow: firstRow + best.index, mapping, invoices, problems };
}

function duplicateProblem(invoice: Invoice, seenAt: number, mapping: ColumnMapping): Problem {
  return {
    row: invoice.row,
    column: mapping.number?.header ?? COLUMN_LABELS.number.fr,
    value: invoice.number,
    message: `Numéro de facture en double : la facture ${invoice.number} figure déjà ligne ${seenAt}. Seule la première ligne est suivie.`,
    invoice: invoice.number,
    severity: 'error',
  };
}

/** One data row being read: its cells by column, and what is wrong with it so far. */
class RowReader {
  readonly problems: Problem[] = [];
  numberText = '';

  constructor(
    readonly row: readonly Cell[],
    readonly sheetRow: number,
    readonly mapping: ColumnMapping,
  ) {}

  cell(key: ColumnKey): Cell {
    const column = this.mapping[key];
    return column === undefined ? '' : (this.row[column.index] ?? '');
  }

  text(key: ColumnKey): string {
    return cellText(this.cell(key)).trim();
  }

  /** The cell's text unless it holds a formula error. */
  plain(key: ColumnKey): string {
    return isFormulaError(this.cell(key)) ? '' : this.text(key);
  }

  report(key: ColumnKey, message: string, severity: ProblemSeverity = 'error', value?: string) {
    this.problems.push({
      row: this.sheetRow,
      column: this.mapping[key]?.header ?? COLUMN_LABELS[key].fr,
      value: value ?? cellText(this.cell(key)),
      message,
      ...(this.numberText === '' ? {} : { invoice: this.numberText }),
      severity,
    });
  }

  get blocked(): boolean {
    return this.problems.some((p) => p.severity !== 'warning');
  }

  keys(): ColumnKey[] {
    return Object.keys(this.mapping) as ColumnKey[];
  }
}

/**
 * One row: undefined when it is not an invoice at all (blank, a total, cancelled, a draft);
 * else its problems and, unless one of them is an error, the invoice.
 */
function readRow(
  row: readonly Cell[],
  sheetRow: number,
  mapping: ColumnMapping,
  settings: InvoiceTableOptions['settings'],
): { invoice?: Invoice; problems: Problem[] } | undefined {
  const reader = new RowReader(row, sheetRow, mapping);
  if (row.every((c) => isBlank(c))) return undefined;
  if (refuseLongCells(reader)) return { problems: reader.problems };
  reader.numberText = keyText(reader.plain('number'));
  if (isNotAnInvoice(reader)) return undefined;
  for (const key of reader.keys()) {
    if (isFormulaError(reader.cell(key))) {
      reader.report(
        key,
        `La cellule contient une erreur de formule (${reader.text(key)}) : corrigez la formule ou saisissez la valeur.`,
      );
    }
  }
  if (reader.blocked) return { problems: reader.problems };
  if (reader.numberText === '')
    reader.report(
      'number',
      'Numéro de facture manquant : chaque facture doit avoir un numéro pour être suivie.',
    );
  const clientText = reader.plain('client');
  if (clientText === '') reader.report('client', 'Nom du client manquant.');
  const money = readMoney(reader);
  readCurrency(reader);
  const dates = readDates(reader, settings.paymentTermsDays);
  const emails = readRecipients(reader);
  if (reader.blocked || money === undefined || dates === undefined)
    return { problems: reader.problems };
  const invoice = buildInvoice(reader, clientText, money, dates, emails, settings);
  return { invoice, problems: reader.problems };
}

/** A cell longer than Sheets allows is refused before anything reads it (bounded work). */
function refuseLongCells(reader: RowReader): boolean {
  for (const key of reader.keys()) {
    const cell = reader.cell(key);
    if (typeof cell !== 'string' || cell.length <= CELL_MAX_LENGTH) continue;
    reader.report(
      key,
      `Cellule trop longue (${cell.length.toLocaleString('fr-FR')} caractères, ${CELL_MAX_LENGTH.toLocaleString('fr-FR')} au plus) : raccourcissez-la.`,
      'error',
      excerpt(cell),
    );
  }
  return reader.blocked;
}

/** Blank rows, total rows, lone amounts, cancelled invoices, credit notes and drafts. */
function isNotAnInvoice(reader: RowReader): boolean {
  const clientText = reader.plain('client');
  if (
    TOTAL_WORDS.test(normalizeKey(reader.numberText)) ||
    TOTAL_WORDS.test(normalizeKey(clientText))
  )
    return true;
  const status = STATUS_INDEX.get(normalizeKey(reader.text('status')));
  if (status === 'void' || status === 'draft') return true;
  const filled = reader.keys().filter((key) => !isBlank(reader.cell(key)));
  return filled.length === 1 && filled[0] === 'amount'; // a lone amount under the table: a total
}

/** A cell quoted in a message: its first 60 characters. */
function excerpt(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 60)}…`;
}

const AMOUNT_MESSAGES: Record<AmountFault, (label: string, text: string) => string> = {
  unreadable: (label, text) =>
    `${label} illisible : « ${text} ». Écrivez un nombre comme 1 234,56.`,
  decimals: (label, text) =>
    `${label} avec plus de deux décimales : « ${text} ». Écrivez un montant au centime, comme 1 234,56.`,
  currency: (_label, text) =>
    `Montant en devise étrangère : « ${text} ». Relance ne relance qu’en euros : cette facture est laissée de côté.`,
};

/** A money cell: its cents, or a problem saying why not. */
function readMoneyCell(reader: RowReader, key: ColumnKey, label: string): Cents | undefined {
  const reading = readAmount(reader.cell(key));
  if ('cents' in reading) return reading.cents;
  reader.report(key, AMOUNT_MESSAGES[reading.fault](label, excerpt(reader.text(key))));
  return undefined;
}

/**
 * Amount, amount paid and remaining balance. The remaining balance, when the sheet has one,
 * wins: the amount paid becomes amount − balance, and a disagreement is a warning.
 */
function readMoney(reader: RowReader): { amount: Cents; paid: Cents } | undefined {
  if (isBlank(reader.cell('amount'))) {
    reader.report('amount', 'Montant manquant.');
    return undefined;
  }
  const amount = readMoneyCell(reader, 'amount', 'Montant');
  if (amount !== undefined && amount < 0) {
    reader.report(
      'amount',
      'Montant négatif : un avoir ne se relance pas. Retirez la ligne ou mettez le statut « Avoir ».',
    );
  }
  let paid = isBlank(reader.cell('paid'))
    ? undefined
    : readMoneyCell(reader, 'paid', 'Montant payé');
  if (paid !== undefined && paid < 0) {
    reader.report('paid', `Montant payé négatif : « ${reader.text('paid')} ».`);
    paid = undefined;
  }
  const balance = isBlank(reader.cell('balance'))
    ? undefined
    : readMoneyCell(reader, 'balance', 'Reste dû');
  if (amount === undefined || amount < 0 || reader.blocked) return undefined;
  return settleMoney(reader, amount, paid, balance);
}

function settleMoney(
  reader: RowReader,
  amount: Cents,
  paid: Cents | undefined,
  balance: Cents | undefined,
): { amount: Cents; paid: Cents } | undefined {
  const status = STATUS_INDEX.get(normalizeKey(reader.text('status')));
  if (balance !== undefined) {
    if (paid !== undefined && subtractCents(amount, paid) !== balance) {
      reader.report(
        'balance',
        `Le reste dû (${formatEuros(balance)}) ne correspond pas au montant moins le montant payé (${formatEuros(subtractCents(amount, paid))}) : Relance relance le reste dû ; vérifiez les deux colonnes.`,
        'warning',
      );
    }
    if (balance < 0) warnOverpaid(reader, 'balance');
    return { amount, paid: subtractCents(amount, balance) };
  }
  if (status === 'partial' && paid === undefined) {
    reader.report(
      'status',
      'Facture partiellement payée sans montant payé ni reste dû : indiquez le montant déjà payé pour que Relance ne réclame pas toute la facture.',
    );
    return undefined;
  }
  if (paid !== undefined && paid > amount) warnOverpaid(reader, 'paid');
  return { amount, paid: paid ?? ZERO_CENTS };
}

function warnOverpaid(reader: RowReader, key: ColumnKey): void {
  reader.report(
    key,
    'Le client a payé plus que le montant de la facture (trop-perçu) : la facture est considérée comme réglée ; vérifiez les montants et remboursez ou imputez le trop-perçu.',
    'warning',
  );
}

/** Relance chases in euros only: any other currency is left out (README, « Devises »). */
function readCurrency(reader: RowReader): void {
  const currency = reader.text('currency');
  if (currency === '€' || EUROS.has(normalizeKey(currency))) return;
  reader.report(
    'currency',
    `Facture en ${excerpt(currency)} : Relance ne relance qu’en euros, cette facture est laissée de côté.`,
  );
}

interface RowDates {
  dueDate: Day;
  issueDate?: Day;
  paymentDate?: Day;
}

function readDates(reader: RowReader, paymentTermsDays: number): RowDates | undefined {
  let bad = false;
  const readDay = (key: ColumnKey): Day | undefined => {
    if (isBlank(reader.cell(key))) return undefined;
    const day = parseDay(reader.cell(key));
    if (day === undefined) {
      reader.report(
        key,
        `Date illisible : « ${excerpt(reader.text(key))} ». Écrivez une date comme 15/03/2026.`,
      );
      bad = true;
    }
    return day;
  };
  const issueDate = readDay('issueDate');
  const due = readDay('dueDate');
  const paymentDate = readDay('paymentDate');
  if (bad) return undefined;
  const dueDate =
    due ?? (issueDate === undefined ? undefined : addDays(issueDate, paymentTermsDays));
  if (dueDate === undefined) {
    reader.report(
      reader.mapping.dueDate === undefined ? 'issueDate' : 'dueDate',
      'Échéance manquante : indiquez la date d’échéance ou au moins la date de la facture.',
    );
    return undefined;
  }
  return {
    dueDate,
    ...(issueDate === undefined ? {} : { issueDate }),
    ...(paymentDate === undefined ? {} : { paymentDate }),
  };
}

function readRecipients(reader: RowReader): string[] {
  const emails = parseEmails(reader.cell('email'));
  if (emails.valid.length > MAX_ADDRESSES_PER_CELL) {
    reader.report(
      'email',
      `${emails.valid.length} adresses dans une seule cellule (${MAX_ADDRESSES_PER_CELL} au plus) : gardez les adresses de la comptabilité du client.`,
      'error',
      excerpt(reader.text('email')),
    );
    return [];
  }
  if (emails.invalid.length > 0) {
    const list = emails.invalid.map((e) => `« ${excerpt(e)} »`).join(', ');
    if (emails.valid.length > 0)
      reader.report(
        'email',
        `Adresse email invalide ignorée : ${list}. Les autres adresses de la ligne sont utilisées.`,
        'warning',
      );
    else
      reader.report(
        'email',
        `Adresse email invalide : ${list}. Corrigez-la pour que les relances partent.`,
      );
  }
  return emails.valid;
}

function buildInvoice(
  reader: RowReader,
  clientText: string,
  money: { amount: Cents; paid: Cents },
  dates: RowDates,
  emails: string[],
  settings: InvoiceTableOptions['settings'],
): Invoice {
  const clientType: ClientType = parseClientType(reader.text('clientType')) ?? 'commercant';
  const languageText = normalizeKey(reader.text('language'));
  const language: Language =
    languageText === ''
      ? settings.sending.defaultLanguage
      : ENGLISH.has(languageText)
        ? 'en'
        : 'fr';
  const invoice: Invoice = {
    number: reader.numberText,
    client: clientText,
    clientKey: clientKeyOf(clientText, reader.plain('clientId')),
    emails,
    ...dates,
    amountCents: money.amount,
    paidCents: money.paid,
    markedPaid: STATUS_INDEX.get(normalizeKey(reader.text('status'))) === 'paid',
    clientType,
    language,
    row: reader.sheetRow,
  };
  for (const key of ['contact', 'phone', 'address', 'invoiceLink'] as const) {
    const value = reader.text(key);
    if (value !== '') invoice[key] = value;
  }
  readCivility(invoice, reader);
  return invoice;
}

/** The optional « Civilité » column: a value Relance cannot read is a problem, never a guess. */
function readCivility(invoice: Invoice, reader: RowReader): void {
  const value = reader.text('civility');
  if (value === '') return;
  const civility = parseCivility(value);
  if (civility !== undefined) invoice.civility = civility;
  else
    reader.report(
      'civility',
      `Civilité « ${value} » non reconnue : écrivez M., Mme, Madame ou Monsieur. La lettre commencera par « Madame, Monsieur, ».`,
      'warning',
    );
}
