import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/core/values/day';
import {
  ecbRateOn,
  lateInterest,
  lateInterestOnBalances,
  legalPenaltyRatePercent,
  recoveryIndemnity,
} from '../../src/core/dunning/penalties';
import { day, euros } from '../fixtures';

const legal = { mode: 'legal' as const, contractualRatePercent: 0, extraRates: [] };

describe('late-payment penalties (L441-10)', () => {
  it('gives the practitioner’s example: 15 000 € × 15 % × 30/365 = 184,93 €', () => {
    const result = lateInterest({
      amountCents: euros(15000),
      dueDate: day('2018-04-15'),
      until: day('2018-05-15'),
      mode: 'contractual',
      contractualRatePercent: 15,
      extraRates: [],
    });
    expect(result.cents).toBe(18493);
    expect(result.periods).toEqual([
      expect.objectContaining({ from: '2018-04-16', to: '2018-05-15', days: 30 }),
    ]);
  });

  it('uses the ECB rate of 1 January or 1 July plus ten points, half-year by half-year', () => {
    const rates = [
      [2023, 1, 12.5],
      [2023, 7, 14],
      [2024, 1, 14.5],
      [2024, 7, 14.25],
      [2025, 1, 13.15],
      [2025, 7, 12.15],
      [2026, 1, 12.15],
    ] as const;
    for (const [year, month, rate] of rates) {
      expect(legalPenaltyRatePercent(dayFromParts(year, month, 15)), `${year}-${month}`).toBe(rate);
    }
  });

  it('splits a delay spanning two half-years at 1 July, each part at its own rate', () => {
    // 10 000 € due 15 June 2025, until 15 July 2025:
    // 16–30 June: 15 days at 13.15 % = 10 000 × 0.1315 × 15/365 = 54.041 €
    // 1–15 July:  15 days at 12.15 % = 10 000 × 0.1215 × 15/365 = 49.931 €   total 103.97 €
    const result = lateInterest({
      amountCents: euros(10000),
      dueDate: day('2025-06-15'),
      until: day('2025-07-15'),
      ...legal,
    });
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.ratePercent])).toEqual([
      ['2025-06-16', '2025-06-30', 15, 13.15],
      ['2025-07-01', '2025-07-15', 15, 12.15],
    ]);
    expect(result.cents).toBe(10397);
  });

  it('owes nothing on the due date itself', () => {
    expect(
      lateInterest({
        amountCents: euros(1000),
        dueDate: day('2026-03-02'),
        until: day('2026-03-02'),
        ...legal,
      }).cents,
    ).toBe(0);
  });

  it('charges interest on the remaining balance after a partial payment', () => {
    const result = lateInterestOnBalances(
      day('2026-03-02'),
      day('2026-03-12'),
      [
        { from: day('2026-03-03'), balanceCents: euros(1000) },
        { from: day('2026-03-08'), balanceCents: euros(500) },
      ],
      legal,
    );
    // 5 days on 1 000 € and 5 days on 500 € at 12.15 %: 1.664 + 0.832 = 2.50 €
    expect(result.cents).toBe(250);
  });

  it('takes the rates a user adds to the shipped table', () => {
    expect(ecbRateOn(day('2027-01-01'))).toBe(2.15);
    expect(
      legalPenaltyRatePercent(day('2027-02-01'), [{ from: '2026-12-16', ratePercent: 1.9 }]),
    ).toBe(11.9);
  });
});

describe('the fixed recovery indemnity (D441-5)', () => {
  const penalties = { indemnityCents: 4000 };
  it('is 40 € for a professional debtor and nothing for a consumer', () => {
    expect(recoveryIndemnity('trader', penalties)).toBe(4000);
    expect(recoveryIndemnity('consumer', penalties)).toBe(0);
  });
});
