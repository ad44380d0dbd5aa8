/**
 * The Journal tab ("Journal des relances"): append-only, one row per event (DESIGN §2). Relance
 * writes its own events and reads back every row, including the ones the user typed (data
 * validation offers the Type labels). Reading never throws: an unusable row is a problem.
 */
import type { Cell } from './cells';
import { cellText, isFormulaError } from './cells';
import { formatIsoDay } from '../values/day';
import { formatShortFrenchDay } from '../values/format';
import { formatEuros } from '../values/money';
import type { EventState, Instalment, JournalEvent, Language, Problem, StepId } from '../model';
import { STEP_IDS } from '../model';
import { CHANNEL_LABELS, EVENT_STATE_LABELS, EVENT_TYPE_LABELS } from '../values/labels';
import { normalizeKey, parseAmount, parseDay, parseEmails } from '../values/parse-values';
import type { OutputCell } from './sheet-cells';
import { textCell } from './sheet-cells';

export const JOURNAL_SHEET_NAME = 'Journal des relances';

export const JOURNAL_COLUMNS = [
  { key: 'at', fr: 'Date et heure', en: 'Date and time' },
  { key: 'client', fr: 'Client', en: 'Client' },
  { key: 'invoices', fr: 'Factures', en: 'Invoices' },
  { key: 'type', fr: 'Type', en: 'Type' },
  { key: 'step', fr: 'Étape', en: 'Step' },
  { key: 'channel', fr: 'Canal', en: 'Channel' },
  { key: 'recipients', fr: 'Destinataires', en: 'Recipients' },
  { key: 'subject', fr: 'Objet', en: 'Subject' },
  { key: 'link', fr: 'Document', en: 'Document' },
  { key: 'amount', fr: 'Montant', en: 'Amount' },
  { key: 'date', fr: 'Date', en: 'Date' },
  { key: 'detail', fr: 'Détail', en: 'Detail' },
  { key: 'id', fr: 'ID', en: 'ID' },
  { key: 'state', fr: 'État', en: 'State' },
] as const;
export type JournalColumnKey = (typeof JOURNAL_COLUMNS)[number]['key'];

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
const STEP_BY_KEY = new Map<string, StepId>(STEP_IDS.map((id) => [normalizeKey(id), id]));

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
  /** Sheet rows (1-based) of events by id, for the write-ahead state updates. */
  rowById: Map<string, number>;
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

function splitList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Reads the Journal tab's values (header on the first row). Columns are found by their header
 * in French or English, so a user who reorders them loses nothing.
 */
export function readJournal(values: readonly (readonly Cell[])[]): JournalReading {
  const events: JournalEvent[] = [];
  const problems: Problem[] = [];
  const rowById = new Map<string, number>();
  const header = values[0] ?? [];
  const index = new Map<JournalColumnKey, number>();
  header.forEach((cell, i) => {
    const key = normalizeKey(cellText(cell));
    const column = JOURNAL_COLUMNS.find(
      (c) => normalizeKey(c.fr) === key || normalizeKey(c.en) === key,
    );
    if (column && !index.has(column.key)) index.set(column.key, i);
  });
  const headerOf = (key: JournalColumnKey) => JOURNAL_COLUMNS.find((c) => c.key === key)?.fr ?? key;

  for (let r = 1; r < values.length; r += 1) {
    const row = values[r] ?? [];
    const sheetRow = r + 1;
    const cell = (key: JournalColumnKey): Cell => {
      const i = index.get(key);
      return i === undefined ? '' : (row[i] ?? '');
    };
    const text = (key: JournalColumnKey) => {
      const value = cell(key);
      return isFormulaError(value) ? '' : cellText(value).trim();
    };
    if (row.every((c) => cellText(c).trim() === '')) continue;
    const problem = (key: JournalColumnKey, message: string) =>
      problems.push({ row: sheetRow, column: headerOf(key), value: text(key), message });

    const type = typeFromLabel(text('type'));
    if (type === undefined) {
      problem(
        'type',
        `Type d’événement inconnu : « ${text('type')} ». Choisissez une valeur de la liste (Envoi, Promesse, Paiement…).`,
      );
      continue;
    }
    const day = parseDay(cell('at'));
    if (day === undefined) {
      problem('at', 'Date de l’événement illisible : écrivez une date comme 15/03/2026.');
      continue;
    }
    const client = text('client');
    const invoices = splitList(text('invoices'));
    if (client === '' && invoices.length === 0) {
      problem('client', 'Indiquez le client ou les numéros de facture concernés.');
      continue;
    }
    const id =
      text('id') ||
      `u-${stableHash([formatIsoDay(day), client, invoices.join(','), type, text('amount'), text('date'), text('detail')].join('|'))}`;
    const event: JournalEvent = {
      id,
      day,
      type,
      client,
      invoices,
      state: stateFromLabel(text('state')) ?? 'fait',
    };
    const step = STEP_BY_KEY.get(normalizeKey(text('step')));
    if (step !== undefined) event.step = step;
    const channel = channelFromLabel(text('channel'));
    if (channel !== undefined) event.channel = channel;
    const recipients = parseEmails(text('recipients')).valid;
    if (recipients.length > 0) event.recipients = recipients;
    if (text('subject') !== '') event.subject = text('subject');
    if (text('link') !== '') event.link = text('link');
    if (text('detail') !== '') event.detail = text('detail');
    if (text('amount') !== '') {
      const amount = parseAmount(cell('amount'));
      if (amount === undefined) {
        problem('amount', 'Montant illisible : écrivez un nombre comme 1 234,56.');
        continue;
      }
      event.amountCents = amount;
    }
    if (text('date') !== '') {
      const date = parseDay(cell('date'));
      if (date === undefined) {
        problem('date', 'Date illisible : écrivez une date comme 15/03/2026.');
        continue;
      }
      event.date = date;
    }
    if (type === 'paiement' && event.amountCents === undefined) {
      problem('amount', 'Un paiement doit indiquer son montant.');
      continue;
    }
    if ((type === 'promesse' || type === 'delai-accorde') && event.date === undefined) {
      problem('date', 'Indiquez la date promise ou la nouvelle échéance dans la colonne Date.');
      continue;
    }
    if (type === 'echeancier') {
      const instalments = parseInstalments(text('detail'));
      if (instalments === undefined) {
        problem(
          'detail',
          'Écrivez les échéances dans Détail, par exemple « 15/12/2026 : 500 € ; 15/01/2027 : 500 € ».',
        );
        continue;
      }
      event.instalments = instalments;
    }
    if (rowById.has(id)) continue;
    rowById.set(id, sheetRow);
    events.push(event);
  }
  return { events, problems, rowById, columns: index };
}

/** One Journal row for an event, in JOURNAL_COLUMNS order. `instantMs` is when it happened. */
export function journalRow(
  event: JournalEvent,
  instantMs: number,
  language: Language,
): OutputCell[] {
  const amount: OutputCell = event.amountCents === undefined ? '' : event.amountCents / 100;
  const detail =
    event.instalments !== undefined ? formatInstalments(event.instalments) : (event.detail ?? '');
  return [
    { instantMs },
    textCell(event.client),
    textCell(event.invoices.join(', ')),
    EVENT_TYPE_LABELS[event.type][language],
    event.step ?? '',
    event.channel === undefined ? '' : CHANNEL_LABELS[event.channel][language],
    textCell((event.recipients ?? []).join(', ')),
    textCell(event.subject ?? ''),
    event.link === undefined ? '' : { link: event.link, label: event.link },
    amount,
    event.date === undefined ? '' : { day: event.date },
    textCell(detail),
    event.id,
    EVENT_STATE_LABELS[event.state][language],
  ];
}

export function stateLabel(state: EventState, language: Language): string {
  return EVENT_STATE_LABELS[state][language];
}
