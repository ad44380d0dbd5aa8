/**
 * The workbook's file backing: .xlsx read and written with exceljs, so dates stay dates and
 * numbers stay numbers, and .csv imported as a user would paste it. exceljs represents a date
 * cell as a JS Date whose UTC fields are the cell's wall clock (Excel serials have no zone);
 * we keep the serial itself.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { UserError } from '../errors';
import {
  DateSerial,
  SHEETS_EPOCH_OFFSET_DAYS,
  WorkbookModel,
  type Cell,
  type ChartModel,
  type SheetModel,
  type StoredValue,
} from './sheets';
import { decodeWindows1252 } from './windows-1252';

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

function notRead(path: string): UserError {
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

/** Writes the workbook next to its target then renames it, so a crash never leaves half a file. */
export async function saveWorkbook(model: WorkbookModel, path: string): Promise<void> {
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
  renameSync(temporary, path);
}

/**
 * A CSV as a user would paste it into Sheets: French exports use ";" and are often Windows-1252;
 * Excel's « Texte Unicode » is UTF-16 with tabs; cells stay text except plain numbers with at
 * most two decimals, which Sheets would also read as numbers. Dates and amounts written the French way stay text: the
 * product reads them. What the import had to guess (an unterminated quote) goes to `warnings`,
 * one French sentence each.
 */
/**
 * A CSV field taken as a number: digits with at most two decimals. « 1.234 » stays text, for the
 * reader to ask whether it is 1 234 or 1,234 (stricter than Sheets, which would guess by locale).
 */
const CSV_NUMBER = /^-?\d+(\.\d{1,2})?$/;

export async function importCsv(
  path: string,
  timeZone = 'Europe/Paris',
  warnings: string[] = [],
): Promise<WorkbookModel> {
  if (!existsSync(path)) throw new UserError('file-missing', `Fichier introuvable : ${path}`);
  const { rows, unterminatedLine } = parseCsv(decodeCsv(readFileSync(path), path));
  if (rows.length === 0) throw notRead(path);
  if (unterminatedLine !== undefined)
    warnings.push(
      `Ligne ${unterminatedLine} de « ${basename(path)} » : un guillemet (") ouvre un texte qui n’est jamais refermé. Il a été lu comme un caractère ordinaire et les lignes suivantes ont été lues normalement ; vérifiez cette ligne dans le classeur.`,
    );
  const model = new WorkbookModel(basename(path, extname(path)), timeZone);
  const sheet = model.addSheet(basename(path, extname(path)));
  rows.forEach((row, r) => {
    row.forEach((raw, c) => {
      if (raw === '') return;
      const cell = sheet.ensureCell(r + 1, c + 1);
      cell.value = CSV_NUMBER.test(raw.trim()) ? Number(raw.trim()) : raw;
    });
  });
  fitGridToCells(sheet);
  return model;
}

/**
 * The text of a CSV whatever saved it: UTF-16 with its byte order mark (Excel's « Texte
 * Unicode »), UTF-8 with or without one when its bytes are valid UTF-8, else Windows-1252 (older
 * French exports).
 */
export function decodeCsv(bytes: Buffer, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return swapped.swap16().toString('utf16le');
  }
  if (bytes.includes(0)) {
    throw new UserError(
      'not-a-workbook',
      `« ${basename(path)} » n’est pas un fichier CSV lisible (il contient des caractères nuls). Enregistrez-le au format « CSV UTF-8 » ou « Texte Unicode ».`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** The delimiters French tools write: « ; » (Excel in French), « , », and tab (« Texte Unicode »). */
const DELIMITERS = [';', ',', '\t'];

/** Stands for a quote to read as an ordinary character: a Unicode noncharacter, never in a text. */
const LITERAL_QUOTE = '\uffff';

function parseRows(text: string, delimiter: string): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, {
    delimiter,
    delimitersToGuess: DELIMITERS,
    newline: '\n',
    skipEmptyLines: 'greedy',
  });
}

/**
 * Fields parsed by papaparse: RFC 4180 quoting (a quoted field may hold delimiters and line
 * breaks), the delimiter guessed among « ; », « , » and tab from the first rows, any line end read
 * as one. A quote still open at the end of the file would swallow every row after it: that quote
 * is read as an ordinary character instead, the text is read again, and the quote's line is told.
 */
export function parseCsv(text: string): { rows: string[][]; unterminatedLine?: number } {
  const lines = text.replace(/\r\n?/g, '\n');
  const first = parseRows(lines, '');
  const open = first.errors.find((error) => error.code === 'MissingQuotes');
  if (open === undefined) return { rows: first.data };
  // papaparse gives the index just after the opening quote.
  const quoteAt = lines.lastIndexOf('"', open.index ?? lines.length);
  if (quoteAt < 0) return { rows: first.data };
  const literal = `${lines.slice(0, quoteAt)}${LITERAL_QUOTE}${lines.slice(quoteAt + 1)}`;
  const second = parseRows(literal, first.meta.delimiter);
  return {
    rows: second.data.map((row) => row.map((field) => field.replace(LITERAL_QUOTE, '"'))),
    unterminatedLine: lines.slice(0, quoteAt).split('\n').length,
  };
}
