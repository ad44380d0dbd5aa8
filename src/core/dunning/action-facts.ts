/**
 * The facts an action carries for its texts (see Action in model.ts): the deadline it states,
 * the steps already taken, the recorded posting, the court of a recourse, a broken promise.
 * Computed here once, so that no text recomputes a date or a court.
 */
import type { Action, BrokenPromise, EarlierStep } from '../model';
import { STEP_IDS } from '../model';
import { businessDeadline } from '../values/calendar';
import { addDays } from '../values/day';
import {
  formalNoticeDeadline,
  PAYMENT_DEADLINE_DAYS,
  STEP_ORDER,
  type ConversationContext,
  type NextStep,
} from './conversation';
import { courtFor } from './court';
import { debtorCalendar } from './debtor-calendar';
import type { InvoiceFacts } from './invoice-standing';

type ActionFacts = Pick<
  Action,
  'formalNoticeCopy' | 'deadline' | 'earlierSteps' | 'posting' | 'court' | 'brokenPromise'
>;

/** The steps taken on these invoices before `next`, oldest first, one per step and day. */
export function earlierStepsOf(next: NextStep, facts: readonly InvoiceFacts[]): EarlierStep[] {
  const current = STEP_ORDER.get(next.step.id) ?? 0;
  const byKey = new Map<string, EarlierStep>();
  for (const { invoice, history } of facts) {
    for (const step of STEP_IDS) {
      const day = history.steps[step];
      if (day === undefined || (STEP_ORDER.get(step) ?? 0) >= current) continue;
      const key = `${step}|${day}`;
      const entry = byKey.get(key);
      if (entry) entry.invoices.push(invoice.number);
      else byKey.set(key, { step, day, invoices: [invoice.number] });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => a.day - b.day || (STEP_ORDER.get(a.step) ?? 0) - (STEP_ORDER.get(b.step) ?? 0),
  );
}

/**
 * The promise the client broke and no message has answered yet: its date plus the grace days
 * passed, and no step was taken on the invoice since it was recorded.
 */
export function brokenPromiseOf(
  facts: readonly InvoiceFacts[],
  context: ConversationContext,
): BrokenPromise | undefined {
  let broken: BrokenPromise | undefined;
  for (const { invoice, history } of facts) {
    const promise = history.promise;
    if (promise === undefined) continue;
    if (context.today <= addDays(promise.date, context.settings.promiseGraceDays)) continue;
    if (Object.values(history.steps).some((day) => day !== undefined && day > promise.recordedOn))
      continue;
    if (broken !== undefined && broken.promisedDay === promise.date) {
      broken.invoices.push(invoice.number);
    } else if (broken === undefined || promise.date > broken.promisedDay) {
      broken = {
        promisedDay: promise.date,
        recordedOn: promise.recordedOn,
        invoices: [invoice.number],
      };
    }
  }
  return broken;
}

export function actionFacts(
  next: NextStep,
  facts: readonly InvoiceFacts[],
  context: ConversationContext,
): ActionFacts {
  const result: ActionFacts = { earlierSteps: earlierStepsOf(next, facts) };
  // The deadlines are the debtor's: its own Alsace-Moselle holidays (debtor-calendar.ts).
  const calendar = debtorCalendar(facts[0]?.invoice.address, context.calendar);
  if (next.copyOf !== undefined) {
    result.formalNoticeCopy = true;
    result.posting = next.copyOf;
    result.deadline = formalNoticeDeadline(next.copyOf, calendar);
  } else if (next.step.id === 'contentieux') {
    const first = facts[0]?.invoice;
    if (first !== undefined) result.court = courtFor(first);
  } else if (next.step.id !== 'mise-en-demeure') {
    // A mise en demeure's letter is printed before it is posted: its deadline runs from the
    // first presentation, a date no one knows yet; the email copy states it.
    result.deadline = businessDeadline(context.today, PAYMENT_DEADLINE_DAYS, calendar);
  }
  const broken = brokenPromiseOf(facts, context);
  if (broken !== undefined) result.brokenPromise = broken;
  return result;
}
