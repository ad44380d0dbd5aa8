/** The letter templates a day needs, made before its letters when missing. */
import { describe, expect, it } from 'vitest';
import { letterTemplatesNeeded } from '../../src/core/plan/letter-templates';
import type { Language, StepId } from '../../src/core/model';
import type { Entry } from '../../src/core/words/catalogue';

type Step = { action: { step: StepId; language: Language }; makesLetter: boolean };
const step = (stepId: StepId, language: Language, makesLetter: boolean): Step => ({
  action: { step: stepId, language },
  makesLetter,
});

const day = (steps: Step[], more: { preview?: boolean; holdReason?: Entry<string> } = {}) => ({
  steps,
  preview: false,
  ...more,
});

describe('the letter templates a day needs', () => {
  it('names each step and language that makes a letter, once', () => {
    const steps = [
      step('reminder-2', 'fr', true),
      step('reminder-2', 'fr', true),
      step('reminder-2', 'en', true),
      step('reminder-1', 'fr', false),
    ];
    expect(letterTemplatesNeeded(day(steps))).toEqual([
      { step: 'reminder-2', language: 'fr' },
      { step: 'reminder-2', language: 'en' },
    ]);
  });

  it('needs none for a preview or a day held back, which make no letter', () => {
    const steps = [step('reminder-2', 'fr', true)];
    expect(letterTemplatesNeeded(day(steps, { preview: true }))).toEqual([]);
    expect(
      letterTemplatesNeeded(
        day(steps, { holdReason: { fr: 'Jour non ouvré', en: 'Non-business day' } }),
      ),
    ).toEqual([]);
  });
});
