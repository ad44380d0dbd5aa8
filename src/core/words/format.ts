/**
 * Dates as people read them in letters, emails, the Journal and the dashboard: month names and
 * the French « 1er » from date-fns's locales (no Intl: Apps Script's locale data is not to be
 * relied on), the numbers from the day's own parts, so no Date and no time zone is involved.
 */
import type { Month } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { partsOfDay, type Day } from '../values/day';
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
