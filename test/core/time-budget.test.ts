/**
 * The run's time budget on a large sheet (docs/architecture.md, « Batches and time »): it stops taking actions early
 * enough that what it writes after them (the Suivi, rewritten whole) fits in the execution.
 * Figures are simulated milliseconds, as the offline runtime prices them (runtime/cost-table.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  actionDeadline,
  actionsInNextBatch,
  paceSample,
  reserveAfterActionsMs,
  suiviCellsToWrite,
  tooLateForAnotherAction,
} from '../../src/core/plan/time-budget';
import { SUIVI_COLUMNS } from '../../src/core/sheets/suivi-table';
import { columnFormats } from '../../src/server/adapters/sheets';
import { SPREADSHEET_CALL_MS, SPREADSHEET_CELL_MS } from '../../src/local/runtime/cost-table';
import { DEFAULT_EXECUTION_LIMIT_MS } from '../../src/local/runtime/meter';

/** The Suivi's columns the run writes a number format for. */
const FORMATTED_COLUMNS = columnFormats(SUIVI_COLUMNS.map((c) => c.kind)).length;

/** What the runtime charges to rewrite a Suivi of `rows` rows, at Google's documented pace. */
function priceOfSuiviWrite(rows: number): number {
  return (
    20 * SPREADSHEET_CALL_MS + suiviCellsToWrite(rows, FORMATTED_COLUMNS) * SPREADSHEET_CELL_MS
  );
}

describe('the time kept free after the actions', () => {
  it('leaves room to write the Suivi of a 50,000-invoice backlog before the 6-minute limit', () => {
    // The invoice tab (50,000 rows × 5 columns) was read in 30 s; planning took 18 s; the
    // actions start 53 s into the execution.
    const afterActions = reserveAfterActionsMs({
      readMs: 30_000,
      cellsRead: 250_000,
      planMs: 18_000,
      suiviRows: 50_000,
      formattedColumns: FORMATTED_COLUMNS,
    });
    const deadline = actionDeadline(0, 53_000, afterActions);
    const left = DEFAULT_EXECUTION_LIMIT_MS - deadline;
    expect(left).toBeGreaterThan(priceOfSuiviWrite(50_000) + 18_000);
  });

  it('keeps room for the problems listed below the invoices, such as 10,000 clients without a type', () => {
    const reading = { headerRow: 1, mapping: { a: 0, b: 1, c: 2, d: 3, e: 4 }, problems: [] };
    const sample = paceSample(
      { ...reading, invoices: new Array<unknown>(50_000) },
      { readMs: 30_000, planMs: 18_000 },
      { problems: 10_000, formattedColumns: FORMATTED_COLUMNS },
    );
    expect(sample.suiviRows).toBe(60_000);
    const afterActions = reserveAfterActionsMs(sample);
    const left = DEFAULT_EXECUTION_LIMIT_MS - actionDeadline(0, 53_000, afterActions);
    expect(left).toBeGreaterThan(priceOfSuiviWrite(60_000) + 18_000);
  });

  it('never counts on writing faster than Google’s documented pace, however fast the reading went', () => {
    const afterActions = reserveAfterActionsMs({
      readMs: 2_000,
      cellsRead: 250_000,
      planMs: 1_000,
      suiviRows: 50_000,
      formattedColumns: FORMATTED_COLUMNS,
    });
    expect(afterActions).toBeGreaterThan(priceOfSuiviWrite(50_000));
  });

  it('keeps the usual 90 seconds on a small sheet', () => {
    const afterActions = reserveAfterActionsMs({
      readMs: 200,
      cellsRead: 500,
      planMs: 100,
      suiviRows: 100,
      formattedColumns: FORMATTED_COLUMNS,
    });
    expect(DEFAULT_EXECUTION_LIMIT_MS - actionDeadline(0, 2_000, afterActions)).toBe(90_000);
  });
});

describe('how many actions the run journals at a time', () => {
  const pace = { steps: 4, totalMs: 8_000, longestMs: 3_000 };

  it('journals one action until one has been timed', () => {
    expect(actionsInNextBatch(0, { steps: 0, totalMs: 0, longestMs: 0 }, 200_000, 500)).toBe(1);
  });

  it('journals as many as the time left fits at the mean pace, never more than are left', () => {
    expect(actionsInNextBatch(100_000, pace, 120_000, 500)).toBe(10);
    expect(actionsInNextBatch(100_000, pace, 120_000, 3)).toBe(3);
  });

  it('still journals one when the time left fits less than one at the mean pace', () => {
    expect(actionsInNextBatch(119_000, pace, 120_000, 500)).toBe(1);
  });

  it('takes no further action when one as long as the longest would end past the deadline', () => {
    expect(tooLateForAnotherAction(116_000, pace, 120_000)).toBe(false);
    expect(tooLateForAnotherAction(117_001, pace, 120_000)).toBe(true);
  });
});
