/**
 * The workbook's file backing: .xlsx read and written with exceljs, so dates stay dates and
 * numbers stay numbers, and .csv imported as a user would paste it. exceljs represents a date
 * cell as a JS Date whose UTC fields are the cell's wall clock (Excel serials have no zone);
 * we keep the serial itself.
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
  type ChartModel,
  type StoredValue,
} from './sheets';

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
 * What the .xlsx cannot carry (embedded charts) lives in a JSON file beside the workbook,
 * per sheet name.
 */
export interface SheetExtras {
  nextChartId: number;
  charts: Record<string, ChartModel[]>;
}

export function readSheetExtras(model: WorkbookModel, path: string): void {
  if (!existsSync(path)) return;
  const extras = JSON.parse(readFileSync(path, 'utf8')) as SheetExtras;
  model.nextChartId = extras.nextChartId;
  for (const [name, charts] of Object.entries(extras.charts)) {
    const sheet = model.sheet(name);
    if (sheet !== undefined) sheet.charts = charts;
  }
}

export function sheetExtrasOf(model: WorkbookModel): SheetExtras {
  const charts: Record<string, ChartModel[]> = {};
  for (const sheet of model.sheets) if (sheet.charts.length > 0) charts[sheet.name] = sheet.charts;
  return { nextChartId: model.nextChartId, charts };
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
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (excelCell, columnNumber) => {
        // A merged range holds its value in its top-left cell only; every other cell of it reads
        // "" in Sheets (Range.merge keeps the top-left value:
        // https://developers.google.com/apps-script/reference/spreadsheet/range#merge ; witnessed
        // by gas-fakes' tests run against Google, test/testsheets.js "Range.merge", and
        // https://gist.github.com/tanaikech/a03b0bb4218a19b41d507a5b649e3802). exceljs repeats
        // the master's value in each merged cell: those are skipped.
        if (excelCell.isMerged && excelCell.master !== excelCell) return;
        const stored = storedOf(excelCell.value);
        const cell: Cell = sheet.ensureCell(rowNumber, columnNumber);
        cell.value = stored.value;
        if (stored.formula !== undefined) cell.formula = stored.formula;
        if (excelCell.numFmt) cell.numberFormat = excelCell.numFmt;
        if (excelCell.note) {
          const note = excelCell.note;
          cell.note =
            typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
        }
        if (excelCell.font?.bold) cell.bold = true;
        const validation = excelCell.dataValidation;
        if (validation?.type === 'list' && validation.formulae?.[0] !== undefined) {
          const list = String(validation.formulae[0]).replace(/^"|"$/g, '');
          cell.validation = {
            kind: 'list',
            values: list.split(','),
            allowInvalid: validation.showErrorMessage !== true,
          };
        }
      });
    });
    worksheet.columns?.forEach((column, index) => {
      if (column.width !== undefined) sheet.columnWidths.set(index + 1, pixelsOf(column.width));
    });
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
 * Excel's « Texte Unicode » is UTF-16 with tabs; cells stay text except plain numbers, which
 * Sheets would also read as numbers. Dates and amounts written the French way stay text: the
 * product reads them. What the import had to guess (an unterminated quote) goes to `warnings`,
 * one French sentence each.
 */
export async function importCsv(
  path: string,
  timeZone = 'Europe/Paris',
  warnings: string[] = [],
): Promise<WorkbookModel> {
  if (!existsSync(path)) throw new UserError('file-missing', `Fichier introuvable : ${path}`);
  const text = decodeCsv(readFileSync(path), path);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
  );
  const { rows, unterminatedLine } = parseCsv(text, delimiter);
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
      cell.value = /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    });
  });
  return model;
}

/**
 * The text of a CSV whatever saved it: UTF-16 with its byte order mark (Excel's « Texte
 * Unicode »), UTF-8 with or without one, else Windows-1252 (older French exports).
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
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) text = decodeWindows1252(bytes);
  return text.replace(/^\uFEFF/, '');
}

/** Windows-1252 differs from Latin-1 in 0x80–0x9F (€ is 0x80); Node's decoder may treat it as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

/**
 * RFC 4180 fields; a quoted field may span lines. A quote still open at the end of the file
 * would swallow every row after it: that quote is read as an ordinary character instead, the
 * file is read again from there (once: no lone quote can follow it), and its line is told.
 */
export function parseCsv(
  text: string,
  delimiter: string,
): { rows: string[][]; unterminatedLine?: number } {
  const first = parseCsvFrom(text, delimiter, -1);
  if (first.openQuote === undefined) return { rows: first.rows };
  const second = parseCsvFrom(text, delimiter, first.openQuote.index);
  return { rows: second.rows, unterminatedLine: first.openQuote.line };
}

function parseCsvFrom(
  text: string,
  delimiter: string,
  literalQuoteAt: number,
): { rows: string[][]; openQuote?: { index: number; line: number } } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted: { index: number; line: number } | undefined;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '\n') line += 1;
    if (quoted !== undefined) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = undefined;
      else field += ch;
    } else if (ch === '"' && field === '' && i !== literalQuoteAt) quoted = { index: i, line };
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') {
        i += 1;
        line += 1;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const kept = rows.filter((r) => r.some((f) => f.trim() !== ''));
  return quoted === undefined ? { rows: kept } : { rows: kept, openQuote: quoted };
}
