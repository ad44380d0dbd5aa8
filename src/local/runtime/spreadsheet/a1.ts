/**
 * A1 notation as Sheet.getRange(a1Notation) takes it
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(String)):
 * "B3", "A1:C10", and open-ended whole columns or rows ("A:A", "A2:C", "1:3"), which stop at
 * the sheet's last row or column.
 */
import { RANGE_NOT_FOUND } from './errors';

export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnNumber(letters: string): number {
  return letters
    .toUpperCase()
    .split('')
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export interface GridArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

interface Corner {
  row?: number;
  column?: number;
}

function corner(text: string): Corner | undefined {
  const match = /^([A-Z]*)(\d*)$/i.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const corner: Corner = {};
  if (match[1] !== '') corner.column = columnNumber(match[1] ?? '');
  if (match[2] !== '') corner.row = Number(match[2]);
  return corner;
}

/** The area an A1 notation names on a sheet of `maxRows` × `maxColumns`. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridArea {
  const [startText = '', endText, extra] = a1.trim().split(':');
  const start = corner(startText);
  const end = endText === undefined ? start : corner(endText);
  if (start === undefined || end === undefined || extra !== undefined)
    throw new Error(RANGE_NOT_FOUND);
  const single = endText === undefined;
  if (single && (start.row === undefined || start.column === undefined))
    throw new Error(RANGE_NOT_FOUND);
  const row = start.row ?? 1;
  const column = start.column ?? 1;
  const endRow = end.row ?? maxRows;
  const endColumn = end.column ?? maxColumns;
  if (endRow < row || endColumn < column) throw new Error(RANGE_NOT_FOUND);
  return { row, column, rows: endRow - row + 1, columns: endColumn - column + 1 };
}

export function a1Of(area: GridArea): string {
  const start = `${columnLetters(area.column)}${area.row}`;
  if (area.rows === 1 && area.columns === 1) return start;
  return `${start}:${columnLetters(area.column + area.columns - 1)}${area.row + area.rows - 1}`;
}
