/**
 * A day's plan, as the run, the sidebar and the preview all need it: the ladder's actions for
 * today, less those that lack a mandatory mention or a client's postal address (told on their
 * invoices instead), limited to the actions the user chose; and the day's figures from the same
 * plan.
 */
import type { Invoice, JournalEvent, Plan } from '../model';
import { withholdIncompleteActions } from '../messages/compose';
import { computeIndicators, type Indicators } from '../reports/indicators';
import type { Settings } from '../settings/settings';
import type { Day } from '../values/day';
import { planDunning } from '../dunning/engine';
import { holdRepeatedFailures } from '../dunning/repeated-failures';

export interface PlanDayInput {
  invoices: readonly Invoice[];
  events: readonly JournalEvent[];
  settings: Settings;
  today: Day;
  /** Keys of the only actions to keep (the sidebar's « Envoyer » on one action). */
  only?: readonly string[] | undefined;
  /**
   * Keep the actions that failed night after night (repeated-failures.ts), with their problem:
   * the sidebar shows them so that « Envoyer » can try them again. The nightly run leaves them.
   */
  keepRepeatedFailures?: boolean;
}

export interface DayPlan {
  plan: Plan;
  /** The dashboard's figures for this plan, computed when asked. */
  indicators: () => Indicators;
}

export function planDay(input: PlanDayInput): DayPlan {
  const { invoices, events, settings, today } = input;
  const complete = withholdIncompleteActions(
    planDunning({ invoices, events, settings, today }),
    settings,
    invoices,
  );
  // The user's own « Envoyer » tries an action again whatever its past failures.
  const keep = input.keepRepeatedFailures === true || input.only !== undefined;
  const plan = selectActions(holdRepeatedFailures(complete, events, keep), input.only);
  return {
    plan,
    indicators: () =>
      computeIndicators({
        invoices,
        standings: plan.standings,
        events,
        today,
        paymentTermsDays: settings.paymentTermsDays,
      }),
  };
}

/**
 * The part of the day's plan a run carries out: all of it, or only the actions named by key
 * (the sidebar's « Envoyer » on one action sends that action alone). A key is matched exactly:
 * an action whose key changed since the sidebar listed it (a new day, a payment recorded, an
 * invoice added to the step) is not carried out, and the user reloads the list.
 */
function selectActions(plan: Plan, only: readonly string[] | undefined): Plan {
  if (only === undefined) return plan;
  const wanted = new Set(only);
  return { ...plan, actions: plan.actions.filter((action) => wanted.has(action.key)) };
}
