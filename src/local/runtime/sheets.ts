/**
 * SpreadsheetApp, offline: an in-memory workbook with the facades Relance calls, written from
 * Google's reference (https://developers.google.com/apps-script/reference/spreadsheet). The
 * workbook is loaded from and saved to an .xlsx by xlsx-io.ts.
 *
 * Model. As in Sheets, a date cell holds a serial number (days since 1899-12-30, wall clock of
 * the spreadsheet's time zone) with a date number format; getValues turns it into the Date of
 * that wall-clock instant in the spreadsheet's zone, and setValues turns a Date back into the
 * wall clock of that zone.
 */
import type { CallMeter } from './meter';
import { zonedInstant } from '../time';

export const SHEETS_EPOCH_OFFSET_DAYS = 25569; // 1970-01-01 as a Sheets/Excel serial
const MS_PER_DAY = 86_400_000;

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

export class SheetModel {
  cells: (Cell | undefined)[][] = [];
  frozenRows = 0;
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
}

function storeNote(cell: Cell, note: unknown): void {
  if (note === null || note === undefined || note === '') delete cell.note;
  else cell.note = String(note);
}

function storeWeight(cell: Cell, weight: unknown): void {
  cell.bold = weight === 'bold';
}

export function cloneChart(chart: ChartModel): ChartModel {
  return {
    ...chart,
    ranges: chart.ranges.map((r) => ({ ...r })),
    options: JSON.parse(JSON.stringify(chart.options)) as Record<string, unknown>,
  };
}

function hasContent(cell: Cell): boolean {
  return cell.formula !== undefined || cell.value !== '';
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
  ) {}

  /** Marks a write: to `sheet`'s content, or (no sheet) to the list of sheets. */
  touch(sheet?: SheetModel): void {
    this.dirty = true;
    if (sheet !== undefined) this.touched.add(sheet);
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
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const wallMs =
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) +
    (ms % 1000);
  return wallMs / MS_PER_DAY + SHEETS_EPOCH_OFFSET_DAYS;
}

export function instantFromSerial(serial: number, timeZone: string): number {
  const wallMs = Math.round((serial - SHEETS_EPOCH_OFFSET_DAYS) * MS_PER_DAY);
  const wall = new Date(wallMs);
  const iso = wall.toISOString().slice(0, 10);
  const base = zonedInstant(iso, 0, 0, timeZone).getTime();
  return base + (wallMs - Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}

function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * What Sheets stores for a value written by a script. Strings are read like typed input:
 * "=…" is a formula, "'…" is text without its apostrophe, and a plain number such as "0612" or
 * "12.5" becomes a number (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)).
 */
export function storeWritten(value: unknown, timeZone: string): Pick<Cell, 'value' | 'formula'> {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : '#NUM!' };
  if (typeof value === 'boolean') return { value };
  if (isDateObject(value))
    return { value: new DateSerial(serialFromInstant(value.getTime(), timeZone)) };
  const text = String(value);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=')) return { formula: text, value: evaluateFormula(text) };
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text.trim()) };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toLowerCase() === 'true' };
  return { value: text };
}

/** Only the formulas Relance writes are evaluated; any other one reads as "". */
function evaluateFormula(formula: string): StoredValue {
  const hyperlink = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(
    formula,
  );
  if (hyperlink) return (hyperlink[2] ?? '').replace(/""/g, '"');
  return '';
}

export const DIMENSION_ROWS_ERROR = (data: number, range: number) =>
  `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
export const DIMENSION_COLUMNS_ERROR = (data: number, range: number) =>
  `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;

export interface UiRecord {
  menus: { title: string; addOn: boolean; items: unknown[] }[];
  sidebars: { title: string; html: string }[];
  alerts: string[];
  toasts: { message: string; title: string }[];
  /** A1 notations, with their tab, of the ranges Range.activate selected, in order. */
  selections?: string[];
}

export interface SpreadsheetAppOptions {
  meter: CallMeter;
  spreadsheetId: string;
  /** Builds a Date of the script's realm, so `instanceof Date` holds inside the script. */
  makeDate: (ms: number) => Date;
  ui?: UiRecord;
  /** SpreadsheetApp.flush(): the runtime makes the pending writes durable on disk. */
  onFlush?: () => void;
}

function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.trim());
  if (!match) throw new Error(`Range not found`);
  const col = (letters: string) =>
    letters
      .toUpperCase()
      .split('')
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  const column = col(match[1] ?? 'A');
  const endRow = match[4] === undefined ? row : Number(match[4]);
  const endColumn = match[3] === undefined ? column : col(match[3]);
  return { row, column, rows: endRow - row + 1, columns: endColumn - column + 1 };
}

export function createSpreadsheetApp(workbook: WorkbookModel, options: SpreadsheetAppOptions) {
  const { meter, makeDate } = options;
  const ui: UiRecord = options.ui ?? { menus: [], sidebars: [], alerts: [], toasts: [] };
  const record = (name: string, units = 1) => meter.record(`SpreadsheetApp.${name}`, units);
  const sheetFacades = new Map<SheetModel, object>();

  function readValue(cell: Cell | undefined): unknown {
    if (cell === undefined) return '';
    if (cell.value instanceof DateSerial) {
      return makeDate(instantFromSerial(cell.value.serial, workbook.timeZone));
    }
    return cell.value;
  }

  function displayValue(cell: Cell | undefined): string {
    if (cell === undefined) return '';
    const value = cell.value;
    if (value instanceof DateSerial) {
      const wall = new Date(Math.round((value.serial - SHEETS_EPOCH_OFFSET_DAYS) * MS_PER_DAY));
      const dd = String(wall.getUTCDate()).padStart(2, '0');
      const mm = String(wall.getUTCMonth() + 1).padStart(2, '0');
      return `${dd}/${mm}/${wall.getUTCFullYear()}`;
    }
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return String(value);
  }

  function makeRange(
    sheet: SheetModel,
    row: number,
    column: number,
    rows: number,
    columns: number,
  ) {
    if (row < 1 || column < 1) throw new Error('The starting row of the range is too small.');
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (columns < 1) throw new Error('The number of columns in the range must be at least 1.');
    const forEach = (fn: (r: number, c: number, i: number, j: number) => void) => {
      for (let i = 0; i < rows; i += 1)
        for (let j = 0; j < columns; j += 1) fn(row + i, column + j, i, j);
    };
    const grid = <T>(fn: (cell: Cell | undefined) => T): T[][] => {
      const out: T[][] = [];
      for (let i = 0; i < rows; i += 1) {
        const line: T[] = [];
        for (let j = 0; j < columns; j += 1) line.push(fn(sheet.cell(row + i, column + j)));
        out.push(line);
      }
      return out;
    };
    const checkDimensions = (values: unknown, method: string) => {
      if (!Array.isArray(values))
        throw new Error(
          `Exception: The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
        );
      if (values.length !== rows) throw new Error(DIMENSION_ROWS_ERROR(values.length, rows));
      for (const line of values) {
        if (!Array.isArray(line))
          throw new Error(
            `Exception: The parameters don't match the method signature for SpreadsheetApp.Range.${method}.`,
          );
        if (line.length !== columns) throw new Error(DIMENSION_COLUMNS_ERROR(line.length, columns));
      }
      return values as unknown[][];
    };
    const write = () => {
      workbook.touch(sheet);
    };
    /** A setXxxs(values[][]) call: the grid's shape checked as Sheets does, then cell by cell. */
    const setEach = (
      method: string,
      values: unknown,
      apply: (cell: Cell, value: unknown) => void,
    ): void => {
      record(`Range.${method}`, rows * columns);
      const checked = checkDimensions(values, method);
      forEach((r, c, i, j) => apply(sheet.ensureCell(r, c), checked[i]?.[j]));
      write();
    };
    /** A singular setter (setNote, setFontWeight…): one value for every cell of the range. */
    const setEvery = (method: string, apply: (cell: Cell) => void): void => {
      record(`Range.${method}`, rows * columns);
      forEach((r, c) => apply(sheet.ensureCell(r, c)));
      write();
    };
    const storeValue = (cell: Cell, value: unknown) => {
      const stored = storeWritten(value, workbook.timeZone);
      cell.value = stored.value;
      if (stored.formula === undefined) delete cell.formula;
      else cell.formula = stored.formula;
    };
    const range = {
      getRow: () => row,
      getColumn: () => column,
      getNumRows: () => rows,
      getNumColumns: () => columns,
      getLastRow: () => row + rows - 1,
      getLastColumn: () => column + columns - 1,
      getSheet: () => facadeOf(sheet),
      getA1Notation: () => {
        const start = `${columnLetters(column)}${row}`;
        return rows === 1 && columns === 1
          ? start
          : `${start}:${columnLetters(column + columns - 1)}${row + rows - 1}`;
      },
      getValues: () => {
        record('Range.getValues', rows * columns);
        return grid(readValue);
      },
      getValue: () => {
        record('Range.getValue');
        return readValue(sheet.cell(row, column));
      },
      getDisplayValues: () => {
        record('Range.getDisplayValues', rows * columns);
        return grid(displayValue);
      },
      getFormulas: () => {
        record('Range.getFormulas', rows * columns);
        return grid((cell) => cell?.formula ?? '');
      },
      setValues: (values: unknown) => {
        setEach('setValues', values, storeValue);
        return range;
      },
      setValue: (value: unknown) => {
        setEvery('setValue', (cell) => storeValue(cell, value));
        return range;
      },
      clearContent: () => {
        record('Range.clearContent', rows * columns);
        forEach((r, c) => {
          const cell = sheet.cell(r, c);
          if (cell) {
            cell.value = '';
            delete cell.formula;
          }
        });
        write();
        return range;
      },
      setNumberFormat: (format: string) => {
        setEvery('setNumberFormat', (cell) => {
          cell.numberFormat = format;
        });
        return range;
      },
      setNumberFormats: (formats: unknown) => {
        setEach('setNumberFormats', formats, (cell, format) => {
          cell.numberFormat = String(format ?? '');
        });
        return range;
      },
      getNumberFormat: () => {
        record('Range.getNumberFormat');
        return sheet.cell(row, column)?.numberFormat ?? 'General';
      },
      getNumberFormats: () => {
        record('Range.getNumberFormats', rows * columns);
        return grid((cell) => cell?.numberFormat ?? 'General');
      },
      setNote: (note: string | null) => {
        setEvery('setNote', (cell) => storeNote(cell, note));
        return range;
      },
      setNotes: (notes: unknown) => {
        setEach('setNotes', notes, storeNote);
        return range;
      },
      getNote: () => {
        record('Range.getNote');
        return sheet.cell(row, column)?.note ?? '';
      },
      getNotes: () => {
        record('Range.getNotes', rows * columns);
        return grid((cell) => cell?.note ?? '');
      },
      setDataValidation: (rule: { __rule: DataValidationRule } | null) => {
        setEvery('setDataValidation', (cell) => {
          if (rule === null) delete cell.validation;
          else cell.validation = rule.__rule;
        });
        return range;
      },
      getDataValidation: () => {
        record('Range.getDataValidation');
        const rule = sheet.cell(row, column)?.validation;
        return rule === undefined ? null : validationFacade(rule);
      },
      setFontWeight: (weight: string | null) => {
        setEvery('setFontWeight', (cell) => storeWeight(cell, weight));
        return range;
      },
      setBackground: (color: string | null) => {
        setEvery('setBackground', (cell) => {
          if (color === null) delete cell.background;
          else cell.background = color;
        });
        return range;
      },
      setFontWeights: (weights: unknown) => {
        setEach('setFontWeights', weights, storeWeight);
        return range;
      },
      setBackgrounds: (colors: unknown) => {
        setEach('setBackgrounds', colors, (cell, color) => {
          if (color === null || color === undefined || color === '') delete cell.background;
          else cell.background = String(color);
        });
        return range;
      },
      getFontWeights: () => {
        record('Range.getFontWeights', rows * columns);
        return grid((cell) => (cell?.bold === true ? 'bold' : 'normal'));
      },
      getBackgrounds: () => {
        record('Range.getBackgrounds', rows * columns);
        return grid((cell) => cell?.background ?? '#ffffff');
      },
      /** Range.activate: selects the range and shows its tab to the user. */
      activate: () => {
        record('Range.activate');
        ui.selections ??= [];
        ui.selections.push(`${sheet.name}!${range.getA1Notation()}`);
        workbook.active = sheet;
        return range;
      },
      setWrap: () => {
        record('Range.setWrap', rows * columns);
        return range;
      },
      setHorizontalAlignment: () => {
        record('Range.setHorizontalAlignment', rows * columns);
        return range;
      },
    };
    return range;
  }

  function validationFacade(rule: DataValidationRule) {
    return {
      getCriteriaType: () => 'VALUE_IN_LIST',
      getCriteriaValues: () => [rule.values, true],
      getAllowInvalid: () => rule.allowInvalid,
    };
  }

  function facadeOf(sheet: SheetModel): ReturnType<typeof makeSheetFacade> {
    let facade = sheetFacades.get(sheet) as ReturnType<typeof makeSheetFacade> | undefined;
    if (!facade) {
      facade = makeSheetFacade(sheet);
      sheetFacades.set(sheet, facade);
    }
    return facade;
  }

  function makeSheetFacade(sheet: SheetModel) {
    const facade = {
      getName: () => sheet.name,
      setName: (name: string) => {
        record('Sheet.setName');
        sheet.name = name;
        workbook.touch(sheet);
        return facade;
      },
      getSheetId: () => sheet.sheetId,
      getIndex: () => workbook.sheets.indexOf(sheet) + 1,
      getRange: (a: number | string, b?: number, c?: number, d?: number) => {
        record('Sheet.getRange');
        if (typeof a === 'string') {
          const parsed = parseA1(a);
          return makeRange(sheet, parsed.row, parsed.column, parsed.rows, parsed.columns);
        }
        if (b === undefined)
          throw new Error(
            "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
          );
        return makeRange(sheet, a, b, c ?? 1, d ?? 1);
      },
      getDataRange: () => {
        record('Sheet.getDataRange');
        return makeRange(
          sheet,
          1,
          1,
          Math.max(1, sheet.lastRow()),
          Math.max(1, sheet.lastColumn()),
        );
      },
      getLastRow: () => {
        record('Sheet.getLastRow');
        return sheet.lastRow();
      },
      getLastColumn: () => {
        record('Sheet.getLastColumn');
        return sheet.lastColumn();
      },
      getMaxRows: () => Math.max(1000, sheet.cells.length),
      getMaxColumns: () => Math.max(26, sheet.lastColumn()),
      appendRow: (values: unknown[]) => {
        record('Sheet.appendRow', values.length);
        const row = sheet.lastRow() + 1;
        values.forEach((value, j) => {
          const cell = sheet.ensureCell(row, j + 1);
          const stored = storeWritten(value, workbook.timeZone);
          cell.value = stored.value;
          if (stored.formula !== undefined) cell.formula = stored.formula;
        });
        workbook.touch(sheet);
        return facade;
      },
      setFrozenRows: (rows: number) => {
        record('Sheet.setFrozenRows');
        sheet.frozenRows = rows;
        workbook.touch(sheet);
      },
      getFrozenRows: () => sheet.frozenRows,
      clear: () => {
        record('Sheet.clear');
        sheet.cells = [];
        workbook.touch(sheet);
        return facade;
      },
      clearContents: () => {
        record('Sheet.clearContents');
        for (const line of sheet.cells) {
          for (const cell of line ?? []) {
            if (cell) {
              cell.value = '';
              delete cell.formula;
            }
          }
        }
        workbook.touch(sheet);
        return facade;
      },
      setColumnWidth: (column: number, width: number) => {
        record('Sheet.setColumnWidth');
        sheet.columnWidths.set(column, width);
        workbook.touch(sheet);
        return facade;
      },
      autoResizeColumns: () => {
        record('Sheet.autoResizeColumns');
        return facade;
      },
      deleteRows: (position: number, howMany: number) => {
        record('Sheet.deleteRows');
        sheet.cells.splice(position - 1, howMany);
        workbook.touch(sheet);
      },
      insertRowsBefore: (before: number, howMany: number) => {
        record('Sheet.insertRowsBefore');
        sheet.cells.splice(before - 1, 0, ...Array.from({ length: howMany }, () => []));
        workbook.touch(sheet);
        return facade;
      },
      insertRowsAfter: (after: number, howMany: number) => {
        record('Sheet.insertRowsAfter');
        sheet.cells.splice(after, 0, ...Array.from({ length: howMany }, () => []));
        workbook.touch(sheet);
        return facade;
      },
      setHiddenGridlines: (hide: boolean) => {
        record('Sheet.setHiddenGridlines');
        sheet.hiddenGridlines = hide;
        workbook.touch(sheet);
        return facade;
      },
      hasHiddenGridlines: () => sheet.hiddenGridlines,
      newChart: () => {
        record('Sheet.newChart');
        return chartBuilder(sheet, undefined);
      },
      insertChart: (chart: { __chart: ChartModel }) => {
        record('Sheet.insertChart');
        const stored = cloneChart(chart.__chart);
        stored.chartId = workbook.nextChartId;
        workbook.nextChartId += 1;
        sheet.charts.push(stored);
        workbook.touch(sheet);
      },
      getCharts: () => {
        record('Sheet.getCharts');
        return sheet.charts.map((model) => embeddedChart(sheet, cloneChart(model)));
      },
      removeChart: (chart: { __chart: ChartModel }) => {
        record('Sheet.removeChart');
        sheet.charts = sheet.charts.filter((c) => c.chartId !== chart.__chart.chartId);
        workbook.touch(sheet);
      },
      updateChart: (chart: { __chart: ChartModel }) => {
        record('Sheet.updateChart');
        const index = sheet.charts.findIndex((c) => c.chartId === chart.__chart.chartId);
        if (index < 0) throw new Error('The chart could not be found.');
        sheet.charts[index] = cloneChart(chart.__chart);
        workbook.touch(sheet);
      },
      /** Sheet.activate: the tab the user sees. */
      activate: () => {
        record('Sheet.activate');
        workbook.active = sheet;
        return facade;
      },
    };
    return facade;
  }

  /**
   * EmbeddedChartBuilder (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder):
   * builds in the script's memory, nothing reaches the sheet until Sheet.insertChart or
   * Sheet.updateChart. The type-specific builders (asColumnChart(), asLineChart()…) are the same
   * builder with the type set; of their own setters only setTitle is kept, as the "title" option.
   */
  function chartBuilder(sheet: SheetModel, initial: ChartModel | undefined) {
    const state: ChartModel = initial
      ? cloneChart(initial)
      : {
          chartId: 0,
          type: null,
          ranges: [],
          anchorRow: 1,
          anchorColumn: 1,
          offsetX: 0,
          offsetY: 0,
          options: {},
        };
    const as = (type: string) => () => {
      state.type = type;
      return builder;
    };
    const builder = {
      addRange: (range: {
        getSheet(): { getName(): string };
        getRow(): number;
        getColumn(): number;
        getNumRows(): number;
        getNumColumns(): number;
      }) => {
        state.ranges.push({
          sheet: range.getSheet().getName(),
          row: range.getRow(),
          column: range.getColumn(),
          rows: range.getNumRows(),
          columns: range.getNumColumns(),
        });
        return builder;
      },
      clearRanges: () => {
        state.ranges = [];
        return builder;
      },
      getRanges: () => state.ranges.map((r) => rangeOf(r)),
      asAreaChart: as('AREA'),
      asBarChart: as('BAR'),
      asColumnChart: as('COLUMN'),
      asLineChart: as('LINE'),
      asPieChart: as('PIE'),
      asScatterChart: as('SCATTER'),
      asTableChart: as('TABLE'),
      setChartType: (type: unknown) => {
        state.type = String(type);
        return builder;
      },
      getChartType: () => state.type,
      setOption: (name: string, value: unknown) => {
        state.options[name] = value;
        return builder;
      },
      setTitle: (title: string) => {
        state.options.title = title;
        return builder;
      },
      setPosition: (anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number) => {
        state.anchorRow = anchorRow;
        state.anchorColumn = anchorColumn;
        state.offsetX = offsetX;
        state.offsetY = offsetY;
        return builder;
      },
      getContainer: () => containerInfo(state),
      build: () => embeddedChart(sheet, cloneChart(state)),
    };
    return builder;
  }

  function rangeOf(ref: RangeRef) {
    const target = workbook.sheet(ref.sheet);
    if (target === undefined) throw new Error(`Sheet ${ref.sheet} not found.`);
    return makeRange(target, ref.row, ref.column, ref.rows, ref.columns);
  }

  function containerInfo(chart: ChartModel) {
    return {
      getAnchorRow: () => chart.anchorRow,
      getAnchorColumn: () => chart.anchorColumn,
      getOffsetX: () => chart.offsetX,
      getOffsetY: () => chart.offsetY,
    };
  }

  /** EmbeddedChart: a snapshot; modify() gives a builder, Sheet.updateChart saves it. */
  function embeddedChart(sheet: SheetModel, chart: ChartModel) {
    return {
      __chart: chart,
      getChartId: () => (chart.chartId === 0 ? null : chart.chartId),
      getContainerInfo: () => containerInfo(chart),
      getOptions: () => ({ get: (name: string) => chart.options[name] ?? null }),
      getRanges: () => chart.ranges.map((r) => rangeOf(r)),
      modify: () => chartBuilder(sheet, chart),
    };
  }

  function newDataValidation() {
    const state: DataValidationRule = { kind: 'list', values: [], allowInvalid: true };
    const builder = {
      requireValueInList: (values: string[]) => {
        state.values = [...values];
        return builder;
      },
      setAllowInvalid: (allow: boolean) => {
        state.allowInvalid = allow;
        return builder;
      },
      setHelpText: () => builder,
      build: () => ({ __rule: { ...state, values: [...state.values] } }),
    };
    return builder;
  }

  const spreadsheet = {
    getId: () => options.spreadsheetId,
    getName: () => workbook.name,
    getUrl: () => `https://docs.google.com/spreadsheets/d/${options.spreadsheetId}/edit`,
    getSpreadsheetTimeZone: () => {
      record('Spreadsheet.getSpreadsheetTimeZone');
      return workbook.timeZone;
    },
    getSheets: () => {
      record('Spreadsheet.getSheets');
      return workbook.sheets.map(facadeOf);
    },
    getSheetByName: (name: string) => {
      record('Spreadsheet.getSheetByName');
      const sheet = workbook.sheet(name);
      return sheet === undefined ? null : facadeOf(sheet);
    },
    getActiveSheet: () => {
      record('Spreadsheet.getActiveSheet');
      const active =
        workbook.active !== undefined && workbook.sheets.includes(workbook.active)
          ? workbook.active
          : (workbook.sheets[0] ?? workbook.addSheet('Feuille 1'));
      return facadeOf(active);
    },
    getNumSheets: () => {
      record('Spreadsheet.getNumSheets');
      return workbook.sheets.length;
    },
    insertSheet: (name?: string, index?: number) => {
      record('Spreadsheet.insertSheet');
      const sheetName = name ?? `Feuille ${workbook.sheets.length + 1}`;
      if (workbook.sheet(sheetName) !== undefined) {
        throw new Error(
          `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
        );
      }
      workbook.touch();
      // "The new sheet becomes the active sheet." (Spreadsheet.insertSheet, Apps Script reference)
      const inserted = workbook.addSheet(sheetName, index);
      workbook.active = inserted;
      return facadeOf(inserted);
    },
    deleteSheet: (facade: { getName(): string }) => {
      record('Spreadsheet.deleteSheet');
      workbook.sheets = workbook.sheets.filter((s) => s.name !== facade.getName());
      workbook.touch();
    },
    toast: (message: string, title = '') => {
      record('Spreadsheet.toast');
      ui.toasts.push({ message: String(message), title: String(title) });
    },
  };

  function menuBuilder(title: string, addOn: boolean) {
    const items: unknown[] = [];
    const builder = {
      addItem: (caption: string, functionName: string) => {
        items.push({ caption, functionName });
        return builder;
      },
      addSeparator: () => {
        items.push({ separator: true });
        return builder;
      },
      addSubMenu: (menu: { __menu: { title: string; items: unknown[] } }) => {
        items.push({ subMenu: menu.__menu });
        return builder;
      },
      addToUi: () => {
        ui.menus.push({ title, addOn, items });
      },
      __menu: { title, items },
    };
    return builder;
  }

  return {
    app: {
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
      openById: (id: string) => {
        if (id !== options.spreadsheetId)
          throw new Error(
            `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
          );
        return spreadsheet;
      },
      flush: () => {
        record('flush');
        options.onFlush?.();
      },
      newDataValidation,
      getUi: () => ({
        createMenu: (title: string) => menuBuilder(title, false),
        createAddonMenu: () => menuBuilder('Relance', true),
        showSidebar: (output: { getContent(): string; getTitle?(): string }) => {
          record('Ui.showSidebar');
          ui.sidebars.push({ title: output.getTitle?.() ?? '', html: output.getContent() });
        },
        showModalDialog: (output: { getContent(): string }, title: string) => {
          ui.sidebars.push({ title, html: output.getContent() });
        },
        alert: (message: string) => {
          ui.alerts.push(String(message));
          return 'OK';
        },
        Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' },
        ButtonSet: {
          OK: 'OK',
          OK_CANCEL: 'OK_CANCEL',
          YES_NO: 'YES_NO',
          YES_NO_CANCEL: 'YES_NO_CANCEL',
        },
      }),
    },
    ui,
  };
}
