/**
 * Finding the invoice tab's header row (it may sit below a title, among the first twenty rows)
 * and mapping its columns by their French and English synonyms, or by the user's overrides
 * (docs/architecture.md, « The spreadsheet is the database »).
 */
import type { Cell } from '../values/cells';
import { cellText } from '../values/cells';
import { normalizeKey } from '../values/keys';
import type { Language } from '../model';
import type { ColumnKey } from '../settings/settings';
import { INVOICE_ROW_WORDS } from '../words/invoice-rows';
import { COLUMN_LABELS, SYNONYM_INDEX, TAX_INCLUSIVE_HEADERS } from './invoice-columns';
import type { ColumnMapping, TableSettings } from './row-reader';

const REQUIRED: ColumnKey[] = ['number', 'client', 'amount'];
export const HEADER_SEARCH_ROWS = 20;
/** A header is a few words: longer cells are data, never normalised while looking for one. */
const HEADER_MAX_LENGTH = 200;

function mapHeader(
  row: readonly Cell[],
  overrides: TableSettings['columnOverrides'],
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
    const taxInclusive = key === 'amount' && prefersTaxInclusive(mapping.amount, normalized);
    if (mapping[key] === undefined || overridden || taxInclusive) mapping[key] = { index, header };
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

/** A « Montant TTC » column wins over a « Montant » met before it (unless overridden). */
function prefersTaxInclusive(current: ColumnMapping['amount'], normalized: string): boolean {
  return (
    current !== undefined &&
    TAX_INCLUSIVE_HEADERS.has(normalized) &&
    !TAX_INCLUSIVE_HEADERS.has(normalizeKey(current.header))
  );
}

/**
 * The header's other amount columns (« Montant » beside « Montant TTC », « Montant » beside
 * « Total »): what the chosen one is checked against, and the header-level note when the chosen
 * one says it includes VAT.
 */
export function otherAmountColumns(
  row: readonly Cell[],
  mapping: ColumnMapping,
): { index: number; header: string }[] {
  const chosen = mapping.amount;
  if (chosen === undefined) return [];
  const others: { index: number; header: string }[] = [];
  row.forEach((cell, index) => {
    const header = cellText(cell).trim();
    if (index === chosen.index || header === '' || header.length > HEADER_MAX_LENGTH) return;
    if (SYNONYM_INDEX.get(normalizeKey(header)) === 'amount') others.push({ index, header });
  });
  return others;
}

export function describeMissing(mapping: ColumnMapping, language: Language): string {
  const missing = REQUIRED.filter((key) => mapping[key] === undefined).map(
    (key) => COLUMN_LABELS[key][language],
  );
  if (mapping.dueDate === undefined && mapping.issueDate === undefined)
    missing.push(INVOICE_ROW_WORDS.dueDateOrDate[language]);
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

export function isComplete(mapping: ColumnMapping): boolean {
  return (
    REQUIRED.every((key) => mapping[key] !== undefined) &&
    (mapping.dueDate !== undefined || mapping.issueDate !== undefined)
  );
}

/** The row among the first twenty whose cells name the most invoice columns. */
export function findHeader(
  values: readonly (readonly Cell[])[],
  overrides: TableSettings['columnOverrides'],
): { index: number; mapping: ColumnMapping } | undefined {
  let best: { index: number; mapping: ColumnMapping } | undefined;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r += 1) {
    const mapping = mapHeader(values[r] ?? [], overrides);
    if (best === undefined || score(mapping) > score(best.mapping)) best = { index: r, mapping };
  }
  return best;
}
