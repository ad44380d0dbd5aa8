/** The letter templates a day's execution needs, one per letter step and language. */
import type { Language, StepId } from '../model';
import type { ExecutionPlan, ExecutionStep } from './execution';

export interface TemplateNeed {
  step: StepId;
  language: Language;
}

/**
 * Each template the steps that make a letter need, once; none for a preview or a held day, which
 * make no letter.
 */
export function letterTemplatesNeeded(
  execution: Pick<ExecutionPlan, 'preview' | 'holdReason'> & {
    steps: readonly (Pick<ExecutionStep, 'makesLetter'> & { action: TemplateNeed })[];
  },
): TemplateNeed[] {
  if (execution.preview || execution.holdReason !== undefined) return [];
  const needed = new Map<string, TemplateNeed>();
  for (const { makesLetter, action } of execution.steps)
    if (makesLetter)
      needed.set(`${action.step}|${action.language}`, {
        step: action.step,
        language: action.language,
      });
  return [...needed.values()];
}
