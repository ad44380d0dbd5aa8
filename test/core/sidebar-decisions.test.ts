import { describe, expect, it } from 'vitest';
import { planDay } from '../../src/core/plan/plan-day';
import { ignoreActionEvent, postponeActionEvent } from '../../src/core/plan/user-actions';
import { toExecutionPlan } from '../../src/core/plan/execution';
import { runSummary } from '../../src/core/reports/run-summary';
import { previewTemplateText } from '../../src/core/messages/template-preview';
import { listOpenClients } from '../../src/core/reports/client-list';
import type { ReportAction } from '../../src/core/reports/run-report';
import type { Settings } from '../../src/core/settings/settings';
import { WORDS, type Entry } from '../../src/core/words/catalogue';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { formatIsoDay } from '../../src/core/values/day';
import example from '../../samples/settings.example.json';
import { day, euros, event, invoice } from '../fixtures';

const firm: Settings = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

const today = day('2026-03-20');
const invoices = [
  invoice({ number: 'A-1', client: 'Alpha', due: '2026-03-10', amountCents: euros(300) }),
  invoice({ number: 'A-2', client: 'Alpha', due: '2026-03-12', amountCents: euros(300) }),
  invoice({ number: 'B-1', client: 'Beta', due: '2026-02-01', amountCents: euros(900) }),
  invoice({ number: 'C-1', client: 'Gamma', due: '2026-02-01', amountCents: euros(5000) }),
];
const paidGamma = event({
  on: '2026-03-01',
  type: 'payment',
  client: 'Gamma',
  invoices: ['C-1'],
  amountCents: euros(5000),
});
const { plan } = planDay({ invoices, events: [paidGamma], settings: firm, today });
const alpha = plan.actions.find((a) => a.client === 'Alpha');

describe('the sidebar’s client list', () => {
  it('lists clients with an open balance, the largest first, and leaves out those fully paid', () => {
    expect(listOpenClients(plan.standings)).toEqual([
      { client: 'Beta', clientKey: invoices[2]?.clientKey, openBalanceCents: euros(900) },
      { client: 'Alpha', clientKey: invoices[0]?.clientKey, openBalanceCents: euros(600) },
    ]);
  });
});

describe('« Reporter » on a planned action', () => {
  it('holds the action’s invoices until the chosen day, as a Suspension in the Journal', () => {
    if (alpha === undefined) throw new Error('no action for Alpha');
    const result = postponeActionEvent(plan, alpha.key, 7, 'S-1');
    expect(result).toMatchObject({
      ok: true,
      event: { id: 'S-1', type: 'hold', client: 'Alpha', invoices: alpha.invoices, state: 'done' },
    });
    if (!result.ok) return;
    expect(formatIsoDay(result.event.day)).toBe('2026-03-20');
    expect(result.event.date === undefined ? '' : formatIsoDay(result.event.date)).toBe(
      '2026-03-27',
    );
  });

  it('accepts 1 to 60 days and says so in French and in English otherwise', () => {
    if (alpha === undefined) throw new Error('no action for Alpha');
    for (const days of [0, 61, 2.5, Number.NaN])
      expect(postponeActionEvent(plan, alpha.key, days, 'S-1')).toEqual({
        ok: false,
        text: {
          fr: 'Indiquez un report entre 1 et 60 jours.',
          en: 'Give a postponement between 1 and 60 days.',
        },
      });
    expect(postponeActionEvent(plan, alpha.key, 1, 'S-1').ok).toBe(true);
    expect(postponeActionEvent(plan, alpha.key, 60, 'S-1').ok).toBe(true);
  });

  it('refuses an action that is no longer planned today', () => {
    expect(postponeActionEvent(plan, 'gone', 7, 'S-1')).toEqual({
      ok: false,
      text: {
        fr: WORDS.noLongerDue.fr,
        en: 'This action is no longer due today: reload the list.',
      },
    });
  });
});

describe('« Ignorer » on a planned action', () => {
  it('records the step as done with nothing sent', () => {
    if (alpha === undefined) throw new Error('no action for Alpha');
    expect(ignoreActionEvent(plan, alpha.key, 'S-2')).toMatchObject({
      ok: true,
      event: { type: 'task-done', step: alpha.step, invoices: alpha.invoices, state: 'done' },
    });
    expect(ignoreActionEvent(plan, 'gone', 'S-2').ok).toBe(false);
  });
});

describe('the template preview', () => {
  const preview = (subject: string, body: string) =>
    previewTemplateText({
      plan,
      invoices,
      settings: firm,
      step: 'reminder-1',
      language: 'fr',
      subject,
      body,
    });

  it('renders the edited text on the most overdue open invoice', () => {
    const shown = preview('Relance {{client}}', 'Factures : {{#factures}}{{numero}} {{/factures}}');
    expect(shown).toMatchObject({ ok: true, problems: [], invoice: 'B-1' });
    expect(shown.subject).toBe('Relance Beta');
    expect(shown.body).toContain('Factures : B-1');
  });

  it('lists unknown placeholders instead of rendering', () => {
    const shown = preview('Facture {{numero_inconnu}}', 'Bonjour');
    expect(shown.ok).toBe(false);
    expect(shown.problems.map((p) => p.fr).join(' ')).toContain('numero_inconnu');
    expect(shown.problems.map((p) => p.en).join(' ')).toContain(
      'Unknown field: {{numero_inconnu}}',
    );
  });

  it('says there is no open invoice to show when all are paid', () => {
    const paidPlan = { ...plan, standings: plan.standings.filter((p) => p.state === 'paid') };
    expect(
      previewTemplateText({
        plan: paidPlan,
        invoices,
        settings: firm,
        step: 'reminder-1',
        language: 'fr',
        subject: 'x',
        body: 'y',
      }).problems,
    ).toEqual([
      { fr: 'Aucune facture ouverte pour l’aperçu.', en: 'No open invoice for the preview.' },
    ]);
  });
});

describe('the run’s one-line message', () => {
  const action = (outcome: ReportAction['outcome']) => ({ outcome }) as ReportAction;
  const execution = (preview: boolean, holdReason?: Entry<string>) => ({
    ...toExecutionPlan({
      plan,
      invoices,
      settings: firm,
      today,
      mode: preview ? 'preview' : 'manual',
      events: [],
    }),
    ...(holdReason === undefined ? {} : { holdReason }),
  });

  it('counts what went out, the tasks, the deferred and the failures', () => {
    const outcomes = [action('sent'), action('sent'), action('task'), action('failed')];
    expect(runSummary(execution(false), outcomes, undefined, 'fr')).toBe(
      '2 envois, 1 tâche, 1 échec.',
    );
  });

  it('says that a preview sent nothing', () => {
    expect(runSummary(execution(true), [action('planned')], undefined, 'fr')).toBe(
      'Aperçu : 1 action prévue aujourd’hui, rien n’a été envoyé.',
    );
  });

  it('gives the reason when nothing goes out today, and when the chosen action is gone', () => {
    expect(
      runSummary(
        execution(false, { fr: 'Jour non ouvré', en: 'Non-business day' }),
        [],
        undefined,
        'fr',
      ),
    ).toBe('Jour non ouvré');
    expect(runSummary({ steps: [], preview: false }, [], ['gone'], 'fr')).toBe(
      WORDS.noLongerDue.fr,
    );
  });
});
