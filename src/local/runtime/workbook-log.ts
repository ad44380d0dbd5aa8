/**
 * SpreadsheetApp.flush(), durable. Sheets batches writes and "If you want to make sure that all
 * pending changes are made right away [...] call SpreadsheetApp.flush()"
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()): once
 * flush returns, what was written is in the spreadsheet, whatever happens to the execution next.
 *
 * Writing the whole .xlsx at each flush would cost seconds on a large workbook, so a flush writes
 * a log beside it instead: the full content of each sheet written since the workbook was last
 * saved, plus the order of the sheets, atomically (durable-file.ts). The execution's end saves
 * the .xlsx and removes the log; an execution killed before that leaves the log, and the next one
 * applies it to the .xlsx it loads. An execution killed before a flush loses what it wrote since
 * the last one: stricter than Google, which may still commit it, never more lenient.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeFileAtomic, unreadableStateFile } from './durable-file';
import {
  DateSerial,
  type Cell,
  type ChartModel,
  type SheetModel,
  type WorkbookModel,
} from './sheets';

interface LoggedCell {
  /** The value, or `d` for a date serial. */
  v?: string | number | boolean;
  d?: number;
  f?: string;
  n?: string;
  note?: string;
  val?: Cell['validation'];
  b?: boolean;
  bg?: string;
}

interface LoggedSheet {
  frozenRows: number;
  hiddenGridlines: boolean;
  columnWidths: [number, number][];
  charts: ChartModel[];
  rows: (LoggedCell | null)[][];
}

export interface LoggedWorkbook {
  order: string[];
  nextChartId: number;
  sheets: Record<string, LoggedSheet>;
}

function encodeCell(cell: Cell | undefined): LoggedCell | null {
  if (cell === undefined) return null;
  const out: LoggedCell =
    cell.value instanceof DateSerial ? { d: cell.value.serial } : { v: cell.value };
  if (cell.formula !== undefined) out.f = cell.formula;
  if (cell.numberFormat !== undefined) out.n = cell.numberFormat;
  if (cell.note !== undefined) out.note = cell.note;
  if (cell.validation !== undefined) out.val = cell.validation;
  if (cell.bold !== undefined) out.b = cell.bold;
  if (cell.background !== undefined) out.bg = cell.background;
  return out;
}

function decodeCell(logged: LoggedCell | null): Cell | undefined {
  if (logged === null) return undefined;
  const cell: Cell = {
    value: logged.d !== undefined ? new DateSerial(logged.d) : (logged.v ?? ''),
  };
  if (logged.f !== undefined) cell.formula = logged.f;
  if (logged.n !== undefined) cell.numberFormat = logged.n;
  if (logged.note !== undefined) cell.note = logged.note;
  if (logged.val !== undefined) cell.validation = logged.val;
  if (logged.b !== undefined) cell.bold = logged.b;
  if (logged.bg !== undefined) cell.background = logged.bg;
  return cell;
}

export function encodeSheet(sheet: SheetModel): string {
  const logged: LoggedSheet = {
    frozenRows: sheet.frozenRows,
    hiddenGridlines: sheet.hiddenGridlines,
    columnWidths: [...sheet.columnWidths.entries()],
    charts: sheet.charts,
    rows: Array.from(sheet.cells, (line) =>
      line === undefined ? [] : Array.from(line, encodeCell),
    ),
  };
  return JSON.stringify(logged);
}

function fillSheet(sheet: SheetModel, logged: LoggedSheet): void {
  sheet.cells = logged.rows.map((line) => line.map(decodeCell));
  sheet.frozenRows = logged.frozenRows;
  sheet.hiddenGridlines = logged.hiddenGridlines;
  sheet.columnWidths = new Map(logged.columnWidths);
  sheet.charts = logged.charts;
}

/**
 * Puts logged sheets into the model, in place: a sheet already there keeps its identity (facades
 * handed to the script stay valid), its content replaced. `order` lists the sheets that exist
 * afterwards; a sheet of the model not in it was deleted.
 */
export function applyLoggedWorkbook(model: WorkbookModel, logged: LoggedWorkbook): void {
  const sheets: SheetModel[] = [];
  for (const name of logged.order) {
    const content = logged.sheets[name];
    const sheet = model.sheet(name) ?? model.addSheet(name);
    if (content !== undefined) {
      fillSheet(sheet, content);
      model.touch(sheet);
    }
    sheets.push(sheet);
  }
  if (sheets.length !== model.sheets.length || sheets.some((s, i) => s !== model.sheets[i]))
    model.touch();
  model.sheets = sheets;
  model.nextChartId = Math.max(model.nextChartId, logged.nextChartId);
}

export class WorkbookLog {
  /** Each sheet written since the last save, as last flushed. */
  private readonly encoded = new Map<SheetModel, string>();

  constructor(
    readonly path: string,
    private readonly workspace: string,
  ) {}

  /** Applies the log an interrupted execution left; true when there was one. */
  recover(model: WorkbookModel): boolean {
    if (!existsSync(this.path)) return false;
    let logged: LoggedWorkbook;
    try {
      logged = JSON.parse(readFileSync(this.path, 'utf8')) as LoggedWorkbook;
    } catch {
      throw unreadableStateFile(this.path, this.workspace, 'contenu JSON invalide ou tronqué');
    }
    if (!Array.isArray(logged.order) || typeof logged.sheets !== 'object')
      throw unreadableStateFile(this.path, this.workspace, 'contenu inattendu');
    applyLoggedWorkbook(model, logged);
    return true;
  }

  /** Makes every write so far durable: the sheets written since the last flush are logged. */
  flush(model: WorkbookModel): void {
    if (!model.dirty) return;
    for (const sheet of model.touched) this.encoded.set(sheet, encodeSheet(sheet));
    model.touched.clear();
    const parts = model.sheets
      .filter((s) => this.encoded.has(s))
      .map((s) => `${JSON.stringify(s.name)}:${this.encoded.get(s) ?? '{}'}`);
    const order = JSON.stringify(model.sheets.map((s) => s.name));
    writeFileAtomic(
      this.path,
      `{"order":${order},"nextChartId":${model.nextChartId},"sheets":{${parts.join(',')}}}`,
    );
  }

  /** The workbook file now holds everything: the log is no longer needed. */
  saved(model: WorkbookModel): void {
    rmSync(this.path, { force: true });
    this.encoded.clear();
    model.touched.clear();
    model.dirty = false;
  }
}
