/**
 * One conversation per client (docs/architecture.md, « The ladder »): the client's step is the most advanced step taken on
 * its open invoices, and every overdue invoice joins it. The first message is at most the first
 * reminder unless the oldest invoice is more than 30 days late; nothing courteous follows a
 * formal notice; the mise en demeure's email copy waits for its recorded posting, and the
 * recourse for the posting's deadline.
 */
import type { FormalNoticeTerms, LadderStep, Posting, StepId } from '../model';
import { FORMAL_NOTICE, isCourteous, STEP_IDS, stepDefinition, stepOrder as order } from '../steps';
import type { Settings } from '../settings/settings';
import {
  addBusinessDays,
  businessDeadline,
  nextBusinessDay,
  type CalendarOptions,
} from '../values/calendar';
import { debtorCalendar } from './debtor-calendar';
import { addDays, maxDay, type Day } from '../values/day';
import type { InvoiceWithStanding } from './invoice-standing';

/**
 * Days given to pay: from the day a reminder goes out, from a mise en demeure's first presentation
 * (formalNoticeTerms). A practice, not a rule of law: docs/french-law.md, « Good practice ».
 */
export const PAYMENT_DEADLINE_DAYS = 8;
/** Days late past which a first message may be firmer than the first reminder. */
export const FIRST_CONTACT_LATE_DAYS = 30;

export interface ConversationContext {
  settings: Settings;
  today: Day;
  calendar: CalendarOptions;
}

/** What is due next in a client's conversation. */
export interface NextStep {
  step: LadderStep;
  /** Undefined while the step waits for something other than time (a recorded posting). */
  date?: Day;
  /** The invoices the step is about. */
  facts: InvoiceWithStanding[];
  /** The mise en demeure's email copy, once its posting is recorded. */
  copyOf?: Posting;
  /** On a recourse: the client's other overdue invoices, still on their way to it. */
  awaiting?: InvoiceWithStanding[];
}

/** The step reached with the client on its open invoices, and the latest day it was taken. */
export function stepReached(facts: readonly InvoiceWithStanding[]): { step?: StepId; day?: Day } {
  let reached: { step?: StepId; day?: Day } = {};
  for (const { standing, history } of facts) {
    if (standing.state === 'paid' || standing.state === 'prescribed') continue;
    for (const step of STEP_IDS) {
      const day = history.steps[step];
      if (day === undefined) continue;
      const current = reached.step === undefined ? -1 : order(reached.step);
      if (order(step) > current || (order(step) === current && day > (reached.day ?? day)))
        reached = { step, day };
    }
  }
  return reached;
}

/** True once any invoice of the client, paid or not, had a mise en demeure. */
export function hadFormalNotice(facts: readonly InvoiceWithStanding[]): boolean {
  return facts.some((f) => f.history.steps[FORMAL_NOTICE] !== undefined);
}

/**
 * The client's ladder: courteous steps are dropped once a formal notice was given, and the
 * steps that are only an email when no invoice of the client has an address (the call and the
 * letters still reach it; the Email column is reported when an email step is chosen).
 */
export function ladderOfClient(
  ladder: readonly LadderStep[],
  facts: readonly InvoiceWithStanding[],
): readonly LadderStep[] {
  const courteous = !hadFormalNotice(facts);
  const reachable = facts.some((f) => f.invoice.emails.length > 0);
  if (courteous && reachable) return ladder;
  return ladder.filter(
    (s) => (courteous || !isCourteous(s.id)) && (reachable || s.channel !== 'email'),
  );
}

/** The pre-due reminder of one invoice not yet due, if it has not had one. */
export function preDueStep(
  ladder: readonly LadderStep[],
  facts: InvoiceWithStanding,
  context: ConversationContext,
): NextStep | undefined {
  const step = ladder.find((s) => stepDefinition(s.id).beforeDue);
  if (step === undefined || facts.history.steps[step.id] !== undefined) return undefined;
  // A reminder « before the due date » only while the due date has not come.
  if (context.today >= facts.dueDate) return undefined;
  const date = nextBusinessDay(addDays(facts.dueDate, step.offsetDays), context.calendar);
  return { step, date, facts: [facts] };
}

/** The first late step of a client never chased on its open invoices. */
function firstContact(
  ladder: readonly LadderStep[],
  overdue: InvoiceWithStanding[],
  oldestDue: Day,
  context: ConversationContext,
): NextStep | undefined {
  const late = ladder.filter((s) => {
    const step = stepDefinition(s.id);
    return !step.beforeDue && !step.recourse;
  });
  const longLate = context.today - oldestDue > FIRST_CONTACT_LATE_DAYS;
  const allowed = late.filter((s) => {
    const { firstContact } = stepDefinition(s.id);
    const now = firstContact === 'always' || (firstContact === 'long-late' && longLate);
    return now && order(s.id) <= order(context.settings.firstStepCap);
  });
  // With no step allowed yet (the courteous steps turned off), the first late step that may be
  // a first contact at all: never a formal notice, which follows a reminder left unanswered.
  const candidates =
    allowed.length > 0
      ? allowed
      : late.filter((s) => stepDefinition(s.id).firstContact !== 'never').slice(0, 1);
  let chosen: NextStep | undefined;
  for (const step of candidates) {
    const date = nextBusinessDay(addDays(oldestDue, step.offsetDays), context.calendar);
    if (date <= context.today || chosen === undefined) chosen = { step, date, facts: overdue };
    if (date > context.today) break;
  }
  return chosen;
}

/** The latest recorded posting on the client's overdue invoices. */
function postingOf(overdue: readonly InvoiceWithStanding[]): Posting | undefined {
  let posting: Posting | undefined;
  for (const { history } of overdue)
    if (
      history.posting !== undefined &&
      (posting === undefined || history.posting.day > posting.day)
    )
      posting = history.posting;
  return posting;
}

/**
 * Business days La Poste announces for delivering a registered letter in metropolitan France
 * (« J+2 », an indicative target, not a guarantee: see docs/french-law.md). Counted in business
 * days, the expected presentation is never earlier than the carrier's own estimate.
 */
export const REGISTERED_LETTER_DELIVERY_BUSINESS_DAYS = 2;

/**
 * The deadline of a posted mise en demeure: eight days from its first presentation (the
 * recorded one, « AR reçu », else the one expected from the posting), a business day. A posting
 * recorded so late that this day is near or past gives eight days from the recording instead:
 * a message never states a deadline already past.
 */
export function formalNoticeTerms(posting: Posting, calendar: CalendarOptions): FormalNoticeTerms {
  const presentationKnown = posting.presentedOn !== undefined;
  const presentation =
    posting.presentedOn ??
    addBusinessDays(posting.day, REGISTERED_LETTER_DELIVERY_BUSINESS_DAYS, calendar);
  const legal = businessDeadline(presentation, PAYMENT_DEADLINE_DAYS, calendar);
  const fromRecording = businessDeadline(posting.recordedOn, PAYMENT_DEADLINE_DAYS, calendar);
  return fromRecording > legal
    ? { presentation, presentationKnown, deadline: fromRecording, fromRecording: true }
    : { presentation, presentationKnown, deadline: legal, fromRecording: false };
}

/** When a step after `reached` falls due; undefined for a recourse with no recorded posting. */
function stepDate(
  step: LadderStep,
  reachedDay: Day,
  oldestDue: Day,
  posting: Posting | undefined,
  context: ConversationContext,
  debtorAddress?: string,
): Day | undefined {
  const { calendar } = context;
  const nominal = addDays(oldestDue, step.offsetDays);
  if (stepDefinition(step.id).recourse) {
    if (posting === undefined) return undefined;
    // The deadline the notice states ends on the debtor's business day (debtor-calendar.ts).
    const terms = formalNoticeTerms(posting, debtorCalendar(debtorAddress, calendar));
    const afterDeadline = addDays(terms.deadline, 1);
    const afterGap = addDays(posting.day, step.minGapDays);
    return nextBusinessDay(maxDay(nominal, maxDay(afterGap, afterDeadline)), calendar);
  }
  const afterGap = step.gapInBusinessDays
    ? addBusinessDays(reachedDay, step.minGapDays, calendar)
    : addDays(reachedDay, step.minGapDays);
  return nextBusinessDay(maxDay(nominal, afterGap), calendar);
}

function oldestDueOf(facts: readonly InvoiceWithStanding[]): Day {
  return facts.reduce((min, f) => (f.dueDate < min ? f.dueDate : min), facts[0]?.dueDate as Day);
}

const present = (next: NextStep | undefined): NextStep[] => (next === undefined ? [] : [next]);

/** The earliest of a client's next steps (those with no date last; ties in the given order). */
export function earliestStep(steps: readonly NextStep[]): NextStep | undefined {
  let first: NextStep | undefined;
  for (const next of steps)
    if (
      first === undefined ||
      (next.date !== undefined && (first.date === undefined || next.date < first.date))
    )
      first = next;
  return first;
}

/** The next step of a client with overdue invoices, or undefined when the ladder is over. */
export function nextLateStep(
  ladder: readonly LadderStep[],
  overdue: InvoiceWithStanding[],
  reached: { step?: StepId; day?: Day },
  context: ConversationContext,
): NextStep | undefined {
  return earliestStep(lateSteps(ladder, overdue, reached, context));
}

/**
 * The next steps of a client with overdue invoices: one for the whole conversation until the
 * mise en demeure; after it, each invoice goes its own way (docs/architecture.md, « The ladder »): the invoices under a
 * notice to its email copy and then, once their own deadline passed, to the recourse; an invoice
 * with no notice yet to a courrier de rappel and its own mise en demeure before it may join one.
 */
export function lateSteps(
  ladder: readonly LadderStep[],
  overdue: InvoiceWithStanding[],
  reached: { step?: StepId; day?: Day },
  context: ConversationContext,
): NextStep[] {
  const oldestDue = oldestDueOf(overdue);
  if (
    reached.step === undefined ||
    stepDefinition(reached.step).beforeDue ||
    reached.day === undefined
  )
    return present(firstContact(ladder, overdue, oldestDue, context));
  if (order(reached.step) < order(FORMAL_NOTICE)) {
    const step = ladder.find((s) => order(s.id) > order(reached.step as StepId));
    if (step === undefined) return [];
    const date = stepDate(step, reached.day, oldestDue, undefined, context);
    return [date === undefined ? { step, facts: overdue } : { step, date, facts: overdue }];
  }
  const noticed = overdue.filter((f) => f.history.steps[FORMAL_NOTICE] !== undefined);
  const fresh = overdue.filter((f) => f.history.steps[FORMAL_NOTICE] === undefined);
  const steps = [...afterNotice(ladder, noticed, context), ...ownPath(ladder, fresh, context)];
  const recourse = steps.find((s) => stepDefinition(s.step.id).recourse && s.date !== undefined);
  if (recourse !== undefined)
    recourse.awaiting = overdue.filter((f) => !recourse.facts.includes(f));
  return steps;
}

/**
 * The invoices under a mise en demeure: its email copy once the posting is recorded (when the
 * step sends one and the client has an address), then the recourse for those whose deadline
 * passed; the others wait for theirs, or for their posting.
 */
function afterNotice(
  ladder: readonly LadderStep[],
  noticed: InvoiceWithStanding[],
  context: ConversationContext,
): NextStep[] {
  if (noticed.length === 0) return [];
  const formalNotice = ladder.find((s) => stepDefinition(s.id).formalNotice);
  const posting = postingOf(noticed);
  const uncopied = noticed.filter(
    (f) =>
      f.history.posting !== undefined &&
      !f.history.formalNoticeCopied &&
      f.invoice.emails.length > 0,
  );
  const copies = posting !== undefined && uncopied.length > 0 && formalNotice?.emailCopy === true;
  const rest = copies ? noticed.filter((f) => !uncopied.includes(f)) : noticed;
  const steps: NextStep[] = copies
    ? [{ step: formalNotice, date: posting.recordedOn, facts: uncopied, copyOf: posting }]
    : [];
  const step = ladder.find((s) => order(s.id) > order(FORMAL_NOTICE));
  if (step === undefined || rest.length === 0) return steps;
  const byDate = new Map<Day | undefined, InvoiceWithStanding[]>();
  const ready: InvoiceWithStanding[] = [];
  let readySince: Day | undefined;
  for (const f of rest) {
    const { posting: own } = f.history;
    const date =
      own === undefined
        ? undefined
        : stepDate(step, own.day, f.dueDate, own, context, f.invoice.address);
    if (date !== undefined && date <= context.today) {
      ready.push(f);
      readySince = readySince === undefined || date < readySince ? date : readySince;
    } else byDate.set(date, [...(byDate.get(date) ?? []), f]);
  }
  if (readySince !== undefined) steps.push({ step, date: readySince, facts: ready });
  for (const [date, facts] of byDate)
    steps.push(date === undefined ? { step, facts } : { step, date, facts });
  return steps;
}

/**
 * The invoices that fell due after the client's mise en demeure, or were not under it: nothing
 * courteous any more, a courrier de rappel (with the relevé) from 15 days late, then their own
 * mise en demeure; the recourse only after it (afterNotice).
 */
function ownPath(
  ladder: readonly LadderStep[],
  fresh: InvoiceWithStanding[],
  context: ConversationContext,
): NextStep[] {
  const path = ladder.filter((s) => {
    const { tone } = stepDefinition(s.id);
    return (tone === 'firm' || tone === 'formal') && order(s.id) <= order(FORMAL_NOTICE);
  });
  const first = path[0];
  if (first === undefined || fresh.length === 0) return [];
  // A step taken (even « à vérifier ») is never taken again.
  const lettered = fresh.filter((f) => f.history.steps[first.id] !== undefined);
  const unlettered = fresh.filter((f) => f.history.steps[first.id] === undefined);
  const steps: NextStep[] = [];
  if (unlettered.length > 0) {
    const date = nextBusinessDay(
      addDays(oldestDueOf(unlettered), first.offsetDays),
      context.calendar,
    );
    steps.push({ step: first, date, facts: unlettered });
  }
  const reached = stepReached(lettered);
  const next = path.find((s) => order(s.id) > order(first.id));
  if (next !== undefined && reached.day !== undefined && lettered.length > 0) {
    const date = stepDate(next, reached.day, oldestDueOf(lettered), undefined, context);
    if (date !== undefined) steps.push({ step: next, date, facts: lettered });
  }
  return steps;
}
