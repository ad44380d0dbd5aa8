/**
 * Reading what people type in invoice sheets: amounts, dates and email addresses, the French
 * way and the English way. Parsing happens once, at the edge; everything after works on Day and
 * Cents. Nothing here throws: an unreadable value is `undefined` and the caller says why.
 */
import type { Cell } from './cells';
import { isDayCell, isFormulaError } from './cells';
import { dayFromParts, partsOfDay, type Day } from './day';
import { normalizeKey } from './keys';
import type { Cents } from './money';

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** Round half away from zero to the cent: 0.005 € is a cent, as accountants round. */
function toCents(value: number): Cents {
  const scaled = value * 100;
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-9);
  return (rounded === 0 ? 0 : rounded) as Cents;
}

/** Why a money cell cannot be read: the caller words it for the user. */
export type AmountFault = 'unreadable' | 'decimals' | 'currency' | 'ambiguous';

export type AmountReading = { cents: Cents } | { fault: AmountFault };

/** Any currency other than the euro, by symbol or ISO code: Relance chases in euros only. */
const CURRENCY_SIGNS = /[$£¥₣₤₹₽₺₩₪₫฿₴₦]/;
/** ISO 4217 codes as people type them next to an amount (« 12 USD », « CHF 1 000 »), or francs. */
const CURRENCY_CODE = /^[A-Z]{3}$/;
const COMMON_CURRENCY = /^(?:usd|gbp|chf|jpy|cad|aud|cny|xpf|xof|xaf|mad|tnd|dzd|fr|frs)$/i;

/** A foreign sign, or a currency code written beside digits (« abc » alone is no currency). */
function otherCurrency(text: string): boolean {
  if (CURRENCY_SIGNS.test(text)) return true;
  const letters = text.replace(/[^a-z]/gi, '');
  return /\d/.test(text) && (CURRENCY_CODE.test(letters) || COMMON_CURRENCY.test(letters));
}

/** The euro and the « TTC » an amount may carry: « 1 200,00 € TTC », « EUR 12 ». */
const EURO_AND_TAX = /€|eur(?:os?)?|t\.?t\.?c\.?/gi;

/**
 * "1 234,56 €", "1234.56", "1 234 €", "1.234,56", "1,234.56", "EUR 12", sheet numbers.
 * A lone separator followed by exactly three digits ("1.234", "12,500") may be a thousands
 * separator or a decimal mark: the reading is ambiguous and the caller asks, never guesses.
 * More than two decimals otherwise ("1234,565") is a fault, not a thousandfold amount. Sheet
 * numbers are rounded to the cent (a formula's 1234.5600000001).
 */
export function readAmount(cell: Cell): AmountReading {
  if (typeof cell === 'number') {
    const cents = toCents(cell);
    return Number.isSafeInteger(cents) ? { cents } : { fault: 'unreadable' };
  }
  if (typeof cell !== 'string' || isFormulaError(cell)) return { fault: 'unreadable' };
  if (cell.length > 100) return { fault: 'unreadable' };
  let text = cell.trim().replace(EURO_AND_TAX, '').replace(SPACES, '');
  if (text === '' || text.length > 40) return { fault: 'unreadable' };
  if (otherCurrency(text)) return { fault: 'currency' };
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return { fault: 'unreadable' };
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(text)) return { fault: 'ambiguous' };
  const normalized = plainDecimal(text);
  if (normalized === undefined) return { fault: 'unreadable' };
  if (/\.\d{3,}$/.test(normalized)) return { fault: 'decimals' };
  const value = Number(normalized);
  const cents = toCents(negative ? -value : value);
  // Beyond 2^53 cents (90 000 milliards d'euros) sums are no longer exact: not an invoice.
  if (!Number.isSafeInteger(cents)) return { fault: 'unreadable' };
  return { cents };
}

/** "1.234,56" → "1234.56": digits and separators only, the decimal mark as a dot. */
function plainDecimal(text: string): string | undefined {
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  let normalized: string;
  if (commas > 0 && dots > 0) {
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole = '', fraction = '', extra] = text.split(decimal);
    if (extra !== undefined || fraction.includes(thousands)) return undefined;
    if (!/^\d{1,3}([.,]\d{3})*$/.test(whole)) return undefined;
    normalized = `${whole.split(thousands).join('')}.${fraction}`;
  } else if (commas + dots === 1) {
    const [whole = '', fraction = ''] = text.split(commas === 1 ? ',' : '.');
    normalized = `${whole}.${fraction}`;
  } else if (commas + dots > 1) {
    const separator = commas > 0 ? ',' : '.';
    if (!new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(text)) return undefined;
    normalized = text.split(separator).join('');
  } else {
    normalized = text;
  }
  if (!/^\d*\.?\d*$/.test(normalized) || normalized === '.') return undefined;
  return normalized;
}

/** The amount of a money cell, or undefined when readAmount finds a fault. */
export function parseAmount(cell: Cell): Cents | undefined {
  const reading = readAmount(cell);
  return 'cents' in reading ? reading.cents : undefined;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  january: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  feb: 2,
  february: 2,
  mars: 3,
  mar: 3,
  march: 3,
  avril: 4,
  avr: 4,
  apr: 4,
  april: 4,
  mai: 5,
  may: 5,
  juin: 6,
  jun: 6,
  june: 6,
  juillet: 7,
  juil: 7,
  jul: 7,
  july: 7,
  aout: 8,
  aug: 8,
  august: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  september: 9,
  octobre: 10,
  oct: 10,
  october: 10,
  novembre: 11,
  nov: 11,
  november: 11,
  decembre: 12,
  dec: 12,
  december: 12,
};

function validDay(year: number, month: number, dayOfMonth: number): Day | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  const day = dayFromParts(year, month, dayOfMonth);
  const parts = partsOfDay(day);
  return parts.month === month && parts.day === dayOfMonth ? day : undefined;
}

/** Sheets counts dates from 1899-12-30: a bare number in a date column is such a serial. */
const SHEETS_EPOCH = dayFromParts(1899, 12, 30);

/** Which number comes first in « 03/12/2026 »: the day (French) or the month (American). */
export type DateOrder = 'day-first' | 'month-first';

/** A date written with numbers only, day and month in either order, and a four-digit year. */
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** The same with a two-digit year (« 10/03/99 »): 1999 or 2099, Relance does not guess. */
const TWO_DIGIT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?:\s|$)/;

/** True for « 10/03/99 »: a year of two digits, which the caller asks to write in full. */
export function hasTwoDigitYear(cell: Cell): boolean {
  return typeof cell === 'string' && cell.length < 40 && TWO_DIGIT_YEAR.test(cell.trim());
}

/**
 * What one cell says of its column's order: « 19/02/2026 » is day-first, « 02/19/2026 »
 * month-first, « 03/12/2026 » 'ambiguous'; undefined when it says nothing (a real date, an ISO
 * date, « 05/05/2026 », a month in words).
 */
export function dateOrderEvidence(cell: Cell): DateOrder | 'ambiguous' | undefined {
  if (typeof cell !== 'string' || cell.length > 40) return undefined;
  const match = NUMERIC_DATE.exec(cell.trim());
  if (match === null) return undefined;
  const first = Number(match[1]);
  const second = Number(match[2]);
  if (first === second || first > 31 || second > 31) return undefined;
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return first <= 12 && second <= 12 ? 'ambiguous' : undefined;
}

/**
 * The order a set of date cells settles: the one order its unambiguous cells show, 'conflict'
 * when they show both, 'unsettled' when none shows any.
 */
export function settleDateOrder(cells: Iterable<Cell>): DateOrder | 'unsettled' | 'conflict' {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const evidence = dateOrderEvidence(cell);
    if (evidence === 'day-first') dayFirst = true;
    if (evidence === 'month-first') monthFirst = true;
  }
  if (dayFirst && monthFirst) return 'conflict';
  return dayFirst ? 'day-first' : monthFirst ? 'month-first' : 'unsettled';
}

/**
 * {day}, "15/03/2026", "15-03-2026", "15.03.2026", "2026-03-15", "15 mars 2026", "1er mars 2026",
 * "March 15, 2026", "15 March 2026"; "03/15/2026" when the column is month-first. Impossible
 * dates (31/02) and two-digit years (« 10/03/99 ») are refused.
 */
export function parseDay(cell: Cell, order: DateOrder = 'day-first'): Day | undefined {
  if (isDayCell(cell)) return cell.day;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 200_000) return undefined;
    return (SHEETS_EPOCH + Math.floor(cell)) as Day;
  }
  if (typeof cell !== 'string' || cell.length > 100) return undefined;
  const text = cell.trim();
  if (text === '') return undefined;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC_DATE.exec(text);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [day, month] = order === 'day-first' ? [first, second] : [second, first];
    return validDay(Number(match[3]), month, day);
  }
  return dayInWords(text);
}

/** « 15 mars 2026 », « 1er mars 2026 », « March 15, 2026 ». */
function dayInWords(text: string): Day | undefined {
  const words = normalizeKey(text)
    .replace(/\b1er\b/, '1')
    .split(' ');
  if (words.length !== 3) return undefined;
  const [a = '', b = '', c = ''] = words;
  if (/^\d{1,2}$/.test(a) && MONTHS[b] !== undefined && /^\d{4}$/.test(c)) {
    return validDay(Number(c), MONTHS[b] as number, Number(a));
  }
  if (MONTHS[a] !== undefined && /^\d{1,2}$/.test(b) && /^\d{4}$/.test(c)) {
    return validDay(Number(c), MONTHS[a] as number, Number(b));
  }
  return undefined;
}

const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,}$/i;

/** RFC 5321 §4.5.3.1.3: a path holds at most 256 characters, so an address at most 254. */
const ADDRESS_MAX_LENGTH = 254;

/**
 * Several addresses per cell, separated by « ; », « , » or new lines; « Nom <a@b.fr> » and
 * « "Dupont, Jean" <a@b.fr> » accepted. A piece with spaces is read as several addresses only
 * when every word is one; else the whole piece is invalid (« jean dupont@x.fr » is never sent
 * to « dupont@x.fr »). Addresses differing only by case are one recipient. Linear in the cell's
 * length: each character is looked at a bounded number of times.
 */
export function parseEmails(cell: Cell): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  if (typeof cell !== 'string') {
    if (typeof cell === 'number' || typeof cell === 'boolean') invalid.push(String(cell));
    return { valid, invalid };
  }
  const seen = new Set<string>();
  for (const raw of splitAddressList(cell)) {
    const piece = raw.trim().replace(/^mailto:/i, '');
    if (piece === '') continue;
    const words = piece.length > ADDRESS_MAX_LENGTH ? [piece] : piece.split(/\s+/);
    if (!words.every(isAddress)) {
      invalid.push(piece);
      continue;
    }
    for (const word of words) {
      const address = withLowerDomain(word.replace(/^mailto:/i, ''));
      if (seen.has(address.toLowerCase())) continue;
      seen.add(address.toLowerCase());
      valid.push(address);
    }
  }
  return { valid, invalid };
}

function isAddress(text: string): boolean {
  const address = text.replace(/^mailto:/i, '');
  return address.length <= ADDRESS_MAX_LENGTH && EMAIL.test(address);
}

/** The domain is case-blind (RFC 5321 §2.4): written in lower case. */
function withLowerDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}

/** Adds an address to a list of recipients unless one differing only by case is there. */
export function addAddress(to: string[], email: string): void {
  const address = withLowerDomain(email);
  const key = address.toLowerCase();
  if (!to.some((known) => known.toLowerCase() === key)) to.push(address);
}

/**
 * The cell cut at « ; », « , » and line ends, outside quotes; « Nom <a@b.fr> » becomes
 * « a@b.fr ». One pass: a quote or « < » without its end is read as an ordinary character.
 */
function splitAddressList(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let i = 0;
  // A mark once searched for in vain is never searched for again: no later one exists.
  const missing = new Set<string>();
  while (i < text.length) {
    const ch = text[i] ?? '';
    const end = ch === '<' ? '>' : ch === '"' ? '"' : '';
    const close = end !== '' && !missing.has(end) ? text.indexOf(end, i + 1) : -1;
    if (end !== '' && close < 0) missing.add(end);
    if (close >= 0) {
      current = ch === '<' ? text.slice(i + 1, close) : current + text.slice(i + 1, close);
      i = close + 1;
    } else if (ch === ';' || ch === ',' || ch === '\n' || ch === '\r') {
      pieces.push(current);
      current = '';
      i += 1;
    } else {
      current += ch;
      i += 1;
    }
  }
  pieces.push(current);
  return pieces;
}
