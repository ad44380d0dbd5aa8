/**
 * The details an action carries for its texts (see Action in model.ts): the deadline it states,
 * the steps already taken, the recorded posting, the court of a recourse, a broken promise.
 * Computed here once, so that no text recomputes a date or a court.
 */
import type {
  Action,
  AwaitingInvoice,
  BrokenPaymentPlan,
  BrokenPromise,
  EarlierStep,
} from '../model';
import type { Cents } from '../values/money';
import { paymentPlanHonoured } from './journal-fold';
import { STEP_IDS, stepDefinition, stepOrder } from '../steps';
import { businessDeadline } from '../values/calendar';
import { addDays, type Day } from '../values/day';
import {
  formalNoticeTerms,
  PAYMENT_DEADLINE_DAYS,
  type ConversationContext,
  type NextStep,
} from './conversation';
import { courtFor } from './court';
import { debtorCalendar } from './debtor-calendar';
import type { InvoiceWithStanding } from './invoice-standing';

type ActionDetails = Pick<
  Action,
  | 'formalNoticeCopy'
  | 'deadline'
  | 'earlierSteps'
  | 'posting'
  | 'terms'
  | 'statedOn'
  | 'court'
  | 'brokenPromise'
  | 'brokenPaymentPlan'
  | 'awaiting'
>;

/**
 * The contacts that took place on these invoices before `next` (messages sent, calls recorded
 * with their outcome, letters posted: never a task still to do), oldest first, one per step and
 * day.
 */
export function earlierStepsOf(
  next: NextStep,
  facts: readonly InvoiceWithStanding[],
): EarlierStep[] {
  const current = stepOrder(next.step.id);
  const byKey = new Map<string, EarlierStep>();
  for (const { invoice, history } of facts) {
    for (const step of STEP_IDS) {
      const day = history.contacts[step];
      if (day === undefined || stepOrder(step) >= current) continue;
      const key = `${step}|${day}`;
      const entry = byKey.get(key);
      if (entry) entry.invoices.push(invoice.number);
      else byKey.set(key, { step, day, invoices: [invoice.number] });
    }
  }
  return [...byKey.values()].sort((a, b) => a.day - b.day || stepOrder(a.step) - stepOrder(b.step));
}

/**
 * The promise the client broke and no message has answered yet: its date plus the grace days
 * passed, and no step was taken on the invoice since it was recorded.
 */
export function brokenPromiseOf(
  facts: readonly InvoiceWithStanding[],
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

/** An invoice left out of a recourse, with the next step shown on it. */
function awaitingOf({ invoice, standing }: InvoiceWithStanding): AwaitingInvoice {
  const awaiting: AwaitingInvoice = { invoice: invoice.number };
  if (standing.nextStep !== undefined) awaiting.step = standing.nextStep;
  if (standing.nextDate !== undefined) awaiting.date = standing.nextDate;
  return awaiting;
}

/** The first instalment of a plan not covered by the payments made since it was agreed. */
function missedInstalment(
  facts: InvoiceWithStanding,
  context: ConversationContext,
): { day: Day; cents: Cents } | undefined {
  const { paymentPlan, payments } = facts.history;
  if (paymentPlan === undefined) return undefined;
  if (paymentPlanHonoured(paymentPlan, payments, context.today, context.settings.promiseGraceDays))
    return undefined;
  let paid = payments
    .filter((p) => p.day >= paymentPlan.start)
    .reduce((sum, p) => sum + p.amountCents, 0);
  for (const instalment of paymentPlan.instalments) {
    if (paid < instalment.amountCents)
      return { day: instalment.date, cents: (instalment.amountCents - paid) as Cents };
    paid -= instalment.amountCents;
  }
  return undefined;
}

/**
 * The payment plan the client broke and no message has answered yet: an instalment missed past
 * the grace days, and no step taken on the invoice since that instalment's day.
 */
export function brokenPaymentPlanOf(
  facts: readonly InvoiceWithStanding[],
  context: ConversationContext,
): BrokenPaymentPlan | undefined {
  let broken: BrokenPaymentPlan | undefined;
  for (const f of facts) {
    const missed = missedInstalment(f, context);
    const agreedOn = f.history.paymentPlan?.start;
    if (missed === undefined || agreedOn === undefined) continue;
    if (Object.values(f.history.steps).some((d) => d !== undefined && d > missed.day)) continue;
    if (broken !== undefined && broken.agreedOn === agreedOn)
      broken.invoices.push(f.invoice.number);
    else if (broken === undefined || agreedOn > broken.agreedOn)
      broken = {
        agreedOn,
        missedDay: missed.day,
        missedCents: missed.cents,
        invoices: [f.invoice.number],
      };
  }
  return broken;
}

export function actionDetails(
  next: NextStep,
  facts: readonly InvoiceWithStanding[],
  context: ConversationContext,
): ActionDetails {
  const result: ActionDetails = { earlierSteps: earlierStepsOf(next, facts) };
  // The deadlines are the debtor's: its own Alsace-Moselle holidays (debtor-calendar.ts).
  const calendar = debtorCalendar(facts[0]?.invoice.address, context.calendar);
  if (next.copyOf !== undefined) {
    // The copy states what the letter stated: its sums stopped on the letter's day, and the
    // deadline counted from the presentation.
    result.formalNoticeCopy = true;
    result.posting = next.copyOf;
    result.terms = formalNoticeTerms(next.copyOf, calendar);
    result.deadline = result.terms.deadline;
    result.statedOn = next.copyOf.letterDay ?? context.today;
  } else if (stepDefinition(next.step.id).recourse) {
    const first = facts[0]?.invoice;
    if (first !== undefined) result.court = courtFor(first);
    if (next.awaiting !== undefined && next.awaiting.length > 0)
      result.awaiting = next.awaiting.map(awaitingOf);
  } else if (!stepDefinition(next.step.id).formalNotice) {
    // A mise en demeure's letter is printed before it is posted: its deadline runs from the
    // first presentation, a date no one knows yet; the email copy states it.
    result.deadline = businessDeadline(context.today, PAYMENT_DEADLINE_DAYS, calendar);
  }
  const broken = brokenPromiseOf(facts, context);
  if (broken !== undefined) result.brokenPromise = broken;
  const brokenPaymentPlan = brokenPaymentPlanOf(facts, context);
  if (brokenPaymentPlan !== undefined) result.brokenPaymentPlan = brokenPaymentPlan;
  return result;
}
