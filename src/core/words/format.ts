/**
 * Dates as people read them in letters, emails, the Journal and the dashboard: month names and
 * the French « 1er » from date-fns's locales (no Intl: Apps Script's locale data is not to be
 * relied on), the numbers from the day's own parts, so no Date and no time zone is involved.
 */
import type { Month } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { partsOfDay, type Day } from '../values/day';
import type { Cents } from '../values/money';
import type { Language } from '../model';

const LOCALES = { fr, en: enUS } as const;

const twoDigits = (n: number): string => String(n).padStart(2, '0');
const fourDigits = (n: number): string => String(n).padStart(4, '0');

/** "mars", "March" (`wide`); "févr.", "Sep" (`abbreviated`): as in a date, not standing alone. */
function monthName(day: Day, width: 'wide' | 'abbreviated', language: Language): string {
  return LOCALES[language].localize.month((partsOfDay(day).month - 1) as Month, {
    width,
    context: 'formatting',
  });
}

/** "mars" for 3: a month's French name as in a date; '' for a number that is no month. */
export function frenchMonthName(month: number): string {
  return Number.isInteger(month) && month >= 1 && month <= 12
    ? fr.localize.month((month - 1) as Month, { width: 'wide', context: 'formatting' })
    : '';
}

/** "nov. 2026", "Nov 2026": a month in a table or on a chart axis. */
export function formatShortMonthYear(day: Day, language: Language = 'fr'): string {
  return `${monthName(day, 'abbreviated', language)} ${fourDigits(partsOfDay(day).year)}`;
}

/** "novembre 2026", "November 2026" */
export function formatMonthYear(day: Day, language: Language = 'fr'): string {
  return `${monthName(day, 'wide', language)} ${fourDigits(partsOfDay(day).year)}`;
}

/** "15 mars 2026", "1er mai 2026" (the French ordinal on the first of the month only) */
export function formatFrenchDay(day: Day): string {
  const { day: d, year } = partsOfDay(day);
  const dayOfMonth = d === 1 ? fr.localize.ordinalNumber(1, { unit: 'date' }) : String(d);
  return `${dayOfMonth} ${monthName(day, 'wide', 'fr')} ${fourDigits(year)}`;
}

/** "15/03/2026" */
export function formatShortFrenchDay(day: Day): string {
  const { year, month, day: d } = partsOfDay(day);
  return `${twoDigits(d)}/${twoDigits(month)}/${fourDigits(year)}`;
}

/** "15 March 2026" */
export function formatEnglishDay(day: Day): string {
  const { year, day: d } = partsOfDay(day);
  return `${d} ${monthName(day, 'wide', 'en')} ${fourDigits(year)}`;
}

const LONG_DAY: Record<Language, (day: Day) => string> = {
  fr: formatFrenchDay,
  en: formatEnglishDay,
};

/** A day in a sentence: « 1er mai 2026 », « 1 May 2026 ». */
export function formatDayFor(language: Language, day: Day): string {
  return LONG_DAY[language](day);
}

const SHORT_DAY: Record<Language, (day: Day) => string> = {
  fr: formatShortFrenchDay,
  en: formatEnglishDay,
};

/** A day in a table's cell: « 01/05/2026 », « 1 May 2026 ». */
export function formatShortDayFor(language: Language, day: Day): string {
  return SHORT_DAY[language](day);
}

/**
 * French amounts are written "1 234,56 €": a no-break space (U+00A0) between thousands and
 * before the sign; English ones "€1,234.56". Our own code: Apps Script's Intl locale data is not
 * to be relied on.
 */
export function formatEuros(amount: Cents, language: Language = 'fr'): string {
  const absolute = Math.abs(amount);
  const units = Math.floor(absolute / 100);
  const { group, write } = EUROS[language];
  const grouped = String(units).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return write(amount < 0 ? '-' : '', grouped, String(absolute % 100).padStart(2, '0'));
}

/** How each language writes euros. */
const EUROS: Record<Language, { group: string; write: (...parts: string[]) => string }> = {
  fr: { group: '\u00a0', write: (sign, units, cents) => `${sign}${units},${cents}\u00a0€` },
  en: { group: ',', write: (sign, units, cents) => `${sign}€${units}.${cents}` },
};
