/**
 * Thin adapter over SpreadsheetApp: whole-sheet reads and whole-table writes, in a fixed handful
 * of calls whatever the number of rows (docs/architecture.md, « Acting safely »: batch every read and write).
 */
import { SERVER_WORDS } from '../../core/words/server';
import { inBoth, WordedError } from '../../core/words/catalogue';
import type { Cell } from '../../core/values/cells';
import type { ColumnKind, OutputCell } from '../../core/sheets/output-cells';
import type { DayConverter } from './days';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The spreadsheet the script runs in
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()).
 */
export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Its time zone, in which Relance counts its days (adapters/days). */
export function spreadsheetTimeZone(): string {
  return activeSpreadsheet().getSpreadsheetTimeZone();
}

/**
 * Applies every pending change now rather than at the end of the execution
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()).
 */
export function flushSheets(): void {
  SpreadsheetApp.flush();
}

/** All values of a sheet in one call; Dates become days, everything else passes as is. */
/** The tab's cells, all of them or only the first `rows` rows (enough to find a header). */
export function readCells(sheet: Sheet, days: DayConverter, rows?: number): Cell[][] {
  const lastRow = sheet.getLastRow();
  if (lastRow === 0) return [];
  const values = (
    rows === undefined
      ? sheet.getDataRange().getValues()
      : sheet
          .getRange(1, 1, Math.min(rows, lastRow), Math.max(1, sheet.getLastColumn()))
          .getValues()
  ) as unknown[][];
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
 * Plain text: Sheets keeps a string written into such a cell as it is, where it would otherwise
 * read "000123" as 123 and "03/2026" as a date. Set before the write it protects.
 */
export const TEXT_FORMAT = '@';

const FORMAT_OF_KIND: Partial<Record<ColumnKind, string>> = {
  instant: DATE_TIME_FORMAT,
  day: DATE_FORMAT,
  euros: EURO_FORMAT,
  text: TEXT_FORMAT,
};

/** The number format of a kind of column; undefined for the ones left as Sheets has them. */
export function formatOfKind(kind: ColumnKind): string | undefined {
  return FORMAT_OF_KIND[kind];
}

/** The formats of a table whose columns are given in order (column 1 first). */
export function columnFormats(kinds: readonly ColumnKind[]): ColumnFormat[] {
  return kinds.flatMap((kind, i) => {
    const numberFormat = formatOfKind(kind);
    return numberFormat === undefined ? [] : [{ column: i + 1, numberFormat }];
  });
}

/**
 * Makes a tab at least `rows` × `columns`: Sheets refuses a range past getMaxRows() or
 * getMaxColumns() (a new tab has 1,000 × 26). Returns the first row added, or undefined when the
 * tab was large enough.
 */
export function ensureGrid(sheet: Sheet, rows: number, columns = 1): number | undefined {
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  const maxRows = sheet.getMaxRows();
  if (rows <= maxRows) return undefined;
  sheet.insertRowsAfter(maxRows, rows - maxRows);
  return maxRows + 1;
}

/**
 * Shrinks a tab of Relance's to the columns it uses (and, given `rows`, the rows): a new tab has
 * 26 columns and Relance's use 14 or 13, and every cell of the grid counts toward the 10 million
 * a spreadsheet holds (https://support.google.com/drive/answer/37603). Only empty columns and
 * rows go: whatever the user wrote past Relance's table stays.
 */
export function trimGrid(sheet: Sheet, columns: number, rows?: number): void {
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > columns) {
    const keep = Math.max(columns, sheet.getLastColumn());
    if (maxColumns > keep) sheet.deleteColumns(keep + 1, maxColumns - keep);
  }
  if (rows === undefined) return;
  const maxRows = sheet.getMaxRows();
  const keepRows = Math.max(rows, sheet.getLastRow(), 2);
  if (maxRows > keepRows) sheet.deleteRows(keepRows + 1, maxRows - keepRows);
}

/** Every cell of every tab's grid, empty or not: what Sheets' 10-million-cell limit counts. */
export function workbookCells(spreadsheet: Spreadsheet): number {
  return spreadsheet
    .getSheets()
    .reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

/** One number format per column, from `fromRow` to the tab's last row: the whole column below
 *  the header, whatever its length. */
export function formatColumns(
  sheet: Sheet,
  fromRow: number,
  formats: readonly ColumnFormat[],
): void {
  const rows = sheet.getMaxRows() - fromRow + 1;
  if (rows < 1) return;
  for (const format of formats)
    sheet.getRange(fromRow, format.column, rows, 1).setNumberFormat(format.numberFormat);
}

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
    // A tab may be narrower than the table (a user's tab trimmed to its columns).
    const firstRow = sheet.getRange(1, 1, 1, Math.min(width, sheet.getMaxColumns())).getValues();
    if (isOurs(firstRow[0] ?? [])) return { sheet, created: false };
  }
  throw new WordedError(inBoth(SERVER_WORDS.tabsHoldYourData, name, fallbackName(name)));
}

/**
 * Rewrites a derived sheet whole: clear, the tab grown to the rows written, one number format
 * per formatted column over the rows written (text columns first of all, so that the write
 * keeps their strings), one setValues, the header frozen and bold.
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
  trimGrid(sheet, width, values.length);
  ensureGrid(sheet, values.length, width);
  if (values.length > 1) {
    for (const format of formats)
      sheet.getRange(2, format.column, values.length - 1, 1).setNumberFormat(format.numberFormat);
  }
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}
