import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { messageEventId } from '../../src/core/dunning/message-attempts';
import { toExecutionPlan } from '../../src/core/plan/execution';
import { foldHistory } from '../../src/core/dunning/journal-fold';
import type { EventState, JournalEvent } from '../../src/core/model';
import type { Cell } from '../../src/core/values/cells';
import { journalHeaders, journalRow, readJournal } from '../../src/core/sheets/journal-table';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { addDays } from '../../src/core/values/day';
import example from '../../samples/settings.example.json';
import { day, event, invoice } from '../fixtures';

const settings = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

/** A Journal row as Relance writes it, read back as the sheet gives it. */
function sheetRow(written: JournalEvent): Cell[] {
  return journalRow(written, 0, 'fr').map((cell): Cell => {
    if (typeof cell === 'object' && 'instantMs' in cell) return { day: written.day };
    if (typeof cell === 'object' && 'link' in cell) return cell.link;
    return cell as Cell;
  });
}

const reminder = (state: EventState, id = 'R-martin|relance-1|2026-03-20|F-001') =>
  event({ on: '2026-03-20', id, step: 'reminder-1', state });

describe('a message journaled twice under one id', () => {
  it('counts as sent when the « fait » row comes before a « reporté » row of the same id', () => {
    const reading = readJournal([
      journalHeaders('fr') as Cell[],
      sheetRow(reminder('done')),
      sheetRow(reminder('deferred')),
    ]);
    expect(reading.events.map((e) => e.state)).toEqual(['done', 'deferred']);
    expect(reading.rows).toEqual([2, 3]);
    expect(foldHistory(reading.events).steps['reminder-1']).toBe(day('2026-03-20'));
  });

  it('counts as sent when a « reporté » row comes before the « fait » row of the same id', () => {
    const reading = readJournal([
      journalHeaders('fr') as Cell[],
      sheetRow(reminder('deferred')),
      sheetRow(reminder('done')),
    ]);
    expect(foldHistory(reading.events).steps['reminder-1']).toBe(day('2026-03-20'));
  });

  it('still reads a row the user typed twice as one event', () => {
    const typed = ['Paiement', '06/03/2026', 'Boulangerie Martin', 'F-001', '500,00 €'];
    const reading = readJournal([
      ['Type', 'Date et heure', 'Client', 'Factures', 'Montant'],
      typed,
      typed,
    ]);
    expect(reading.events).toHaveLength(1);
  });
});

describe('the fold of a step', () => {
  const LATER_STATES: EventState[] = ['deferred', 'planned', 'failed', 'preview'];

  it('never lets a later « reporté », « prévu » or « échec » row hide an earlier « fait »', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            after: fc.integer({ min: 0, max: 10 }),
            state: fc.constantFrom(...LATER_STATES),
          }),
          { maxLength: 6 },
        ),
        (later) => {
          const sent = reminder('done');
          const events = [
            sent,
            ...later.map((l) => ({ ...sent, day: addDays(sent.day, l.after), state: l.state })),
          ];
          const history = foldHistory(events);
          expect(history.steps['reminder-1']).toBe(sent.day);
          expect(history.unverified).toEqual([]);
        },
      ),
    );
  });
});

describe('the Journal id of a message', () => {
  const invoices = [invoice({ due: '2026-03-18' })];
  const today = day('2026-03-20');
  const plan = () => planDunning({ invoices, events: [], settings, today });
  const execute = (events: JournalEvent[]) =>
    toExecutionPlan({ plan: plan(), invoices, settings, today, mode: 'nightly', events });

  it('says what the message is (client, step, day, invoices), whatever the execution', () => {
    const first = execute([]).steps[0];
    const again = execute([]).steps[0];
    expect(first?.action.key).toContain('|relance-1|2026-03-20|F-001');
    expect(first?.event.id).toBe(`R-${first?.action.key}`);
    expect(again?.event.id).toBe(first?.event.id);
  });

  it('numbers a retry the same day after a deferral, so that each attempt keeps its row', () => {
    const key = execute([]).steps[0]?.action.key ?? '';
    const deferred = {
      ...reminder('deferred', messageEventId(key, 1)),
      state: 'deferred' as const,
    };
    const retry = execute([deferred]).steps[0];
    expect(retry?.event.id).toBe(`R2-${key}`);
    const failedToo = { ...deferred, id: messageEventId(key, 2), state: 'failed' as const };
    expect(execute([deferred, failedToo]).steps[0]?.event.id).toBe(`R3-${key}`);
  });

  it('is never carried out again once an attempt is « fait », « en cours » or « à vérifier », even when the plan lists it', () => {
    const key = execute([]).steps[0]?.action.key ?? '';
    for (const state of ['done', 'in-progress', 'to-verify', 'to-do'] as const) {
      // The row names another step, so that only the message's id tells the plan it went.
      const earlier = event({ on: '2026-03-20', id: messageEventId(key, 2), type: 'note', state });
      expect(execute([earlier]).steps, state).toEqual([]);
    }
  });
});
