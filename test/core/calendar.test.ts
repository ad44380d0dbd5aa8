import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  easterSunday,
  frenchPublicHolidays,
  isBusinessDay,
  nextBusinessDay,
} from '../../src/core/values/calendar';
import { formatIsoDay } from '../../src/core/values/day';
import { day } from '../fixtures';

const france = { alsaceMoselle: false };
const alsace = { alsaceMoselle: true };

describe('French public holidays', () => {
  it('computes Easter Sunday', () => {
    expect(
      ['2024', '2025', '2026', '2027', '2038'].map((y) => formatIsoDay(easterSunday(Number(y)))),
    ).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });

  it('lists the eleven national holidays of 2026, Ascension on 14 May and Whit Monday on 25 May', () => {
    expect(frenchPublicHolidays(2026, france).map(formatIsoDay)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('adds Good Friday and Saint Stephen’s Day in Alsace-Moselle', () => {
    const extra = frenchPublicHolidays(2026, alsace).filter(
      (d) => !frenchPublicHolidays(2026, france).includes(d),
    );
    expect(extra.map(formatIsoDay)).toEqual(['2026-04-03', '2026-12-26']);
  });
});

describe('business days', () => {
  it('moves a deadline that falls on Easter Monday to Tuesday', () => {
    expect(formatIsoDay(nextBusinessDay(day('2026-04-06'), france))).toBe('2026-04-07');
  });

  it('moves a Saturday deadline to Monday, and 14 July 2026 (a Tuesday) to Wednesday', () => {
    expect(formatIsoDay(nextBusinessDay(day('2026-03-07'), france))).toBe('2026-03-09');
    expect(formatIsoDay(nextBusinessDay(day('2026-07-14'), france))).toBe('2026-07-15');
  });

  it('keeps a business day as it is', () => {
    expect(formatIsoDay(nextBusinessDay(day('2026-03-10'), france))).toBe('2026-03-10');
    expect(isBusinessDay(day('2026-04-03'), france)).toBe(true);
    expect(isBusinessDay(day('2026-04-03'), alsace)).toBe(false);
  });

  it('counts five business days over a weekend and the 1 May and 8 May holidays', () => {
    expect(formatIsoDay(addBusinessDays(day('2026-04-30'), 5, france))).toBe('2026-05-11');
  });
});
