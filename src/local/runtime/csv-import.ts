/**
 * A .csv imported into a workbook as a user would paste it into Sheets (the .xlsx is
 * xlsx-io.ts's).
 */
import Papa from 'papaparse';
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { UserError } from '../errors';
import { WorkbookModel } from './sheets';
import { fitGridToCells } from './sheet-extras';
import { decodeWindows1252 } from './windows-1252';
import { notRead } from './xlsx-io';

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
