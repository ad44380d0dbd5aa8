import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type Day } from '../../src/core/values/day';
import {
  eventsOf,
  foldHistory,
  historyOf,
  indexJournal,
} from '../../src/core/dunning/journal-fold';
import type { EventState, EventType, JournalEvent, StepId } from '../../src/core/model';
import { EVENT_TYPES, STEP_IDS } from '../../src/core/model';
import type { Cents } from '../../src/core/values/money';
import { normalizeKey } from '../../src/core/values/keys';
import { day } from '../fixtures';

const START = day('2026-01-05');
const TODAY = addDays(START, 40);
const INVOICES = [
  { number: 'F-1', clientKey: normalizeKey('Alpha') },
  { number: 'F-2', clientKey: normalizeKey('Alpha') },
  { number: 'F-3', clientKey: normalizeKey('Beta') },
];
const TYPES: readonly EventType[] = EVENT_TYPES;
const STATES: EventState[] = ['done', 'to-do', 'in-progress', 'to-verify', 'planned', 'deferred'];

const eventArbitrary = fc
  .record({
    offset: fc.integer({ min: 0, max: 50 }),
    type: fc.constantFrom(...TYPES),
    state: fc.constantFrom(...STATES),
    step: fc.constantFrom<StepId | undefined>(...STEP_IDS, undefined),
    invoices: fc.subarray(['F-1', 'F-2', 'F-3', 'F-9']),
    client: fc.constantFrom('Alpha', 'Beta', ''),
    amount: fc.integer({ min: 0, max: 50_000 }),
    dated: fc.boolean(),
  })
  .map((r): JournalEvent => {
    const event: JournalEvent = {
      id: `e-${r.offset}-${r.type}`,
      day: addDays(START, r.offset) as Day,
      type: r.type,
      client: r.client,
      invoices: r.invoices,
      state: r.state,
      amountCents: r.amount as Cents,
    };
    if (r.step !== undefined) event.step = r.step;
    if (r.dated) event.date = addDays(START, r.offset + 10);
    return event;
  });

describe('folding the journal while indexing it', () => {
  it('gives every invoice the history a fold of its events in day order gives, whatever the row order', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { maxLength: 30 }), (events) => {
        const index = indexJournal(events, TODAY, INVOICES);
        INVOICES.forEach((invoice, position) => {
          expect(historyOf(index, position, invoice.clientKey)).toEqual(
            foldHistory(eventsOf(index, position, invoice.clientKey)),
          );
        });
        // And the same journal with its rows sorted by day gives the same histories.
        const sorted = [...events].sort((a, b) => a.day - b.day);
        const again = indexJournal(sorted, TODAY, INVOICES);
        INVOICES.forEach((invoice, position) => {
          expect(historyOf(again, position, invoice.clientKey)).toEqual(
            historyOf(index, position, invoice.clientKey),
          );
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a client-wide event naming its client in another Unicode form', () => {
  it('belongs to the client of the invoice tab, « Code client » included', () => {
    const invoices = [{ number: 'F-1', clientKey: 'id:c-42', client: 'Caf\u00e9 du Port' }];
    const promise: JournalEvent = {
      id: 'e-1',
      day: START,
      type: 'call',
      client: 'Cafe\u0301 du Port',
      invoices: [],
      state: 'done',
    };
    const index = indexJournal([promise], TODAY, invoices);
    expect([...index.byClient.keys()]).toEqual(['id:c-42']);
  });
});
