/**
 * Penalties and indemnities a message claimed on an invoice that the client then paid late stay
 * on its account until paid or waived (L441-10: penalties run to the day of payment; D441-5:
 * 40 € for any late payment). The case is the demo's Hôtel du Port: F2026-0104 was claimed with
 * F2026-0128 in a courrier de rappel (2 × 40 €), then paid; the mise en demeure that followed
 * claimed 40 € only.
 */
import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { amountOwed, checkEventInput } from '../../src/core/dunning/record-event';
import { buildTemplateVariables } from '../../src/core/messages/variables';
import type { Indicators } from '../../src/core/reports/indicators';
import { listOpenClients } from '../../src/core/reports/client-list';
import { buildClientView } from '../../src/core/plan/views';
import { EVENT_TYPE_LABELS } from '../../src/core/words/labels';
import type { Invoice, JournalEvent, Plan } from '../../src/core/model';
import { day, euros, event, invoice, settings } from '../fixtures';

const CLIENT = 'Hôtel du Port';
// The H2 2026 ECB rate confirmed (2,15 %): 12,15 % for the whole case.
const firm = settings({
  penalties: {
    ...settings().penalties,
    extraEcbRates: [{ from: '2026-07-01', ratePercent: 2.15 }],
  },
});
const invoices: Invoice[] = [
  invoice({
    number: 'F2026-0104',
    client: CLIENT,
    due: '2026-09-06',
    amountCents: euros(470.61),
    paidCents: euros(188.24),
    paymentDate: day('2026-09-11'),
    address: '1 quai Franklin, 56100 Lorient',
  }),
  invoice({
    number: 'F2026-0128',
    client: CLIENT,
    due: '2026-09-24',
    amountCents: euros(3021.55),
    paidCents: euros(1208.62),
    paymentDate: day('2026-09-29'),
    address: '1 quai Franklin, 56100 Lorient',
  }),
];
const both = ['F2026-0104', 'F2026-0128'];
const ladder: JournalEvent[] = [
  event({ on: '2026-10-01', client: CLIENT, invoices: both, step: 'reminder-1' }),
  event({ on: '2026-10-09', type: 'call', client: CLIENT, invoices: both, step: 'phone-call' }),
  event({ on: '2026-11-16', client: CLIENT, invoices: both, step: 'reminder-2' }),
];
const paidRest = event({
  on: '2026-11-20',
  type: 'payment',
  client: CLIENT,
  invoices: ['F2026-0104'],
  amountCents: euros(282.37),
  date: day('2026-11-20'),
});

function planOn(today: string, events: JournalEvent[], base = firm): Plan {
  return planDunning({ invoices, events, settings: base, today: day(today) });
}

function noticeVariables(events: JournalEvent[], base = firm) {
  const plan = planOn('2026-12-01', events, base);
  const action = plan.actions.find((a) => a.client === CLIENT);
  if (action === undefined) throw new Error('no action for Hôtel du Port');
  expect(action.step).toBe('demand-letter');
  return {
    action,
    variables: buildTemplateVariables({
      action,
      invoices,
      standings: plan.standings,
      settings: base,
      today: day('2026-12-01'),
      events,
    }),
  };
}

describe('penalties claimed on an invoice the client then paid late', () => {
  it('keeps F2026-0104’s 40 € and its penalties to its payment day in the mise en demeure', () => {
    const { action, variables } = noticeVariables([...ladder, paidRest]);
    expect(action.invoices).toEqual(['F2026-0128']);
    expect(action.keptInvoices).toEqual(['F2026-0104']);
    // F2026-0104 to its payment on 20/11: 07/09–11/09, 5 days on 470,61 € = 0,7833 €;
    // 12/09–20/11, 70 days on 282,37 € = 6,5795 €  → 7,36 €.
    // F2026-0128 to 01/12: 5 days on 3 021,55 € + 63 days on 1 812,93 € = 43,05 €.
    // Penalties 50,41 €; indemnities 2 × 40 €; principal 1 812,93 €; claimed 1 943,34 €.
    expect(variables['penalites']).toBe('50,41\u00a0€');
    expect(variables['indemnite_detail']).toBe('2 × 40,00\u00a0€ = 80,00\u00a0€');
    expect(variables['total_du']).toBe('1\u00a0812,93\u00a0€');
    expect(variables['total_reclame']).toBe('1\u00a0943,34\u00a0€');
  });

  it('lists among the unpaid invoices only the one still owed', () => {
    const { variables } = noticeVariables([...ladder, paidRest]);
    expect((variables['factures'] as { numero: string }[]).map((l) => l.numero)).toEqual([
      'F2026-0128',
    ]);
  });

  it('drops them once the user waives them in the sidebar (« Pénalités abandonnées »)', () => {
    const waived = event({
      on: '2026-11-25',
      type: 'penalties-waived',
      client: CLIENT,
      invoices: ['F2026-0104'],
    });
    const { action, variables } = noticeVariables([...ladder, paidRest, waived]);
    expect(action.keptInvoices).toBeUndefined();
    expect(variables['indemnite_detail']).toBe('1 × 40,00\u00a0€ = 40,00\u00a0€');
    expect(variables['penalites']).toBe('43,05\u00a0€');
  });

  it('drops them once the client pays them on top of the principal', () => {
    const paidPenalties = event({
      on: '2026-11-27',
      type: 'payment',
      client: CLIENT,
      invoices: ['F2026-0104'],
      amountCents: euros(47.36),
      date: day('2026-11-27'),
    });
    const { action } = noticeVariables([...ladder, paidRest, paidPenalties]);
    expect(action.keptInvoices).toBeUndefined();
  });

  it('keeps what remains when the client pays part of them', () => {
    const part = event({
      on: '2026-11-27',
      type: 'payment',
      client: CLIENT,
      invoices: ['F2026-0104'],
      amountCents: euros(7.36),
      date: day('2026-11-27'),
    });
    const plan = planOn('2026-12-01', [...ladder, paidRest, part]);
    expect(plan.standings.find((p) => p.number === 'F2026-0104')).toMatchObject({
      state: 'paid',
      interestCents: 0,
      indemnityCents: euros(40),
    });
  });

  it('keeps nothing on an invoice paid before any message claimed its penalties', () => {
    const courteous = ladder.slice(0, 1);
    const early = event({
      on: '2026-10-05',
      type: 'payment',
      client: CLIENT,
      invoices: ['F2026-0104'],
      amountCents: euros(282.37),
      date: day('2026-10-05'),
    });
    const plan = planOn('2026-10-20', [...courteous, early]);
    expect(plan.standings.find((p) => p.number === 'F2026-0104')).toMatchObject({
      state: 'paid',
      interestCents: 0,
      indemnityCents: 0,
    });
  });
});

describe('waiving or collecting kept penalties from the sidebar', () => {
  const plan = planOn('2026-12-01', [...ladder, paidRest]);
  const kept = plan.standings.find((p) => p.number === 'F2026-0104');
  const context = {
    client: CLIENT,
    today: day('2026-12-01'),
    id: 'W-1',
    balances: new Map(plan.standings.map((p) => [p.number, amountOwed(p)])),
  };

  it('records « Pénalités abandonnées » on the invoice the user picks, in the Journal', () => {
    const input = { clientKey: 'x', type: 'penalties-waived' as const, invoices: ['F2026-0104'] };
    expect(checkEventInput(input, context)).toMatchObject({
      ok: true,
      event: { type: 'penalties-waived', invoices: ['F2026-0104'], day: day('2026-12-01') },
    });
    expect(EVENT_TYPE_LABELS['penalties-waived'].fr).toBe('Pénalités abandonnées');
    expect(checkEventInput({ ...input, invoices: [] }, context)).toMatchObject({
      ok: false,
      errors: [{ field: 'invoices', message: 'Choisissez au moins une facture.' }],
    });
  });

  it('accepts a payment of the 47,36 € kept on the paid invoice, and no more', () => {
    expect(kept).toMatchObject({ interestCents: euros(7.36), indemnityCents: euros(40) });
    const input = {
      clientKey: 'x',
      type: 'payment' as const,
      invoices: ['F2026-0104'],
      date: '2026-12-01',
    };
    expect(checkEventInput({ ...input, amountCents: 4736 }, context).ok).toBe(true);
    expect(checkEventInput({ ...input, amountCents: 4737 }, context).ok).toBe(false);
  });

  it('shows the paid invoice in the client’s view while its penalties are owed', () => {
    const view = buildClientView(invoices[0]?.clientKey ?? '', plan.standings, [], {
      clients: [],
    } as unknown as Indicators);
    expect(view?.invoices.map((i) => [i.number, i.interestCents + i.indemnityCents])).toEqual([
      ['F2026-0104', euros(47.36)],
      ['F2026-0128', expect.any(Number)],
    ]);
  });
});

describe('a client whose invoices are all paid but penalties are kept', () => {
  it('stays in the sidebar’s client list, with no open balance, to collect or waive them', () => {
    const paidAll = event({
      on: '2026-11-21',
      type: 'payment',
      client: CLIENT,
      invoices: ['F2026-0128'],
      amountCents: euros(1812.93),
      date: day('2026-11-21'),
    });
    const plan = planOn('2026-12-01', [...ladder, paidRest, paidAll]);
    expect(listOpenClients(plan.standings)).toEqual([
      { client: CLIENT, clientKey: invoices[0]?.clientKey, openBalanceCents: 0 },
    ]);
  });
});

describe('an invoice the sheet marks « Payée » on a day, with no amount', () => {
  it('takes what was left as paid that day, the Journal’s earlier payments kept apart', () => {
    const marked: Invoice = {
      ...(invoices[0] as Invoice),
      paidCents: euros(0),
      markedPaid: true,
      paymentDate: day('2026-11-20'),
    };
    const part = event({
      on: '2026-09-11',
      type: 'payment',
      client: CLIENT,
      invoices: ['F2026-0104'],
      amountCents: euros(188.24),
      date: day('2026-09-11'),
    });
    const plan = planDunning({
      invoices: [marked, invoices[1] as Invoice],
      events: [...ladder, part],
      settings: firm,
      today: day('2026-12-01'),
    });
    // The same days and balances as the payment of 282,37 € on 20/11: 7,36 € kept, with 40 €.
    expect(plan.standings.find((p) => p.number === 'F2026-0104')).toMatchObject({
      state: 'paid',
      interestCents: euros(7.36),
      indemnityCents: euros(40),
    });
  });
});
