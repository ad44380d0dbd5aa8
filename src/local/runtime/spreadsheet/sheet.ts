/**
 * Sheet, offline (https://developers.google.com/apps-script/reference/spreadsheet/sheet). A tab
 * has a grid of getMaxRows() × getMaxColumns() cells (1,000 × 26 when new); a range past it
 * throws, and the insert and delete methods are the only ways to change it. appendRow grows
 * the grid by itself, as the reference says it "appends a row to the bottom of the current data
 * region in the sheet" whatever its size.
 */
import type { Emulates } from '../emulates';
import { parseA1 } from './a1';
import { chartBuilder, embeddedChart } from './charts';
import type { SheetsContext } from './context';
import {
  COLUMNS_OUT_OF_BOUNDS,
  DELETE_ALL_COLUMNS,
  DELETE_ALL_ROWS,
  ROWS_OUT_OF_BOUNDS,
  SIGNATURE_MISMATCH,
} from './errors';
import { cloneChart, type ChartModel, type SheetModel } from './model';
import { RangeFacade } from './range';

type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'clear'
  | 'clearContents'
  | 'setColumnWidth'
  | 'autoResizeColumns'
  | 'deleteRows'
  | 'deleteColumns'
  | 'insertRows'
  | 'insertRowsBefore'
  | 'insertRowsAfter'
  | 'insertColumnsBefore'
  | 'insertColumnsAfter'
  | 'setHiddenGridlines'
  | 'hasHiddenGridlines'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'removeChart'
  | 'updateChart'
  | 'activate';

interface ChartHandle {
  __chart: ChartModel;
}

/** A count of rows or columns to insert or delete, and where: whole numbers inside the grid. */
function checkSpan(position: number, count: number, max: number, message: string): void {
  if (!Number.isInteger(position) || !Number.isInteger(count) || count < 1)
    throw new Error(message);
  if (position < 1 || position > max) throw new Error(message);
}

export class SheetFacade implements Emulates<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods> {
  constructor(
    private readonly ctx: SheetsContext,
    readonly model: SheetModel,
  ) {}

  private change(name: string, units = 1): void {
    this.ctx.record(`Sheet.${name}`, units);
    this.ctx.workbook.touch(this.model);
  }

  getName = () => this.model.name;
  setName = (name: string) => {
    this.change('setName');
    this.model.name = name;
    return this;
  };
  getSheetId = () => this.model.sheetId;
  getIndex = () => this.ctx.workbook.sheets.indexOf(this.model) + 1;

  getRange = (a: number | string, b?: number, c?: number, d?: number): RangeFacade => {
    this.ctx.record('Sheet.getRange');
    if (typeof a === 'string') {
      return new RangeFacade(
        this.ctx,
        this.model,
        parseA1(a, this.model.maxRows, this.model.maxColumns),
      );
    }
    if (b === undefined) throw new Error(SIGNATURE_MISMATCH('Sheet.getRange', 'number'));
    return new RangeFacade(this.ctx, this.model, {
      row: a,
      column: b,
      rows: c ?? 1,
      columns: d ?? 1,
    });
  };
  getDataRange = () => {
    this.ctx.record('Sheet.getDataRange');
    const rows = Math.max(1, this.model.lastRow());
    const columns = Math.max(1, this.model.lastColumn());
    return new RangeFacade(this.ctx, this.model, { row: 1, column: 1, rows, columns });
  };
  getLastRow = () => {
    this.ctx.record('Sheet.getLastRow');
    return this.model.lastRow();
  };
  getLastColumn = () => {
    this.ctx.record('Sheet.getLastColumn');
    return this.model.lastColumn();
  };
  getMaxRows = () => {
    this.ctx.record('Sheet.getMaxRows');
    return this.model.maxRows;
  };
  getMaxColumns = () => {
    this.ctx.record('Sheet.getMaxColumns');
    return this.model.maxColumns;
  };

  appendRow = (values: unknown[]) => {
    this.ctx.record('Sheet.appendRow', values.length);
    const row = this.model.lastRow() + 1;
    if (row > this.model.maxRows) this.model.maxRows = row;
    if (values.length > this.model.maxColumns) this.model.maxColumns = values.length;
    if (values.length > 0) {
      const area = { row, column: 1, rows: 1, columns: values.length };
      new RangeFacade({ ...this.ctx, record: () => undefined }, this.model, area).setValues([
        values,
      ]);
    }
    this.ctx.workbook.touch(this.model);
    return this;
  };

  setFrozenRows = (rows: number) => {
    this.change('setFrozenRows');
    this.model.frozenRows = rows;
  };
  getFrozenRows = () => this.model.frozenRows;
  /**
   * "Clears the sheet of content and formatting information"
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()): data
   * validation, which Range.clear(options) clears apart (`validationsOnly`), stays.
   */
  clear = () => {
    this.change('clear');
    const kept = this.model.cells;
    this.model.cells = [];
    kept.forEach((line, r) =>
      line?.forEach((cell, c) => {
        if (cell?.validation !== undefined)
          this.model.ensureCell(r + 1, c + 1).validation = cell.validation;
      }),
    );
    return this;
  };
  clearContents = () => {
    this.change('clearContents');
    for (const line of this.model.cells) {
      for (const cell of line ?? []) {
        if (cell === undefined) continue;
        cell.value = '';
        delete cell.formula;
      }
    }
    return this;
  };
  setColumnWidth = (column: number, width: number) => {
    this.change('setColumnWidth');
    this.model.columnWidths.set(column, width);
    return this;
  };
  autoResizeColumns = (_start: number, _count: number) => {
    this.ctx.record('Sheet.autoResizeColumns');
    return this;
  };

  deleteRows = (position: number, howMany: number) => {
    this.change('deleteRows');
    checkSpan(position, howMany, this.model.maxRows, ROWS_OUT_OF_BOUNDS);
    if (position + howMany - 1 > this.model.maxRows) throw new Error(ROWS_OUT_OF_BOUNDS);
    if (this.model.maxRows - howMany <= this.model.frozenRows) throw new Error(DELETE_ALL_ROWS);
    this.model.deleteRows(position, howMany);
  };
  deleteColumns = (position: number, howMany: number) => {
    this.change('deleteColumns');
    checkSpan(position, howMany, this.model.maxColumns, COLUMNS_OUT_OF_BOUNDS);
    if (position + howMany - 1 > this.model.maxColumns) throw new Error(COLUMNS_OUT_OF_BOUNDS);
    if (this.model.maxColumns - howMany < 1) throw new Error(DELETE_ALL_COLUMNS);
    this.model.deleteColumns(position, howMany);
  };
  insertRows = (rowIndex: number, numRows = 1) => {
    this.change('insertRows');
    checkSpan(rowIndex, numRows, this.model.maxRows, ROWS_OUT_OF_BOUNDS);
    this.ctx.workbook.checkGrowth(numRows * this.model.maxColumns);
    this.model.insertRows(rowIndex, numRows);
  };
  insertRowsBefore = (beforePosition: number, howMany: number) => {
    this.insertRows(beforePosition, howMany);
    return this;
  };
  insertRowsAfter = (afterPosition: number, howMany: number) => {
    this.change('insertRowsAfter');
    checkSpan(afterPosition, howMany, this.model.maxRows, ROWS_OUT_OF_BOUNDS);
    this.ctx.workbook.checkGrowth(howMany * this.model.maxColumns);
    this.model.insertRows(afterPosition + 1, howMany);
    return this;
  };
  insertColumnsBefore = (beforePosition: number, howMany: number) => {
    this.change('insertColumnsBefore');
    checkSpan(beforePosition, howMany, this.model.maxColumns, COLUMNS_OUT_OF_BOUNDS);
    this.ctx.workbook.checkGrowth(howMany * this.model.maxRows);
    this.model.insertColumns(beforePosition, howMany);
    return this;
  };
  insertColumnsAfter = (afterPosition: number, howMany: number) => {
    this.change('insertColumnsAfter');
    checkSpan(afterPosition, howMany, this.model.maxColumns, COLUMNS_OUT_OF_BOUNDS);
    this.ctx.workbook.checkGrowth(howMany * this.model.maxRows);
    this.model.insertColumns(afterPosition + 1, howMany);
    return this;
  };

  setHiddenGridlines = (hide: boolean) => {
    this.change('setHiddenGridlines');
    this.model.hiddenGridlines = hide;
    return this;
  };
  hasHiddenGridlines = () => this.model.hiddenGridlines;

  newChart = () => {
    this.ctx.record('Sheet.newChart');
    return chartBuilder(this.ctx, this.model, undefined);
  };
  insertChart = (chart: ChartHandle) => {
    this.change('insertChart');
    const stored = cloneChart(chart.__chart);
    stored.chartId = this.ctx.workbook.nextChartId;
    this.ctx.workbook.nextChartId += 1;
    this.model.charts.push(stored);
  };
  getCharts = () => {
    this.ctx.record('Sheet.getCharts');
    return this.model.charts.map((model) => embeddedChart(this.ctx, this.model, cloneChart(model)));
  };
  removeChart = (chart: ChartHandle) => {
    this.change('removeChart');
    this.model.charts = this.model.charts.filter((c) => c.chartId !== chart.__chart.chartId);
  };
  updateChart = (chart: ChartHandle) => {
    this.change('updateChart');
    const index = this.model.charts.findIndex((c) => c.chartId === chart.__chart.chartId);
    if (index < 0) throw new Error('The chart could not be found.');
    this.model.charts[index] = cloneChart(chart.__chart);
  };
  /** Sheet.activate: the tab the user sees. */
  activate = () => {
    this.ctx.record('Sheet.activate');
    this.ctx.workbook.active = this.model;
    return this;
  };
}
