import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { toExecutionPlan } from '../../src/core/plan/execution';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, event, invoice } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

describe('tasks for the user', () => {
  it('are written in the user’s language, whatever the client’s', () => {
    const invoices = [
      invoice({
        client: 'Brightside Ltd',
        language: 'en',
        due: '2026-03-02',
        phone: '+44 20 7946 0958',
      }),
    ];
    const today = day('2026-03-10');
    const events = [event({ on: '2026-03-04', client: 'Brightside Ltd', step: 'reminder-1' })];
    const plan = planDunning({ invoices, events, settings: firm, today });
    const execution = toExecutionPlan({
      plan,
      invoices,
      settings: firm,
      today,
      mode: 'preview',
    });
    const call = execution.steps.find((s) => s.action.step === 'phone-call');
    expect(call?.message.subject).toMatch(/^Appeler Brightside Ltd/);
    expect(call?.message.body).toContain('À demander :');
    const english = { ...firm, sending: { ...firm.sending, defaultLanguage: 'en' as const } };
    const inEnglish = toExecutionPlan({
      plan,
      invoices,
      settings: english,
      today,
      mode: 'preview',
    });
    expect(inEnglish.steps[0]?.event.detail).toBe('Phone call: task created.');
  });
});
