/**
 * Business days in France: weekends and the public holidays of Code du travail L3133-1
 * (1 Jan, Easter Monday, 1 May, 8 May, Ascension, Whit Monday, 14 Jul, 15 Aug, 1 Nov, 11 Nov,
 * 25 Dec), plus Good Friday and 26 Dec in Alsace-Moselle. A deadline that falls on a
 * non-business day moves to the next business day.
 */
import { addDays, dayFromParts, dayOfWeek, partsOfDay, type Day } from './day';

export interface CalendarOptions {
  alsaceMoselle: boolean;
}

/** Easter Sunday, Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

export function frenchPublicHolidays(year: number, options: CalendarOptions): Day[] {
  const easter = easterSunday(year);
  const days = [
    dayFromParts(year, 1, 1),
    addDays(easter, 1), // Easter Monday
    dayFromParts(year, 5, 1),
    dayFromParts(year, 5, 8),
    addDays(easter, 39), // Ascension
    addDays(easter, 50), // Whit Monday
    dayFromParts(year, 7, 14),
    dayFromParts(year, 8, 15),
    dayFromParts(year, 11, 1),
    dayFromParts(year, 11, 11),
    dayFromParts(year, 12, 25),
  ];
  if (options.alsaceMoselle) days.push(addDays(easter, -2), dayFromParts(year, 12, 26));
  return days.sort((x, y) => x - y);
}

/** Holidays per (year, region), computed once: the engine asks hundreds of thousands of times. */
const holidayCache = new Map<string, Set<number>>();

function holidaysOf(year: number, options: CalendarOptions): Set<number> {
  const key = `${year}|${options.alsaceMoselle ? 'am' : 'fr'}`;
  let set = holidayCache.get(key);
  if (set === undefined) {
    set = new Set(frenchPublicHolidays(year, options));
    holidayCache.set(key, set);
  }
  return set;
}

export function isPublicHoliday(day: Day, options: CalendarOptions): boolean {
  return holidaysOf(partsOfDay(day).year, options).has(day);
}

export function isBusinessDay(day: Day, options: CalendarOptions): boolean {
  const weekday = dayOfWeek(day);
  if (weekday === 0 || weekday === 6) return false;
  return !isPublicHoliday(day, options);
}

const nextBusinessCache = { fr: new Map<number, Day>(), am: new Map<number, Day>() };

/** The day itself when it is a business day, else the next one. */
export function nextBusinessDay(day: Day, options: CalendarOptions): Day {
  const cache = options.alsaceMoselle ? nextBusinessCache.am : nextBusinessCache.fr;
  const cached = cache.get(day);
  if (cached !== undefined) return cached;
  let current = day;
  while (!isBusinessDay(current, options)) current = addDays(current, 1);
  if (cache.size > 200_000) cache.clear();
  cache.set(day, current);
  return current;
}

/** `count` business days after `day` (count ≥ 0); 0 gives `day` itself. */
export function addBusinessDays(day: Day, count: number, options: CalendarOptions): Day {
  let current = day;
  let remaining = count;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isBusinessDay(current, options)) remaining -= 1;
  }
  return current;
}

/**
 * A deadline `days` calendar days after `day`, moved to the next business day when it falls on a
 * weekend or a holiday: every date a message states (« au plus tard le … ») is one of these.
 */
export function businessDeadline(day: Day, days: number, options: CalendarOptions): Day {
  return nextBusinessDay(addDays(day, days), options);
}
