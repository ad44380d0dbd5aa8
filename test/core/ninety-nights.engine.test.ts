import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADERS, sampleRows } from '../../scripts/sample-workbook';
import { planDunning } from '../../src/core/dunning/engine';
import type { Action, Invoice, JournalEvent, StepId } from '../../src/core/model';
import type { Cell } from '../../src/core/values/cells';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import { addDays, formatIsoDay, type Day } from '../../src/core/values/day';
import { day, settings } from '../fixtures';

const FIRST_NIGHT = day('2026-11-16');
const COURTEOUS: readonly StepId[] = ['before-due', 'reminder-1'];

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

function journal(action: Action, on: Day, id: string): JournalEvent {
  const toDo = action.channel === 'registered-letter' || action.channel === 'manual';
  return {
    id,
    day: on,
    type:
      action.channel === 'phone'
        ? 'call'
        : toDo && action.channel !== 'manual'
          ? 'letter-to-post'
          : 'sent',
    client: action.client,
    invoices: [...action.invoices],
    step: action.step,
    channel: action.channel,
    state: toDo ? 'to-do' : 'done',
  };
}

interface Sent {
  on: Day;
  action: Action;
}

/** 90 nights; each mise en demeure is posted and recorded two days after it is made (postings by invoice). */
function simulate(invoices: Invoice[]): { sent: Sent[]; postings: Map<string, Day> } {
  const events: JournalEvent[] = [];
  const sent: Sent[] = [];
  const postings = new Map<string, Day>();
  for (let night = 0; night < 90; night += 1) {
    const today = addDays(FIRST_NIGHT, night);
    for (const { on, action } of sent) {
      if (action.channel !== 'registered-letter' || addDays(on, 2) !== today) continue;
      events.push({
        id: `post-${night}-${action.clientKey}`,
        day: today,
        type: 'registered-letter-posted',
        client: action.client,
        invoices: [...action.invoices],
        step: 'demand-letter',
        date: today,
        detail: '1A12345678901',
        state: 'done',
      });
      for (const number of action.invoices) postings.set(number, today);
    }
    const plan = planDunning({ invoices, events, settings: settings(), today });
    plan.actions.forEach((action, i) => {
      sent.push({ on: today, action });
      events.push(journal(action, today, `${formatIsoDay(today)}-${i}`));
    });
  }
  return { sent, postings };
}

describe('ninety nights of the engine over the demo sample', () => {
  const invoices = demoInvoices();
  const { sent, postings } = simulate(invoices);
  const clients = [...new Set(invoices.map((i) => i.clientKey))];

  it('chases the sample up to the recourse', () => {
    const steps = new Set(sent.map((s) => s.action.step));
    for (const step of ['reminder-1', 'reminder-2', 'demand-letter', 'court-claim'] as const)
      expect(steps).toContain(step);
  });

  it('never goes back to a courteous step with a client after its mise en demeure', () => {
    for (const client of clients) {
      const mine = sent.filter((s) => s.action.clientKey === client);
      const notice = mine.findIndex((s) => s.action.step === 'demand-letter');
      if (notice < 0) continue;
      const after = mine.slice(notice).map((s) => s.action.step);
      expect(
        after.filter((step) => COURTEOUS.includes(step)),
        client,
      ).toEqual([]);
    }
  });

  it('sends at most one message a day to a client', () => {
    const seen = new Set<string>();
    for (const { on, action } of sent) {
      const key = `${action.clientKey}|${on}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('sends the email copy of a mise en demeure only after its posting, citing it', () => {
    const copies = sent.filter((s) => s.action.formalNoticeCopy === true);
    expect(copies.length).toBeGreaterThan(0);
    for (const { on, action } of copies) {
      for (const number of action.invoices) {
        const posted = postings.get(number);
        expect(posted, number).toBeDefined();
        expect(on).toBeGreaterThanOrEqual(posted as Day);
      }
      expect(action.posting?.number).toBe('1A12345678901');
    }
  });

  it('files a recourse only after the posting plus its deadline', () => {
    // Each invoice of a recourse had its own mise en demeure posted: an invoice that fell due
    // after the client's notice waits for its own.
    for (const { on, action } of sent.filter((s) => s.action.step === 'court-claim')) {
      for (const number of action.invoices) {
        const posted = postings.get(number);
        expect(posted, number).toBeDefined();
        expect(on - (posted as Day), number).toBeGreaterThanOrEqual(15);
      }
      expect(action.court?.name).toBeTruthy();
    }
  });
});
