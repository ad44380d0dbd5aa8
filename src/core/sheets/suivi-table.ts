/**
 * The Suivi tab ("Suivi des relances"): derived, rewritten whole on every run, one row per
 * invoice still followed (docs/architecture.md, « The spreadsheet is the database »). Paid invoices drop out; rows the reader could not use are
 * listed at the bottom with what to fix, so the user sees them where they look every day.
 */
import type { Day } from '../values/day';
import type { InvoiceStanding, Language, Problem } from '../model';
import { WORDS } from '../words/catalogue';
import { STATE_LABELS, STEP_LABELS } from '../words/labels';
import { SHEET_WORDS, SUIVI_HEADERS } from '../words/sheets';
import { fitCell, type ColumnKind, type OutputCell } from './output-cells';

export const SUIVI_SHEET_NAME = 'Suivi des relances';

export const SUIVI_COLUMNS = [
  { key: 'number', kind: 'text', ...SUIVI_HEADERS.number },
  { key: 'client', kind: 'text', ...SUIVI_HEADERS.client },
  { key: 'dueDate', kind: 'day', ...SUIVI_HEADERS.dueDate },
  { key: 'balance', kind: 'euros', ...SUIVI_HEADERS.balance },
  { key: 'daysLate', kind: 'number', ...SUIVI_HEADERS.daysLate },
  { key: 'state', kind: 'label', ...SUIVI_HEADERS.state },
  { key: 'lastStep', kind: 'label', ...SUIVI_HEADERS.lastStep },
  { key: 'lastDate', kind: 'day', ...SUIVI_HEADERS.lastDate },
  { key: 'nextStep', kind: 'label', ...SUIVI_HEADERS.nextStep },
  { key: 'nextDate', kind: 'day', ...SUIVI_HEADERS.nextDate },
  { key: 'interest', kind: 'euros', ...SUIVI_HEADERS.interest },
  { key: 'indemnity', kind: 'euros', ...SUIVI_HEADERS.indemnity },
  { key: 'problems', kind: 'text', ...SUIVI_HEADERS.problems },
] as const satisfies readonly { key: string; fr: string; en: string; kind: ColumnKind }[];

export function suiviHeaders(language: Language): string[] {
  return SUIVI_COLUMNS.map((column) => column[language]);
}

/** True for a first row Relance wrote in the Suivi, in either language (its first columns). */
export function isSuiviHeader(row: readonly unknown[]): boolean {
  return (['fr', 'en'] as const).some((language) =>
    suiviHeaders(language)
      .slice(0, 3)
      .every((header, i) => row[i] === header),
  );
}

const dayCell = (day: Day | undefined): OutputCell => (day === undefined ? '' : { day });

/**
 * Header row plus one row per followed invoice, then one row per problem. Text goes as it is:
 * the adapter gives the `text` columns a plain-text format before writing.
 */
export function suiviTable(
  standings: readonly InvoiceStanding[],
  problems: readonly Problem[],
  language: Language,
): OutputCell[][] {
  const rows: OutputCell[][] = [suiviHeaders(language)];
  for (const standing of standings) {
    if (standing.state === 'paid') continue;
    rows.push([
      standing.number,
      standing.client,
      { day: standing.dueDate },
      standing.balanceCents / 100,
      Math.max(0, standing.daysLate),
      STATE_LABELS[standing.state][language],
      standing.lastStep === undefined ? '' : STEP_LABELS[standing.lastStep][language],
      dayCell(standing.lastStepDate),
      standing.nextStep === undefined ? '' : STEP_LABELS[standing.nextStep][language],
      dayCell(standing.nextDate),
      standing.interestCents / 100,
      standing.indemnityCents / 100,
      fitCell(standing.problems.join(' ')),
    ]);
  }
  for (const problem of problems) {
    const where = problem.row > 0 ? SHEET_WORDS.problemRow.fr(problem.row) : '';
    const column = problem.column === '' ? '' : ` (${problem.column})`;
    rows.push([
      fitCell(problem.invoice ?? ''),
      '',
      '',
      '',
      '',
      WORDS.toFix[language],
      '',
      '',
      '',
      '',
      '',
      '',
      fitCell(`${where}${column} : ${problem.message}`.replace(/^ : /, '')),
    ]);
  }
  return rows;
}
