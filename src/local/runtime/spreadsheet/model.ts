/**
 * The offline spreadsheet's data: a workbook of sheets of cells, with their sizes. The facades
 * (spreadsheet.ts, sheet.ts, range.ts) are what a script sees; this is what they read and write.
 *
 * Model. As in Sheets, a date cell holds a serial number (days since 1899-12-30, wall clock of
 * the spreadsheet's time zone) with a date number format.
 */
import { wallClockMs, zonedInstant } from '../../time';
import { TOO_MANY_CELLS, WORKBOOK_CELL_LIMIT } from './errors';

export const SHEETS_EPOCH_OFFSET_DAYS = 25569; // 1970-01-01 as a Sheets/Excel serial
export const MS_PER_DAY = 86_400_000;

/**
 * The grid of a tab Sheets creates (Spreadsheet.insertSheet with no size): 1,000 rows and
 * 26 columns (A–Z); Sheet.getMaxRows/getMaxColumns report it and writing beyond it throws
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows(); the size
 * itself: https://support.google.com/docs/answer/37603, "By default, new spreadsheets have 1,000
 * rows and 26 columns").
 */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export class DateSerial {
  constructor(readonly serial: number) {}
}

export type StoredValue = string | number | boolean | DateSerial;

export interface Cell {
  value: StoredValue;
  formula?: string;
  numberFormat?: string;
  note?: string;
  validation?: DataValidationRule;
  bold?: boolean;
  background?: string;
}

export interface DataValidationRule {
  kind: 'list';
  values: string[];
  allowInvalid: boolean;
}

/** A range of a sheet as a chart keeps it (1-based). */
export interface RangeRef {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * An embedded chart, as Sheet.insertChart stores it. Sheets keeps charts inside the spreadsheet;
 * the .xlsx library we use cannot write charts, so the workspace keeps them in a sidecar file.
 */
export interface ChartModel {
  chartId: number;
  /** Chart type name as Charts.ChartType spells it: COLUMN, LINE, BAR… */
  type: string | null;
  ranges: RangeRef[];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  options: Record<string, unknown>;
}

function hasContent(cell: Cell): boolean {
  return cell.formula !== undefined || cell.value !== '';
}

/** Inserts `count` empty slots before 0-based `index`; nothing moves when the list ends before. */
function spliceIn<T>(list: (T | undefined)[], index: number, count: number): void {
  if (index < list.length) list.splice(index, 0, ...new Array<T | undefined>(count));
}

export class SheetModel {
  cells: (Cell | undefined)[][] = [];
  frozenRows = 0;
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  /** Pixels, as Sheet.setColumnWidth takes them. */
  columnWidths = new Map<number, number>();
  hiddenGridlines = false;
  charts: ChartModel[] = [];
  constructor(
    public name: string,
    readonly sheetId: number,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells[row - 1]?.[column - 1];
  }

  ensureCell(row: number, column: number): Cell {
    const r = row - 1;
    const c = column - 1;
    this.cells[r] ??= [];
    const line = this.cells[r] as (Cell | undefined)[];
    let cell = line[c];
    if (cell === undefined) {
      cell = { value: '' };
      line[c] = cell;
    }
    return cell;
  }

  /** Last row / column holding content (a value or a formula); 0 when the sheet is empty. */
  lastRow(): number {
    for (let r = this.cells.length; r >= 1; r -= 1) {
      if ((this.cells[r - 1] ?? []).some((c) => c !== undefined && hasContent(c))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.cells) {
      if (line === undefined) continue;
      for (let c = line.length; c > last; c -= 1) {
        const cell = line[c - 1];
        if (cell !== undefined && hasContent(cell)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** New empty rows before 1-based `row`; the grid grows by `count`. */
  insertRows(row: number, count: number): void {
    spliceIn(this.cells as (Cell[] | undefined)[], row - 1, count);
    this.maxRows += count;
  }

  deleteRows(row: number, count: number): void {
    this.cells.splice(row - 1, count);
    this.maxRows -= count;
  }

  insertColumns(column: number, count: number): void {
    for (const line of this.cells) if (line !== undefined) spliceIn(line, column - 1, count);
    this.maxColumns += count;
    this.columnWidths = shiftKeys(this.columnWidths, column, count);
  }

  deleteColumns(column: number, count: number): void {
    for (const line of this.cells) line?.splice(column - 1, count);
    this.maxColumns -= count;
    const kept = new Map([...this.columnWidths].filter(([c]) => c < column || c >= column + count));
    this.columnWidths = shiftKeys(kept, column + count, -count);
  }
}

function shiftKeys(widths: Map<number, number>, from: number, by: number): Map<number, number> {
  return new Map([...widths].map(([c, w]) => [c >= from ? c + by : c, w]));
}

export function cloneChart(chart: ChartModel): ChartModel {
  return {
    ...chart,
    ranges: chart.ranges.map((r) => ({ ...r })),
    options: JSON.parse(JSON.stringify(chart.options)) as Record<string, unknown>,
  };
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  dirty = false;
  /** Sheets written since the workbook was last made durable (see runtime/workbook-log.ts). */
  readonly touched = new Set<SheetModel>();
  /** The tab the user is looking at (not saved: each execution starts on the first tab). */
  active: SheetModel | undefined;
  nextChartId = 1;
  private nextSheetId = 0;
  constructor(
    public name = 'Classeur',
    public timeZone = 'Europe/Paris',
    /** Spreadsheet.getSpreadsheetLocale: decides how written strings are read (user-entered.ts). */
    public locale = 'fr_FR',
  ) {}

  /** Marks a write: to `sheet`'s content, or (no sheet) to the list of sheets. */
  touch(sheet?: SheetModel): void {
    this.dirty = true;
    if (sheet !== undefined) this.touched.add(sheet);
  }

  /** Every cell of every tab's grid, empty or not: what the 10-million-cell limit counts. */
  cellCount(): number {
    return this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
  }

  /** Refuses a change that would add `cells` past the workbook's limit (errors.ts). */
  checkGrowth(cells: number): void {
    if (cells > 0 && this.cellCount() + cells > WORKBOOK_CELL_LIMIT)
      throw new Error(TOO_MANY_CELLS);
  }

  addSheet(name: string, index?: number): SheetModel {
    const sheet = new SheetModel(name, this.nextSheetId);
    this.nextSheetId += 1;
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

/** The wall-clock serial of an instant in a zone, as Sheets stores a date-time. */
export function serialFromInstant(ms: number, timeZone: string): number {
  return wallClockMs(ms, timeZone) / MS_PER_DAY + SHEETS_EPOCH_OFFSET_DAYS;
}

export function instantFromSerial(serial: number, timeZone: string): number {
  const wallMs = Math.round((serial - SHEETS_EPOCH_OFFSET_DAYS) * MS_PER_DAY);
  const wall = new Date(wallMs);
  const iso = wall.toISOString().slice(0, 10);
  const base = zonedInstant(iso, 0, 0, timeZone).getTime();
  return base + (wallMs - Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}

/** The serial of a wall-clock day (no zone involved): what a typed date is stored as. */
export function serialOfWallDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + SHEETS_EPOCH_OFFSET_DAYS;
}
