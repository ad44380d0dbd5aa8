/**
 * The cell values the core receives. The server adapter turns sheet Dates into days through the
 * spreadsheet's time zone before calling the core, so the core holds no time-zone code.
 */
import type { Day } from './day';
import { formatIsoDay } from './day';

export type Cell = string | number | boolean | { day: Day };

const FORMULA_ERRORS = new Set([
  '#REF!',
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
]);

export function isFormulaError(cell: Cell): boolean {
  return typeof cell === 'string' && FORMULA_ERRORS.has(cell.trim().toUpperCase());
}

export function isDayCell(cell: Cell): cell is { day: Day } {
  return typeof cell === 'object' && cell !== null && 'day' in cell;
}

/** The cell as the user reads it: numbers without a trailing ".0", days in ISO form. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  return formatIsoDay(cell.day);
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
