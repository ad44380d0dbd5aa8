import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../src/core/values/calendar';
import { addDays, formatIsoDay, type Day } from '../../src/core/values/day';
import { planDunning } from '../../src/core/dunning/engine';
import type { Action, EventType, Invoice, JournalEvent } from '../../src/core/model';
import { STEP_IDS } from '../../src/core/model';
import { day, euros, invoice, settings } from '../fixtures';

const START = day('2026-01-05');
const CLIENTS = ['Boulangerie Martin', 'Garage Lefèvre', 'Hôtel du Port'];

const invoicesArbitrary = fc
  .array(
    fc.record({
      client: fc.constantFrom(...CLIENTS),
      dueOffset: fc.integer({ min: -60, max: 40 }),
      amount: fc.integer({ min: 50, max: 5000 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((rows) =>
    rows.map((row, i) =>
      invoice({
        number: `F-${i + 1}`,
        client: row.client,
        dueDate: addDays(START, row.dueOffset),
        amountCents: euros(row.amount),
      }),
    ),
  );

/** Which nights the trigger fired, over 90 days. */
const calendarArbitrary = fc.array(fc.boolean(), { minLength: 90, maxLength: 90 });

function journal(actions: readonly Action[], on: Day): JournalEvent[] {
  return actions.map((a, i) => ({
    id: `${formatIsoDay(on)}-${a.key}-${i}`,
    day: on,
    type:
      a.channel === 'phone'
        ? 'call'
        : a.channel === 'registered-letter' || a.channel === 'manual'
          ? 'letter-to-post'
          : 'sent',
    client: a.client,
    invoices: [...a.invoices],
    step: a.step,
    state: 'done',
  }));
}

interface Simulation {
  sent: { on: Day; action: Action }[];
  events: JournalEvent[];
}

function simulate(invoices: Invoice[], nights: boolean[], extra: JournalEvent[] = []): Simulation {
  const events = [...extra];
  const sent: Simulation['sent'] = [];
  nights.forEach((runs, i) => {
    if (!runs) return;
    const today = addDays(START, i);
    const plan = planDunning({ invoices, events, settings: settings(), today });
    for (const action of plan.actions) sent.push({ on: today, action });
    events.push(...journal(plan.actions, today));
  });
  return { sent, events };
}

describe('engine invariants over random invoices, journals and run calendars', () => {
  it('never contacts one client twice within the five-day gap, nor twice a day', () => {
    fc.assert(
      fc.property(invoicesArbitrary, calendarArbitrary, (invoices, nights) => {
        const { sent } = simulate(invoices, nights);
        const byClient = new Map<string, Day[]>();
        for (const { on, action } of sent)
          byClient.set(action.clientKey, [...(byClient.get(action.clientKey) ?? []), on]);
        for (const days of byClient.values()) {
          for (let i = 1; i < days.length; i += 1)
            expect((days[i] as Day) - (days[i - 1] as Day)).toBeGreaterThanOrEqual(5);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('takes each invoice’s late steps in order, none skipped after its first, none twice', () => {
    const late = (step: string) => STEP_IDS.indexOf(step as (typeof STEP_IDS)[number]);
    fc.assert(
      fc.property(invoicesArbitrary, calendarArbitrary, (invoices, nights) => {
        const { sent } = simulate(invoices, nights);
        // After a mise en demeure an invoice falling due goes its own way (a courrier de rappel,
        // then its own notice): the order holds per invoice, not per client.
        for (const { number } of invoices) {
          const steps = sent
            .filter((s) => s.action.invoices.includes(number))
            .map((s) => late(s.action.step))
            .filter((i) => i > 0);
          for (let i = 1; i < steps.length; i += 1)
            expect(steps[i]).toBe((steps[i - 1] as number) + 1);
        }
        for (const client of CLIENTS) {
          const mine = sent.filter((s) => s.action.client === client);
          const first = mine.find((s) => late(s.action.step) > 0);
          if (first === undefined) continue;
          // The first late message is the first reminder unless the oldest invoice is more
          // than 30 days late; never a mise en demeure.
          expect(late(first.action.step)).toBeLessThanOrEqual(late('reminder-2'));
          if (late(first.action.step) > late('reminder-1')) {
            const oldest = Math.min(
              ...invoices.filter((inv) => inv.client === client).map((inv) => inv.dueDate),
            );
            expect(first.on - oldest).toBeGreaterThan(30);
          }
          // No pre-due reminder once the client is chased for a late invoice.
          const afterFirst = mine.slice(mine.indexOf(first));
          expect(afterFirst.filter((s) => s.action.step === 'before-due')).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('dates every next step on a business day', () => {
    fc.assert(
      fc.property(invoicesArbitrary, fc.integer({ min: 0, max: 120 }), (invoices, offset) => {
        const plan = planDunning({
          invoices,
          events: [],
          settings: settings(),
          today: addDays(START, offset),
        });
        for (const inv of plan.standings) {
          if (inv.nextDate !== undefined)
            expect(isBusinessDay(inv.nextDate, { alsaceMoselle: false })).toBe(true);
        }
      }),
    );
  });

  it('plans nothing new when the same day runs twice', () => {
    fc.assert(
      fc.property(
        invoicesArbitrary,
        calendarArbitrary,
        fc.integer({ min: 0, max: 89 }),
        (invoices, nights, extra) => {
          const { events } = simulate(invoices, nights.slice(0, extra));
          const today = addDays(START, extra);
          const first = planDunning({ invoices, events, settings: settings(), today });
          const again = planDunning({
            invoices,
            events: [...events, ...journal(first.actions, today)],
            settings: settings(),
            today,
          });
          expect(again.actions).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('after skipped nights, catches up one step at a time, each after its own minimum gap', () => {
    const gap = new Map(settings().ladder.map((s) => [s.id, s.minGapDays]));
    fc.assert(
      fc.property(invoicesArbitrary, calendarArbitrary, (invoices, nights) => {
        const { sent } = simulate(invoices, [...nights, ...Array<boolean>(60).fill(true)]);
        for (const inv of invoices) {
          const mine = sent.filter((s) => s.action.invoices.includes(inv.number));
          for (let i = 1; i < mine.length; i += 1) {
            const previous = mine[i - 1] as (typeof mine)[number];
            const current = mine[i] as (typeof mine)[number];
            expect(current.on - previous.on).toBeGreaterThanOrEqual(
              gap.get(current.action.step) ?? 0,
            );
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never acts on a paid, disputed, held or promised invoice', () => {
    const answer = fc.constantFrom<EventType>('dispute', 'hold', 'promise', 'payment');
    fc.assert(
      fc.property(
        invoicesArbitrary,
        answer,
        fc.integer({ min: 0, max: 80 }),
        (invoices, type, offset) => {
          const today = addDays(START, offset);
          const events: JournalEvent[] = invoices.map((inv, i) => ({
            id: `answer-${i}`,
            day: addDays(today, -1),
            type,
            client: inv.client,
            invoices: [inv.number],
            state: 'done',
            ...(type === 'promise' ? { date: addDays(today, 10) } : {}),
            ...(type === 'payment' ? { amountCents: inv.amountCents } : {}),
          }));
          const plan = planDunning({ invoices, events, settings: settings(), today });
          expect(plan.actions).toEqual([]);
        },
      ),
    );
  });
});
