/**
 * What Sheets stores for a value a script writes with Range.setValue(s) or Sheet.appendRow.
 * Strings are "interpreted as if they had been entered by a user" (USER_ENTERED): read in the
 * spreadsheet's locale, so that digits, decimal commas, dates, percentages and booleans become
 * numbers, dates and booleans, and a leading "=" makes a formula
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object);
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption: "The values will
 * be parsed as if the user typed them into the UI. Numbers will stay as numbers, but strings may
 * be converted to numbers, dates, etc. following the same rules that are applied when entering
 * text into a cell via the Google Sheets UI").
 * Two exemptions: a leading apostrophe keeps the rest as text and is not shown, and a cell whose
 * number format is plain text ("@") keeps any string as it is
 * (https://support.google.com/docs/answer/56470, "Plain text"). The reference does not say
 * whether an apostrophe typed into a plain-text cell is dropped: it is kept here, the stricter
 * reading (a writer that relies on it being dropped fails offline first).
 * Where the reference is silent on a shape (a number with a "." in a French sheet, a month and
 * year), the string is converted: the stricter reading for a script that must keep text.
 */
import { DateSerial, serialFromInstant, serialOfWallDay, type Cell } from './model';

export interface WriteContext {
  timeZone: string;
  /** Spreadsheet locale, as getSpreadsheetLocale gives it: "fr_FR", "en_US"… */
  locale: string;
  /** The cell's number format is plain text ("@"). */
  plainText: boolean;
  /** The current year in the sheet's zone: a day and month typed alone fall in it. */
  year?: number;
}

export const PLAIN_TEXT_FORMAT = '@';

function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function storeWritten(
  value: unknown,
  context: WriteContext,
): Pick<Cell, 'value' | 'formula'> {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : '#NUM!' };
  if (typeof value === 'boolean') return { value };
  if (isDateObject(value))
    return { value: new DateSerial(serialFromInstant(value.getTime(), context.timeZone)) };
  const text = String(value);
  if (context.plainText) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1)
    return { formula: text, value: evaluateFormula(text) };
  return { value: interpretTyped(text.trim(), context.locale, context.year) ?? text };
}

/** Only the formulas Relance writes are evaluated; any other one reads as "". */
export function evaluateFormula(formula: string): string {
  const link = hyperlinkParts(formula);
  return link === undefined ? '' : link.label;
}

export function hyperlinkParts(formula: string): { url: string; label: string } | undefined {
  const match = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  if (!match) return undefined;
  return {
    url: (match[1] ?? '').replace(/""/g, '"'),
    label: (match[2] ?? '').replace(/""/g, '"'),
  };
}

const isFrench = (locale: string) => /^fr/i.test(locale);

/** The number, date or boolean a typed string becomes; undefined when it stays text. */
export function interpretTyped(
  text: string,
  locale: string,
  year?: number,
): number | boolean | DateSerial | undefined {
  if (text === '') return undefined;
  const bool = typedBoolean(text, locale);
  if (bool !== undefined) return bool;
  const number = typedNumber(text, locale);
  if (number !== undefined) return number;
  return typedDate(text, locale, year);
}

function typedBoolean(text: string, locale: string): boolean | undefined {
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || (isFrench(locale) && upper === 'VRAI')) return true;
  if (upper === 'FALSE' || (isFrench(locale) && upper === 'FAUX')) return false;
  return undefined;
}

/**
 * Digits with an optional sign, thousands separators of the locale, a decimal separator (the
 * locale's, and "." everywhere), an exponent, a trailing "%" or a currency sign: "000123" is
 * 123, "12,5" is 12.5 in a French sheet, "1 234,50 €" is 1234.5.
 */
function typedNumber(text: string, locale: string): number | undefined {
  const french = isFrench(locale);
  let body = text.replace(/^([+-]?)\s*€\s*/, '$1').replace(/\s*€$/, '');
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trim();
  body = french
    ? body.replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '$1')
    : body.replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (french) body = body.replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return undefined;
  const number = Number(body);
  if (!Number.isFinite(number)) return undefined;
  return percent ? number / 100 : number;
}

/**
 * Dates as a user of the locale types them: day/month/year in French ("25/12/2026", also with
 * "-" or "."), month/day/year in English, month/year ("03/2026": the 1st of the month), and the
 * ISO year-month-day everywhere, each with an optional time; and a time alone ("12:30").
 */
function typedDate(text: string, locale: string, year?: number): DateSerial | undefined {
  // A time alone is a fraction of a day on Sheets' day 0 (30/12/1899).
  const timeOnly = typedTime(text);
  if (timeOnly !== undefined) return new DateSerial(timeOnly);
  const [datePart = '', timePart] = text.split(/\s+(?=\d{1,2}:\d{2})/);
  const time = timePart === undefined ? 0 : typedTime(timePart);
  if (time === undefined) return undefined;
  const day = wallDayOf(datePart, locale) ?? partialDayOf(datePart, locale, year);
  if (day === undefined) return undefined;
  return new DateSerial(serialOfWallDay(day.year, day.month, day.day) + time);
}

function wallDayOf(
  text: string,
  locale: string,
): { year: number; month: number; day: number } | undefined {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    const year = fullYear(Number(match[3]), (match[3] ?? '').length);
    return isFrench(locale) ? validDay(year, b, a) : validDay(year, a, b);
  }
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return validDay(Number(match[2]), Number(match[1]), 1);
  return undefined;
}

/**
 * The month names a user of the locale types, whole or abbreviated as Sheets shows them
 * (« mars 2026 », « févr. 2026 », "March 2026"): the first of that month.
 */
const MONTHS: Record<'fr' | 'en', readonly (readonly string[])[]> = {
  fr: [
    ['janvier', 'janv.', 'janv'],
    ['février', 'févr.', 'févr', 'fevrier', 'fevr.'],
    ['mars'],
    ['avril', 'avr.', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil.', 'juil'],
    ['août', 'aout'],
    ['septembre', 'sept.', 'sept'],
    ['octobre', 'oct.', 'oct'],
    ['novembre', 'nov.', 'nov'],
    ['décembre', 'déc.', 'déc', 'decembre'],
  ],
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
};

/**
 * What Sheets also reads as a date when a user types it (the sheet's locale decides the order):
 * a day and month alone (« 12/03 », « 1/2 » in French: the current year) and a month name with
 * a year (« mars 2026 »). The USER_ENTERED rules are the UI's
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), which reads
 * these as dates; a script that must keep such a text writes it in a plain-text cell or with an
 * apostrophe.
 */
function partialDayOf(
  text: string,
  locale: string,
  year: number | undefined,
): { year: number; month: number; day: number } | undefined {
  const short = /^(\d{1,2})[/.-](\d{1,2})$/.exec(text);
  if (short && year !== undefined) {
    const [a, b] = [Number(short[1]), Number(short[2])];
    return isFrench(locale) ? validDay(year, b, a) : validDay(year, a, b);
  }
  const named = /^(\S+)\s+(\d{4})$/u.exec(text);
  if (!named) return undefined;
  const name = (named[1] ?? '').toLowerCase();
  const index = MONTHS[isFrench(locale) ? 'fr' : 'en'].findIndex((forms) => forms.includes(name));
  return index < 0 ? undefined : validDay(Number(named[2]), index + 1, 1);
}

/** Two-digit years as Sheets reads them: 00–29 in the 2000s, 30–99 in the 1900s. */
function fullYear(year: number, digits: number): number {
  if (digits === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function validDay(year: number, month: number, day: number) {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? undefined : { year, month, day };
}

function typedTime(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const [h, m, s] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (h > 23 || m > 59 || s > 59) return undefined;
  return (h * 3600 + m * 60 + s) / 86_400;
}
