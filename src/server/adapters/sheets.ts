/**
 * Thin adapter over SpreadsheetApp: whole-sheet reads and whole-table writes, in a fixed handful
 * of calls whatever the number of rows (DESIGN §5: batch every read and write).
 */
import type { Cell } from '../../core/sheets/cells';
import type { OutputCell } from '../../core/sheets/sheet-cells';
import type { DayConverter } from './days';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** All values of a sheet in one call; Dates become days, everything else passes as is. */
export function readCells(sheet: Sheet, days: DayConverter): Cell[][] {
  if (sheet.getLastRow() === 0) return [];
  const values = sheet.getDataRange().getValues() as unknown[][];
  return values.map((row) =>
    row.map((value): Cell => {
      if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
        const day = days.toDay(value as Date);
        return day === undefined ? '' : { day };
      }
      if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
        return value;
      }
      return value === null || value === undefined ? '' : String(value);
    }),
  );
}

function quoteFormulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function toSheetValue(cell: OutputCell, days: DayConverter): unknown {
  if (typeof cell !== 'object') return cell;
  if ('day' in cell) return days.toDate(cell.day);
  if ('instantMs' in cell) return new Date(cell.instantMs);
  return `=HYPERLINK(${quoteFormulaText(cell.link)}, ${quoteFormulaText(cell.label)})`;
}

export function toSheetValues(rows: readonly (readonly OutputCell[])[], days: DayConverter) {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => {
    const values = row.map((cell) => toSheetValue(cell, days));
    while (values.length < width) values.push('');
    return values;
  });
}

export interface ColumnFormat {
  /** 1-based column */
  column: number;
  numberFormat: string;
}

export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const EURO_FORMAT = '#,##0.00 [$€-40C]';

/**
 * Adds a tab at the end without taking the user away from the tab they are on (insertSheet makes
 * the new tab the active one, which would jump the user's view during a run from the sidebar).
 */
export function insertQuietly(spreadsheet: Spreadsheet, name: string): Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  active.activate();
  return sheet;
}

/** The name a derived tab falls back to when the user already has a tab of its own name. */
export const fallbackName = (name: string) => `${name} (Relance)`;

/**
 * A tab Relance may clear and rewrite: `name` when it is missing, empty or already Relance's (its
 * first row is what Relance writes there, as `isOurs` says); else `fallbackName(name)` on the same
 * terms. A tab of the user's is never cleared. `created` tells whether the tab is new.
 */
export function ownedSheet(
  spreadsheet: Spreadsheet,
  name: string,
  width: number,
  isOurs: (firstRow: readonly unknown[]) => boolean,
): { sheet: Sheet; created: boolean } {
  for (const candidate of [name, fallbackName(name)]) {
    const sheet = spreadsheet.getSheetByName(candidate);
    if (sheet === null) return { sheet: insertQuietly(spreadsheet, candidate), created: true };
    if (sheet.getLastRow() === 0) return { sheet, created: false };
    if (isOurs(sheet.getRange(1, 1, 1, width).getValues()[0] ?? []))
      return { sheet, created: false };
  }
  throw new Error(
    `Les onglets « ${name} » et « ${fallbackName(name)} » contiennent vos propres données : renommez l’un d’eux pour que Relance puisse y écrire.`,
  );
}

/**
 * Rewrites a derived sheet whole: clear, one setValues, the header frozen and bold, and one
 * number format per formatted column.
 */
export function rewriteSheet(
  spreadsheet: Spreadsheet,
  name: string,
  rows: readonly (readonly OutputCell[])[],
  days: DayConverter,
  formats: readonly ColumnFormat[],
  isOurs: (firstRow: readonly unknown[]) => boolean,
): Sheet {
  const values = toSheetValues(rows, days);
  const width = values[0]?.length ?? 0;
  const { sheet } = ownedSheet(spreadsheet, name, Math.max(1, width), isOurs);
  sheet.clearContents();
  if (values.length === 0 || width === 0) return sheet;
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  if (values.length > 1) {
    for (const format of formats) {
      sheet.getRange(2, format.column, values.length - 1, 1).setNumberFormat(format.numberFormat);
    }
  }
  return sheet;
}
