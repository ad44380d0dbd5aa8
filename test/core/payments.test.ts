import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { checkEventInput } from '../../src/core/dunning/record-event';
import type { Invoice, JournalEvent, Plan } from '../../src/core/model';
import { sampleRows } from '../../scripts/sample-workbook';
import { day, euros, event, invoice, settings } from '../fixtures';

function planOn(today: string, invoices: Invoice[], events: JournalEvent[] = []): Plan {
  return planDunning({ invoices, events, settings: settings(), today: day(today) });
}

function interestOf(plan: Plan, number: string): number | undefined {
  return plan.standings.find((i) => i.number === number)?.interestCents;
}

describe('penalties on a balance that dated payments lower from the next day (L441-10)', () => {
  // 10 000 € due 1 October 2026, 4 000 € received on 20 October, relevé on 3 November
  // (33 days late; H2 2026 at 12,15 %, the rate of 1 July confirmed as 2,15 % + 10 points).
  const confirmed = [{ from: '2026-07-01', ratePercent: 2.15 }];
  const pd001 = (paidOn: string) =>
    invoice({
      number: 'PD-001',
      due: '2026-10-01',
      amountCents: euros(10000),
      paidCents: euros(4000),
      paymentDate: day(paidOn),
    });
  const planPd = (paidOn: string) =>
    planDunning({
      invoices: [pd001(paidOn)],
      events: [],
      settings: settings({ penalties: { ...settings().penalties, extraEcbRates: confirmed } }),
      today: day('2026-11-03'),
    });

  it('charges PD-001 the full 10 000 € up to the day of payment and 6 000 € after it', () => {
    // 02/10–20/10: 19 days on 10 000 € = 10 000 × 12,15 % × 19/365 = 63,2466 €
    // 21/10–03/11: 14 days on 6 000 €  =  6 000 × 12,15 % × 14/365 = 27,9616 €   → 91,21 €
    // (deducting the 4 000 € from the first day late gave 6 000 × 12,15 % × 33/365 = 65,91 €).
    expect(interestOf(planPd('2026-10-20'), 'PD-001')).toBe(euros(91.21));
  });

  it('gives the 92,54 € of the legal re-read when the 4 000 € arrive on 21 October', () => {
    // 10 000 × 12,15 % × 20/365 + 6 000 × 12,15 % × 13/365 = 66,5753 + 25,9644 = 92,54 €
    expect(interestOf(planPd('2026-10-21'), 'PD-001')).toBe(euros(92.54));
  });

  it('charges the demo’s Hôtel du Port F2026-0128 43,05 € on 1 December 2026', () => {
    // The demo workbook's row: 3 021,55 € due 24/09/2026, 1 208,62 € paid on 29/09/2026.
    const row = sampleRows({ referenceDay: '2026-11-16', invoiceCount: 36 }).find(
      (r) => r[0] === 'F2026-0128',
    );
    expect(
      row?.slice(4, 8).map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)),
    ).toEqual(['2026-09-24', 3021.55, 1208.62, '2026-09-29']);
    const hotel = invoice({
      number: 'F2026-0128',
      client: 'Hôtel du Port',
      due: '2026-09-24',
      amountCents: euros(3021.55),
      paidCents: euros(1208.62),
      paymentDate: day('2026-09-29'),
    });
    // 25/09–29/09: 5 days on 3 021,55 € = 5,0290 €; 30/09–01/12: 63 days on 1 812,93 € = 38,0199 €
    // → 43,05 € (41,04 € when the payment was deducted from the first day late).
    const plan = planDunning({
      invoices: [hotel],
      events: [],
      settings: settings({ penalties: { ...settings().penalties, extraEcbRates: confirmed } }),
      today: day('2026-12-01'),
    });
    expect(interestOf(plan, 'F2026-0128')).toBe(euros(43.05));
  });

  it('lowers the balance at each payment, from the sheet and from the Journal alike', () => {
    // 3 000 € due 31/03/2026 (H1 2026: 2,15 % + 10 = 12,15 %); 1 000 € on 10/04 in the sheet,
    // 1 000 € on 20/04 recorded in the Journal; on 30/04:
    // 3 000 × 10 days + 2 000 × 10 days + 1 000 × 10 days at 12,15 % / 365
    // = 9,9863 + 6,6575 + 3,3288 = 19,97 €
    const twice = invoice({
      number: 'F-3',
      due: '2026-03-31',
      amountCents: euros(3000),
      paidCents: euros(1000),
      paymentDate: day('2026-04-10'),
    });
    const second = event({
      on: '2026-04-21',
      type: 'payment',
      invoices: ['F-3'],
      amountCents: euros(1000),
      date: day('2026-04-20'),
    });
    expect(interestOf(planOn('2026-04-30', [twice], [second]), 'F-3')).toBe(euros(19.97));
  });

  it('splits at 1 July a delay whose payment falls in the second half-year', () => {
    // 10 000 € due 15/06/2025, 5 000 € paid on 05/07/2025, on 15/07/2025:
    // 16/06–30/06: 15 days on 10 000 € at 13,15 % = 54,0411 €
    // 01/07–05/07:  5 days on 10 000 € at 12,15 % = 16,6438 €
    // 06/07–15/07: 10 days on  5 000 € at 12,15 % = 16,6438 €   → 87,33 €
    const across = invoice({
      number: 'F-4',
      due: '2025-06-15',
      amountCents: euros(10000),
      paidCents: euros(5000),
      paymentDate: day('2025-07-05'),
    });
    expect(interestOf(planOn('2025-07-15', [across]), 'F-4')).toBe(euros(87.33));
  });

  it('lowers the balance from 1 July for a payment received on 30 June', () => {
    // 16/06–30/06: 15 days on 10 000 € at 13,15 % = 54,0411 €; 01/07–15/07: 15 days on 5 000 €
    // at 12,15 % = 24,9658 €  → 79,01 €
    const lastDay = invoice({
      number: 'F-5',
      due: '2025-06-15',
      amountCents: euros(10000),
      paidCents: euros(5000),
      paymentDate: day('2025-06-30'),
    });
    expect(interestOf(planOn('2025-07-15', [lastDay]), 'F-5')).toBe(euros(79.01));
  });
});

describe('a payment whose date Relance does not know', () => {
  const undated = invoice({
    number: 'F-6',
    due: '2026-03-02',
    amountCents: euros(1000),
    paidCents: euros(400),
    row: 7,
  });

  it('asks for the date of a partial payment on a late invoice, naming the row and the column', () => {
    const plan = planOn('2026-03-20', [undated]);
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        row: 7,
        column: 'Date de paiement',
        invoice: 'F-6',
        message: expect.stringContaining('Paiement de 400,00\u00a0€ sans date'),
      }),
    );
  });

  it('keeps that invoice out of the run until the date is given: no message, no sum', () => {
    const plan = planOn('2026-03-20', [undated]);
    expect(plan.actions).toEqual([]);
    expect(plan.standings.map((i) => i.number)).toEqual([]);
  });

  it('needs no date before the due date, when the payment cannot have been late', () => {
    const plan = planOn('2026-02-25', [undated]);
    expect(plan.problems).toEqual([]);
    expect(plan.standings[0]?.balanceCents).toBe(euros(600));
  });

  it('refuses a payment dated after the run’s day, in the sheet or in the Journal', () => {
    const ahead = { ...undated, paymentDate: day('2026-03-25') };
    expect(planOn('2026-03-20', [ahead]).problems).toContainEqual(
      expect.objectContaining({
        row: 7,
        column: 'Date de paiement',
        message: expect.stringContaining('après le jour du passage (20/03/2026)'),
      }),
    );
    const typedAhead = event({
      on: '2026-03-18',
      type: 'payment',
      invoices: ['F-7'],
      amountCents: euros(100),
      date: day('2026-03-25'),
    });
    const plan = planOn(
      '2026-03-20',
      [invoice({ number: 'F-7', due: '2026-03-02' })],
      [typedAhead],
    );
    expect(plan.actions).toEqual([]);
    expect(plan.problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('noté dans le Journal à la date du 25/03/2026'),
    );
  });

  it('asks the sidebar for the day a payment was received, and refuses a day to come', () => {
    const context = {
      client: 'Boulangerie Martin',
      today: day('2026-03-20'),
      id: 'E-1',
      balances: new Map([['F-001', euros(1200)]]),
    };
    const input = { clientKey: 'x', type: 'payment' as const, invoices: ['F-001'] };
    expect(checkEventInput({ ...input, amountCents: 50000 }, context)).toEqual({
      ok: false,
      errors: [{ field: 'date', message: 'Indiquez la date à laquelle le paiement a été reçu.' }],
    });
    expect(checkEventInput({ ...input, amountCents: 50000, date: '2026-03-21' }, context)).toEqual({
      ok: false,
      errors: [{ field: 'date', message: 'La date de paiement ne peut pas être à venir.' }],
    });
  });
});
