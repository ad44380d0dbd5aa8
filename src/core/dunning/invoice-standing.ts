/**
 * Where one invoice stands today, from its row and its journal history: balance, state,
 * penalties, indemnity and prescription (DESIGN §2, §4). The ladder is decided per client
 * afterwards (conversation.ts).
 */
import type { Invoice, InvoicePlan, InvoiceState } from '../model';
import { STEP_IDS } from '../model';
import type { Settings } from '../settings/settings';
import { addDays, formatIsoDay, maxDay, type Day } from '../values/day';
import type { Cents } from '../values/money';
import { planHonoured, type InvoiceHistory } from './journal-fold';
import {
  lateInterestCents,
  rateChoiceFor,
  recoveryIndemnity,
  type BalanceSegment,
} from './penalties';
import { prescriptionDay } from './prescription';

export const STANDING_MESSAGES = {
  openTask: (step: string, since: string) => `Tâche à faire (${step}) depuis le ${since}.`,
  unverified: (step: string) =>
    `Envoi interrompu (${step}) : vérifiez dans votre messagerie s’il est parti, puis confirmez-le dans Relance.`,
} as const;

export interface InvoiceFacts {
  invoice: Invoice;
  plan: InvoicePlan;
  history: InvoiceHistory;
  /** The due date the ladder counts from (a delay granted moves it). */
  dueDate: Day;
}

export function balanceSegments(
  invoice: Invoice,
  history: InvoiceHistory,
  dueDate: Day,
): { segments: BalanceSegment[]; balance: Cents; paidOn?: Day } {
  let balance = invoice.amountCents - invoice.paidCents;
  const segments: BalanceSegment[] = [
    { from: addDays(dueDate, 1), balanceCents: balance as Cents },
  ];
  let paidOn: Day | undefined;
  const payments =
    history.payments.length > 1
      ? [...history.payments].sort((a, b) => a.day - b.day)
      : history.payments;
  for (const payment of payments) {
    balance -= payment.amountCents;
    const from = maxDay(addDays(payment.day, 1), addDays(dueDate, 1));
    const last = segments[segments.length - 1];
    if (last !== undefined && last.from === from) last.balanceCents = Math.max(0, balance) as Cents;
    else segments.push({ from, balanceCents: Math.max(0, balance) as Cents });
    if (balance <= 0 && paidOn === undefined) paidOn = payment.day;
  }
  return paidOn === undefined
    ? { segments, balance: balance as Cents }
    : { segments, balance: balance as Cents, paidOn };
}

/**
 * The day the limitation period starts from: the due date, or the latest acknowledgement of the
 * debt (Code civil 2240: a partial payment, a promise, a payment plan); for a public buyer, any
 * written demand too (loi n° 68-1250, article 2).
 */
function prescriptionStart(invoice: Invoice, history: InvoiceHistory, dueDate: Day): Day {
  let start = dueDate;
  const later = (day: Day | undefined) => {
    if (day !== undefined && day > start) start = day;
  };
  for (const payment of history.payments) later(payment.day);
  if (invoice.paidCents > 0) later(invoice.paymentDate);
  later(history.promise?.recordedOn);
  later(history.plan?.start);
  if (invoice.clientType === 'acheteur-public')
    for (const day of Object.values(history.steps)) later(day);
  return start;
}

function stateOf(
  history: InvoiceHistory,
  dueDate: Day,
  settings: Settings,
  today: Day,
): InvoiceState {
  if (history.dispute) return 'dispute';
  if (
    history.hold !== undefined &&
    (history.hold.until === undefined || today < history.hold.until)
  )
    return 'hold';
  if (
    history.plan !== undefined &&
    planHonoured(history.plan, history.payments, today, settings.promiseGraceDays)
  )
    return 'plan';
  if (
    history.promise !== undefined &&
    today <= addDays(history.promise.date, settings.promiseGraceDays)
  )
    return 'promise';
  if (history.steps.contentieux !== undefined) return 'recourse';
  return today <= dueDate ? 'not-due' : 'active';
}

function problemsOf(history: InvoiceHistory): string[] {
  if (history.unverified.length === 0 && history.openTasks.length === 0) return [];
  return [
    ...history.unverified.map((step) => STANDING_MESSAGES.unverified(step)),
    ...history.openTasks.map((task) =>
      STANDING_MESSAGES.openTask(task.step, formatIsoDay(task.since)),
    ),
  ];
}

/** Where an invoice stands today; `paidOn` is the day the journal's payments settled it. */
export function standingOf(
  invoice: Invoice,
  history: InvoiceHistory,
  settings: Settings,
  today: Day,
): InvoiceFacts & { paidOn?: Day; settled: boolean } {
  const dueDate = history.newDueDate ?? invoice.dueDate;
  const { segments, balance, paidOn } = balanceSegments(invoice, history, dueDate);
  const daysLate = Math.max(0, today - dueDate);
  const settled = invoice.markedPaid || balance <= settings.smallBalanceCents;
  const limit = prescriptionDay(prescriptionStart(invoice, history, dueDate), invoice.clientType);
  const state: InvoiceState = settled
    ? 'paid'
    : today > limit
      ? 'prescribed'
      : invoice.markedDisputed === true
        ? 'dispute'
        : stateOf(history, dueDate, settings, today);
  const { interestCents, indemnityCents } = penaltiesOf(invoice, segments, {
    dueDate,
    until: paidOn !== undefined && paidOn < today ? paidOn : today,
    late: daysLate > 0,
    settled,
    settings,
  });
  const plan: InvoicePlan = {
    number: invoice.number,
    client: invoice.client,
    clientKey: invoice.clientKey,
    state,
    dueDate,
    balanceCents: Math.max(0, balance) as Cents,
    daysLate,
    interestCents,
    indemnityCents,
    prescriptionDay: limit,
    problems: problemsOf(history),
  };
  lastStepOf(history, plan);
  const facts = { invoice, plan, history, dueDate, settled };
  return paidOn === undefined ? facts : { ...facts, paidOn };
}

/** The most advanced step taken on the invoice, and its day. */
function lastStepOf(history: InvoiceHistory, plan: InvoicePlan): void {
  for (const step of STEP_IDS) {
    const day = history.steps[step];
    if (day === undefined) continue;
    plan.lastStep = step;
    plan.lastStepDate = day;
  }
}

function penaltiesOf(
  invoice: Invoice,
  segments: readonly BalanceSegment[],
  at: { dueDate: Day; until: Day; late: boolean; settled: boolean; settings: Settings },
): { interestCents: Cents; indemnityCents: Cents } {
  const { penalties } = at.settings;
  const chargeable = invoice.clientType !== 'particulier' || penalties.chargeConsumers;
  const rates = rateChoiceFor(invoice.clientType, penalties);
  return {
    interestCents:
      chargeable && at.late
        ? lateInterestCents(at.dueDate, at.until, segments, rates)
        : (0 as Cents),
    indemnityCents:
      at.late && !at.settled ? recoveryIndemnity(invoice.clientType, penalties) : (0 as Cents),
  };
}
