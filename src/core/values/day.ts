/**
 * A calendar day with no time of day and no time zone: the number of days since 1970-01-01.
 * An integer keeps the engine fast on 100,000 invoices; ISO strings are used at the edges
 * (JSON, reports, the sidebar). Every computation here is calendar arithmetic on the day's
 * parts, read through UTC: none reads the machine's time zone, so a day is the same day
 * whatever zone the code runs in (a zone that skipped a whole day, as Pacific/Apia did on
 * 30 December 2011, included).
 */

export type Day = number & { readonly __brand: 'Day' };

const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, dayOfMonth: number): Day {
  return Math.floor(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY) as Day;
}

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** Days in use span a few thousand values: remembering their parts spares a Date each time. */
const partsCache = new Map<number, DayParts>();

export function partsOfDay(day: Day): DayParts {
  let parts = partsCache.get(day);
  if (parts === undefined) {
    const date = new Date(day * MS_PER_DAY);
    parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    if (partsCache.size > 200_000) partsCache.clear();
    partsCache.set(day, parts);
  }
  return parts;
}

/** "2026-03-15" */
export function formatIsoDay(day: Day): string {
  const { year, month, day: d } = partsOfDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Strict "YYYY-MM-DD"; undefined when the text is not a real calendar date. */
export function parseIsoDay(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const d = Number(match[3]);
  const day = dayFromParts(year, month, d);
  const parts = partsOfDay(day);
  return parts.year === year && parts.month === month && parts.day === d ? day : undefined;
}

export function addDays(day: Day, count: number): Day {
  return (day + count) as Day;
}

export function differenceInDays(later: Day, earlier: Day): number {
  return later - earlier;
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. 1970-01-01 was a Thursday. */
export function dayOfWeek(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function maxDay(a: Day, b: Day): Day {
  return a > b ? a : b;
}

/** The first day of the day's month. */
export function firstOfMonth(day: Day): Day {
  const { year, month } = partsOfDay(day);
  return dayFromParts(year, month, 1);
}

/** `count` months later (earlier when negative); the 31st becomes the month's last day. */
export function addMonthsToDay(day: Day, count: number): Day {
  const { year, month, day: d } = partsOfDay(day);
  const months = year * 12 + month - 1 + count;
  const targetYear = Math.floor(months / 12);
  const targetMonth = months - targetYear * 12 + 1;
  // Day 0 of the next month is the last day of this one.
  const lastDay = partsOfDay(dayFromParts(targetYear, targetMonth + 1, 0)).day;
  return dayFromParts(targetYear, targetMonth, Math.min(d, lastDay));
}
