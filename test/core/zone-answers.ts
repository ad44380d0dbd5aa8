/**
 * Child process of zones.test.ts: for each IANA zone given as argument, sets the process's zone
 * (Node reads `process.env.TZ` again when it is assigned) and prints what the core says about a
 * set of days: how they are written and how months are counted from them.
 */
import {
  addMonthsToDay,
  dayFromParts,
  dayOfWeek,
  firstOfMonth,
  formatIsoDay,
  type Day,
} from '../../src/core/values/day';
import {
  formatEnglishDay,
  formatFrenchDay,
  formatMonthYear,
  formatShortFrenchDay,
  formatShortMonthYear,
} from '../../src/core/words/format';

/** Days that some zone skipped or doubled, and the first and last days of a few years. */
function sampleDays(): Day[] {
  const days = [
    dayFromParts(2011, 12, 29),
    dayFromParts(2011, 12, 30), // skipped in Pacific/Apia
    dayFromParts(2011, 12, 31),
    dayFromParts(2018, 11, 4), // midnight daylight saving in America/Sao_Paulo
    dayFromParts(2026, 3, 29),
    dayFromParts(2026, 10, 25),
    dayFromParts(2026, 9, 27), // Pacific/Auckland
  ];
  for (let year = 1990; year <= 2040; year += 7)
    for (const month of [1, 2, 3, 10, 12])
      days.push(dayFromParts(year, month, month === 2 ? 28 : 31));
  return days;
}

function answersAbout(day: Day): string[] {
  return [
    formatIsoDay(day),
    formatFrenchDay(day),
    formatShortFrenchDay(day),
    formatEnglishDay(day),
    formatMonthYear(day, 'fr'),
    formatShortMonthYear(day, 'en'),
    formatIsoDay(firstOfMonth(day)),
    formatIsoDay(addMonthsToDay(day, 1)),
    formatIsoDay(addMonthsToDay(day, -13)),
    String(dayOfWeek(day)),
  ];
}

const answers: Record<string, string[][]> = {};
for (const zone of process.argv.slice(2)) {
  process.env.TZ = zone;
  answers[zone] = sampleDays().map(answersAbout);
}
process.stdout.write(JSON.stringify(answers));
