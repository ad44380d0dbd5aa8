/**
 * Dates as people read them in letters, emails, the Journal and the dashboard, through date-fns
 * and its locales (no Intl: Apps Script's locale data is not to be relied on).
 */
import { format } from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import { dateOfDay, partsOfDay, type Day } from './day';
import type { Language } from '../model';

const LOCALES = { fr, en: enUS } as const;

const formatDay = (day: Day, pattern: string, language: Language): string =>
  format(dateOfDay(day), pattern, { locale: LOCALES[language] });

/** "nov. 2026", "Nov 2026": a month in a table or on a chart axis. */
export function formatShortMonthYear(day: Day, language: Language = 'fr'): string {
  return formatDay(day, 'MMM yyyy', language);
}

/** "novembre 2026", "November 2026" */
export function formatMonthYear(day: Day, language: Language = 'fr'): string {
  return formatDay(day, 'MMMM yyyy', language);
}

/** "15 mars 2026", "1er mai 2026" (the French ordinal on the first of the month only) */
export function formatFrenchDay(day: Day): string {
  return formatDay(day, partsOfDay(day).day === 1 ? 'do MMMM yyyy' : 'd MMMM yyyy', 'fr');
}

/** "15/03/2026" */
export function formatShortFrenchDay(day: Day): string {
  return formatDay(day, 'dd/MM/yyyy', 'fr');
}

/** "15 March 2026" */
export function formatEnglishDay(day: Day): string {
  return formatDay(day, 'd MMMM yyyy', 'en');
}

export function formatDayFor(language: Language, day: Day): string {
  return language === 'en' ? formatEnglishDay(day) : formatFrenchDay(day);
}
