/**
 * What the workbook's .xlsx cannot carry, kept in a JSON file beside it, and the grid of a tab
 * read from a file.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ChartModel, SheetModel, WorkbookModel } from './sheets';

/**
 * What the .xlsx cannot carry lives in a JSON file beside the workbook, per sheet name: the
 * embedded charts, and each tab's grid (getMaxRows × getMaxColumns), which an .xlsx does not
 * record.
 */
export interface SheetExtras {
  nextChartId: number;
  charts: Record<string, ChartModel[]>;
  grids?: Record<string, { rows: number; columns: number }>;
}

export function readSheetExtras(model: WorkbookModel, path: string): void {
  if (!existsSync(path)) return;
  const extras = JSON.parse(readFileSync(path, 'utf8')) as SheetExtras;
  model.nextChartId = extras.nextChartId;
  for (const [name, charts] of Object.entries(extras.charts)) {
    const sheet = model.sheet(name);
    if (sheet !== undefined) sheet.charts = charts;
  }
  for (const [name, grid] of Object.entries(extras.grids ?? {})) {
    const sheet = model.sheet(name);
    if (sheet === undefined) continue;
    // Never smaller than what the file holds: a grid saved by an older run cannot hide cells.
    sheet.maxRows = Math.max(sheet.maxRows, grid.rows);
    sheet.maxColumns = Math.max(sheet.maxColumns, grid.columns);
  }
}

export function sheetExtrasOf(model: WorkbookModel): SheetExtras {
  const charts: Record<string, ChartModel[]> = {};
  const grids: Record<string, { rows: number; columns: number }> = {};
  for (const sheet of model.sheets) {
    if (sheet.charts.length > 0) charts[sheet.name] = sheet.charts;
    grids[sheet.name] = { rows: sheet.maxRows, columns: sheet.maxColumns };
  }
  return { nextChartId: model.nextChartId, charts, grids };
}

/**
 * The grid of a tab read from a file, before any sidecar says more: the extent of what the file
 * holds (values, formats, validation), at least one cell. Sheets would give a tab it imports at
 * least that; whether it pads it to a new tab's 1,000 × 26 is not documented, so the smaller,
 * stricter grid is kept: a writer that does not extend a tab before writing past it fails here.
 */
export function fitGridToCells(sheet: SheetModel, file?: { rows: number; columns: number }): void {
  sheet.maxRows = Math.max(1, sheet.cells.length, file?.rows ?? 0);
  // The rows array has holes where the file has no row: map skips them, a loop does not. A
  // merged range counts whole, though only its top-left cell holds a value.
  let columns = Math.max(1, file?.columns ?? 0);
  for (let r = 0; r < sheet.cells.length; r += 1)
    columns = Math.max(columns, sheet.cells[r]?.length ?? 0);
  sheet.maxColumns = columns;
}
