/**
 * Range, offline (https://developers.google.com/apps-script/reference/spreadsheet/range): reads
 * and writes of a rectangle of cells, priced by the meter per cell carried.
 */
import type { Emulates } from '../emulates';
import { a1Of, type GridArea } from './a1';
import type { SheetsContext } from './context';
import {
  CELL_CHARACTER_LIMIT,
  CELL_TOO_LONG,
  COLUMNS_AT_LEAST_ONE,
  DIMENSION_COLUMNS_ERROR,
  DIMENSION_ROWS_ERROR,
  OUTSIDE_SHEET,
  ROWS_AT_LEAST_ONE,
  SIGNATURE_MISMATCH,
  START_COLUMN_TOO_SMALL,
  START_ROW_TOO_SMALL,
} from './errors';
import type { Cell, DataValidationRule, SheetModel } from './model';
import { readValue, displayValue } from './read';
import { PLAIN_TEXT_FORMAT, storeWritten } from './user-entered';
import { checkValidation, validationFacade } from './validation';

type RangeMethods =
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getValues'
  | 'getValue'
  | 'getDisplayValues'
  | 'getFormulas'
  | 'setValues'
  | 'setValue'
  | 'clearContent'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNote'
  | 'setNotes'
  | 'getNote'
  | 'getNotes'
  | 'setDataValidation'
  | 'getDataValidation'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getFontWeights'
  | 'setBackground'
  | 'setBackgrounds'
  | 'getBackgrounds'
  | 'activate'
  | 'setWrap'
  | 'setHorizontalAlignment'
  | 'getSheet';

/** Sheet.getRange's checks: a start inside the grid, a size of at least 1, an end inside it. */
export function checkArea(sheet: SheetModel, area: GridArea): void {
  if (!Number.isInteger(area.row) || area.row < 1) throw new Error(START_ROW_TOO_SMALL);
  if (!Number.isInteger(area.column) || area.column < 1) throw new Error(START_COLUMN_TOO_SMALL);
  if (!(area.rows >= 1)) throw new Error(ROWS_AT_LEAST_ONE);
  if (!(area.columns >= 1)) throw new Error(COLUMNS_AT_LEAST_ONE);
  // "The coordinates of the range are outside the dimensions of the sheet." (Sheet.getMaxRows)
  if (area.row + area.rows - 1 > sheet.maxRows || area.column + area.columns - 1 > sheet.maxColumns)
    throw new Error(OUTSIDE_SHEET);
}

export class RangeFacade implements Emulates<GoogleAppsScript.Spreadsheet.Range, RangeMethods> {
  constructor(
    private readonly ctx: SheetsContext,
    readonly sheet: SheetModel,
    readonly area: GridArea,
  ) {
    checkArea(sheet, area);
  }

  getRow = () => this.area.row;
  getColumn = () => this.area.column;
  getNumRows = () => this.area.rows;
  getNumColumns = () => this.area.columns;
  getLastRow = () => this.area.row + this.area.rows - 1;
  getLastColumn = () => this.area.column + this.area.columns - 1;
  getSheet = () => this.ctx.sheetFacade(this.sheet);
  getA1Notation = () => a1Of(this.area);

  private get size(): number {
    return this.area.rows * this.area.columns;
  }

  private forEach(fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.area.rows; i += 1)
      for (let j = 0; j < this.area.columns; j += 1)
        fn(this.area.row + i, this.area.column + j, i, j);
  }

  private grid<T>(method: string, fn: (cell: Cell | undefined) => T): T[][] {
    this.ctx.record(`Range.${method}`, this.size);
    const out: T[][] = [];
    for (let i = 0; i < this.area.rows; i += 1) {
      const line: T[] = [];
      for (let j = 0; j < this.area.columns; j += 1)
        line.push(fn(this.sheet.cell(this.area.row + i, this.area.column + j)));
      out.push(line);
    }
    return out;
  }

  private checkGrid(values: unknown, method: string): unknown[][] {
    if (!Array.isArray(values))
      throw new Error(SIGNATURE_MISMATCH(`Range.${method}`, typeof values));
    if (values.length !== this.area.rows)
      throw new Error(DIMENSION_ROWS_ERROR(values.length, this.area.rows));
    for (const line of values) {
      if (!Array.isArray(line)) throw new Error(SIGNATURE_MISMATCH(`Range.${method}`));
      if (line.length !== this.area.columns)
        throw new Error(DIMENSION_COLUMNS_ERROR(line.length, this.area.columns));
    }
    return values as unknown[][];
  }

  /** A setXxxs(values[][]) call: the grid's shape checked as Sheets does, then cell by cell. */
  private setEach(
    method: string,
    values: unknown,
    apply: (cell: Cell, value: unknown) => void,
  ): this {
    this.ctx.record(`Range.${method}`, this.size);
    const checked = this.checkGrid(values, method);
    this.forEach((r, c, i, j) => apply(this.sheet.ensureCell(r, c), checked[i]?.[j]));
    this.ctx.workbook.touch(this.sheet);
    return this;
  }

  /** A singular setter (setNote, setFontWeight…): one value for every cell of the range. */
  private setEvery(method: string, apply: (cell: Cell) => void): this {
    this.ctx.record(`Range.${method}`, this.size);
    this.forEach((r, c) => apply(this.sheet.ensureCell(r, c)));
    this.ctx.workbook.touch(this.sheet);
    return this;
  }

  /**
   * Writes values as typed input (user-entered.ts). A rejected value rejects the whole write:
   * every cell is checked against its validation before any is changed.
   */
  private writeValues(method: string, valueAt: (i: number, j: number) => unknown): this {
    this.ctx.record(`Range.${method}`, this.size);
    const { workbook } = this.ctx;
    const stored: { cell: Cell; value: ReturnType<typeof storeWritten> }[] = [];
    this.forEach((r, c, i, j) => {
      const existing = this.sheet.cell(r, c);
      const written = valueAt(i, j);
      if (typeof written === 'string' && written.length > CELL_CHARACTER_LIMIT)
        throw new Error(CELL_TOO_LONG);
      const value = storeWritten(written, {
        timeZone: workbook.timeZone,
        locale: workbook.locale,
        year: this.ctx.currentYear(),
        plainText: existing?.numberFormat === PLAIN_TEXT_FORMAT,
      });
      checkValidation(existing, value, a1Of({ row: r, column: c, rows: 1, columns: 1 }));
      stored.push({ cell: existing ?? this.sheet.ensureCell(r, c), value });
    });
    for (const { cell, value } of stored) {
      cell.value = value.value;
      if (value.formula === undefined) delete cell.formula;
      else cell.formula = value.formula;
    }
    workbook.touch(this.sheet);
    return this;
  }

  getValues = () => this.grid('getValues', (cell) => readValue(this.ctx, cell));
  getValue = () => {
    this.ctx.record('Range.getValue');
    return readValue(this.ctx, this.sheet.cell(this.area.row, this.area.column));
  };
  getDisplayValues = () => this.grid('getDisplayValues', displayValue);
  getFormulas = () => this.grid('getFormulas', (cell) => cell?.formula ?? '');

  setValues = (values: unknown[][]) => {
    const checked = this.checkGrid(values, 'setValues');
    return this.writeValues('setValues', (i, j) => checked[i]?.[j]);
  };
  setValue = (value: unknown) => this.writeValues('setValue', () => value);

  clearContent = () =>
    this.setEvery('clearContent', (cell) => {
      cell.value = '';
      delete cell.formula;
    });

  setNumberFormat = (format: string) =>
    this.setEvery('setNumberFormat', (cell) => {
      cell.numberFormat = format;
    });
  setNumberFormats = (formats: unknown[][]) =>
    this.setEach('setNumberFormats', formats, (cell, format) => {
      cell.numberFormat = String(format ?? '');
    });
  getNumberFormat = () => {
    this.ctx.record('Range.getNumberFormat');
    return this.sheet.cell(this.area.row, this.area.column)?.numberFormat ?? 'General';
  };
  getNumberFormats = () => this.grid('getNumberFormats', (cell) => cell?.numberFormat ?? 'General');

  setNote = (note: string | null) => this.setEvery('setNote', (cell) => storeNote(cell, note));
  setNotes = (notes: unknown[][]) => this.setEach('setNotes', notes, storeNote);
  getNote = () => {
    this.ctx.record('Range.getNote');
    return this.sheet.cell(this.area.row, this.area.column)?.note ?? '';
  };
  getNotes = () => this.grid('getNotes', (cell) => cell?.note ?? '');

  setDataValidation = (rule: { __rule: DataValidationRule } | null) =>
    this.setEvery('setDataValidation', (cell) => {
      if (rule === null) delete cell.validation;
      else cell.validation = rule.__rule;
    });
  getDataValidation = () => {
    this.ctx.record('Range.getDataValidation');
    const rule = this.sheet.cell(this.area.row, this.area.column)?.validation;
    return rule === undefined ? null : validationFacade(rule);
  };

  setFontWeight = (weight: string | null) =>
    this.setEvery('setFontWeight', (cell) => storeWeight(cell, weight));
  setFontWeights = (weights: unknown[][]) => this.setEach('setFontWeights', weights, storeWeight);
  getFontWeights = () =>
    this.grid('getFontWeights', (cell) => (cell?.bold === true ? 'bold' : 'normal'));
  setBackground = (color: string | null) =>
    this.setEvery('setBackground', (cell) => storeBackground(cell, color));
  setBackgrounds = (colors: unknown[][]) => this.setEach('setBackgrounds', colors, storeBackground);
  getBackgrounds = () => this.grid('getBackgrounds', (cell) => cell?.background ?? '#ffffff');

  /** Range.activate: selects the range and shows its tab to the user. */
  activate = () => {
    this.ctx.record('Range.activate');
    this.ctx.ui.selections ??= [];
    this.ctx.ui.selections.push(`${this.sheet.name}!${this.getA1Notation()}`);
    this.ctx.workbook.active = this.sheet;
    return this;
  };
  setWrap = (_wrap: boolean) => this.setEvery('setWrap', () => undefined);
  setHorizontalAlignment = (_alignment: string | null) =>
    this.setEvery('setHorizontalAlignment', () => undefined);
}

function storeNote(cell: Cell, note: unknown): void {
  if (note === null || note === undefined || note === '') delete cell.note;
  else cell.note = String(note);
}

function storeWeight(cell: Cell, weight: unknown): void {
  cell.bold = weight === 'bold';
}

function storeBackground(cell: Cell, color: unknown): void {
  if (color === null || color === undefined || color === '') delete cell.background;
  else cell.background = String(color);
}
