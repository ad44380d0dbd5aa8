/**
 * The run's time policy, decided over what the executor measured (a pure computation: the
 * executor passes the clock's readings in). How much of an execution the run keeps free after the day's actions (docs/architecture.md, « Acting safely »: stop before
 * the 6-minute limit and continue at the next firing of the hourly trigger). After its actions,
 * a run plans the day again, writes the Suivi (one row per followed invoice, rewritten whole
 * with a number format per formatted column, and one row per problem below them) and the
 * dashboard, then releases its lock and reports. On a large sheet that write is the longest part:
 * it is estimated from how long this execution took to read the invoice tab, cell for cell, so
 * that the estimate follows the real service's pace, and never below Google's documented pace.
 */
import { SUIVI_COLUMNS } from '../sheets/suivi-table';

/** Apps Script stops an execution at 6 minutes; Relance stops taking new work at 4.5 at most. */
export const TIME_BUDGET_MS = 270_000;
const EXECUTION_LIMIT_MS = 360_000;

/**
 * Writing a cell is taken as costing a quarter more than reading one did (the reading's pace
 * already counts parsing the rows): an estimate on the safe side, as Google publishes no
 * separate figures for reads and writes.
 */
const WRITE_TO_READ = 1.25;
/**
 * Google's documented pace of a batched write: the 10,000 cells of a 100 × 100 grid set in one
 * call over an array "runs in about 1 second" (Best practices, "Use batch operations",
 * https://developers.google.com/apps-script/guides/support/best-practices), 0.1 ms a cell.
 */
const DOCUMENTED_WRITE_MS_PER_CELL = 0.1;
/** Left for the dashboard, the lock's release and the report. */
const FIXED_MARGIN_MS = 30_000;

export interface PaceSample {
  /** Time spent reading and parsing the invoice tab. */
  readMs: number;
  /** Cells read there (rows × columns recognised): fewer than the tab holds, so a safe pace. */
  cellsRead: number;
  /** Time spent planning and composing the day: the run plans again after its actions. */
  planMs: number;
  /**
   * Rows the Suivi will have: the invoices read and every problem listed below them (the
   * invoice tab's, the plan's, such as one per client whose type is unknown, the Journal's and
   * the settings').
   */
  suiviRows: number;
  /** The Suivi's columns that carry a number format (adapters/sheets, columnFormats). */
  formattedColumns: number;
}

/**
 * Cells a Suivi rewrite carries: its values, and one number format per formatted column
 * (`formattedColumns` of them).
 */
export function suiviCellsToWrite(rows: number, formattedColumns: number): number {
  return (rows + 1) * SUIVI_COLUMNS.length + rows * formattedColumns;
}

/** Milliseconds to keep free once the actions are done, for what the run writes after them. */
export function reserveAfterActionsMs(sample: PaceSample): number {
  const perCellMs = Math.max(
    (sample.readMs / Math.max(1, sample.cellsRead)) * WRITE_TO_READ,
    DOCUMENTED_WRITE_MS_PER_CELL,
  );
  const writeMs = perCellMs * suiviCellsToWrite(sample.suiviRows, sample.formattedColumns);
  return Math.ceil(writeMs + sample.planMs + FIXED_MARGIN_MS);
}

/**
 * The pace sample of a run that read `reading` in `readMs` and planned in `planMs`; `problems`
 * counts every problem the Suivi will list, `formattedColumns` the Suivi's formatted columns.
 */
export function paceSample(
  reading: {
    headerRow: number;
    mapping: object;
    invoices: readonly unknown[];
    problems: readonly unknown[];
  },
  timing: { readMs: number; planMs: number },
  suivi: { problems: number; formattedColumns: number },
): PaceSample {
  const rows = reading.headerRow + reading.invoices.length + reading.problems.length;
  return {
    readMs: timing.readMs,
    cellsRead: rows * Math.max(1, Object.keys(reading.mapping).length),
    planMs: timing.planMs,
    suiviRows: reading.invoices.length + suivi.problems,
    formattedColumns: suivi.formattedColumns,
  };
}

/**
 * When to stop taking new actions. After them the run still plans again and writes the Suivi and
 * the dashboard: at least 90 s, half as much again as the run took to get here plus 30 s, and
 * `afterActionsMs` (reserveAfterActionsMs: the Suivi's write at the pace the invoice tab was
 * read) are kept free, so that a 50,000-row run ends, releases its lock and reports.
 */
export function actionDeadline(startMs: number, nowMs: number, afterActionsMs = 0): number {
  const reserve = Math.max(
    EXECUTION_LIMIT_MS - TIME_BUDGET_MS,
    1.5 * (nowMs - startMs) + 30_000,
    afterActionsMs,
  );
  return startMs + EXECUTION_LIMIT_MS - reserve;
}

/** The actions carried out so far in an execution, timed. */
export interface ActionPace {
  steps: number;
  totalMs: number;
  longestMs: number;
}

/**
 * Past the deadline, or too close to it for an action as long as the longest done so far: the
 * execution takes no further action (it would end past the time kept for the Suivi).
 */
export function tooLateForAnotherAction(
  nowMs: number,
  pace: ActionPace,
  deadlineMs: number,
): boolean {
  return nowMs + pace.longestMs > deadlineMs;
}

/**
 * Actions to journal « prévu » next, of `left`: one until an action has been timed, then as many
 * as the time left fits at the mean pace so far.
 */
export function actionsInNextBatch(
  nowMs: number,
  pace: ActionPace,
  deadlineMs: number,
  left: number,
): number {
  if (pace.steps === 0) return 1;
  const meanMs = Math.max(1, pace.totalMs / pace.steps);
  return Math.min(left, Math.max(1, Math.floor((deadlineMs - nowMs) / meanMs)));
}
