import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { holdRepeatedFailures } from '../../src/core/dunning/repeated-failures';
import { planDay } from '../../src/core/plan/plan-day';
import type { Settings } from '../../src/core/settings/settings';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import example from '../../samples/settings.example.json';
import { day, event, invoice } from '../fixtures';

const firm: Settings = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

const today = day('2026-03-20');
const invoices = [invoice({ number: 'A-1', client: 'Alpha', due: '2026-03-10' })];
const failedOn = (on: string) =>
  event({
    on,
    client: 'Alpha',
    invoices: ['A-1'],
    step: 'reminder-1',
    state: 'failed',
    detail: 'Échec : Limit Exceeded: Email Body Size.',
  });

describe('an action that fails night after night', () => {
  it('is tried again after one or two failed nights', () => {
    const events = [failedOn('2026-03-18'), failedOn('2026-03-19')];
    const { plan } = planDay({ invoices, events, settings: firm, today });
    expect(plan.actions.map((a) => a.step)).toEqual(['reminder-1']);
  });

  it('after three failed nights, leaves the nightly run and is a problem naming the last error', () => {
    const events = ['2026-03-17', '2026-03-18', '2026-03-19'].map(failedOn);
    const { plan } = planDay({ invoices, events, settings: firm, today });
    expect(plan.actions).toEqual([]);
    const problem = plan.problems.find((p) => p.invoice === 'A-1');
    expect(problem?.text.fr).toMatch(/3 nuits de suite/);
    expect(problem?.text.fr).toMatch(/Email Body Size/);
    expect(plan.standings[0]?.problems.join(' ')).toMatch(/nuits de suite/);
  });

  it('notes the failure on its invoice without touching the plan it was given', () => {
    const events = ['2026-03-17', '2026-03-18', '2026-03-19'].map(failedOn);
    const plan = planDunning({ invoices, events, settings: firm, today });
    const before = JSON.stringify(plan);
    for (const keep of [false, true]) {
      const held = holdRepeatedFailures(plan, events, keep);
      expect(held.standings[0]?.problems.join(' ')).toMatch(/nuits de suite/);
    }
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('counts nights, not attempts: three failures in one day are one night', () => {
    const events = [failedOn('2026-03-19'), failedOn('2026-03-19'), failedOn('2026-03-19')];
    const { plan } = planDay({ invoices, events, settings: firm, today });
    expect(plan.actions).toHaveLength(1);
  });

  it('stays in the sidebar’s list with its problem, and « Envoyer » tries it again', () => {
    const events = ['2026-03-17', '2026-03-18', '2026-03-19'].map(failedOn);
    const shown = planDay({ invoices, events, settings: firm, today, keepRepeatedFailures: true });
    const action = shown.plan.actions[0];
    if (action === undefined) throw new Error('the sidebar lost the action');
    expect(shown.plan.problems.some((p) => /nuits de suite/.test(p.text.fr))).toBe(true);
    const chosen = planDay({ invoices, events, settings: firm, today, only: [action.key] });
    expect(chosen.plan.actions.map((a) => a.key)).toEqual([action.key]);
  });
});
