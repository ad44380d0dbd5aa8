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
 * is cleared whole before each write): Sheets reads a written string as typed input, so "=…" is
 * a formula, "000123" becomes 123, "12,5" and "03/2026" a number and a date in a French sheet,
 * "VRAI" a boolean. A leading apostrophe makes Sheets store the rest as text, and is not shown.
 * It is given to every string that starts like a formula, and to every string made only of
 * digits, signs, separators, "%" and "€" (whatever the locale reads in them: « 12/03 », « 1/2 »),
 * to a word followed by a year (a month's name: « mars 2026 », « févr. 2026 », "March 2026"),
 * and to the boolean words.
 */
const NUMBER_OR_DATE_LIKE = /^[\s\d.,/:%€+\-eE]*\d[\s\d.,/:%€+\-eE]*$/;
const MONTH_AND_YEAR_LIKE = /^\s*\p{L}+\.?\s+\d{2,4}\s*$/u;

export function textCell(value: string): string {
  const convertible =
    /^[=+\-@\t\r']/.test(value) ||
    NUMBER_OR_DATE_LIKE.test(value) ||
    MONTH_AND_YEAR_LIKE.test(value) ||
    /^\s*(true|false|vrai|faux)\s*$/i.test(value);
  return convertible ? `'${value}` : value;
}
/**
 * Sheets holds at most 50,000 characters in a cell (https://support.google.com/drive/answer/37603)
 * and refuses the whole write past it: Relance's cells stay within it.
 */
export const CELL_CHARACTERS = 50_000;

/** A text cut to fit a cell, saying it was cut. */
export function fitCell(text: string): string {
  return text.length <= CELL_CHARACTERS ? text : `${text.slice(0, CELL_CHARACTERS - 1)}…`;
}
