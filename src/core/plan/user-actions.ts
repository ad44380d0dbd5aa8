/**
 * What the user decides on one of today's actions from the sidebar, as the Journal event that
 * records it: « Reporter » holds the action's invoices for a few days (the ladder resumes on its
 * own), « Ignorer » counts the step as done with nothing sent.
 */
import type { Action, JournalEvent, Plan } from '../model';
import { addDays } from '../values/day';
import { inBoth, WORDS, type Entry } from '../words/catalogue';
import { PLAN_WORDS } from '../words/plan';

/** The postponements the sidebar offers, in days. */
export const POSTPONE_DAYS = { min: 1, max: 60 } as const;

/** The event to record, or why not, in French and English: the sidebar says it in its language. */
export type UserActionResult =
  { ok: true; event: JournalEvent } | { ok: false; text: Entry<string> };

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
  if (action === undefined) return { ok: false, text: WORDS.noLongerDue };
  if (!Number.isInteger(days) || days < POSTPONE_DAYS.min || days > POSTPONE_DAYS.max)
    return { ok: false, text: inBoth(WORDS.postponeRange, POSTPONE_DAYS.min, POSTPONE_DAYS.max) };
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
  if (action === undefined) return { ok: false, text: WORDS.noLongerDue };
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
