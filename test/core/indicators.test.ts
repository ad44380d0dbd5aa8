import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { computeIndicators, ratingOf } from '../../src/core/reports/indicators';
import { day, euros, event, invoice, settings } from '../fixtures';

/**
 * Worked by hand, on 31 March 2026:
 *   A (Alpha) issued 10/01, due 09/02, 1 000 €, paid in full on 11/03 (30 days late)
 *   B (Alpha) issued 01/02, due 03/03, 2 000 €, 500 € received on 13/03 → 1 500 € open, 28 days late
 *   C (Beta)  issued 01/03, due 01/04,   600 €, not due
 *   D (Gamma) issued 01/11/2025, due 01/12/2025, 400 €, 120 days late
 */
const invoices = [
  invoice({
    number: 'A',
    client: 'Alpha',
    issueDate: day('2026-01-10'),
    due: '2026-02-09',
    amountCents: euros(1000),
    paidCents: euros(1000),
    paymentDate: day('2026-03-11'),
    markedPaid: true,
  }),
  invoice({
    number: 'B',
    client: 'Alpha',
    issueDate: day('2026-02-01'),
    due: '2026-03-03',
    amountCents: euros(2000),
  }),
  invoice({
    number: 'C',
    client: 'Beta',
    issueDate: day('2026-03-01'),
    due: '2026-04-01',
    amountCents: euros(600),
  }),
  invoice({
    number: 'D',
    client: 'Gamma',
    issueDate: day('2025-11-01'),
    due: '2025-12-01',
    amountCents: euros(400),
  }),
];
const events = [
  event({
    on: '2026-03-13',
    type: 'payment',
    client: 'Alpha',
    invoices: ['B'],
    amountCents: euros(500),
  }),
  event({ on: '2026-03-05', type: 'sent', client: 'Alpha', invoices: ['B'], step: 'reminder-1' }),
  event({ on: '2026-03-20', type: 'sent', client: 'Gamma', invoices: ['D'], step: 'reminder-2' }),
];
const today = day('2026-03-31');
const plan = planDunning({ invoices, events, settings: settings(), today });
const figures = computeIndicators({
  invoices,
  standings: plan.standings,
  events,
  today,
  paymentTermsDays: 30,
});

describe('collection indicators, checked by hand', () => {
  it('totals the receivables and the overdue part', () => {
    expect(figures.receivablesCents).toBe(euros(2500));
    expect(figures.overdueCents).toBe(euros(1900));
  });

  it('ages the balance: not due, 1–30, 31–60, 61–90, over 90 days', () => {
    expect(figures.agedBalance.map((b) => b.cents)).toEqual([
      euros(600),
      euros(1500),
      0,
      0,
      euros(400),
    ]);
  });

  it('computes the DSO as receivables over 90 days of invoicing: 2 500 / 3 600 × 90 = 62.5 days', () => {
    expect(figures.dsoDays).toBe(62.5);
  });

  it('averages the days late of paid invoices (A: 30 days)', () => {
    expect(figures.averageDaysLatePaid).toBe(30);
  });

  it('gives the unpaid rate: 1 900 overdue of 4 000 invoiced over twelve months = 47.5 %', () => {
    expect(figures.unpaidRatePercent).toBe(47.5);
  });

  it('gives March’s recovery rate: 1 500 collected late of 3 400 overdue or falling due = 44.1 %', () => {
    const march = figures.months.find((m) => m.month === '2026-03');
    expect(march).toEqual({
      month: '2026-03',
      invoicedCents: euros(600),
      collectedLateCents: euros(1500),
      recoveryRatePercent: 44.1,
    });
    expect(figures.months).toHaveLength(12);
    expect(figures.months[0]?.month).toBe('2025-04');
  });

  it('sums amounts by state', () => {
    expect(figures.byState).toMatchObject({
      paid: euros(1000),
      active: euros(1900),
      'not-due': euros(600),
    });
  });

  it('rates each client and counts the reminders it needed, most overdue first', () => {
    expect(
      figures.clients.map((c) => [
        c.client,
        c.overdueCents,
        c.averageDaysLate,
        c.reminders,
        c.rating,
      ]),
    ).toEqual([
      ['Alpha', euros(1500), 29, 1, 'chronic'],
      ['Gamma', euros(400), 120, 1, 'chronic'],
      ['Beta', 0, 0, 0, 'punctual'],
    ]);
    expect([ratingOf(0), ratingOf(3), ratingOf(4), ratingOf(20), ratingOf(21)]).toEqual([
      'punctual',
      'punctual',
      'late',
      'late',
      'chronic',
    ]);
  });

  it('counts a row marked "Payée" with a payment date but no paid amount as collected in full', () => {
    const paidRow = invoice({
      number: 'P',
      client: 'Delta',
      due: '2026-02-01',
      amountCents: euros(800),
      markedPaid: true,
      paymentDate: day('2026-02-11'),
    });
    const result = computeIndicators({
      invoices: [paidRow],
      standings: planDunning({ invoices: [paidRow], events: [], settings: settings(), today })
        .standings,
      events: [],
      today,
      paymentTermsDays: 30,
    });
    // February: 800 € fell due on 1 February and came in on the 11th → 100 %.
    expect(result.months.find((m) => m.month === '2026-02')).toMatchObject({
      collectedLateCents: euros(800),
      recoveryRatePercent: 100,
    });
    expect(result.averageDaysLatePaid).toBe(10);
  });

  it('dates a payment completed through the journal by its last payment, not the sheet’s first one', () => {
    // 1 000 € due 1 February; 400 € paid 6 February (sheet), the rest on 3 March (sidebar).
    const partly = invoice({
      number: 'Q',
      client: 'Epsilon',
      due: '2026-02-01',
      amountCents: euros(1000),
      paidCents: euros(400),
      paymentDate: day('2026-02-06'),
    });
    const rest = event({
      on: '2026-03-03',
      type: 'payment',
      client: 'Epsilon',
      invoices: ['Q'],
      amountCents: euros(600),
    });
    const result = computeIndicators({
      invoices: [partly],
      standings: planDunning({ invoices: [partly], events: [rest], settings: settings(), today })
        .standings,
      events: [rest],
      today,
      paymentTermsDays: 30,
    });
    expect(result.receivablesCents).toBe(0);
    expect(result.averageDaysLatePaid).toBe(30);
    expect(result.clients[0]?.rating).toBe('chronic');
  });

  it('is correct on an empty sheet', () => {
    const empty = computeIndicators({
      invoices: [],
      standings: [],
      events: [],
      today,
      paymentTermsDays: 30,
    });
    expect(empty).toMatchObject({
      receivablesCents: 0,
      overdueCents: 0,
      dsoDays: null,
      averageDaysLatePaid: null,
      unpaidRatePercent: null,
      clients: [],
    });
    expect(empty.months.every((m) => m.recoveryRatePercent === null)).toBe(true);
  });
});
