import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { checkEventInput } from '../../src/core/dunning/record-event';
import type { Cell } from '../../src/core/values/cells';
import { journalHeaders, journalRow, readJournal } from '../../src/core/sheets/journal-table';
import type { Invoice, JournalEvent, Plan } from '../../src/core/model';
import { formatIsoDay, type Day } from '../../src/core/values/day';
import { day, euros, event, invoice, settings } from '../fixtures';

function plan(invoices: Invoice[], events: JournalEvent[], today: string): Plan {
  return planDunning({ invoices, events, settings: settings(), today: day(today) });
}

const limitOf = (result: Plan) => formatIsoDay(result.standings[0]?.prescriptionDay as Day);

// CP-001: a consumer invoiced on 20 September 2024, due 20 October 2024.
const cp001 = (overrides: Partial<Invoice> = {}) =>
  invoice({
    number: 'CP-001',
    client: 'M. Paul Girard',
    clientType: 'consumer',
    issueDate: day('2024-09-20'),
    due: '2024-10-20',
    amountCents: euros(850),
    ...overrides,
  });
const on = (date: string, more: Partial<JournalEvent>) =>
  event({ on: date, client: 'M. Paul Girard', invoices: ['CP-001'], ...more });
const ladder = [
  on('2024-10-22', { step: 'reminder-1' }),
  on('2024-10-28', { step: 'phone-call', type: 'call', detail: 'Paiera fin novembre' }),
  // The promise noted after that call: the creditor's note, not the debtor's writing.
  on('2025-06-10', { type: 'promise', date: day('2025-06-30') }),
  on('2025-07-15', { step: 'reminder-2' }),
];

describe('a consumer’s two years (Code de la consommation L218-2)', () => {
  it('run from the end of the service, the invoice’s date, not the due date', () => {
    expect(limitOf(plan([cp001()], [], '2025-01-10'))).toBe('2026-09-20');
  });

  it('run from the Date de prestation when the invoice tab has one', () => {
    expect(limitOf(plan([cp001({ serviceDate: day('2024-06-30') })], [], '2025-01-10'))).toBe(
      '2026-06-30',
    );
  });

  it('are not restarted by a promise noted after a phone call: CP-001 is prescrite in November 2026', () => {
    const result = plan([cp001()], ladder, '2026-11-16');
    expect(result.standings[0]?.state).toBe('prescribed');
    expect(result.actions).toEqual([]);
  });

  it('restart from a promise the client wrote, recorded with its reference (Code civil 2240)', () => {
    const written = on('2025-06-10', {
      type: 'promise',
      date: day('2025-06-30'),
      link: 'Courriel de M. Girard du 10 juin 2025',
    });
    const result = plan([cp001()], [...ladder.slice(0, 2), written], '2026-11-16');
    expect(limitOf(result)).toBe('2027-06-10');
    expect(result.standings[0]?.state).not.toBe('prescribed');
  });

  it('restart from a payment, the debtor’s own act', () => {
    const paid = on('2025-03-03', { type: 'payment', amountCents: euros(100) });
    expect(limitOf(plan([cp001()], [paid], '2025-04-01'))).toBe('2027-03-03');
  });

  it('are not restarted by a payment plan the user did not mark as written by the client', () => {
    const oral = on('2025-02-01', {
      type: 'payment-plan',
      instalments: [{ date: day('2025-03-01'), amountCents: euros(850) }],
    });
    expect(limitOf(plan([cp001()], [oral], '2025-04-01'))).toBe('2026-09-20');
  });
});

describe('a business debt (Code de commerce L110-4)', () => {
  it('still runs five years from the due date', () => {
    const business = invoice({ issueDate: day('2024-09-20'), due: '2024-10-20' });
    expect(limitOf(plan([business], [], '2025-01-10'))).toBe('2029-10-20');
  });
});

describe('a public buyer (loi n° 68-1250)', () => {
  it('is interrupted by a written reminder, not by a phone call', () => {
    const commune = invoice({ clientType: 'public-buyer', due: '2024-10-20' });
    const call = event({ on: '2025-02-03', type: 'call', step: 'phone-call' });
    expect(limitOf(plan([commune], [call], '2025-03-01'))).toBe('2028-12-31');
    const email = event({ on: '2025-02-03', step: 'reminder-1' });
    expect(limitOf(plan([commune], [email], '2025-03-01'))).toBe('2029-12-31');
  });
});

describe('a promise recorded from the sidebar', () => {
  const context = {
    client: 'M. Paul Girard',
    today: day('2025-06-10'),
    id: 'evt-9',
    balances: new Map([['CP-001', euros(850)]]),
  };
  const promise = (writing?: string) =>
    checkEventInput(
      {
        clientKey: 'paul girard',
        type: 'promise',
        invoices: ['CP-001'],
        date: '2025-06-30',
        ...(writing === undefined ? {} : { writing }),
      },
      context,
    );
  const throughJournal = (result: ReturnType<typeof promise>): JournalEvent[] => {
    if (!result.ok) throw new Error('refused');
    const row = journalRow(result.event, Date.parse('2025-06-10T08:00:00Z'), 'fr').map(
      (cell): Cell =>
        typeof cell === 'object' && 'instantMs' in cell
          ? { day: day('2025-06-10') }
          : (cell as Cell),
    );
    return readJournal([journalHeaders('fr'), row]).events;
  };

  it('keeps the reference of the client’s writing in the Journal, as text, and restarts the period', () => {
    const events = throughJournal(promise('Courriel de M. Girard du 10 juin 2025'));
    expect(events[0]?.link).toBe('Courriel de M. Girard du 10 juin 2025');
    expect(limitOf(plan([cp001()], events, '2025-07-01'))).toBe('2027-06-10');
  });

  it('noted without a writing, restarts nothing', () => {
    const events = throughJournal(promise());
    expect(limitOf(plan([cp001()], events, '2025-07-01'))).toBe('2026-09-20');
  });
});
