/**
 * Where one invoice stands today, from its row and its journal history: balance, state,
 * penalties, indemnity and prescription (docs/architecture.md, « State is a fold »; docs/french-law.md). The ladder is decided per client
 * afterwards (conversation.ts).
 */
import type {
  Invoice,
  InvoiceStanding,
  InvoiceState,
  Language,
  Problem,
  ProblemSeverity,
} from '../model';
import { RECOURSE, STEP_IDS, STEPS, stepDefinition, storedStepId } from '../steps';
import type { Settings } from '../settings/settings';
import { addDays, formatIsoDay, maxDay, type Day } from '../values/day';
import { inEach, WORDS, type Entry } from '../words/catalogue';
import { INVOICE_COLUMN_LABELS } from '../words/invoice-rows';
import { formatEuros, formatShortDayFor, formatShortFrenchDay } from '../words/format';
import type { Cents } from '../values/money';
import { paymentPlanHonoured, type InvoiceHistory, type Payment } from './journal-fold';
import {
  lateInterestCents,
  rateChoiceFor,
  recoveryIndemnity,
  type BalanceSegment,
} from './penalties';
import { countsFromService, prescriptionDay } from './prescription';

export interface InvoiceWithStanding {
  invoice: Invoice;
  standing: InvoiceStanding;
  history: InvoiceHistory;
  /** The due date the ladder counts from (a delay granted moves it). */
  dueDate: Day;
}

/**
 * The payments of an invoice in day order: the sheet's « Montant payé » on its « Date de
 * paiement » (a row marked paid with no amount: what the Journal's payments left), and the
 * Journal's. An undated sheet payment counts from the first day: the engine lets it through
 * only where its date changes nothing (paymentProblems).
 */
function datedPayments(invoice: Invoice, history: InvoiceHistory, dueDate: Day): Payment[] {
  const journalCents = history.payments.reduce((sum, p) => sum + p.amountCents, 0);
  const sheetCents =
    invoice.paidCents > 0 || !invoice.markedPaid || invoice.paymentDate === undefined
      ? invoice.paidCents
      : Math.max(0, invoice.amountCents - journalCents);
  const payments: Payment[] = [...history.payments];
  if (sheetCents > 0)
    payments.push({ day: invoice.paymentDate ?? dueDate, amountCents: sheetCents as Cents });
  return payments.length > 1 ? payments.sort((a, b) => a.day - b.day) : payments;
}

/**
 * The balance day by day: a payment lowers it from the day after it is received, the day of
 * payment still bearing interest on the former balance (L441-10: penalties run to the day of
 * payment). `paidOn` is the day the payments settled it.
 */
export function balanceSegments(
  invoice: Invoice,
  history: InvoiceHistory,
  dueDate: Day,
): { segments: BalanceSegment[]; balance: Cents; paidOn?: Day; lastPaymentOn?: Day } {
  let balance: number = invoice.amountCents;
  const firstLateDay = addDays(dueDate, 1);
  const segments: BalanceSegment[] = [{ from: firstLateDay, balanceCents: balance as Cents }];
  let paidOn: Day | undefined;
  let lastPaymentOn: Day | undefined;
  for (const payment of datedPayments(invoice, history, dueDate)) {
    balance -= payment.amountCents;
    lastPaymentOn = payment.day;
    const from = maxDay(addDays(payment.day, 1), firstLateDay);
    const last = segments[segments.length - 1];
    if (last !== undefined && last.from === from) last.balanceCents = Math.max(0, balance) as Cents;
    else segments.push({ from, balanceCents: Math.max(0, balance) as Cents });
    if (balance <= 0 && paidOn === undefined) paidOn = payment.day;
  }
  const result = { segments, balance: balance as Cents };
  return {
    ...result,
    ...(paidOn === undefined ? {} : { paidOn }),
    ...(lastPaymentOn === undefined ? {} : { lastPaymentOn }),
  };
}

/**
 * The day the limitation period starts from (prescription.ts): for a consumer, the end of the
 * service (its *Date de prestation*, else the invoice's date); otherwise the due date. Only the
 * debtor's own acknowledgement starts it again (Code civil 2240): a payment, or a promise or plan
 * recorded with the reference of the client's writing; for a public buyer, any written demand
 * too (loi n° 68-1250, article 2), never a phone call.
 */
function prescriptionStart(invoice: Invoice, history: InvoiceHistory, dueDate: Day): Day {
  let start = countsFromService(invoice.clientType)
    ? (invoice.serviceDate ?? invoice.issueDate ?? dueDate)
    : dueDate;
  const later = (day: Day | undefined) => {
    if (day !== undefined && day > start) start = day;
  };
  for (const payment of history.payments) later(payment.day);
  if (invoice.paidCents > 0) later(invoice.paymentDate);
  if (history.promise?.writing !== undefined) later(history.promise.recordedOn);
  if (history.paymentPlan?.writing !== undefined) later(history.paymentPlan.start);
  if (invoice.clientType === 'public-buyer')
    for (const step of STEP_IDS)
      if (stepDefinition(step).channel !== 'phone') later(history.steps[step]);
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
    history.paymentPlan !== undefined &&
    paymentPlanHonoured(history.paymentPlan, history.payments, today, settings.promiseGraceDays)
  )
    return 'payment-plan';
  if (
    history.promise !== undefined &&
    today <= addDays(history.promise.date, settings.promiseGraceDays)
  )
    return 'promise';
  if (history.steps[RECOURSE] !== undefined) return 'recourse';
  return today <= dueDate ? 'not-due' : 'active';
}

function problemsOf(history: InvoiceHistory): string[] {
  if (history.unverified.length === 0 && history.openTasks.length === 0) return [];
  return [
    ...history.unverified.map((step) => WORDS.unverifiedSend.fr(storedStepId(step))),
    ...history.openTasks.map((task) =>
      WORDS.openTask.fr(storedStepId(task.step), formatIsoDay(task.since)),
    ),
  ];
}

/**
 * Where an invoice stands today; `paidOn` is the day the payments settled it. `paymentProblems`
 * are what Relance does not know of its payments: an error keeps the invoice out of the run until
 * the user fixes it (a payment with no date, or dated after today: the sums depend on them).
 */
export function standingOf(
  invoice: Invoice,
  history: InvoiceHistory,
  settings: Settings,
  today: Day,
): InvoiceWithStanding & { paidOn?: Day; settled: boolean; paymentProblems: Problem[] } {
  const dueDate = history.newDueDate ?? invoice.dueDate;
  const money = balanceSegments(invoice, history, dueDate);
  const { balance, paidOn } = money;
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
  const settledOn = settled ? (paidOn ?? money.lastPaymentOn ?? invoice.paymentDate) : undefined;
  const { interestCents, indemnityCents } = settled
    ? keptPenalties(invoice, history, { ...money, dueDate, settledOn, settings })
    : penaltiesOf(invoice, money.segments, { dueDate, until: today, late: daysLate > 0, settings });
  const standing: InvoiceStanding = {
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
  lastStepOf(history, standing);
  const facts = {
    invoice,
    standing,
    history,
    dueDate,
    settled,
    paymentProblems: paymentProblems(invoice, history, { dueDate, today, settled, settings }),
  };
  return paidOn === undefined ? facts : { ...facts, paidOn };
}

/** The most advanced step taken on the invoice, and its day. */
function lastStepOf(history: InvoiceHistory, standing: InvoiceStanding): void {
  for (const step of STEP_IDS) {
    const day = history.steps[step];
    if (day === undefined) continue;
    standing.lastStep = step;
    standing.lastStepDate = day;
  }
}

/** Penalties and the indemnity (Code de commerce L441-10, D441-5) bind professionals: never a consumer. */
function chargeable(invoice: Invoice): boolean {
  return invoice.clientType !== 'consumer';
}

/** The penalties of an invoice still owed, to `until`, and its indemnity once it is late. */
function penaltiesOf(
  invoice: Invoice,
  segments: readonly BalanceSegment[],
  at: { dueDate: Day; until: Day; late: boolean; settings: Settings },
): { interestCents: Cents; indemnityCents: Cents } {
  const { penalties } = at.settings;
  const type = invoice.clientType;
  // A client of unknown type is charged nothing until the user says what it is (client-kind.ts).
  if (type === undefined) return { interestCents: 0 as Cents, indemnityCents: 0 as Cents };
  const rates = rateChoiceFor(type, penalties);
  return {
    interestCents:
      chargeable(invoice) && at.late
        ? lateInterestCents(at.dueDate, at.until, segments, rates)
        : (0 as Cents),
    indemnityCents: at.late ? recoveryIndemnity(type, penalties) : (0 as Cents),
  };
}

/** A message to add to the problems of some invoices' standings. */
export interface InvoiceNote {
  invoices: readonly string[];
  message: string;
}

/**
 * The standings with each note added to the problems of its invoices: new standings where a note
 * falls, the given ones left as they were (the core never changes what it is given).
 */
export function withNotes(
  standings: readonly InvoiceStanding[],
  notes: readonly InvoiceNote[],
): InvoiceStanding[] {
  const added = new Map<string, string[]>();
  for (const note of notes)
    for (const number of note.invoices)
      added.set(number, [...(added.get(number) ?? []), note.message]);
  return standings.map((standing) => {
    const more = added.get(standing.number);
    return more === undefined
      ? standing
      : { ...standing, problems: [...standing.problems, ...more] };
  });
}

/** True once a message claimed the invoice's penalties and indemnity (the courrier de rappel on). */
export function penaltiesClaimed(history: InvoiceHistory): boolean {
  return STEPS.some((step) => step.claimsPenalties && history.steps[step.id] !== undefined);
}

/**
 * An invoice paid late keeps on the client's account the penalties and the indemnity a message
 * already claimed (L441-10: the penalties run to the day of payment; D441-5: the 40 € is owed
 * for any late payment), until the client pays them (what was paid beyond the principal goes to
 * them) or the user waives them. Nothing is kept on an invoice paid on time or never claimed.
 */
function keptPenalties(
  invoice: Invoice,
  history: InvoiceHistory,
  at: {
    segments: readonly BalanceSegment[];
    balance: Cents;
    dueDate: Day;
    settledOn: Day | undefined;
    settings: Settings;
  },
): { interestCents: Cents; indemnityCents: Cents } {
  const none = { interestCents: 0 as Cents, indemnityCents: 0 as Cents };
  const paidLate = at.settledOn !== undefined && at.settledOn > at.dueDate;
  if (history.penaltiesWaived || !penaltiesClaimed(history) || !paidLate) return none;
  const owed = penaltiesOf(invoice, at.segments, {
    dueDate: at.dueDate,
    until: at.settledOn as Day,
    late: true,
    settings: at.settings,
  });
  const beyondPrincipal = Math.max(0, -at.balance);
  const onInterest = Math.min(beyondPrincipal, owed.interestCents);
  const onIndemnity = Math.min(beyondPrincipal - onInterest, owed.indemnityCents);
  return {
    interestCents: (owed.interestCents - onInterest) as Cents,
    indemnityCents: (owed.indemnityCents - onIndemnity) as Cents,
  };
}

const PAYMENT_DATE_COLUMN: string = INVOICE_COLUMN_LABELS.paymentDate.fr;

/**
 * What keeps an invoice's sums from being known: a payment dated after today, or a sheet
 * payment with no date while its date matters (the invoice is late and still owed, or paid
 * late with penalties claimed). Never dated silently: the invoice waits for the user.
 */
function paymentProblems(
  invoice: Invoice,
  history: InvoiceHistory,
  at: { dueDate: Day; today: Day; settled: boolean; settings: Settings },
): Problem[] {
  const problems: Problem[] = [];
  const problem = (
    value: string,
    text: Entry<string>,
    column = PAYMENT_DATE_COLUMN,
    severity: ProblemSeverity = 'error',
  ) => problems.push({ row: invoice.row, column, value, text, invoice: invoice.number, severity });
  const day = (language: Language, d: Day) => formatShortDayFor(language, d);
  const sheetPaid = invoice.paidCents > 0 || invoice.markedPaid;
  const date = invoice.paymentDate;
  if (sheetPaid && date !== undefined && date > at.today)
    problem(
      formatShortFrenchDay(date),
      inEach((l) => WORDS.paymentAfterToday[l](day(l, date), day(l, at.today))),
    );
  for (const payment of history.payments)
    if (payment.day > at.today) {
      const said = (l: Language) =>
        WORDS.paymentInJournalAfterToday[l](
          formatEuros(payment.amountCents, l),
          day(l, payment.day),
          day(l, at.today),
        );
      problem(formatShortFrenchDay(payment.day), inEach(said), 'Journal');
    }
  if (sheetPaid && date === undefined && at.today > at.dueDate) {
    const cents = invoice.paidCents > 0 ? invoice.paidCents : invoice.amountCents;
    if (!at.settled)
      problem(
        '',
        inEach((l) => WORDS.paymentUndated[l](formatEuros(cents, l))),
      );
    else if (penaltiesClaimed(history) && !history.penaltiesWaived && chargeable(invoice))
      problem(
        '',
        inEach((l) => WORDS.paymentUndatedSettled[l](formatEuros(cents, l))),
        PAYMENT_DATE_COLUMN,
        'warning',
      );
  }
  return problems;
}
