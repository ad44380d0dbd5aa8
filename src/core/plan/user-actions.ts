/**
 * What the user decides on one of today's actions from the sidebar, as the Journal event that
 * records it: « Reporter » holds the action's invoices for a few days (the ladder resumes on its
 * own), « Ignorer » counts the step as done with nothing sent.
 */
import type { Action, JournalEvent, Plan } from '../model';
import { addDays } from '../values/day';
import { EXECUTION_MESSAGES } from './execution';
import { WORDS } from '../words/catalogue';
import { PLAN_WORDS } from '../words/plan';

/** The postponements the sidebar offers, in days. */
export const POSTPONE_DAYS = { min: 1, max: 60 } as const;

export type UserActionResult = { ok: true; event: JournalEvent } | { ok: false; message: string };

function plannedAction(plan: Plan, key: string): Action | undefined {
  return plan.actions.find((a) => a.key === key);
}

export function postponeActionEvent(
  plan: Plan,
  key: string,
  days: number,
  id: string,
): UserActionResult {
  const action = plannedAction(plan, key);
  if (action === undefined) return { ok: false, message: EXECUTION_MESSAGES.noLongerDue };
  if (!Number.isInteger(days) || days < POSTPONE_DAYS.min || days > POSTPONE_DAYS.max)
    return { ok: false, message: WORDS.postponeRange.fr(POSTPONE_DAYS.min, POSTPONE_DAYS.max) };
  return {
    ok: true,
    event: {
      id,
      day: plan.today,
      type: 'hold',
      client: action.client,
      invoices: [...action.invoices],
      date: addDays(plan.today, days),
      detail: PLAN_WORDS.postponed.fr(days),
      state: 'done',
    },
  };
}

export function ignoreActionEvent(plan: Plan, key: string, id: string): UserActionResult {
  const action = plannedAction(plan, key);
  if (action === undefined) return { ok: false, message: EXECUTION_MESSAGES.noLongerDue };
  return {
    ok: true,
    event: {
      id,
      day: plan.today,
      type: 'task-done',
      client: action.client,
      invoices: [...action.invoices],
      step: action.step,
      detail: PLAN_WORDS.ignored.fr,
      state: 'done',
    },
  };
}
