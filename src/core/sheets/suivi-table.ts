/**
 * The Suivi tab ("Suivi des relances"): derived, rewritten whole on every run, one row per
 * invoice still followed (docs/architecture.md, « The spreadsheet is the database »). Paid invoices drop out; rows the reader could not use are
 * listed at the bottom with what to fix, so the user sees them where they look every day.
 */
import type { Day } from '../values/day';
import type { InvoiceStanding, Language, Problem } from '../model';
import { WORDS } from '../words/catalogue';
import { STATE_LABELS, STEP_LABELS } from '../words/labels';
import { fitCell, type ColumnKind, type OutputCell } from './output-cells';

export const SUIVI_SHEET_NAME = 'Suivi des relances';

export const SUIVI_COLUMNS = [
  { key: 'number', fr: 'N° facture', en: 'Invoice', kind: 'text' },
  { key: 'client', fr: 'Client', en: 'Client', kind: 'text' },
  { key: 'dueDate', fr: 'Échéance', en: 'Due date', kind: 'day' },
  { key: 'balance', fr: 'Solde dû', en: 'Balance due', kind: 'euros' },
  { key: 'daysLate', fr: 'Jours de retard', en: 'Days late', kind: 'number' },
  { key: 'state', fr: 'État', en: 'State', kind: 'label' },
  { key: 'lastStep', fr: 'Dernière relance', en: 'Last step', kind: 'label' },
  { key: 'lastDate', fr: 'Date dernière relance', en: 'Last step date', kind: 'day' },
  { key: 'nextStep', fr: 'Prochaine relance', en: 'Next step', kind: 'label' },
  { key: 'nextDate', fr: 'Date prochaine relance', en: 'Next step date', kind: 'day' },
  { key: 'interest', fr: 'Pénalités à date', en: 'Interest to date', kind: 'euros' },
  { key: 'indemnity', fr: 'Indemnité forfaitaire', en: 'Recovery indemnity', kind: 'euros' },
  { key: 'problems', fr: 'Problèmes', en: 'Problems', kind: 'text' },
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
    const where = problem.row > 0 ? `Ligne ${problem.row}` : '';
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
