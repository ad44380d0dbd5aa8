/** Wall-clock times in an IANA zone, for the simulated clock (Node has full ICU). */

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = wallClockFormatter(timeZone).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** What the wall clock in `timeZone` shows at `instantMs`, as milliseconds of a UTC date. */
export function wallClockMs(instantMs: number, timeZone: string): number {
  return instantMs + zoneOffsetMs(instantMs, timeZone);
}

const INSTANTS = new Map<string, number>();

/** The instant at which the wall clock in `timeZone` shows `isoDay` at `hour`:`minute`. */
export function zonedInstant(isoDay: string, hour: number, minute: number, timeZone: string): Date {
  // Sheets hold the same few hundred days many times over: each is computed once.
  const key = `${isoDay} ${hour}:${minute} ${timeZone}`;
  const known = INSTANTS.get(key);
  if (known !== undefined) return new Date(known);
  if (INSTANTS.size > 100_000) INSTANTS.clear();
  const instant = computeZonedInstant(isoDay, hour, minute, timeZone);
  INSTANTS.set(key, instant.getTime());
  return instant;
}

function computeZonedInstant(isoDay: string, hour: number, minute: number, timeZone: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  const first = guess - zoneOffsetMs(guess, timeZone);
  // A second pass settles days when the offset changes (daylight saving) between guess and answer.
  return new Date(guess - zoneOffsetMs(first, timeZone));
}

/** "YYYY-MM-DD" of an instant in a zone. */
export function isoDayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
