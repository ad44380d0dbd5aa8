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
 * Sheets reads a string that starts with =, +, - or @ as a formula (or a number); a client named
 * "=HYPERLINK(…)" must stay a name. A leading apostrophe makes Sheets store the rest as text.
 */
export function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
