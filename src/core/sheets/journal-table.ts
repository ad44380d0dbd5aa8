/**
 * The Journal tab ("Journal des relances"): append-only, one row per event (docs/architecture.md, « The spreadsheet is the database »). Relance
 * writes its own events and reads back every row, including the ones the user typed (data
 * validation offers the Type labels). Reading never throws: an unusable row is a problem.
 */
import type { Cell } from '../values/cells';
import { cellText, isFormulaError } from '../values/cells';
import { formatIsoDay } from '../values/day';
import { formatEuros, formatShortFrenchDay } from '../words/format';
import { inBoth, WORDS, type Entry } from '../words/catalogue';
import type { EventState, Instalment, JournalEvent, Language, Problem, StepId } from '../model';
import { STEPS, storedStepId } from '../steps';
import { CHANNEL_LABELS, EVENT_STATE_LABELS, EVENT_TYPE_LABELS } from '../words/labels';
import { JOURNAL_HEADERS, SHEET_WORDS } from '../words/sheets';
import { parseAmount, parseDay, parseEmails } from '../values/parse-values';
import { invoiceKey, keyText, normalizeKey } from '../values/keys';
import { CELL_CHARACTERS, fitCell, type ColumnKind, type OutputCell } from './output-cells';

export { fitCell } from './output-cells';

export const JOURNAL_SHEET_NAME = 'Journal des relances';

/**
 * The document property in which Relance keeps how many rows below its header the Journal had when
 * Relance last wrote it: a Journal tab that disappears is then noticed, never taken for a new one.
 */
export const JOURNAL_ROWS_PROPERTY = 'relance.journalRows';

/**
 * Why a run or the sidebar must stop: the Journal tab is missing although Relance wrote rows in
 * it (`recordedRows`, the property's text). Undefined while the tab is there or was never written.
 */
export function vanishedJournalMessage(
  tabPresent: boolean,
  recordedRows: string | null,
  language: Language = 'fr',
): string | undefined {
  if (tabPresent || recordedRows === null) return undefined;
  const rows = Number(recordedRows);
  return Number.isInteger(rows) && rows > 0
    ? WORDS.journalVanished[language](JOURNAL_SHEET_NAME, rows)
    : undefined;
}

export const JOURNAL_COLUMNS = [
  { key: 'at', kind: 'instant', ...JOURNAL_HEADERS.at },
  { key: 'client', kind: 'text', ...JOURNAL_HEADERS.client },
  { key: 'invoices', kind: 'text', ...JOURNAL_HEADERS.invoices },
  { key: 'type', kind: 'label', ...JOURNAL_HEADERS.type },
  { key: 'step', kind: 'label', ...JOURNAL_HEADERS.step },
  { key: 'channel', kind: 'label', ...JOURNAL_HEADERS.channel },
  { key: 'recipients', kind: 'text', ...JOURNAL_HEADERS.recipients },
  { key: 'subject', kind: 'text', ...JOURNAL_HEADERS.subject },
  { key: 'link', kind: 'link', ...JOURNAL_HEADERS.link },
  { key: 'amount', kind: 'euros', ...JOURNAL_HEADERS.amount },
  { key: 'date', kind: 'day', ...JOURNAL_HEADERS.date },
  { key: 'detail', kind: 'text', ...JOURNAL_HEADERS.detail },
  { key: 'id', kind: 'text', ...JOURNAL_HEADERS.id },
  { key: 'state', kind: 'label', ...JOURNAL_HEADERS.state },
] as const satisfies readonly { key: string; fr: string; en: string; kind: ColumnKind }[];
export type JournalColumnKey = (typeof JOURNAL_COLUMNS)[number]['key'];

/**
 * The Type labels the Journal's data validation offers: both languages, so that switching the
 * language never makes Relance's next row (or an older row) invalid.
 */
export function eventTypeChoices(): string[] {
  const labels = Object.values(EVENT_TYPE_LABELS).flatMap((label) => [label.fr, label.en]);
  return [...new Set(labels)];
}

function reverseLookup<K extends string>(labels: Record<K, { fr: string; en: string }>) {
  const map = new Map<string, K>();
  for (const key of Object.keys(labels) as K[]) {
    map.set(normalizeKey(key), key);
    map.set(normalizeKey(labels[key].fr), key);
    map.set(normalizeKey(labels[key].en), key);
  }
  return (text: string): K | undefined => map.get(normalizeKey(text));
}

const typeFromLabel = reverseLookup(EVENT_TYPE_LABELS);
const stateFromLabel = reverseLookup(EVENT_STATE_LABELS);
const channelFromLabel = reverseLookup(CHANNEL_LABELS);
/** A step as the « Étape » column holds it (its stored id), or as its id in code. */
const STEP_BY_KEY = new Map<string, StepId>(
  STEPS.flatMap((s) => [
    [normalizeKey(s.storedId), s.id],
    [normalizeKey(s.id), s.id],
  ]),
);

export function journalHeaders(language: Language): string[] {
  return JOURNAL_COLUMNS.map((column) => column[language]);
}

/** Instalments as written in the Détail cell: "15/12/2026 : 500,00 € ; 15/01/2027 : 500,00 €". */
export function formatInstalments(instalments: readonly Instalment[]): string {
  return instalments
    .map((i) => `${formatShortFrenchDay(i.date)} : ${formatEuros(i.amountCents, 'fr')}`)
    .join(' ; ');
}

export function parseInstalments(text: string): Instalment[] | undefined {
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const instalments: Instalment[] = [];
  for (const part of parts) {
    const match = /^(.+?)\s*[:=]\s*(.+)$/.exec(part);
    if (!match) return undefined;
    const date = parseDay(match[1] ?? '');
    const amount = parseAmount(match[2] ?? '');
    if (date === undefined || amount === undefined || amount <= 0) return undefined;
    instalments.push({ date, amountCents: amount });
  }
  return instalments.length > 0 ? instalments : undefined;
}

/** The id of a row typed without one: this prefix and a hash of what the row says. */
const TYPED_ID_PREFIX = 'u-';

/** A short stable hash (FNV-1a) so that user-typed rows get an id that survives sorting. */
function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export interface JournalReading {
  events: JournalEvent[];
  problems: Problem[];
  /**
   * The sheet row (1-based) of each event, in the order of `events`, for the write-ahead state
   * updates. Every row is an event: two rows with one id (an older version named a message by
   * its run's start, and a rerun at that start named it again) are both read, so that a later
   * « reporté » never hides an earlier « fait ».
   */
  rows: number[];
  /** 0-based position of each column in the sheet, found by its header. */
  columns: Map<JournalColumnKey, number>;
}

/** Puts a row built in JOURNAL_COLUMNS order into the sheet's own column order. */
export function arrangeJournalRow(
  row: readonly OutputCell[],
  columns: ReadonlyMap<JournalColumnKey, number>,
): OutputCell[] {
  const width = Math.max(JOURNAL_COLUMNS.length, ...[...columns.values()].map((i) => i + 1));
  const arranged: OutputCell[] = Array.from({ length: width }, () => '');
  JOURNAL_COLUMNS.forEach((column, i) => {
    const target = columns.get(column.key) ?? i;
    arranged[target] = row[i] ?? '';
  });
  return arranged;
}

/**
 * Relance stores the invoices of one event one per line: a typed invoice number cannot hold a
 * line break, but it can hold "," or ";" ("F-1,2", "A;B"). A cell without a line break is one
 * invoice, or a list as older versions wrote it and as a user types it: items separated by a
 * comma or semicolon followed by a space ("F-1, F-2"). An invoice number with ", " inside is
 * the one case read as two.
 */
export const INVOICE_LIST_SEPARATOR = '\n';

export function splitInvoiceList(text: string): string[] {
  const separator = text.includes('\n') ? /\r?\n/ : /[;,]\s+/;
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The Journal's columns found by their header, in French or English. */
function journalColumnIndex(header: readonly Cell[]): Map<JournalColumnKey, number> {
  const index = new Map<JournalColumnKey, number>();
  header.forEach((cell, i) => {
    const key = normalizeKey(cellText(cell));
    const column = JOURNAL_COLUMNS.find(
      (c) => normalizeKey(c.fr) === key || normalizeKey(c.en) === key,
    );
    if (column && !index.has(column.key)) index.set(column.key, i);
  });
  return index;
}

/** One row of the Journal, read by column key. */
interface RowReader {
  cell(key: JournalColumnKey): Cell;
  text(key: JournalColumnKey): string;
}

/** Why a row cannot be used: the column at fault and what to write there. */
interface RowProblem {
  key: JournalColumnKey;
  text: Entry<string>;
}

/** Type, day, who and which invoices, and the id: what every event has. */
function readEventBase(r: RowReader): JournalEvent | RowProblem {
  const type = typeFromLabel(r.text('type'));
  if (type === undefined)
    return { key: 'type', text: inBoth(SHEET_WORDS.eventTypeUnknown, r.text('type')) };
  const day = parseDay(r.cell('at'));
  if (day === undefined) return { key: 'at', text: SHEET_WORDS.eventDateUnreadable };
  const client = r.text('client');
  const invoices = splitInvoiceList(r.text('invoices'));
  if (client === '' && invoices.length === 0)
    return { key: 'client', text: SHEET_WORDS.eventWhoMissing };
  const typed = [formatIsoDay(day), client, invoices.join(','), type];
  const id =
    r.text('id') ||
    `${TYPED_ID_PREFIX}${stableHash([...typed, r.text('amount'), r.text('date'), r.text('detail')].join('|'))}`;
  const state = stateFromLabel(r.text('state')) ?? 'done';
  // The id stays the one of the text as typed; the numbers are compared in the invoice tab's form.
  return { id, day, type, client, invoices: invoices.map(keyText), state };
}

/** The columns an event may leave empty and that cannot be wrong. */
function readEventDetails(r: RowReader, event: JournalEvent): void {
  const step = STEP_BY_KEY.get(normalizeKey(r.text('step')));
  if (step !== undefined) event.step = step;
  const channel = channelFromLabel(r.text('channel'));
  if (channel !== undefined) event.channel = channel;
  const recipients = parseEmails(r.text('recipients')).valid;
  if (recipients.length > 0) event.recipients = recipients;
  if (r.text('subject') !== '') event.subject = r.text('subject');
  if (r.text('link') !== '') event.link = r.text('link');
  if (r.text('detail') !== '') event.detail = r.text('detail');
}

/** Amount, date and instalments: read, and required where the event type needs them. */
function readEventFigures(r: RowReader, event: JournalEvent): RowProblem | undefined {
  if (r.text('amount') !== '') {
    const amount = parseAmount(r.cell('amount'));
    if (amount === undefined) return { key: 'amount', text: SHEET_WORDS.eventAmountUnreadable };
    event.amountCents = amount;
  }
  if (r.text('date') !== '') {
    const date = parseDay(r.cell('date'));
    if (date === undefined) return { key: 'date', text: SHEET_WORDS.eventDayUnreadable };
    event.date = date;
  }
  if (event.type === 'payment' && event.amountCents === undefined)
    return { key: 'amount', text: SHEET_WORDS.paymentAmountMissing };
  if ((event.type === 'promise' || event.type === 'delay-granted') && event.date === undefined)
    return { key: 'date', text: SHEET_WORDS.promisedDateMissing };
  if (event.type !== 'payment-plan') return undefined;
  const instalments = parseInstalments(r.text('detail'));
  if (instalments === undefined) return { key: 'detail', text: SHEET_WORDS.instalmentsMissing };
  event.instalments = instalments;
  return undefined;
}

function readEventRow(r: RowReader): JournalEvent | RowProblem {
  const event = readEventBase(r);
  if (!('id' in event)) return event;
  readEventDetails(r, event);
  return readEventFigures(r, event) ?? event;
}

function rowReader(row: readonly Cell[], index: ReadonlyMap<JournalColumnKey, number>): RowReader {
  const cell = (key: JournalColumnKey): Cell => {
    const i = index.get(key);
    return i === undefined ? '' : (row[i] ?? '');
  };
  return {
    cell,
    text: (key) => {
      const value = cell(key);
      return isFormulaError(value) ? '' : cellText(value).trim();
    },
  };
}

/**
 * Reads the Journal tab's values (header on the first row). Columns are found by their header
 * in French or English, so a user who reorders them loses nothing.
 */
export function readJournal(values: readonly (readonly Cell[])[]): JournalReading {
  const events: JournalEvent[] = [];
  const problems: Problem[] = [];
  const rows: number[] = [];
  // The latest event of each id: a row of the same id bringing more invoices continues it.
  const latestById = new Map<string, JournalEvent>();
  const index = journalColumnIndex(values[0] ?? []);
  const headerOf = (key: JournalColumnKey) => JOURNAL_COLUMNS.find((c) => c.key === key)?.fr ?? key;
  for (let r = 1; r < values.length; r += 1) {
    const row = values[r] ?? [];
    if (row.every((c) => cellText(c).trim() === '')) continue;
    const reader = rowReader(row, index);
    const read = readEventRow(reader);
    if (!('id' in read)) {
      const { key, text } = read;
      problems.push({ row: r + 1, column: headerOf(key), value: reader.text(key), text });
      continue;
    }
    const latest = latestById.get(read.id);
    if (latest !== undefined && read.invoices.some((n) => !latest.invoices.includes(n))) {
      // A continuation row (journalRows): more invoices of the same event; its other cells are
      // the first row's.
      for (const number of read.invoices)
        if (!latest.invoices.includes(number)) latest.invoices.push(number);
      continue;
    }
    // A row typed twice by the user reads as one event (its id is a hash of what it says).
    if (latest !== undefined && read.id.startsWith(TYPED_ID_PREFIX)) continue;
    // Another row of a known id over the same invoices is another attempt of that message (an
    // older version named a message by its run's start, and a rerun at that start named it
    // again): an event of its own, so that a later « reporté » never hides an earlier « fait ».
    latestById.set(read.id, read);
    rows.push(r + 1);
    events.push(read);
  }
  return { events, problems, rows, columns: index };
}

/**
 * The Journal's events with each invoice number spelt as the invoice tab spells it when the two are
 * one invoice (invoiceKey): a number retyped in full-width characters keeps its history, and
 * everything after compares and prints the tab's text. An event that needs no change is kept as
 * it is (the Journal may hold 300,000 of them).
 */
export function alignInvoiceNumbers(
  events: readonly JournalEvent[],
  numbers: readonly string[],
): JournalEvent[] {
  // The tab holds each key once (a second row of the same number is refused as a duplicate).
  const spelling = new Map<string, string>();
  for (const number of numbers)
    if (!spelling.has(invoiceKey(number))) spelling.set(invoiceKey(number), number);
  return events.map((event) => {
    let aligned: string[] | undefined;
    event.invoices.forEach((number, i) => {
      const spelt = spelling.get(invoiceKey(number));
      if (spelt !== undefined && spelt !== number) (aligned ??= [...event.invoices])[i] = spelt;
    });
    return aligned === undefined ? event : { ...event, invoices: aligned };
  });
}

/** The invoice numbers of an event, one per line, in as few cells of at most CELL_CHARACTERS. */
export function invoiceCells(invoices: readonly string[]): string[] {
  const cells: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const number of invoices.map(fitCell)) {
    const separator = current.length === 0 ? 0 : INVOICE_LIST_SEPARATOR.length;
    if (current.length > 0 && length + separator + number.length > CELL_CHARACTERS) {
      cells.push(current.join(INVOICE_LIST_SEPARATOR));
      current = [number];
      length = number.length;
    } else {
      current.push(number);
      length += separator + number.length;
    }
  }
  cells.push(current.join(INVOICE_LIST_SEPARATOR));
  return cells;
}

const column = (key: JournalColumnKey) => JOURNAL_COLUMNS.findIndex((c) => c.key === key);

/**
 * The Journal rows of an event: one, or more when its invoices do not fit in one cell (an action
 * over thousands of invoices). The rows that follow the first repeat its id, type and step with
 * the next invoices; reading merges them back into one event (readJournal).
 */
export function journalRows(
  event: JournalEvent,
  instantMs: number,
  language: Language,
): OutputCell[][] {
  const cells = invoiceCells(event.invoices);
  const first = journalRow(event, instantMs, language);
  first[column('invoices')] = cells[0] ?? '';
  const repeated = new Set(['at', 'client', 'type', 'step', 'channel', 'id', 'state']);
  const rest = cells.slice(1).map((invoices, i) => {
    const row = first.map((cell, c): OutputCell => {
      const key = JOURNAL_COLUMNS[c]?.key ?? '';
      return repeated.has(key) ? cell : '';
    });
    row[column('invoices')] = invoices;
    row[column('detail')] = SHEET_WORDS.continuation[language](i + 2, cells.length);
    return row;
  });
  return [first, ...rest];
}

/**
 * One Journal row for an event, in JOURNAL_COLUMNS order. `instantMs` is when it happened. Text
 * goes as it is: the adapter gives the text columns a plain-text format before writing. An event
 * whose invoices may not fit in one cell is written with journalRows.
 */
export function journalRow(
  event: JournalEvent,
  instantMs: number,
  language: Language,
): OutputCell[] {
  const amount: OutputCell = event.amountCents === undefined ? '' : event.amountCents / 100;
  const detail = fitCell(
    event.instalments !== undefined ? formatInstalments(event.instalments) : (event.detail ?? ''),
  );
  return [
    { instantMs },
    fitCell(event.client),
    event.invoices.join(INVOICE_LIST_SEPARATOR),
    EVENT_TYPE_LABELS[event.type][language],
    event.step === undefined ? '' : storedStepId(event.step),
    event.channel === undefined ? '' : CHANNEL_LABELS[event.channel][language],
    fitCell((event.recipients ?? []).join(', ')),
    fitCell(event.subject ?? ''),
    // A link is a hyperlink; a reference to the client's writing (« courriel du 3 mars ») is text.
    event.link === undefined
      ? ''
      : /^https?:\/\//i.test(event.link)
        ? { link: event.link, label: event.link }
        : event.link,
    amount,
    event.date === undefined ? '' : { day: event.date },
    detail,
    event.id,
    EVENT_STATE_LABELS[event.state][language],
  ];
}

export function stateLabel(state: EventState, language: Language): string {
  return EVENT_STATE_LABELS[state][language];
}
