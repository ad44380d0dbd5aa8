import { describe, expect, it } from 'vitest';
import { formatIsoDay, addDays, type Day } from '../../src/core/values/day';
import { planDunning } from '../../src/core/dunning/engine';
import type { Action, Invoice, JournalEvent, Plan } from '../../src/core/model';
import { day, euros, event, invoice, settings } from '../fixtures';

function plan(invoices: Invoice[], events: JournalEvent[], today: string, overrides = {}): Plan {
  return planDunning({ invoices, events, settings: settings(overrides), today: day(today) });
}

function stepsToday(result: Plan): string[] {
  return result.actions.map((a) => `${a.client}:${a.step}:${a.invoices.join('+')}`);
}

/** Feeds a day's actions back as done events, as the executor journals them. */
function journalActions(actions: readonly Action[], on: Day): JournalEvent[] {
  return actions.map((a, i) => ({
    id: `${formatIsoDay(on)}-${i}`,
    day: on,
    type:
      a.channel === 'phone'
        ? 'call'
        : a.channel === 'registered-letter'
          ? 'letter-to-post'
          : 'sent',
    client: a.client,
    invoices: [...a.invoices],
    step: a.step,
    channel: a.channel,
    state: 'done',
  }));
}

describe('the dunning ladder for an invoice due Monday 2 March 2026', () => {
  const due = invoice({ due: '2026-03-02' });

  it('sends a friendly reminder three days before the due date', () => {
    expect(stepsToday(plan([due], [], '2026-02-27'))).toEqual([
      'Boulangerie Martin:before-due:F-001',
    ]);
    expect(plan([due], [], '2026-02-26').actions).toEqual([]);
  });

  it('sends the first reminder two days after the due date', () => {
    const events = [event({ on: '2026-02-27', step: 'before-due' })];
    expect(plan([due], events, '2026-03-03').actions).toEqual([]);
    expect(stepsToday(plan([due], events, '2026-03-04'))).toEqual([
      'Boulangerie Martin:reminder-1:F-001',
    ]);
  });

  it('walks the whole ladder over two months, each step on the day the default ladder gives', () => {
    const events: JournalEvent[] = [];
    const taken: string[] = [];
    for (let today = day('2026-02-20'); today <= day('2026-05-15'); today = addDays(today, 1)) {
      // The user posts the mise en demeure on Thursday 2 April and records it on the 3rd.
      if (formatIsoDay(today) === '2026-04-03')
        events.push(
          event({
            on: '2026-04-03',
            type: 'registered-letter-posted',
            step: 'demand-letter',
            date: day('2026-04-02'),
            detail: '1A12345678901',
          }),
        );
      const result = planDunning({ invoices: [due], events, settings: settings(), today });
      for (const action of result.actions) taken.push(`${formatIsoDay(today)} ${action.step}`);
      events.push(...journalActions(result.actions, today));
    }
    // The email copy of the mise en demeure on the 3rd; the recourse 15 days after the posting.
    expect(taken).toEqual([
      '2026-02-27 before-due',
      '2026-03-04 reminder-1',
      '2026-03-10 phone-call',
      '2026-03-17 reminder-2',
      '2026-04-01 demand-letter',
      '2026-04-03 demand-letter',
      '2026-04-17 court-claim',
    ]);
    const last = planDunning({
      invoices: [due],
      events,
      settings: settings(),
      today: day('2026-05-15'),
    });
    expect(last.standings[0]?.state).toBe('recourse');
  });

  it('shows the next step and its date before it falls due', () => {
    const result = plan([due], [event({ on: '2026-03-04', step: 'reminder-1' })], '2026-03-05');
    expect(result.standings[0]).toMatchObject({
      state: 'active',
      lastStep: 'reminder-1',
      nextStep: 'phone-call',
    });
    expect(formatIsoDay(result.standings[0]?.nextDate as Day)).toBe('2026-03-10');
  });

  it('waits five business days after the call before the letter', () => {
    const events = [
      event({ on: '2026-03-04', step: 'reminder-1' }),
      event({ on: '2026-03-13', step: 'phone-call', type: 'call', channel: 'phone' }),
    ];
    const result = plan([due], events, '2026-03-17');
    expect(result.actions).toEqual([]);
    expect(formatIsoDay(result.standings[0]?.nextDate as Day)).toBe('2026-03-20');
    expect(stepsToday(plan([due], events, '2026-03-20'))).toEqual([
      'Boulangerie Martin:reminder-2:F-001',
    ]);
  });

  it('counts the registered letter from the day it was posted', () => {
    const events = [
      event({ on: '2026-03-04', step: 'reminder-1' }),
      event({ on: '2026-03-10', step: 'phone-call', type: 'call' }),
      event({ on: '2026-03-17', step: 'reminder-2' }),
      event({ on: '2026-04-01', step: 'demand-letter', type: 'letter-to-post' }),
      event({
        on: '2026-04-06',
        type: 'registered-letter-posted',
        step: 'demand-letter',
        date: day('2026-04-06'),
        detail: '1A12345678901',
      }),
      event({ on: '2026-04-07', step: 'demand-letter', type: 'sent' }),
    ];
    const result = plan([due], events, '2026-04-16');
    expect(result.actions).toEqual([]);
    expect(formatIsoDay(result.standings[0]?.nextDate as Day)).toBe('2026-04-21');
  });
});

describe('dates on weekends and holidays', () => {
  it('moves a step due on 14 July 2026 to the 15th', () => {
    const due = invoice({ due: '2026-07-12' });
    const result = plan([due], [event({ on: '2026-07-09', step: 'before-due' })], '2026-07-14');
    expect(result.actions).toEqual([]);
    expect(formatIsoDay(result.standings[0]?.nextDate as Day)).toBe('2026-07-15');
  });

  it('moves a step due on Easter Monday 2026 to Tuesday', () => {
    const due = invoice({ due: '2026-04-04' });
    const result = plan([due], [event({ on: '2026-04-01', step: 'before-due' })], '2026-04-05');
    expect(formatIsoDay(result.standings[0]?.nextDate as Day)).toBe('2026-04-07');
  });

  it('observes Good Friday only in Alsace-Moselle', () => {
    const due = invoice({ due: '2026-04-01' });
    const events = [event({ on: '2026-03-27', step: 'before-due' })];
    // due + 2 = Friday 3 April 2026, Good Friday.
    expect(formatIsoDay(plan([due], events, '2026-04-02').standings[0]?.nextDate as Day)).toBe(
      '2026-04-03',
    );
    expect(
      formatIsoDay(
        plan([due], events, '2026-04-02', { alsaceMoselle: true }).standings[0]?.nextDate as Day,
      ),
    ).toBe('2026-04-07');
  });
});

describe('first contact', () => {
  it('never starts a client first seen 60 days late with a mise en demeure', () => {
    const result = plan([invoice({ due: '2026-01-05' })], [], '2026-03-06');
    expect(stepsToday(result)).toEqual(['Boulangerie Martin:reminder-2:F-001']);
  });

  it('sends no reminder "before the due date" once the due date has passed', () => {
    const result = plan([invoice({ due: '2026-03-02' })], [], '2026-03-03');
    expect(result.actions).toEqual([]);
    expect(result.standings[0]?.nextStep).toBe('reminder-1');
  });

  it('respects a lower first-step cap set by the user', () => {
    const result = plan([invoice({ due: '2026-01-05' })], [], '2026-03-06', {
      firstStepCap: 'reminder-1',
    });
    expect(stepsToday(result)).toEqual(['Boulangerie Martin:reminder-1:F-001']);
  });
});

describe('one client, one message a day', () => {
  it('groups three late invoices of one client into one email to all their addresses', () => {
    const invoices = [
      invoice({ number: 'F-1', due: '2026-03-02' }),
      invoice({ number: 'F-2', due: '2026-03-02', emails: ['paul@boulangerie-martin.fr'] }),
      invoice({ number: 'F-3', due: '2026-03-02' }),
    ];
    const result = plan(invoices, [], '2026-03-04');
    expect(result.actions).toHaveLength(1);
    expect(result.actions[0]).toMatchObject({
      step: 'reminder-1',
      invoices: ['F-1', 'F-2', 'F-3'],
      to: ['compta@boulangerie-martin.fr', 'paul@boulangerie-martin.fr'],
      balanceCents: euros(3600),
    });
  });

  it('puts a newly late invoice in the same letter as the oldest one', () => {
    const invoices = [
      invoice({ number: 'F-OLD', due: '2026-01-05' }),
      invoice({ number: 'F-NEW', due: '2026-03-02' }),
    ];
    const result = plan(invoices, [], '2026-03-04');
    expect(stepsToday(result)).toEqual(['Boulangerie Martin:reminder-2:F-NEW+F-OLD']);
    expect(result.actions[0]?.balanceCents).toBe(euros(2400));
  });

  it('contacts nobody within five days of the last contact with that client', () => {
    const invoices = [
      invoice({ number: 'F-1', due: '2026-03-02' }),
      invoice({ number: 'F-2', due: '2026-02-20' }),
    ];
    const events = [event({ on: '2026-03-02', invoices: ['F-2'], step: 'reminder-1' })];
    expect(plan(invoices, events, '2026-03-04').actions).toEqual([]);
    expect(stepsToday(plan(invoices, events, '2026-03-09'))).toHaveLength(1);
  });

  it('plans nothing new when the same day runs twice', () => {
    const invoices = [
      invoice({ due: '2026-03-02' }),
      invoice({ number: 'F-9', client: 'Garage Lefèvre', due: '2026-01-10' }),
    ];
    const first = plan(invoices, [], '2026-03-04');
    expect(first.actions).toHaveLength(2);
    const again = plan(invoices, journalActions(first.actions, day('2026-03-04')), '2026-03-04');
    expect(again.actions).toEqual([]);
  });

  it('catches up after missed nights: the due step goes once, the next waits its gap', () => {
    const due = invoice({ due: '2026-03-02' });
    const events = [event({ on: '2026-03-04', step: 'reminder-1' })];
    // Nights of 10 to 19 March missed: the call goes on the 20th, the letter 5 business days later.
    const caughtUp = plan([due], events, '2026-03-20');
    expect(stepsToday(caughtUp)).toEqual(['Boulangerie Martin:phone-call:F-001']);
    const after = plan(
      [due],
      [...events, ...journalActions(caughtUp.actions, day('2026-03-20'))],
      '2026-03-23',
    );
    expect(after.actions).toEqual([]);
    expect(formatIsoDay(after.standings[0]?.nextDate as Day)).toBe('2026-03-27');
  });

  it('skips the email steps of a client without a valid address, and says so on its invoices', () => {
    const result = plan([invoice({ emails: [], due: '2026-03-02' })], [], '2026-03-04');
    expect(result.actions).toEqual([]);
    expect(result.standings[0]?.nextStep).toBe('phone-call');
    expect(result.standings[0]?.problems.join(' ')).toMatch(/Aucune adresse email valide/);
  });
});

describe('what the client answered', () => {
  const due = invoice({ due: '2026-03-02' });
  const firstReminder = event({ on: '2026-03-04', step: 'reminder-1' });

  it('sends nothing while a promise runs and resumes the day after the grace', () => {
    const promise = event({ on: '2026-03-05', type: 'promise', date: day('2026-03-12') });
    for (const today of ['2026-03-10', '2026-03-12', '2026-03-15']) {
      const result = plan([due], [firstReminder, promise], today);
      expect(result.actions, today).toEqual([]);
      expect(result.standings[0]?.state).toBe('promise');
    }
    const resumed = plan([due], [firstReminder, promise], '2026-03-16');
    expect(resumed.standings[0]?.state).toBe('active');
    expect(stepsToday(resumed)).toEqual(['Boulangerie Martin:phone-call:F-001']);
  });

  it('a dispute pauses the ladder until it is resolved', () => {
    const dispute = event({ on: '2026-03-05', type: 'dispute', detail: 'Livraison incomplète' });
    expect(plan([due], [firstReminder, dispute], '2026-03-20').standings[0]?.state).toBe('dispute');
    expect(plan([due], [firstReminder, dispute], '2026-03-20').actions).toEqual([]);
    const resolved = event({ on: '2026-03-21', type: 'dispute-resolved' });
    expect(stepsToday(plan([due], [firstReminder, dispute, resolved], '2026-03-23'))).toEqual([
      'Boulangerie Martin:phone-call:F-001',
    ]);
  });

  it('a payment plan honoured keeps the ladder quiet and a missed instalment resumes it', () => {
    const planned = event({
      on: '2026-03-05',
      type: 'payment-plan',
      instalments: [
        { date: day('2026-03-10'), amountCents: euros(500) },
        { date: day('2026-04-10'), amountCents: euros(700) },
      ],
    });
    const paid = event({ on: '2026-03-09', type: 'payment', amountCents: euros(500) });
    expect(plan([due], [firstReminder, planned, paid], '2026-04-13').standings[0]?.state).toBe(
      'payment-plan',
    );
    const broken = plan([due], [firstReminder, planned, paid], '2026-04-14');
    expect(broken.standings[0]?.state).toBe('active');
    expect(broken.actions).toHaveLength(1);
  });

  it('a delay granted moves the due date the ladder counts from', () => {
    const delay = event({ on: '2026-03-05', type: 'delay-granted', date: day('2026-03-31') });
    const result = plan([due], [firstReminder, delay], '2026-03-10');
    expect(result.standings[0]?.state).toBe('not-due');
    expect(result.actions).toEqual([]);
    expect(formatIsoDay(result.standings[0]?.nextDate as Day)).toBe('2026-04-08');
  });

  it('a hold applies to every invoice of the client until it is resumed', () => {
    const other = invoice({ number: 'F-002', due: '2026-03-02' });
    const hold = event({ on: '2026-03-03', type: 'hold', invoices: [] });
    expect(plan([due, other], [hold], '2026-03-10').standings.map((i) => i.state)).toEqual([
      'hold',
      'hold',
    ]);
    const resume = event({ on: '2026-03-11', type: 'resume', invoices: [] });
    expect(plan([due, other], [hold, resume], '2026-03-11').actions).toHaveLength(1);
  });

  it('never resends a message left "à vérifier" by an interrupted run, and says so', () => {
    const interrupted = event({ on: '2026-03-04', step: 'reminder-1', state: 'to-verify' });
    const result = plan([due], [interrupted], '2026-03-05');
    expect(result.actions).toEqual([]);
    expect(result.standings[0]?.problems.join(' ')).toMatch(/vérifiez/);
  });
});

describe('balances, penalties and the indemnity', () => {
  it('a partial payment lowers the balance and the interest', () => {
    const due = invoice({ due: '2026-03-02', amountCents: euros(1200) });
    const full = plan([due], [], '2026-03-12').standings[0];
    // 1 200 € × 12,15 % × 10 / 365 = 3,99 €
    expect(full?.interestCents).toBe(399);
    const paid = event({ on: '2026-03-02', type: 'payment', amountCents: euros(600) });
    const half = plan([due], [paid], '2026-03-12').standings[0];
    expect(half?.balanceCents).toBe(euros(600));
    expect(half?.interestCents).toBe(200);
  });

  it('owes the 40 € indemnity once a professional client is late, and nothing from a consumer', () => {
    expect(
      plan([invoice({ due: '2026-03-02' })], [], '2026-03-03').standings[0]?.indemnityCents,
    ).toBe(4000);
    expect(
      plan([invoice({ due: '2026-03-02' })], [], '2026-03-02').standings[0]?.indemnityCents,
    ).toBe(0);
    const consumer = plan(
      [invoice({ due: '2026-03-02', clientType: 'consumer' })],
      [],
      '2026-03-20',
    ).standings[0];
    expect(consumer).toMatchObject({ indemnityCents: 0, interestCents: 0 });
  });

  it('skips a balance under the small-balance tolerance and a row marked paid', () => {
    const almost = invoice({
      number: 'F-1',
      due: '2026-03-02',
      amountCents: euros(100),
      paidCents: euros(99.5),
    });
    const marked = invoice({
      number: 'F-2',
      client: 'Garage',
      due: '2026-03-02',
      markedPaid: true,
    });
    const result = plan([almost, marked], [], '2026-03-04');
    expect(result.actions).toEqual([]);
    expect(result.standings.map((i) => i.state)).toEqual(['paid', 'paid']);
  });

  it('uses the contractual rate when the settings say so', () => {
    const result = plan(
      [invoice({ due: '2026-03-02', amountCents: euros(15000) })],
      [],
      '2026-04-01',
      {
        penalties: {
          mode: 'contractual',
          contractualRatePercent: 15,
          extraEcbRates: [],
          indemnityCents: 4000,
        },
      },
    );
    // 15 000 € × 15 % × 30 / 365 = 184,93 €
    expect(result.standings[0]?.interestCents).toBe(18493);
  });
});

describe('an earlier pre-due reminder for chronic late payers (option)', () => {
  // Alpha paid its last invoice 30 days late: "retard chronique". Beta paid on time.
  const history = [
    invoice({
      number: 'A-OLD',
      client: 'Alpha',
      due: '2026-01-15',
      markedPaid: true,
      paymentDate: day('2026-02-14'),
    }),
    invoice({
      number: 'B-OLD',
      client: 'Beta',
      due: '2026-01-15',
      markedPaid: true,
      paymentDate: day('2026-01-15'),
    }),
  ];
  // Both due Wednesday 15 April 2026; 8 April is seven days before.
  const current = [
    invoice({ number: 'A-NEW', client: 'Alpha', due: '2026-04-15' }),
    invoice({ number: 'B-NEW', client: 'Beta', due: '2026-04-15' }),
  ];
  const invoices = [...history, ...current];
  const early = { chronicPayers: { earlyReminder: true, daysBefore: 7 } };

  it('reminds the chronic payer seven days before the due date, and only that one', () => {
    expect(stepsToday(plan(invoices, [], '2026-04-08', early))).toEqual(['Alpha:before-due:A-NEW']);
    const beta = plan(invoices, [], '2026-04-08', early).standings.find(
      (i) => i.number === 'B-NEW',
    );
    // Beta keeps the usual date: 12 April is a Sunday, so Monday 13.
    expect(beta?.nextDate).toBe(day('2026-04-13'));
  });

  it('changes nothing when the option is off', () => {
    expect(stepsToday(plan(invoices, [], '2026-04-08'))).toEqual([]);
    expect(stepsToday(plan(invoices, [], '2026-04-13'))).toEqual([
      'Alpha:before-due:A-NEW',
      'Beta:before-due:B-NEW',
    ]);
  });

  it('still reminds the chronic payer when the pre-due step is off for everyone', () => {
    const ladder = settings().ladder.map((s) =>
      s.id === 'before-due' ? { ...s, enabled: false } : s,
    );
    expect(stepsToday(plan(invoices, [], '2026-04-08', { ...early, ladder }))).toEqual([
      'Alpha:before-due:A-NEW',
    ]);
    // Beta gets no pre-due reminder at all; Alpha's, not sent on the 8th, is caught up.
    expect(stepsToday(plan(invoices, [], '2026-04-13', { ...early, ladder }))).toEqual([
      'Alpha:before-due:A-NEW',
    ]);
  });

  it('sends that reminder once, then follows the ladder from it', () => {
    const first = plan(invoices, [], '2026-04-08', early);
    const done = journalActions(first.actions, day('2026-04-08'));
    expect(stepsToday(plan(invoices, done, '2026-04-13', early))).toEqual([
      'Beta:before-due:B-NEW',
    ]);
    const after = plan(invoices, done, '2026-04-13', early).standings.find(
      (i) => i.number === 'A-NEW',
    );
    expect(after?.nextStep).toBe('reminder-1');
  });
});

describe('a Journal the user sorted differently', () => {
  it('reads each invoice’s events in day order, whatever the order of the rows', () => {
    const invoices = [invoice({ number: 'F-9', client: 'Gamma', due: '2026-03-02' })];
    const opened = event({ on: '2026-03-05', type: 'dispute', client: 'Gamma', invoices: ['F-9'] });
    const closed = event({
      on: '2026-03-10',
      type: 'dispute-resolved',
      client: 'Gamma',
      invoices: ['F-9'],
    });
    const stateWith = (events: JournalEvent[]) =>
      plan(invoices, events, '2026-03-16').standings[0]?.state;
    expect(stateWith([opened, closed])).toBe('active');
    // Sorted newest first (or by type): the dispute was still resolved on the 10th.
    expect(stateWith([closed, opened])).toBe('active');
    expect(stateWith([opened])).toBe('dispute');
  });
});

describe('the client type asked for, beside an invoice that waits for its payment date', () => {
  it('asks the type of the client still owing, not of the client who paid', () => {
    const waiting = invoice({
      number: 'A-1',
      client: 'Alpha',
      due: '2026-02-02',
      paidCents: euros(100),
      clientType: 'trader',
    });
    const { clientType: _none, ...paid } = invoice({
      number: 'B-1',
      client: 'Beta',
      due: '2026-02-02',
      paidCents: euros(1000),
      markedPaid: true,
      paymentDate: day('2026-02-10'),
    });
    const { clientType: _none2, ...owing } = invoice({
      number: 'C-1',
      client: 'Gamma',
      due: '2026-02-02',
    });
    const result = plan([waiting, paid, owing], [], '2026-03-02');
    expect(result.problems.find((p) => p.invoice === 'A-1')?.column).toBe('Date de paiement');
    const asked = result.problems.filter((p) => p.column === 'Type client').map((p) => p.invoice);
    expect(asked).toEqual(['C-1']);
  });
});

describe('a first contact when the courteous steps are turned off', () => {
  const onlyFormal = (ids: readonly string[]) =>
    settings().ladder.map((s) => (ids.includes(s.id) ? { ...s, enabled: false } : s));
  const late = invoice({ client: 'Gamma', number: 'G-1', due: '2026-01-05' });

  it('is never a mise en demeure: nothing goes, and the invoice says why', () => {
    const ladder = onlyFormal(['before-due', 'reminder-1', 'phone-call', 'reminder-2']);
    for (const today of ['2026-01-20', '2026-03-06', '2026-06-01']) {
      const result = plan([late], [], today, { ladder });
      expect(stepsToday(result)).toEqual([]);
      expect(result.standings[0]?.problems.join(' ')).toMatch(
        /aucune étape amiable n’est activée .* pas une mise en demeure comme premier contact/,
      );
    }
  });

  it('falls back on the call or the courrier de rappel when only the first reminder is off', () => {
    const ladder = onlyFormal(['before-due', 'reminder-1']);
    const steps = stepsToday(plan([late], [], '2026-01-20', { ladder }));
    expect(steps).toEqual(['Gamma:phone-call:G-1']);
    const noCall = onlyFormal(['before-due', 'reminder-1', 'phone-call']);
    expect(stepsToday(plan([late], [], '2026-01-20', { ladder: noCall }))).toEqual([
      'Gamma:reminder-2:G-1',
    ]);
  });
});
