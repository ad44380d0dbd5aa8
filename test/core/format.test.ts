import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatEnglishDay,
  formatEuros,
  formatFrenchDay,
  formatMonthYear,
  formatShortFrenchDay,
  formatShortMonthYear,
  frenchMonthName,
} from '../../src/core/words/format';
import { addMonthsToDay, firstOfMonth, formatIsoDay } from '../../src/core/values/day';
import { sumCents, type Cents } from '../../src/core/values/money';
import { day } from '../fixtures';

describe('a month’s French name', () => {
  it('is the one a French date writes, accents included', () => {
    expect([1, 2, 8, 12].map((m) => frenchMonthName(m))).toEqual([
      'janvier',
      'février',
      'août',
      'décembre',
    ]);
  });

  it('is empty for a number that is no month', () => {
    expect([0, 13, 1.5, Number.NaN].map((m) => frenchMonthName(m))).toEqual(['', '', '', '']);
  });
});

describe('amounts as people read them', () => {
  it('writes French amounts with no-break spaces', () => {
    expect(formatEuros(123456 as Cents, 'fr')).toBe('1\u00a0234,56\u00a0€');
    expect(formatEuros(-1200 as Cents, 'fr')).toBe('-12,00\u00a0€');
    expect(formatEuros(5 as Cents, 'fr')).toBe('0,05\u00a0€');
    expect(formatEuros(123456789 as Cents, 'en')).toBe('€1,234,567.89');
  });

  it('adds amounts to their exact total, whatever their order', () => {
    expect(sumCents([1999, 1, -500] as Cents[])).toBe(1500);
    expect(sumCents([])).toBe(0);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 })),
        fc.array(fc.integer({ min: -1e9, max: 1e9 })),
        (xs, ys) => {
          const [a, b] = [xs as Cents[], ys as Cents[]];
          expect(sumCents([...a, ...b])).toBe(sumCents(a) + sumCents(b));
          expect(sumCents([...a].reverse())).toBe(sumCents(a));
          if (a[0] !== undefined) expect(sumCents([a[0]])).toBe(a[0]);
        },
      ),
    );
  });
});

describe('dates as people read them', () => {
  it('writes French and English dates', () => {
    expect(formatFrenchDay(day('2026-03-15'))).toBe('15 mars 2026');
    expect(formatFrenchDay(day('2026-05-01'))).toBe('1er mai 2026');
    expect(formatShortFrenchDay(day('2026-03-05'))).toBe('05/03/2026');
    expect(formatEnglishDay(day('2026-08-15'))).toBe('15 August 2026');
    expect(formatMonthYear(day('2026-02-01'))).toBe('février 2026');
    expect(formatMonthYear(day('2026-12-31'), 'en')).toBe('December 2026');
  });

  it('writes short months for tables and chart axes', () => {
    expect(formatShortMonthYear(day('2026-02-10'))).toBe('févr. 2026');
    expect(formatShortMonthYear(day('2026-07-01'))).toBe('juil. 2026');
    expect(formatShortMonthYear(day('2026-09-30'), 'en')).toBe('Sep 2026');
  });

  it('counts months across years and month ends, in any time zone', () => {
    expect(formatIsoDay(firstOfMonth(day('2026-03-31')))).toBe('2026-03-01');
    expect(formatIsoDay(addMonthsToDay(day('2026-01-01'), -11))).toBe('2025-02-01');
    expect(formatIsoDay(addMonthsToDay(day('2026-12-01'), 1))).toBe('2027-01-01');
    expect(formatIsoDay(addMonthsToDay(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(formatIsoDay(addMonthsToDay(day('2026-03-29'), 0))).toBe('2026-03-29');
    expect(formatIsoDay(addMonthsToDay(day('2026-10-25'), 0))).toBe('2026-10-25');
  });
});
