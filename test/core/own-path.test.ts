import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADERS, sampleRows } from '../../scripts/sample-workbook';
import { planDunning } from '../../src/core/dunning/engine';
import { toExecutionPlan } from '../../src/core/plan/execution';
import type { Action, Invoice, JournalEvent, Plan } from '../../src/core/model';
import type { Cell } from '../../src/core/values/cells';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { isBusinessDay } from '../../src/core/values/calendar';
import { addDays, formatIsoDay, type Day } from '../../src/core/values/day';
import { day, euros, event, invoice, settings } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

const CLIENT = 'Hôtel du Port';
/** F-1 (1 200 €) due Monday 2 March 2026, chased up to its mise en demeure posted 2 April. */
const f1 = invoice({ number: 'F-1', client: CLIENT, due: '2026-03-02', amountCents: euros(1200) });
/** F-2 (800 €) falls due on Friday 10 April, after the mise en demeure. */
const f2 = invoice({ number: 'F-2', client: CLIENT, due: '2026-04-10', amountCents: euros(800) });
const on = (date: string, rest: Partial<JournalEvent>) =>
  event({ on: date, client: CLIENT, invoices: ['F-1'], ...rest });
const history: JournalEvent[] = [
  on('2026-03-04', { step: 'reminder-1' }),
  on('2026-03-10', { step: 'phone-call', type: 'call', detail: 'Paiera fin mars' }),
  on('2026-03-17', { step: 'reminder-2' }),
  on('2026-04-01', { step: 'demand-letter', type: 'letter-to-post', state: 'to-do' }),
  on('2026-04-02', {
    step: 'demand-letter',
    type: 'registered-letter-posted',
    date: day('2026-04-02'),
    detail: '1A 123 456 7890 1',
  }),
  on('2026-04-02', { step: 'demand-letter', type: 'sent' }),
];

function planOn(today: string, events: JournalEvent[] = history): Plan {
  return planDunning({ invoices: [f1, f2], events, settings: firm, today: day(today) });
}

const stepsOf = (plan: Plan) => plan.actions.map((a) => `${a.step}:${a.invoices.join('+')}`);

describe('an invoice falling due after a mise en demeure', () => {
  it('is left out of the recourse, which lists only the invoice whose notice expired', () => {
    // F-1: presented Tuesday 7 April (J+2 past Easter Monday), deadline Wednesday 15 April;
    // posting + 15 days = Friday 17 April.
    expect(stepsOf(planOn('2026-04-17'))).toEqual(['court-claim:F-1']);
  });

  it('gets its own courrier de rappel, with the relevé, 15 days after its due date', () => {
    const recourse = planOn('2026-04-17').actions[0] as Action;
    const events = [
      ...history,
      event({
        on: '2026-04-17',
        client: CLIENT,
        invoices: ['F-1'],
        step: 'court-claim',
        type: 'task',
        state: 'to-do',
      }),
    ];
    expect(recourse.step).toBe('court-claim');
    // 10 April + 15 = Saturday 25 April: Monday 27 April.
    const plan = planOn('2026-04-27', events);
    expect(stepsOf(plan)).toEqual(['reminder-2:F-2']);
    const [step] = toExecutionPlan({
      plan,
      invoices: [f1, f2],
      settings: firm,
      today: day('2026-04-27'),
      mode: 'nightly',
      events,
    }).steps;
    expect(step?.statement).toBeDefined();
    expect(step?.message.letter).toContain('F-2');
    expect(step?.message.letter).not.toContain('F-1');
  });

  it('then its own mise en demeure, citing only its own reminder', () => {
    const events = [
      ...history,
      event({
        on: '2026-04-17',
        client: CLIENT,
        invoices: ['F-1'],
        step: 'court-claim',
        type: 'task',
        state: 'to-do',
      }),
      event({ on: '2026-04-27', client: CLIENT, invoices: ['F-2'], step: 'reminder-2' }),
    ];
    // Due + 30 = Sunday 10 May; 15 days after the courrier of 27 April = Tuesday 12 May.
    expect(planOn('2026-05-11', events).actions).toEqual([]);
    const plan = planOn('2026-05-12', events);
    expect(stepsOf(plan)).toEqual(['demand-letter:F-2']);
    const [step] = toExecutionPlan({
      plan,
      invoices: [f1, f2],
      settings: firm,
      today: day('2026-05-12'),
      mode: 'nightly',
      events,
    }).steps;
    expect(step?.message.letter).toContain(
      'Malgré notre relance du 27 avril 2026 (courrier de rappel), la facture suivante reste impayée',
    );
  });

  it('is named in the recourse memo as on its way, with its next step and date', () => {
    const plan = planOn('2026-04-17');
    expect(plan.actions[0]?.awaiting).toEqual([
      { invoice: 'F-2', step: 'reminder-2', date: day('2026-04-27') },
    ]);
    const [step] = toExecutionPlan({
      plan,
      invoices: [f1, f2],
      settings: firm,
      today: day('2026-04-17'),
      mode: 'nightly',
      events: history,
    }).steps;
    expect(step?.message.body.replace(/\u00a0/g, ' ')).toContain(
      'Pas encore dans ce recours, faute de mise en demeure expirée : F-2 (courrier de rappel prévu le 27 avril 2026).',
    );
  });
});

/** The demo's 36 invoices, read as the run reads them. */
function demoInvoices(): Invoice[] {
  const toCell = (value: string | number | Date | null): Cell =>
    value === null
      ? ''
      : value instanceof Date
        ? { day: Math.floor(value.getTime() / 86_400_000) as Day }
        : value;
  const rows = sampleRows({ referenceDay: '2026-11-16', invoiceCount: 36 }).map((r) =>
    r.map(toCell),
  );
  const reading = readInvoiceTable([[...SAMPLE_HEADERS], ...rows], { settings: settings() });
  if (!reading.found) throw new Error(reading.text.fr);
  return reading.invoices;
}

function journal(action: Action, today: Day, id: string): JournalEvent {
  const toDo = action.channel === 'registered-letter' || action.channel === 'manual';
  return {
    id,
    day: today,
    type:
      action.channel === 'phone'
        ? 'task'
        : toDo && action.channel !== 'manual'
          ? 'letter-to-post'
          : toDo
            ? 'task'
            : 'sent',
    client: action.client,
    invoices: [...action.invoices],
    step: action.step,
    channel: action.channel,
    state: toDo || action.channel === 'phone' ? 'to-do' : 'done',
  };
}

/**
 * What some clients answer along the way, as the user records it: promises broken, a payment
 * plan with a missed instalment, a dispute opened then settled, a partial payment.
 */
function clientAnswers(night: number, today: Day, plan: Plan): JournalEvent[] {
  const active = plan.standings.filter((p) => p.state === 'active');
  const pick = (i: number) => active[i % Math.max(1, active.length)];
  const answer = (i: number, rest: Partial<JournalEvent> & Pick<JournalEvent, 'type'>) => {
    const target = pick(i);
    if (target === undefined) return [];
    return [
      {
        id: `answer-${night}-${i}`,
        day: today,
        client: target.client,
        invoices: [target.number],
        state: 'done' as const,
        ...rest,
      },
    ];
  };
  switch (night) {
    case 5:
      return [0, 3, 6].flatMap((i) =>
        answer(i, { type: 'promise', date: addDays(today, 7), detail: 'Virement promis' }),
      );
    case 12:
      return answer(1, {
        type: 'payment-plan',
        instalments: [
          { date: addDays(today, 8), amountCents: euros(100) },
          { date: addDays(today, 38), amountCents: euros(100) },
        ],
      });
    case 15:
      return answer(2, { type: 'dispute', detail: 'Conteste la quantité livrée' });
    case 25:
      return answer(4, { type: 'payment', amountCents: euros(50), date: today });
    case 35:
      return answer(2, { type: 'dispute-resolved', detail: 'Avoir refusé' });
    default:
      return [];
  }
}

describe('a long scenario: the demo over 120 nights', () => {
  it('leaves no overdue invoice without a next step and its date, or a reason, whatever clients answer', () => {
    const invoices = demoInvoices();
    const events: JournalEvent[] = [];
    const toPost: { action: Action; made: Day }[] = [];
    const calendar = { alsaceMoselle: false };
    const orphans: string[] = [];
    for (let night = 0; night < 120; night += 1) {
      const today = addDays(day('2026-11-16'), night);
      // The user posts each letter two days after it is made, on a day post offices open.
      for (const letter of toPost.splice(0)) {
        if (today - letter.made < 2 || !isBusinessDay(today, calendar)) {
          toPost.push(letter);
          continue;
        }
        events.push({
          id: `post-${night}-${letter.action.clientKey}`,
          day: today,
          type: 'registered-letter-posted',
          client: letter.action.client,
          invoices: [...letter.action.invoices],
          step: 'demand-letter',
          date: today,
          detail: '1A12345678901',
          state: 'done',
        });
      }
      const plan = planDunning({ invoices, events, settings: settings(), today });
      for (const p of plan.standings)
        if (
          p.state === 'active' &&
          (p.nextStep === undefined || (p.nextDate === undefined && p.problems.length === 0))
        )
          orphans.push(`${formatIsoDay(today)} ${p.number} (${p.client}, ${p.daysLate} jours)`);
      plan.actions.forEach((action, i) => {
        events.push(journal(action, today, `${formatIsoDay(today)}-${i}`));
        if (action.channel === 'registered-letter') toPost.push({ action, made: today });
      });
      events.push(...clientAnswers(night, today, plan));
    }
    expect(orphans).toEqual([]);
  });
});
