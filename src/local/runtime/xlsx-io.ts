/**
 * The workbook's .xlsx file, read and written with exceljs, so dates stay dates and numbers stay
 * numbers (a .csv is imported by csv-import.ts; what an .xlsx cannot carry, by sheet-extras.ts).
 * exceljs represents a date cell as a JS Date whose UTC fields are the cell's wall clock (Excel
 * serials have no zone); we keep the serial itself.
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { UserError } from '../errors';
import {
  DateSerial,
  SHEETS_EPOCH_OFFSET_DAYS,
  WorkbookModel,
  type Cell,
  type DataValidationRule,
  type SheetModel,
  type StoredValue,
} from './sheets';
import { fitGridToCells } from './sheet-extras';
import { digestOfBytes } from './durable-file';

const MS_PER_DAY = 86_400_000;

/**
 * Sheets sizes columns in pixels, .xlsx in characters of the default font; the OOXML rule
 * (ECMA-376 Part 1, §18.3.1.13, "width"): characters = (pixels − 5) / 7 for a 7-pixel digit with
 * 5 pixels of padding.
 */
function charactersOf(pixels: number): number {
  return Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);
}

function pixelsOf(characters: number): number {
  return Math.round(characters * 7 + 5);
}

function serialOfExcelDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + SHEETS_EPOCH_OFFSET_DAYS;
}

function excelDateOfSerial(serial: number): Date {
  return new Date(Math.round((serial - SHEETS_EPOCH_OFFSET_DAYS) * MS_PER_DAY));
}

function storedOf(value: ExcelJS.CellValue): { value: StoredValue; formula?: string } {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return { value };
  }
  if (value instanceof Date) return { value: new DateSerial(serialOfExcelDate(value)) };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      const formula = (value as { formula?: string }).formula;
      const inner = storedOf(result ?? null);
      return formula === undefined ? inner : { value: inner.value, formula: `=${formula}` };
    }
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
    if ('text' in value && 'hyperlink' in value) {
      const text = typeof value.text === 'string' ? value.text : String(value.text);
      return {
        value: text,
        formula: `=HYPERLINK("${value.hyperlink.replace(/"/g, '""')}", "${text.replace(/"/g, '""')}")`,
      };
    }
    if ('error' in value) return { value: String(value.error) };
  }
  return { value: String(value) };
}

function isBlankExcelCell(cell: ExcelJS.Cell): boolean {
  return (
    (cell.value === null || cell.value === undefined) &&
    !cell.numFmt &&
    cell.dataValidation?.type === undefined &&
    !cell.note &&
    cell.font?.bold !== true
  );
}

function readCell(excelCell: ExcelJS.Cell, cell: Cell): void {
  const stored = storedOf(excelCell.value);
  cell.value = stored.value;
  if (stored.formula !== undefined) cell.formula = stored.formula;
  if (excelCell.numFmt) cell.numberFormat = excelCell.numFmt;
  if (excelCell.note) {
    const note = excelCell.note;
    cell.note = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
  }
  if (excelCell.font?.bold) cell.bold = true;
}

/**
 * List validations, read from the sheet's own list rather than cell by cell: a rule on cells
 * that hold nothing yet (a whole column) is kept.
 */
function readValidations(worksheet: ExcelJS.Worksheet, sheet: SheetModel): void {
  const model = (worksheet as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations.model;
  for (const [address, rule] of Object.entries(model)) {
    const validation = rule as ExcelJS.DataValidation;
    const cellAddress = /^([A-Z]+)(\d+)$/.exec(address);
    if (validation.type !== 'list' || validation.formulae?.[0] === undefined || !cellAddress)
      continue;
    const column = worksheet.getColumn(cellAddress[1] ?? 'A').number;
    const list = String(validation.formulae[0]).replace(/^"|"$/g, '');
    sheet.ensureCell(Number(cellAddress[2]), column).validation = {
      kind: 'list',
      values: list.split(','),
      allowInvalid: validation.showErrorMessage !== true,
    };
  }
}

/** The file at `path` is no workbook Relance can read. */
export function notRead(path: string): UserError {
  return new UserError(
    'not-a-workbook',
    `« ${basename(path)} » n’est pas un classeur Excel lisible (.xlsx). Enregistrez-le au format Excel (.xlsx) ou CSV.`,
  );
}

export async function loadWorkbook(
  path: string,
  timeZone = 'Europe/Paris',
): Promise<WorkbookModel> {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new UserError('file-missing', `Fichier introuvable : ${path}`);
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(path);
  } catch {
    throw notRead(path);
  }
  const model = new WorkbookModel(basename(path, extname(path)), timeZone);
  book.eachSheet((worksheet) => {
    const sheet = model.addSheet(worksheet.name);
    const frozen = (worksheet.views ?? []).find((v) => v.state === 'frozen') as
      { ySplit?: number } | undefined;
    sheet.frozenRows = frozen?.ySplit ?? 0;
    sheet.hiddenGridlines = (worksheet.views ?? []).some((v) => v.showGridLines === false);
    // Empty cells are read too: a format on a cell not yet written is kept.
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (excelCell, columnNumber) => {
        // A merged range holds its value in its top-left cell only; every other cell of it reads
        // "" in Sheets (Range.merge keeps the top-left value:
        // https://developers.google.com/apps-script/reference/spreadsheet/range#merge ; witnessed
        // by gas-fakes' tests run against Google, test/testsheets.js "Range.merge", and
        // https://gist.github.com/tanaikech/a03b0bb4218a19b41d507a5b649e3802). exceljs repeats
        // the master's value in each merged cell: those are skipped.
        if (excelCell.isMerged && excelCell.master !== excelCell) return;
        if (!isBlankExcelCell(excelCell))
          readCell(excelCell, sheet.ensureCell(rowNumber, columnNumber));
      });
    });
    readValidations(worksheet, sheet);
    worksheet.columns?.forEach((column, index) => {
      if (column.width !== undefined) sheet.columnWidths.set(index + 1, pixelsOf(column.width));
    });
    fitGridToCells(sheet, { rows: worksheet.rowCount, columns: worksheet.columnCount });
  });
  if (model.sheets.length === 0) throw notRead(path);
  return model;
}

/**
 * Text the .xlsx gives back as written: exceljs drops control characters but tab and line feed
 * when it writes, an XML reader turns a carriage return into a line feed, and exceljs reads
 * `_xHHHH_` as the character it escapes. A model holding any of these is read from its file.
 */
// eslint-disable-next-line no-control-regex
const ALTERED_TEXT = /[\x00-\x08\x0B-\x1F\x7F]|_x[0-9A-F]{4}_/;

const keepsText = (text: string): boolean => !ALTERED_TEXT.test(text);

const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy hh:mm:ss';

/** Characters: a column of this width is written as a column of no width of its own. */
const EXCELJS_DEFAULT_WIDTH = 9;

/**
 * exceljs reads a number as a date when its cell's format is a date format: one with a date or
 * time letter outside quotes and brackets (its reader's rule, `utils.isDateFmt`).
 */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The serial exceljs writes of a date serial saveWorkbook gives it: whole milliseconds. */
function serialWritten(serial: number): number {
  return excelDateOfSerial(serial).getTime() / MS_PER_DAY + SHEETS_EPOCH_OFFSET_DAYS;
}

/** A number exceljs reads back, in a cell of `format`. */
function numberRead(written: number, format: string | undefined): StoredValue {
  return isDateFormat(format)
    ? new DateSerial(
        serialOfExcelDate(new Date(Math.round((written - SHEETS_EPOCH_OFFSET_DAYS) * MS_PER_DAY))),
      )
    : written;
}

/** A value (or a formula's result) as exceljs reads it back, in a cell of `format`. */
function valueRead(value: StoredValue, format: string | undefined): StoredValue {
  if (value instanceof DateSerial) return numberRead(serialWritten(value.serial), format);
  return typeof value === 'number' ? numberRead(value, format) : value;
}

const HYPERLINK = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i;
const unquote = (text: string): string => text.replace(/""/g, '"');
const quote = (text: string): string => text.replace(/"/g, '""');

/** A cell's value and formula as loadWorkbook reads them from what saveWorkbook wrote. */
function contentRead(cell: Cell, format: string | undefined): Pick<Cell, 'value' | 'formula'> {
  if (cell.formula === undefined) return { value: valueRead(cell.value, format) };
  const link = HYPERLINK.exec(cell.formula);
  if (link) {
    const [url, text] = [unquote(link[1] ?? ''), unquote(link[2] ?? '')];
    return { value: text, formula: `=HYPERLINK("${quote(url)}", "${quote(text)}")` };
  }
  return { value: valueRead(cell.value, format), formula: cell.formula };
}

/** A cell as loadWorkbook reads it from the file saveWorkbook wrote; `undefined` when blank. */
/** The number format saveWorkbook gives a cell: its own, else a date format for a date. */
function formatOf(cell: Cell): string | undefined {
  return cell.numberFormat ?? (cell.value instanceof DateSerial ? DEFAULT_DATE_FORMAT : undefined);
}

function cellAsSaved(cell: Cell): Cell | undefined {
  const format = formatOf(cell);
  const read: Cell = contentRead(cell, format);
  if (format && format !== 'General') read.numberFormat = format;
  if (cell.note) read.note = cell.note;
  if (cell.bold === true) read.bold = true;
  const blank = read.value === '' && read.formula === undefined;
  return blank && !read.numberFormat && !read.note && !read.bold ? undefined : read;
}

/**
 * A formula's result the file gives back as `contentRead` says: none (''), a date, or a number or
 * a text read as such. exceljs writes no result for false or 0 but may read one back, reads a
 * text result decoded twice (`&amp;` becomes `&`), and reads any result in a date format as a
 * date.
 */
function keepsFormulaResult(value: StoredValue, format: string | undefined): boolean {
  if (value === '' || value instanceof DateSerial) return true;
  if (typeof value === 'number') return value !== 0;
  return typeof value === 'string' && !value.includes('&') && !isDateFormat(format);
}

/** What of a cell the file may change in a way `cellAsSaved` does not reproduce. */
function keepsCell(cell: Cell): boolean {
  const { value, formula } = cell;
  if (typeof value === 'string' && !keepsText(value)) return false;
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return false;
  if (formula !== undefined) {
    if (formula.length < 2 || !keepsText(formula)) return false;
    const link = HYPERLINK.exec(formula);
    if (link && (link[2] ?? '') === '') return false;
    if (!link && !keepsFormulaResult(value, formatOf(cell))) return false;
  }
  // A note on a cell with no value, or a background or a format on one that reads back blank,
  // may be dropped with it, or still count in the columns exceljs reads.
  if (cell.note !== undefined && value === '' && formula === undefined) return false;
  const styled = cell.background !== undefined || cell.numberFormat !== undefined;
  if (styled && cellAsSaved(cell) === undefined) return false;
  if (cell.note !== undefined && !keepsText(cell.note)) return false;
  // exceljs writes an empty format as its built-in date format 14.
  if (
    cell.numberFormat !== undefined &&
    (cell.numberFormat === '' || !keepsText(cell.numberFormat))
  )
    return false;
  const values = cell.validation?.values;
  return (
    values === undefined ||
    (values.length > 0 && values.every((v) => keepsText(v) && !/[,"]/.test(v)))
  );
}

/**
 * The workbook as `loadWorkbook` would read it back from the file `saveWorkbook` just wrote of
 * `model`, made from the model itself: what the file keeps (values, formulas, number formats,
 * notes, bold, list validation, column widths, frozen rows, gridlines), what it loses (cell
 * backgrounds, empty cells, the charts and grids of the sidecar, the tab ids, which follow the
 * order) and what it rounds (dates to the millisecond, widths to the hundredth of a character).
 * `undefined` when the model holds something whose round trip this does not reproduce (control
 * characters, a tab name exceljs would shorten…): the file is then read.
 */
export function workbookAsSaved(model: WorkbookModel): WorkbookModel | undefined {
  const read = new WorkbookModel(model.name, model.timeZone);
  for (const sheet of model.sheets) {
    if (sheet.name.length > 31 || !keepsText(sheet.name)) return undefined;
    const copy = read.addSheet(sheet.name);
    copy.frozenRows = Math.max(0, sheet.frozenRows);
    copy.hiddenGridlines = sheet.hiddenGridlines;
    const validated: [number, number, DataValidationRule][] = [];
    for (const [r, line] of sheet.cells.entries()) {
      for (const [c, cell] of (line ?? []).entries()) {
        if (cell === undefined) continue;
        if (!keepsCell(cell)) return undefined;
        const saved = cellAsSaved(cell);
        if (saved !== undefined) Object.assign(copy.ensureCell(r + 1, c + 1), saved);
        if (cell.validation !== undefined) validated.push([r + 1, c + 1, cell.validation]);
      }
    }
    for (const [row, column, rule] of validated)
      copy.ensureCell(row, column).validation = { ...rule, values: [...rule.values] };
    for (const column of [...sheet.columnWidths.keys()].sort((a, b) => a - b)) {
      const characters = charactersOf(sheet.columnWidths.get(column) ?? 0);
      // A width of no character comes back as exceljs's default; that default (9 characters)
      // is not written at all.
      if (characters <= 0) return undefined;
      if (characters !== EXCELJS_DEFAULT_WIDTH) copy.columnWidths.set(column, pixelsOf(characters));
    }
    // exceljs writes a row for every line that holds a cell, blank or not, and reads back that
    // many rows; its columns are those of the cells it reads.
    const lines = sheet.cells.map((line) => (line ?? []).some((cell) => cell !== undefined));
    fitGridToCells(copy, { rows: lines.lastIndexOf(true) + 1, columns: 0 });
  }
  return read;
}

function excelValueOf(cell: Cell): ExcelJS.CellValue {
  const value: ExcelJS.CellValue =
    cell.value instanceof DateSerial
      ? excelDateOfSerial(cell.value.serial)
      : cell.value === ''
        ? null
        : cell.value;
  if (cell.formula !== undefined) {
    const link = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(
      cell.formula,
    );
    if (link)
      return {
        text: (link[2] ?? '').replace(/""/g, '"'),
        hyperlink: (link[1] ?? '').replace(/""/g, '"'),
      };
    return {
      formula: cell.formula.slice(1),
      result: value ?? undefined,
    } as ExcelJS.CellFormulaValue;
  }
  return value;
}

/**
 * Writes the workbook next to its target then renames it, so a crash never leaves half a file.
 * Returns the SHA-256 of the bytes put in place (kept-workbook.ts).
 */
export async function saveWorkbook(model: WorkbookModel, path: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const view: Partial<ExcelJS.WorksheetView> =
      sheet.frozenRows > 0 ? { state: 'frozen', ySplit: sheet.frozenRows } : {};
    if (sheet.hiddenGridlines) view.showGridLines = false;
    const worksheet = book.addWorksheet(sheet.name, {
      views: Object.keys(view).length > 0 ? [view] : [],
    });
    sheet.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (cell === undefined) return;
        const excelCell = worksheet.getCell(r + 1, c + 1);
        excelCell.value = excelValueOf(cell);
        if (cell.numberFormat !== undefined) excelCell.numFmt = cell.numberFormat;
        else if (cell.value instanceof DateSerial) excelCell.numFmt = 'dd/mm/yyyy hh:mm:ss';
        if (cell.note !== undefined) excelCell.note = cell.note;
        if (cell.bold === true) excelCell.font = { bold: true };
        if (cell.background !== undefined) {
          excelCell.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: `FF${cell.background.replace('#', '').toUpperCase()}` },
          };
        }
        if (cell.validation !== undefined) {
          excelCell.dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [`"${cell.validation.values.join(',')}"`],
            showErrorMessage: !cell.validation.allowInvalid,
          };
        }
      });
    });
    for (const [column, width] of sheet.columnWidths)
      worksheet.getColumn(column).width = charactersOf(width);
  }
  const temporary = `${path}.tmp-${process.pid}`;
  await book.xlsx.writeFile(temporary);
  // Read before the rename, with no await between: the digest is of exactly this file.
  const digest = digestOfBytes(readFileSync(temporary));
  renameSync(temporary, path);
  return digest;
}
