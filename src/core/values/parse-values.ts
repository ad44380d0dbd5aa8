/**
 * Reading what people type in invoice sheets: amounts, dates and email addresses, the French
 * way and the English way. Parsing happens once, at the edge; everything after works on Day and
 * Cents. Nothing here throws: an unreadable value is `undefined` and the caller says why.
 */
import type { Cell } from '../sheets/cells';
import { isDayCell, isFormulaError } from '../sheets/cells';
import { dayFromParts, partsOfDay, type Day } from './day';
import type { Cents } from './money';

/** Lower case, accents stripped, punctuation and spaces collapsed: "N° Facture" → "n facture". */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * What a user typed as an invoice number or a client name, as Relance keeps and prints it: Unicode
 * NFC, so that « É » typed as one character or as E and a combining accent are one text; outer
 * spaces dropped. NFC changes how a character is encoded, never what it shows: « № 12 » and
 * « ＦＡ００１ » print as typed. Two numbers are compared on invoiceKey.
 */
export function keyText(text: string): string {
  return text.normalize('NFC').trim();
}

/**
 * The form in which two invoice numbers are compared (the invoice tab's rows with each other, the
 * Journal's with the tab's), never printed: Unicode NFKC, so that a number retyped in full-width
 * characters (« ＦＡ００１ ») or with a compatibility sign is the same invoice; outer spaces
 * dropped. Case and inner spaces are kept: « F-1a » and « F-1A » stay apart.
 */
export function invoiceKey(number: string): string {
  return number.normalize('NFKC').trim();
}

/**
 * The key that says which rows are one client (issue 11): Unicode-normalised (NFKC, so that
 * full-width and compatibility forms fold), lower-cased, accents dropped on Latin letters only
 * (« Hôtel » is « Hotel », but « й » stays apart from « и »), every run of signs and spaces made
 * one space. Letters of any script are kept, never stripped: two distinct names never share a
 * key. A name made only of signs keeps its signs.
 */
export function clientNameKey(name: string): string {
  const folded = name
    .normalize('NFKC')
    .trim()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
  const words = folded.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
  return words !== '' ? words : folded.replace(/\s+/g, ' ').trim();
}

/**
 * The client of a row: its explicit client id when the sheet has one (« Code client »), which
 * is the only way two spellings of a name become one client; else its name's key.
 */
export function clientKeyOf(name: string, clientId = ''): string {
  const id = clientNameKey(clientId);
  return id === '' ? `nom:${clientNameKey(name)}` : `id:${id}`;
}

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** Round half away from zero to the cent: 0.005 € is a cent, as accountants round. */
function toCents(value: number): Cents {
  const scaled = value * 100;
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-9);
  return (rounded === 0 ? 0 : rounded) as Cents;
}

/** Why a money cell cannot be read: the caller words it for the user. */
export type AmountFault = 'unreadable' | 'decimals' | 'currency';

export type AmountReading = { cents: Cents } | { fault: AmountFault };

/** Any currency other than the euro, by symbol or ISO code: Relance chases in euros only. */
const CURRENCY_SIGNS = /[$£¥₣₤₹₽₺₩₪₫฿₴₦]/;
const CURRENCY_CODE = /^(?:[a-z]{3}|fr|frs)$/i;

function otherCurrency(text: string): boolean {
  return CURRENCY_SIGNS.test(text) || CURRENCY_CODE.test(text.replace(/[^a-z]/gi, ''));
}

/**
 * "1 234,56 €", "1234.56", "1 234 €", "1.234,56", "1,234.56", "EUR 12", sheet numbers.
 * A lone separator followed by exactly three digits ("1.234", "1,234") is a thousands
 * separator when the digits before it could be a group (one to three, not 0); otherwise it is
 * the decimal mark, and more than two decimals ("1234,565") is a fault, not a thousandfold
 * amount. Sheet numbers are rounded to the cent (a formula's 1234.5600000001).
 */
export function readAmount(cell: Cell): AmountReading {
  if (typeof cell === 'number') {
    const cents = toCents(cell);
    return Number.isSafeInteger(cents) ? { cents } : { fault: 'unreadable' };
  }
  if (typeof cell !== 'string' || isFormulaError(cell)) return { fault: 'unreadable' };
  let text = cell
    .trim()
    .replace(/€|eur(os?)?/gi, '')
    .replace(SPACES, '');
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
    const grouping = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
    normalized = grouping ? `${whole}${fraction}` : `${whole}.${fraction}`;
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

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** Sheets counts dates from 1899-12-30: a bare number in a date column is such a serial. */
const SHEETS_EPOCH = dayFromParts(1899, 12, 30);

/**
 * {day}, "15/03/2026", "15/3/26", "15-03-2026", "15.03.2026", "2026-03-15", "15 mars 2026",
 * "1er mars 2026", "March 15, 2026", "15 March 2026". Impossible dates (31/02) are refused.
 */
export function parseDay(cell: Cell): Day | undefined {
  if (isDayCell(cell)) return cell.day;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 200_000) return undefined;
    return (SHEETS_EPOCH + Math.floor(cell)) as Day;
  }
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (text === '') return undefined;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (match) return validDay(fullYear(match[3] ?? ''), Number(match[2]), Number(match[1]));
  const words = normalizeKey(text)
    .replace(/\b1er\b/, '1')
    .split(' ');
  if (words.length === 3) {
    const [a = '', b = '', c = ''] = words;
    if (/^\d{1,2}$/.test(a) && MONTHS[b] !== undefined && /^\d{4}$/.test(c)) {
      return validDay(Number(c), MONTHS[b] as number, Number(a));
    }
    if (MONTHS[a] !== undefined && /^\d{1,2}$/.test(b) && /^\d{4}$/.test(c)) {
      return validDay(Number(c), MONTHS[a] as number, Number(b));
    }
  }
  return undefined;
}

const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,}$/i;

/** Several addresses per cell, separated by ; , spaces or new lines; "Nom <a@b.fr>" accepted. */
export function parseEmails(cell: Cell): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  if (typeof cell !== 'string') {
    if (typeof cell === 'number' || typeof cell === 'boolean') invalid.push(String(cell));
    return { valid, invalid };
  }
  const withoutNames = cell.replace(/[^<>;,\n]*<([^>]*)>/g, ' $1 ');
  for (const raw of withoutNames.split(/[;,\s]+/)) {
    const candidate = raw.trim().replace(/^mailto:/i, '');
    if (candidate === '') continue;
    if (!EMAIL.test(candidate)) {
      invalid.push(candidate);
      continue;
    }
    const at = candidate.lastIndexOf('@');
    const address = `${candidate.slice(0, at)}@${candidate.slice(at + 1).toLowerCase()}`;
    if (!valid.includes(address)) valid.push(address);
  }
  return { valid, invalid };
}
