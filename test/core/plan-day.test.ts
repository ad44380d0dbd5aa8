import { describe, expect, it } from 'vitest';
import { planDay } from '../../src/core/plan/plan-day';
import type { Settings } from '../../src/core/settings/settings';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import example from '../../samples/settings.example.json';
import { day, euros, event, invoice, settings } from '../fixtures';

const firm: Settings = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

const today = day('2026-03-20');

/** `value` frozen all the way down: a write into it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
const invoices = [
  invoice({ number: 'A-1', client: 'Alpha', due: '2026-03-10', amountCents: euros(1000) }),
  invoice({ number: 'B-1', client: 'Beta', due: '2026-03-10', amountCents: euros(400) }),
];

describe('the plan of a day', () => {
  it('plans a reminder for each overdue client when the firm’s mentions are complete', () => {
    const { plan } = planDay({ invoices, events: [], settings: firm, today });
    expect(plan.actions.map((a) => [a.client, a.step])).toEqual([
      ['Alpha', 'reminder-1'],
      ['Beta', 'reminder-1'],
    ]);
  });

  it('holds back an email whose mandatory mentions are missing, and says so on its invoice', () => {
    const { plan } = planDay({ invoices, events: [], settings: settings(), today });
    expect(plan.actions).toEqual([]);
    expect(plan.standings[0]?.problems.join(' ')).toMatch(/raison sociale/);
  });

  it('keeps only the actions the user chose to send', () => {
    const all = planDay({ invoices, events: [], settings: firm, today }).plan.actions;
    const beta = all.find((a) => a.client === 'Beta');
    if (beta === undefined) throw new Error('no action for Beta');
    const { plan } = planDay({ invoices, events: [], settings: firm, today, only: [beta.key] });
    expect(plan.actions.map((a) => a.client)).toEqual(['Beta']);
    expect(plan.standings).toHaveLength(2);
  });

  it('counts the day’s figures from the same plan: overdue balance, payments recorded', () => {
    const paid = event({
      on: '2026-03-15',
      type: 'payment',
      client: 'Beta',
      invoices: ['B-1'],
      amountCents: euros(400),
    });
    const { indicators } = planDay({ invoices, events: [paid], settings: firm, today });
    expect(indicators().overdueCents).toBe(euros(1000));
    expect(indicators().byState.paid).toBe(euros(400));
  });

  it('leaves the invoices, the Journal and the settings it was given as they were', () => {
    const failed = ['2026-03-17', '2026-03-18', '2026-03-19'].map((on) =>
      event({ on, client: 'Alpha', invoices: ['A-1'], step: 'reminder-1', state: 'failed' }),
    );
    const paid = event({
      on: '2026-03-15',
      type: 'payment',
      client: 'Beta',
      invoices: ['B-1'],
      amountCents: euros(100),
    });
    const given = deepFreeze({ invoices, events: [...failed, paid], today });
    for (const chosen of [firm, settings()]) {
      const input = { ...given, settings: deepFreeze(chosen) };
      const { plan, indicators } = planDay({ ...input, keepRepeatedFailures: true });
      expect(plan.problems.length).toBeGreaterThan(0);
      expect(indicators().overdueCents).toBe(euros(1300));
      const only = plan.actions.map((a) => a.key);
      expect(() => planDay({ ...input, only })).not.toThrow();
    }
  });
});
