/**
 * What the core writes into a sheet. The server adapter turns `{ day }` into a Date at midnight
 * in the spreadsheet's time zone and `{ instantMs }` into the Date of that instant; `{ link }`
 * into a hyperlink.
 */
import type { Day } from '../values/day';

export type OutputCell =
  | string
  | number
  | boolean
  | { day: Day }
  | { instantMs: number }
  | { link: string; label: string };

/**
 * What a column holds, which decides its number format: `text` columns are given the plain-text
 * format before Relance writes them, so that a string stays the string written ("000123",
 * "12,5", "03/2026", "=HYPERLINK(…)"); `label` columns hold Relance's own words.
 */
export type ColumnKind = 'text' | 'label' | 'link' | 'instant' | 'day' | 'euros' | 'number';

/**
 * For a cell that has no plain-text format and is written anew each time (the dashboard, which
 * is cleared whole before each write): Sheets reads a written string as typed input, so
 * "000123" becomes 123, "12,5" and "03/2026" a number and a date in a French sheet, "=…" a
 * formula. A leading apostrophe makes Sheets store the rest as text, and is not shown. Every
 * non-empty string gets one: one rule, whatever the string.
 */
export function textCell(value: string): string {
  return value === '' ? value : `'${value}`;
}
