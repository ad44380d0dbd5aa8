import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { toExecutionPlan } from '../../src/core/plan/execution';
import { checkEventInput } from '../../src/core/dunning/record-event';
import { computeIndicators } from '../../src/core/reports/indicators';
import { buildTodayView } from '../../src/core/plan/views';
import type { Invoice, JournalEvent, Plan } from '../../src/core/model';
import { formatIsoDay, type Day } from '../../src/core/values/day';
import { day, event, invoice, settings } from '../fixtures';

function plan(invoices: Invoice[], events: JournalEvent[], today: string, overrides = {}): Plan {
  return planDunning({ invoices, events, settings: settings(overrides), today: day(today) });
}

function execute(invoices: Invoice[], events: JournalEvent[], today: string) {
  const planned = plan(invoices, events, today);
  return toExecutionPlan({
    plan: planned,
    invoices,
    settings: settings({
      firm: { ...settings().firm, name: 'Atelier Dupont SARL', iban: 'FR76' },
    }),
    today: day(today),
    mode: 'nightly',
  });
}

// Due Monday 2 March 2026; the ladder up to the reminder letter of 17 March.
const due = invoice({ due: '2026-03-02' });
const upToLetter = [
  event({ on: '2026-03-04', step: 'reminder-1' }),
  event({ on: '2026-03-10', step: 'phone-call', type: 'call' }),
  event({ on: '2026-03-17', step: 'reminder-2' }),
];
const toPost = event({
  on: '2026-04-01',
  step: 'demand-letter',
  type: 'letter-to-post',
  state: 'to-do',
});
/** Posted Thursday 2 April 2026, recorded the same day. */
const posted = event({
  on: '2026-04-02',
  type: 'registered-letter-posted',
  step: 'demand-letter',
  date: day('2026-04-02'),
  detail: '1A 123 456 7890 1',
});

describe('the mise en demeure', () => {
  it('is a letter to post, with no email while the posting is not recorded', () => {
    const [step] = execute([due], upToLetter, '2026-04-01').steps;
    expect(step).toMatchObject({
      kind: 'registered-letter',
      letterToPost: true,
      makesLetter: true,
      sendsEmail: false,
    });
    expect(step?.event.type).toBe('letter-to-post');
    expect(step?.action.posting).toBeUndefined();
  });

  it('sends its email copy once the posting is recorded, with the number and the date', () => {
    const [step] = execute([due], [...upToLetter, toPost, posted], '2026-04-03').steps;
    expect(step).toMatchObject({ kind: 'email', sendsEmail: true, letterToPost: false });
    expect(step?.event.type).toBe('sent');
    expect(step?.action).toMatchObject({
      step: 'demand-letter',
      formalNoticeCopy: true,
      posting: { number: '1A 123 456 7890 1', day: day('2026-04-02') },
    });
  });

  it('shows the email copy in the sidebar as a copy after the posting', () => {
    const events = [...upToLetter, toPost, posted];
    const execution = execute([due], events, '2026-04-03');
    const planned = plan([due], events, '2026-04-03');
    const indicators = computeIndicators({
      invoices: [due],
      standings: planned.standings,
      events,
      today: day('2026-04-03'),
      paymentTermsDays: 30,
    });
    const view = buildTodayView(planned, execution.steps, events, indicators, 'Factures');
    expect(view.clients[0]?.actions[0]?.stepLabel).toBe(
      'Mise en demeure : copie par email (LRAR déposée)',
    );
  });

  it('gives eight days from the expected first presentation, moved to a business day', () => {
    // Posted Thursday 2 April 2026, presented two business days later (J+2) past Easter Monday:
    // Tuesday 7 April; + 8 days = Wednesday 15 April.
    const copy = plan([due], [...upToLetter, toPost, posted], '2026-04-03').actions[0];
    expect(formatIsoDay(copy?.deadline as Day)).toBe('2026-04-15');
    // Posted Thursday 17 December 2026, presented Monday 21; + 8 days = Tuesday 29.
    const december = event({
      on: '2026-12-17',
      type: 'registered-letter-posted',
      step: 'demand-letter',
      date: day('2026-12-17'),
      detail: 'RR123456789FR',
    });
    const late = plan([due], [...upToLetter, toPost, december], '2026-12-18').actions[0];
    expect(formatIsoDay(late?.deadline as Day)).toBe('2026-12-29');
  });

  it('sends the email copy once only', () => {
    const copy = event({ on: '2026-04-03', step: 'demand-letter', type: 'sent' });
    expect(plan([due], [...upToLetter, toPost, posted, copy], '2026-04-06').actions).toEqual([]);
  });
});

describe('the recourse', () => {
  it('follows the posting for a client with no email address, with no copy to wait for', () => {
    const unreachable = invoice({ due: '2026-03-02', emails: [] });
    const result = plan([unreachable], [...upToLetter, toPost, posted], '2026-04-17');
    expect(result.actions.map((a) => a.step)).toEqual(['court-claim']);
  });

  it('never comes without a recorded posting', () => {
    const result = plan([due], [...upToLetter, toPost], '2026-06-15');
    expect(result.actions).toEqual([]);
    expect(result.standings[0]).toMatchObject({ nextStep: 'court-claim' });
    expect(result.standings[0]?.nextDate).toBeUndefined();
  });

  it('waits for the posting plus the ladder gap', () => {
    const copy = event({ on: '2026-04-03', step: 'demand-letter', type: 'sent' });
    const events = [...upToLetter, toPost, posted, copy];
    // Posted 2 April + 15 days = Friday 17 April.
    expect(plan([due], events, '2026-04-16').actions).toEqual([]);
    expect(formatIsoDay(plan([due], events, '2026-04-16').standings[0]?.nextDate as Day)).toBe(
      '2026-04-17',
    );
    expect(plan([due], events, '2026-04-17').actions.map((a) => a.step)).toEqual(['court-claim']);
  });

  it('waits past the deadline of the letter even when the gap is shorter', () => {
    const ladder = settings().ladder.map((s) =>
      s.id === 'court-claim' ? { ...s, minGapDays: 0, offsetDays: 0 } : s,
    );
    const copy = event({ on: '2026-04-03', step: 'demand-letter', type: 'sent' });
    const events = [...upToLetter, toPost, posted, copy];
    // Deadline Wednesday 15 April (presentation expected on the 7th + 8); the recourse the next
    // business day, Thursday 16. (The client gap of 5 days after the copy of 3 April ends on the 8th.)
    const result = plan([due], events, '2026-04-15', { ladder });
    expect(result.actions).toEqual([]);
    expect(formatIsoDay(result.standings[0]?.nextDate as Day)).toBe('2026-04-16');
  });
});

describe('recording « LRAR postée »', () => {
  const context = {
    client: 'Boulangerie Martin',
    today: day('2026-04-03'),
    id: 'ev-1',
    balances: new Map([['F-001', 120000]]),
  };
  const input = {
    clientKey: 'boulangerie martin',
    type: 'registered-letter-posted' as const,
    invoices: ['F-001'],
  };

  it('needs the posting date', () => {
    const result = checkEventInput({ ...input, detail: '1A 123 456 7890 1' }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['date']);
  });

  it('needs a tracking number of thirteen characters', () => {
    const result = checkEventInput({ ...input, date: '2026-04-02', detail: '12345' }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/13 caractères/);
  });

  it('refuses a posting dated after today', () => {
    const result = checkEventInput(
      { ...input, date: '2026-04-04', detail: '1A 123 456 7890 1' },
      context,
    );
    expect(result.ok).toBe(false);
  });

  it('keeps the number and the date on the event', () => {
    const result = checkEventInput(
      { ...input, date: '2026-04-02', detail: '1A 123 456 7890 1' },
      context,
    );
    expect(result.ok && result.event).toMatchObject({
      type: 'registered-letter-posted',
      step: 'demand-letter',
      date: day('2026-04-02'),
      detail: '1A 123 456 7890 1',
    });
  });
});
