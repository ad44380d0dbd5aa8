/**
 * Reading the user's invoice tab (docs/architecture.md, « The spreadsheet is the database »). The header row may sit below a title; columns
 * are recognised by French and English synonyms whatever their case, accents or punctuation, and
 * the user may override the mapping. Every row that cannot be used becomes a problem saying what
 * to fix, and is left out; blank rows, total rows and formula errors never stop the reading.
 * A problem of severity 'warning' leaves the row in (an overpayment, a
 * remaining balance that disagrees with amount − paid).
 */
import { communeCodeOf } from '../values/commune-code';
import type { Cell } from '../values/cells';
import { cellText, isBlank, isFormulaError } from '../values/cells';
import type { Cents } from '../values/money';
import type { ClientType, Invoice, Language, Problem } from '../model';
import { parseClientType } from './client-type';
import { parseEmails } from '../values/parse-values';
import { clientKeyOf, invoiceKey, keyText, normalizeKey } from '../values/keys';
import { parseCivility, parseTitle } from '../words/addressing';
import { groupDigits } from '../words/wording';
import { inBoth, inEach, type Entry } from '../words/catalogue';
import { INVOICE_ROW_WORDS } from '../words/invoice-rows';
import { COLUMN_LABELS, TAX_INCLUSIVE_HEADERS } from './invoice-columns';
import { readCurrency, readMoney } from './invoice-amounts';
import { describeMissing, findHeader, isComplete, otherAmountColumns } from './invoice-header';
import { parseStatus } from './invoice-status';
import type { ClientDirectory } from './client-directory';
import { dateOrdersOf, readDates, type RowDates } from './invoice-dates';
import {
  CELL_MAX_LENGTH,
  excerpt,
  RowReader,
  type ColumnMapping,
  type Table,
  type TableSettings,
} from './row-reader';

/** One cell's addresses: more is a mailing list, not a client's accounts department. */
export const MAX_ADDRESSES_PER_CELL = 50;

const ENGLISH = new Set(['en', 'eng', 'anglais', 'english', 'gb', 'uk', 'us']);
const TOTAL_WORDS = /^(total|totaux|sous total|total ttc|total ht|subtotal|grand total)\b/;

export interface InvoiceTableOptions {
  settings: TableSettings;
  /** Sheet row of values[0] (1-based); 1 when the values start at the top of the sheet. */
  firstRow?: number;
  /** The « Clients » tab, when the workbook has one: it fills what an invoice row leaves blank. */
  clients?: ClientDirectory;
}

export type InvoiceTableReading =
  | {
      found: true;
      headerRow: number;
      mapping: ColumnMapping;
      invoices: Invoice[];
      problems: Problem[];
    }
  | { found: false; text: Entry<string> };

export function readInvoiceTable(
  values: readonly (readonly Cell[])[],
  options: InvoiceTableOptions,
): InvoiceTableReading {
  const firstRow = options.firstRow ?? 1;
  const best = findHeader(values, options.settings.columnOverrides);
  if (best === undefined || !isComplete(best.mapping)) {
    const text = inEach((language) =>
      INVOICE_ROW_WORDS.noTable[language](
        best === undefined ? '' : describeMissing(best.mapping, language),
      ),
    );
    return { found: false, text };
  }
  const { mapping } = best;
  const table = tableOf(values, best, options);
  const invoices: Invoice[] = [];
  const problems: Problem[] = headerNotes(table, firstRow + best.index);
  const firstRowOfNumber = new Map<string, number>();
  for (let r = best.index + 1; r < values.length; r += 1) {
    const read = readRow(values[r] ?? [], firstRow + r, table);
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

function tableOf(
  values: readonly (readonly Cell[])[],
  best: { index: number; mapping: ColumnMapping },
  options: InvoiceTableOptions,
): Table {
  const header = values[best.index] ?? [];
  let width = 0;
  header.forEach((cell, index) => {
    if (!isBlank(cell)) width = index + 1;
  });
  return {
    mapping: best.mapping,
    settings: options.settings,
    width,
    otherAmounts: otherAmountColumns(header, best.mapping),
    dateOrders: dateOrdersOf(values.slice(best.index + 1), best.mapping),
    ...(options.clients === undefined ? {} : { directory: options.clients }),
  };
}

/** Said once, at the header row: the amount chased is the one including VAT. */
function headerNotes(table: Table, headerRow: number): Problem[] {
  const chosen = table.mapping.amount;
  if (chosen === undefined || !TAX_INCLUSIVE_HEADERS.has(normalizeKey(chosen.header))) return [];
  return table.otherAmounts.map((other) => ({
    row: headerRow,
    column: other.header,
    value: other.header,
    text: inBoth(INVOICE_ROW_WORDS.twoAmountColumns, chosen.header, other.header),
    severity: 'warning' as const,
  }));
}

function duplicateProblem(invoice: Invoice, seenAt: number, mapping: ColumnMapping): Problem {
  return {
    row: invoice.row,
    column: mapping.number?.header ?? COLUMN_LABELS.number.fr,
    value: invoice.number,
    text: inBoth(INVOICE_ROW_WORDS.duplicateNumber, invoice.number, seenAt),
    invoice: invoice.number,
    severity: 'error',
  };
}

/**
 * One row: undefined when it is not an invoice at all (blank, a total, cancelled, a draft);
 * else its problems and, unless one of them is an error, the invoice.
 */
function readRow(
  row: readonly Cell[],
  sheetRow: number,
  table: Table,
): { invoice?: Invoice; problems: Problem[] } | undefined {
  const { settings } = table;
  const reader = new RowReader(row, sheetRow, table);
  if (row.every((c) => isBlank(c))) return undefined;
  if (refuseLongCells(reader)) return { problems: reader.problems };
  reader.numberText = keyText(reader.plain('number'));
  reader.status = parseStatus(reader.plain('status'));
  if (isNotAnInvoice(reader)) return undefined;
  if (reader.status === undefined) reportUnknownStatus(reader);
  reportFormulaErrors(reader);
  reportCellsBeyondHeader(reader);
  if (reader.blocked) return { problems: reader.problems };
  if (reader.numberText === '') reader.report('number', INVOICE_ROW_WORDS.numberMissing);
  const clientText = reader.plain('client');
  if (clientText === '') reader.report('client', INVOICE_ROW_WORDS.clientMissing);
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
      inEach((language) =>
        INVOICE_ROW_WORDS.cellTooLong[language](
          groupDigits(cell.length, language),
          groupDigits(CELL_MAX_LENGTH, language),
        ),
      ),
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
  if (reader.status === 'void' || reader.status === 'draft') return true;
  const filled = reader.keys().filter((key) => !isBlank(reader.cell(key)));
  return filled.length === 1 && filled[0] === 'amount'; // a lone amount under the table: a total
}

function reportFormulaErrors(reader: RowReader): void {
  for (const key of reader.keys()) {
    if (isFormulaError(reader.cell(key))) {
      reader.report(key, inBoth(INVOICE_ROW_WORDS.formulaError, reader.text(key)));
    }
  }
}

/**
 * A value to the right of the last titled column belongs to no column. In a CSV separated by
 * commas, it is what an unquoted « 1 234,56 » leaves: « 1 234 » in the amount, « 56 » beyond.
 */
function reportCellsBeyondHeader(reader: RowReader): void {
  const index = reader.row.findIndex((cell, i) => i >= reader.table.width && !isBlank(cell));
  if (index < 0) return;
  const value = excerpt(cellText(reader.row[index]));
  reader.reportAt(
    INVOICE_ROW_WORDS.untitledColumn.fr(columnLetter(index)),
    value,
    inBoth(INVOICE_ROW_WORDS.beyondHeader, value),
  );
}

/** « A », « Z », « AA »… as the sheet names columns. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function reportUnknownStatus(reader: RowReader): void {
  reader.report('status', inBoth(INVOICE_ROW_WORDS.statusUnknown, excerpt(reader.text('status'))));
}

function readRecipients(reader: RowReader): string[] {
  const emails = parseEmails(reader.cell('email'));
  if (emails.valid.length > MAX_ADDRESSES_PER_CELL) {
    reader.report(
      'email',
      inBoth(INVOICE_ROW_WORDS.tooManyAddresses, emails.valid.length, MAX_ADDRESSES_PER_CELL),
      'error',
      excerpt(reader.text('email')),
    );
    return [];
  }
  if (emails.invalid.length > 0) {
    reader.report(
      'email',
      inBoth(
        INVOICE_ROW_WORDS.invalidEmails,
        emails.invalid.map((e) => excerpt(e)),
      ),
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
  settings: TableSettings,
): Invoice {
  // Never inferred: an unreadable type waits for the user (dunning/client-kind.ts).
  const clientType: ClientType | undefined = parseClientType(reader.text('clientType'));
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
    markedPaid: reader.status === 'paid',
    ...(reader.status === 'disputed' ? { markedDisputed: true } : {}),
    ...(clientType === undefined ? {} : { clientType }),
    language,
    row: reader.sheetRow,
  };
  for (const key of ['contact', 'phone', 'address', 'invoiceLink', 'tribunal'] as const) {
    const value = reader.text(key);
    if (value !== '') invoice[key] = value;
  }
  if (clientType === undefined && reader.text('clientType') !== '')
    invoice.clientTypeText = reader.text('clientType');
  readCivility(invoice, reader);
  readCommuneCode(invoice, reader);
  return invoice;
}

/** The optional « Code commune »: an INSEE code (five digits, 2A/2B for Corsica), never a guess. */
function readCommuneCode(invoice: Invoice, reader: RowReader): void {
  const value = reader.text('communeCode');
  if (value === '') return;
  const code = communeCodeOf(value);
  if (code !== undefined) {
    invoice.communeCode = code;
    return;
  }
  reader.report('communeCode', inBoth(INVOICE_ROW_WORDS.communeCodeUnreadable, value), 'warning');
}

/** The optional « Civilité » column: a value Relance cannot read is a problem, never a guess. */
function readCivility(invoice: Invoice, reader: RowReader): void {
  const value = reader.text('civility');
  if (value === '') return;
  const civility = parseCivility(value);
  if (civility !== undefined) {
    invoice.civility = civility;
    return;
  }
  // A title (« Dr », « Me ») is written before the contact's name, where the greeting reads it.
  const contact = invoice.contact;
  if (parseTitle(value) !== undefined && contact !== undefined) {
    const first = contact.trim().split(/\s+/)[0] ?? '';
    if (parseTitle(first) === undefined) invoice.contact = `${value} ${contact}`;
    return;
  }
  reader.report(
    'civility',
    inBoth(INVOICE_ROW_WORDS.civilityUnknown, value, contact !== undefined),
    'warning',
  );
}
