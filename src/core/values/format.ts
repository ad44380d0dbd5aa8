/** Dates as people read them in letters and emails; our own code, no Intl. */
import { partsOfDay, type Day } from './day';
import type { Language } from '../model';

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const SHORT_MONTHS: Record<Language, readonly string[]> = {
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "nov. 2026", "Nov 2026": a month in a table or on a chart axis. */
export function formatShortMonthYear(day: Day, language: Language = 'fr'): string {
  const { year, month } = partsOfDay(day);
  return `${SHORT_MONTHS[language][month - 1] ?? ''} ${year}`;
}

/** "novembre 2026", "November 2026" */
export function formatMonthYear(day: Day, language: Language = 'fr'): string {
  const { year, month } = partsOfDay(day);
  return `${(language === 'fr' ? MONTHS_FR : MONTHS_EN)[month - 1] ?? ''} ${year}`;
}

/** "15 mars 2026", "1er mai 2026" */
export function formatFrenchDay(day: Day): string {
  const { year, month, day: d } = partsOfDay(day);
  return `${d === 1 ? '1er' : d} ${MONTHS_FR[month - 1] ?? ''} ${year}`;
}

/** "15/03/2026" */
export function formatShortFrenchDay(day: Day): string {
  const { year, month, day: d } = partsOfDay(day);
  return `${String(d).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** "15 March 2026" */
export function formatEnglishDay(day: Day): string {
  const { year, month, day: d } = partsOfDay(day);
  return `${d} ${MONTHS_EN[month - 1] ?? ''} ${year}`;
}

export function formatDayFor(language: Language, day: Day): string {
  return language === 'en' ? formatEnglishDay(day) : formatFrenchDay(day);
}
