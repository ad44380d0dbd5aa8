import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import type { Action, Invoice, JournalEvent, Plan, StepId } from '../../src/core/model';
import { addDays, formatIsoDay, type Day } from '../../src/core/values/day';
import { day, euros, event, invoice, settings } from '../fixtures';

function plan(invoices: Invoice[], events: JournalEvent[], today: string, overrides = {}): Plan {
  return planDunning({ invoices, events, settings: settings(overrides), today: day(today) });
}

function stepsToday(result: Plan): string[] {
  return result.actions.map((a) => `${a.client}:${a.step}:${a.invoices.join('+')}`);
}

/** Feeds a day's actions back as the executor journals them (a letter to post stays to do). */
function journalActions(actions: readonly Action[], on: Day): JournalEvent[] {
  return actions.map((a, i) => ({
    id: `${formatIsoDay(on)}-${a.clientKey}-${i}`,
    day: on,
    type:
      a.channel === 'phone'
        ? 'call'
        : a.channel === 'registered-letter'
          ? 'letter-to-post'
          : a.channel === 'manual'
            ? 'task'
            : 'sent',
    client: a.client,
    invoices: [...a.invoices],
    step: a.step,
    channel: a.channel,
    state: a.channel === 'registered-letter' || a.channel === 'manual' ? 'to-do' : 'done',
  }));
}

const tilleuls = (number: string, due: string, amount: number): Invoice =>
  invoice({ number, client: 'SCI Les Tilleuls', due, amountCents: euros(amount) });

describe('one conversation per client', () => {
  // F-1 (1 200 €) due Monday 2 March 2026 had its first reminder and its call; F-2 (800 €) fell
  // due on 10 March, while the conversation was already past the first reminder.
  const invoices = [tilleuls('F-1', '2026-03-02', 1200), tilleuls('F-2', '2026-03-10', 800)];
  const history = [
    event({ on: '2026-03-04', client: 'SCI Les Tilleuls', invoices: ['F-1'], step: 'reminder-1' }),
    event({
      on: '2026-03-10',
      client: 'SCI Les Tilleuls',
      invoices: ['F-1'],
      type: 'call',
      step: 'phone-call',
    }),
  ];

  it('asks for every overdue invoice of the client in the reminder letter', () => {
    // due + 15 = 17 March, and 5 business days after the call of Tuesday 10 March = 17 March.
    const result = plan(invoices, history, '2026-03-17');
    expect(stepsToday(result)).toEqual(['SCI Les Tilleuls:reminder-2:F-1+F-2']);
    // 1 200 € + 800 € = 2 000 €
    expect(result.actions[0]?.balanceCents).toBe(euros(2000));
  });

  it('folds a newly overdue invoice into the step the client has reached', () => {
    const result = plan(invoices, history, '2026-03-12');
    const late = result.standings.find((i) => i.number === 'F-2');
    expect(late).toMatchObject({ state: 'active', nextStep: 'reminder-2' });
    expect(formatIsoDay(late?.nextDate as Day)).toBe('2026-03-17');
  });

  it('chases every overdue invoice of the client within the month, never one on its own', () => {
    const events = [...history];
    const seen = new Map<string, StepId[]>();
    for (let today = day('2026-03-11'); today <= day('2026-05-30'); today = addDays(today, 1)) {
      const result = planDunning({ invoices, events, settings: settings(), today });
      for (const action of result.actions)
        for (const number of action.invoices)
          seen.set(number, [...(seen.get(number) ?? []), action.step]);
      events.push(...journalActions(result.actions, today));
    }
    expect(seen.get('F-2')).toEqual(['reminder-2', 'demand-letter']);
    expect(seen.get('F-1')).toEqual(['reminder-2', 'demand-letter']);
  });
});

describe('the first message to a client', () => {
  it('is the first reminder when the invoice is nine days late, not the call', () => {
    expect(stepsToday(plan([invoice({ due: '2026-03-02' })], [], '2026-03-11'))).toEqual([
      'Boulangerie Martin:reminder-1:F-001',
    ]);
  });

  it('is no reminder letter for a 158,20 € invoice twenty days late', () => {
    const bernard = invoice({
      client: 'Menuiserie Bernard',
      number: 'F2026-0140',
      due: '2026-10-26',
      amountCents: euros(158.2),
    });
    expect(stepsToday(plan([bernard], [], '2026-11-16'))).toEqual([
      'Menuiserie Bernard:reminder-1:F2026-0140',
    ]);
  });

  it('may be the reminder letter once the oldest invoice is more than thirty days late', () => {
    // Due 2 March: 31 days late on 2 April, 30 days late on 1 April.
    const due = invoice({ due: '2026-03-02' });
    expect(stepsToday(plan([due], [], '2026-04-01'))).toEqual([
      'Boulangerie Martin:reminder-1:F-001',
    ]);
    expect(stepsToday(plan([due], [], '2026-04-02'))).toEqual([
      'Boulangerie Martin:reminder-2:F-001',
    ]);
  });
});

describe('a client with no email address', () => {
  it('is called first instead of waiting forever for an email it cannot get', () => {
    // Due 2 March 2026, first seen on the 20th (18 days late): the call, due on the 10th.
    const unreachable = invoice({ due: '2026-03-02', emails: [] });
    expect(stepsToday(plan([unreachable], [], '2026-03-20'))).toEqual([
      'Boulangerie Martin:phone-call:F-001',
    ]);
  });
});

describe('after a formal notice', () => {
  const hotel = (number: string, due: string) =>
    invoice({ number, client: 'Hôtel du Port', due, amountCents: euros(900) });
  const ladder = (invoices: string[]): JournalEvent[] =>
    (
      [
        ['2026-10-21', 'reminder-1', 'sent'],
        ['2026-10-27', 'phone-call', 'call'],
        ['2026-11-05', 'reminder-2', 'sent'],
      ] as const
    )
      .map(([on, step, type]) => event({ on, client: 'Hôtel du Port', invoices, step, type }))
      .concat(
        event({
          on: '2026-12-07',
          client: 'Hôtel du Port',
          invoices,
          step: 'demand-letter',
          type: 'letter-to-post',
          state: 'to-do',
        }),
      );

  it('sends no first reminder a week later about a newly overdue invoice', () => {
    const invoices = [hotel('F-1', '2026-10-19'), hotel('F-2', '2026-12-10')];
    const result = plan(invoices, ladder(['F-1']), '2026-12-14');
    expect(result.actions).toEqual([]);
    // F-2 fell due after the notice: its own courrier de rappel, due + 15 = Christmas, then the
    // weekend: Monday 28 December.
    const f2 = result.standings.find((i) => i.number === 'F-2');
    expect(f2?.nextStep).toBe('reminder-2');
    expect(formatIsoDay(f2?.nextDate as Day)).toBe('2026-12-28');
  });

  it('sends no courtesy reminder before a due date either', () => {
    const invoices = [hotel('F-1', '2026-10-19'), hotel('F-3', '2026-12-21')];
    // 21 December − 3 days = Friday 18 December.
    expect(plan(invoices, ladder(['F-1']), '2026-12-18').actions).toEqual([]);
  });

  it('never returns to a courteous step once the noticed invoices are paid', () => {
    const invoices = [
      invoice({ ...hotel('F-1', '2026-10-19'), markedPaid: true }),
      hotel('F-4', '2027-01-11'),
    ];
    const events = ladder(['F-1']);
    // Due Monday 11 January 2027: no pre-due reminder on Friday 8, no first reminder on
    // Wednesday 13; the ladder resumes at the call (due + 8 = Tuesday 19).
    expect(plan(invoices, events, '2027-01-08').actions).toEqual([]);
    expect(plan(invoices, events, '2027-01-13').actions).toEqual([]);
    expect(stepsToday(plan(invoices, events, '2027-01-19'))).toEqual([
      'Hôtel du Port:phone-call:F-4',
    ]);
  });
});

describe('a promise the client broke', () => {
  const due = invoice({ due: '2026-03-02' });
  const firstReminder = event({ on: '2026-03-04', step: 'reminder-1' });
  const promise = event({ on: '2026-03-05', type: 'promise', date: day('2026-03-12') });

  it('is carried on the next action, for the text to quote', () => {
    // Promised for 12 March, 3 days of grace: the ladder resumes on the 16th.
    const resumed = plan([due], [firstReminder, promise], '2026-03-16');
    expect(resumed.actions[0]?.brokenPromise).toEqual({
      promisedDay: day('2026-03-12'),
      recordedOn: day('2026-03-05'),
      invoices: ['F-001'],
    });
  });

  it('is quoted once, not in every message after it', () => {
    const call = event({ on: '2026-03-16', type: 'call', step: 'phone-call' });
    const later = plan([due], [firstReminder, promise, call], '2026-03-23');
    expect(later.actions[0]?.step).toBe('reminder-2');
    expect(later.actions[0]?.brokenPromise).toBeUndefined();
  });
});

describe('the dates a message states', () => {
  const events = [
    event({ on: '2026-11-27', step: 'reminder-1' }),
    event({ on: '2026-12-03', type: 'call', step: 'phone-call', detail: 'Paiera le 15' }),
  ];
  const due = invoice({ due: '2026-11-25' });

  it('moves the payment deadline of a reminder letter sent Thursday 17 December 2026 off Christmas', () => {
    // 17 December + 8 days = Friday 25 December (holiday), then the weekend: Monday 28.
    const result = plan([due], events, '2026-12-17');
    expect(result.actions[0]?.step).toBe('reminder-2');
    expect(formatIsoDay(result.actions[0]?.deadline as Day)).toBe('2026-12-28');
  });

  it('moves a deadline on Good Friday 2027 only in Alsace-Moselle', () => {
    const march = [
      event({ on: '2027-03-03', step: 'reminder-1' }),
      event({ on: '2027-03-09', type: 'call', step: 'phone-call' }),
    ];
    const due2027 = invoice({ due: '2027-03-01' });
    // Thursday 18 March 2027 + 8 days = Friday 26 March, Good Friday; Monday 29 is Easter Monday.
    const elsewhere = plan([due2027], march, '2027-03-18');
    expect(formatIsoDay(elsewhere.actions[0]?.deadline as Day)).toBe('2027-03-26');
    const alsace = plan([due2027], march, '2027-03-18', { alsaceMoselle: true });
    expect(formatIsoDay(alsace.actions[0]?.deadline as Day)).toBe('2027-03-30');
  });

  it('lists the earlier steps of the conversation for the letter to cite', () => {
    const result = plan([due], events, '2026-12-17');
    expect(result.actions[0]?.earlierSteps.map((s) => `${s.step} ${formatIsoDay(s.day)}`)).toEqual([
      'reminder-1 2026-11-27',
      'phone-call 2026-12-03',
    ]);
  });
});
