import { describe, expect, it } from 'vitest';
import type { ExecutionPlan } from '../../src/core/plan/execution';
import { WORDS } from '../../src/core/words/catalogue';
import { runSummary } from '../../src/core/reports/run-summary';
import type { ReportAction } from '../../src/core/reports/run-report';

const action = (outcome: ReportAction['outcome']): ReportAction => ({
  key: 'k',
  client: 'Garage Martin',
  step: 'reminder-1',
  channel: 'email',
  invoices: ['F-1'],
  to: ['compta@garage-martin.fr'],
  balanceCents: 100,
  dueOn: '2026-03-02',
  outcome,
});

const plan = (preview = false): ExecutionPlan => ({ steps: [], preview });

describe('the run summary the user reads', () => {
  it('agrees each count with its noun, and leaves out what did not happen', () => {
    expect(runSummary(plan(), [action('sent')], undefined)).toBe('1 envoi.');
    expect(
      runSummary(
        plan(),
        [action('sent'), action('sent'), action('task'), action('failed')],
        undefined,
      ),
    ).toBe('2 envois, 1 tâche, 1 échec.');
    expect(runSummary(plan(), [], undefined)).toBe('Aucune action aujourd’hui.');
  });

  it('counts the actions of a preview in the singular or the plural', () => {
    expect(runSummary(plan(true), [action('preview')], undefined)).toBe(
      'Aperçu : 1 action prévue aujourd’hui, rien n’a été envoyé.',
    );
    expect(runSummary(plan(true), [action('preview'), action('preview')], undefined)).toBe(
      'Aperçu : 2 actions prévues aujourd’hui, rien n’a été envoyé.',
    );
  });

  it('says how many sends are left in the quota, in the singular or the plural', () => {
    expect(WORDS.tooManyRecipients.fr(2, 1)).toMatch(
      /^2 destinataires pour ce client, il reste 1 envoi dans le quota du jour/,
    );
    expect(WORDS.tooManyRecipients.fr(4, 3)).toMatch(/il reste 3 envois dans le quota/);
  });
});
