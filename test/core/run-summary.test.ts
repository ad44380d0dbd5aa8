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
    expect(runSummary(plan(), [action('sent')], undefined, 'fr')).toBe('1 envoi.');
    expect(
      runSummary(
        plan(),
        [action('sent'), action('sent'), action('task'), action('failed')],
        undefined,
        'fr',
      ),
    ).toBe('2 envois, 1 tâche, 1 échec.');
    expect(runSummary(plan(), [], undefined, 'fr')).toBe('Aucune action aujourd’hui.');
  });

  it('counts the actions of a preview in the singular or the plural', () => {
    expect(runSummary(plan(true), [action('preview')], undefined, 'fr')).toBe(
      'Aperçu : 1 action prévue aujourd’hui, rien n’a été envoyé.',
    );
    expect(runSummary(plan(true), [action('preview'), action('preview')], undefined, 'fr')).toBe(
      'Aperçu : 2 actions prévues aujourd’hui, rien n’a été envoyé.',
    );
  });

  it('is written in English for a run in English, the plural from two on', () => {
    const sent = (count: number) => Array.from({ length: count }, () => action('sent'));
    expect(runSummary(plan(), sent(1), undefined, 'en')).toBe('1 email sent.');
    expect(
      runSummary(plan(), [...sent(2), action('task'), action('deferred')], undefined, 'en'),
    ).toBe('2 emails sent, 1 task, 1 postponed.');
    expect(runSummary(plan(), [], undefined, 'en')).toBe('No action today.');
  });

  it('counts no action of a preview in the singular in French, in the plural in English', () => {
    const previews = (count: number) => Array.from({ length: count }, () => action('preview'));
    const summaries = (language: 'fr' | 'en') =>
      [0, 1, 2].map((count) => runSummary(plan(true), previews(count), undefined, language));
    expect(summaries('fr')).toEqual([
      'Aperçu : 0 action prévue aujourd’hui, rien n’a été envoyé.',
      'Aperçu : 1 action prévue aujourd’hui, rien n’a été envoyé.',
      'Aperçu : 2 actions prévues aujourd’hui, rien n’a été envoyé.',
    ]);
    expect(summaries('en')).toEqual([
      'Preview: 0 actions planned today, nothing was sent.',
      'Preview: 1 action planned today, nothing was sent.',
      'Preview: 2 actions planned today, nothing was sent.',
    ]);
  });

  it('gives the reason nothing goes out, or that the chosen action is gone, in the run language', () => {
    const held: ExecutionPlan = {
      steps: [],
      preview: false,
      holdReason: { fr: 'Jour non ouvré', en: 'Non-business day' },
    };
    expect(runSummary(held, [], undefined, 'en')).toBe('Non-business day');
    expect(runSummary(held, [], undefined, 'fr')).toBe('Jour non ouvré');
    expect(runSummary(plan(), [], ['gone'], 'en')).toBe(
      'This action is no longer due today: reload the list.',
    );
  });

  it('says how many sends are left in the quota, in the singular or the plural', () => {
    expect(WORDS.tooManyRecipients.fr(2, 1)).toMatch(
      /^2 destinataires pour ce client, il reste 1 envoi dans le quota du jour/,
    );
    expect(WORDS.tooManyRecipients.fr(4, 3)).toMatch(/il reste 3 envois dans le quota/);
  });
});
