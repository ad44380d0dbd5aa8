import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatEnglishDay,
  formatFrenchDay,
  formatMonthYear,
  formatShortFrenchDay,
} from '../../src/core/values/format';
import { formatEuros, sumCents, type Cents } from '../../src/core/values/money';
import { day } from '../fixtures';

describe('amounts as people read them', () => {
  it('writes French amounts with no-break spaces', () => {
    expect(formatEuros(123456 as Cents, 'fr')).toBe('1\u00a0234,56\u00a0€');
    expect(formatEuros(-1200 as Cents, 'fr')).toBe('-12,00\u00a0€');
    expect(formatEuros(5 as Cents, 'fr')).toBe('0,05\u00a0€');
    expect(formatEuros(123456789 as Cents, 'en')).toBe('€1,234,567.89');
  });

  it('adds amounts whatever their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (values) => {
        const cents = values as Cents[];
        expect(sumCents(cents)).toBe(sumCents([...cents].reverse()));
        expect(sumCents([...cents, 0 as Cents])).toBe(sumCents(cents));
      }),
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
});
