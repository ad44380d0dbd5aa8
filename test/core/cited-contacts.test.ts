import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { toExecutionPlan } from '../../src/core/plan/execution';
import type { JournalEvent } from '../../src/core/model';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, event, invoice } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

/** Due Monday 2 November 2026; the mise en demeure falls due on Wednesday 2 December. */
const due = invoice({ due: '2026-11-02' });
const firstReminder = event({ on: '2026-11-04', step: 'reminder-1' });
const letter = event({ on: '2026-11-17', step: 'reminder-2' });

function formalNoticeLetter(events: JournalEvent[], invoices = [due]): string {
  const today = day('2026-12-02');
  const plan = planDunning({ invoices, events, settings: firm, today });
  const steps = toExecutionPlan({
    plan,
    invoices,
    settings: firm,
    today,
    mode: 'nightly',
    events,
  }).steps;
  expect(steps.map((s) => s.action.step)).toEqual(['demand-letter']);
  return (steps[0]?.message.letter ?? '').replace(/\u00a0/g, ' ');
}

describe('the contacts a mise en demeure cites', () => {
  it('never calls a call task left « à faire » a relance', () => {
    const callToDo = event({ on: '2026-11-10', step: 'phone-call', type: 'task', state: 'to-do' });
    const text = formalNoticeLetter([firstReminder, callToDo, letter]);
    expect(text).toContain(
      'Malgré nos relances du 4 novembre 2026 (email) et du 17 novembre 2026 (courrier de rappel), ',
    );
    expect(text).not.toContain('appel téléphonique');
  });

  it('cites a call recorded with what the client said', () => {
    const callToDo = event({ on: '2026-11-10', step: 'phone-call', type: 'task', state: 'to-do' });
    const call = event({
      on: '2026-11-12',
      step: 'phone-call',
      type: 'call',
      detail: 'Promet un virement la semaine prochaine',
    });
    expect(formalNoticeLetter([firstReminder, callToDo, call, letter])).toContain(
      'du 12 novembre 2026 (appel téléphonique)',
    );
  });

  it('does not cite a call step the user ignored, nor an email left « à vérifier »', () => {
    const ignored = event({
      on: '2026-11-10',
      step: 'phone-call',
      type: 'task-done',
      detail: 'Étape ignorée depuis la barre latérale : rien n’a été envoyé.',
    });
    const unsure = event({ on: '2026-11-04', step: 'reminder-1', state: 'to-verify' });
    const text = formalNoticeLetter([unsure, ignored, letter]);
    expect(text).toContain('Malgré notre relance du 17 novembre 2026 (courrier de rappel), ');
    expect(text).not.toMatch(/4 novembre|10 novembre/);
  });

  it('names the invoices a reminder was about when it was not about all of them', () => {
    // F-002 fell due on 20 November, after the courrier de rappel of the 17th.
    const later = invoice({ number: 'F-002', due: '2026-11-20' });
    const text = formalNoticeLetter([firstReminder, letter], [due, later]);
    expect(text).toContain(
      'Malgré nos relances du 4 novembre 2026 (email, facture F-001) et du 17 novembre 2026 (courrier de rappel, facture F-001), les factures suivantes restent impayées',
    );
  });
});
