/**
 * What the user records from the sidebar (a payment, a promise, a dispute…), checked and turned
 * into a journal event. Every refusal says which field to fix, in the interface language (French
 * unless the context says otherwise).
 */
import { isPublicHoliday, type CalendarOptions } from '../values/calendar';
import { dayOfWeek, parseIsoDay, type Day } from '../values/day';
import { formatDayFor, formatEuros } from '../words/format';
import type { Cents } from '../values/money';
import type { EventType, Instalment, InvoiceStanding, JournalEvent, Language } from '../model';
import { FORMAL_NOTICE, PHONE_CALL } from '../steps';
import { ANSWER_REFUSALS } from '../words/answers';

export const RECORDABLE_TYPES = [
  'payment',
  'penalties-waived',
  'promise',
  'dispute',
  'dispute-resolved',
  'payment-plan',
  'delay-granted',
  'hold',
  'resume',
  'call',
  'registered-letter-posted',
  'receipt-acknowledged',
  'note',
] as const satisfies readonly EventType[];
export type RecordableType = (typeof RECORDABLE_TYPES)[number];

export interface EventInput {
  clientKey: string;
  type: RecordableType;
  /**
   * The idempotency key the sidebar gives the answer being written (one per form, kept until it
   * is recorded): a second submit of the same answer (a double click, a retry after a lost reply,
   * two windows) finds it in the Journal and records nothing more.
   */
  requestId?: string;
  invoices: string[];
  /** Cents, for a payment. */
  amountCents?: number;
  /** ISO day: promised date, new due date, end of a hold, posting day. */
  date?: string;
  detail?: string;
  instalments?: { date: string; amountCents: number }[];
  /**
   * A promise or a plan the client wrote: the reference of its writing (« courriel du 3 mars »).
   * Kept in the Journal's Document cell; only then is it an acknowledgement of the debt that
   * restarts the prescription (Code civil 2240). Absent for an oral promise.
   */
  writing?: string;
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A registered letter's tracking number: 13 characters, letters and digits, spaces allowed
 * (« 1A 123 456 7890 1 » in France; « RR123456789FR » under the UPU S10 standard, whose
 * identifiers are 13 characters: https://vulgumtechus.com/index.php?title=Codage_des_courriers_recommand%C3%A9s).
 * The email copy of a mise en demeure cites it: it must be the real one.
 */
export function trackingNumberProblem(text: string, language: Language = 'fr'): string | undefined {
  if (text === '') return ANSWER_REFUSALS.trackingNumberMissing[language];
  if (!/^[A-Za-z0-9]{13}$/.test(text.replace(/[\s-]/g, '')))
    return ANSWER_REFUSALS.trackingNumberShape[language];
  return undefined;
}

/**
 * What a payment may cover on an invoice: its balance, or once paid late the penalties and
 * indemnity still kept on it (what is paid beyond the principal goes to them).
 */
export function amountOwed(
  standing: Pick<InvoiceStanding, 'state' | 'balanceCents' | 'interestCents' | 'indemnityCents'>,
): number {
  return standing.state === 'paid'
    ? standing.interestCents + standing.indemnityCents
    : standing.balanceCents;
}

export type EventCheck = { ok: true; event: JournalEvent } | { ok: false; errors: FieldError[] };

interface EventContext {
  client: string;
  today: Day;
  id: string;
  balances: ReadonlyMap<string, number>;
  /** The firm's calendar (post offices close on its public holidays); national when absent. */
  calendar?: CalendarOptions;
  /** The language of the refusals: the sidebar's; French when absent. */
  language?: Language;
}

/** One check under way: the event being built and the errors found so far. */
interface Check {
  input: EventInput;
  context: EventContext;
  event: JournalEvent;
  detail: string;
  errors: FieldError[];
  /** The language of the refusals. */
  language: Language;
  /** Reads an ISO day; `required` is the message when it is missing ('' when optional). */
  day: (value: string | undefined, field: string, required: string) => Day | undefined;
}

const INVOICE_REQUIRED: ReadonlySet<RecordableType> = new Set([
  'payment',
  'penalties-waived',
  'promise',
  'payment-plan',
  'delay-granted',
  'registered-letter-posted',
  'receipt-acknowledged',
]);

function checkPayment(c: Check): void {
  const amount = c.input.amountCents;
  const balance = c.input.invoices.reduce((sum, n) => sum + (c.context.balances.get(n) ?? 0), 0);
  if (amount === undefined || !Number.isInteger(amount) || amount <= 0)
    c.errors.push({
      field: 'amountCents',
      message: ANSWER_REFUSALS.paymentAmountMissing[c.language],
    });
  else if (amount > balance)
    c.errors.push({
      field: 'amountCents',
      message: ANSWER_REFUSALS.paymentOverBalance[c.language],
    });
  else c.event.amountCents = amount as Cents;
  // The balance drops from the day after the payment (L441-10): its day is asked, never assumed.
  const date = c.day(c.input.date, 'date', ANSWER_REFUSALS.paymentDateMissing[c.language]);
  if (date !== undefined && date > c.context.today)
    c.errors.push({ field: 'date', message: ANSWER_REFUSALS.paymentDateAhead[c.language] });
  if (date !== undefined) c.event.date = date;
}

/**
 * How far ahead a promised date or an instalment may be: beyond that it is a typing error (« 2099 »)
 * more likely than an agreement, and a long delay is recorded as a payment plan.
 */
const PROMISE_HORIZON_DAYS = 366;
const PLAN_HORIZON_DAYS = 3 * 366;

function checkPromise(c: Check): void {
  const date = c.day(c.input.date, 'date', ANSWER_REFUSALS.promiseDateMissing[c.language]);
  if (date !== undefined && date < c.context.today)
    c.errors.push({ field: 'date', message: ANSWER_REFUSALS.promiseDatePast[c.language] });
  else if (date !== undefined && date > c.context.today + PROMISE_HORIZON_DAYS)
    c.errors.push({ field: 'date', message: ANSWER_REFUSALS.promiseDateFar[c.language] });
  if (date !== undefined) c.event.date = date;
}

/** The posting of the mise en demeure: its tracking number and its day, both cited by the copy. */
function checkPosting(c: Check): void {
  const problem = trackingNumberProblem(c.detail, c.language);
  if (problem !== undefined) c.errors.push({ field: 'detail', message: problem });
  const date = c.day(c.input.date, 'date', ANSWER_REFUSALS.postingDateMissing[c.language]);
  if (date !== undefined && date > c.context.today)
    c.errors.push({ field: 'date', message: ANSWER_REFUSALS.postingDateAhead[c.language] });
  const closed = date === undefined ? undefined : postOfficeClosed(date, c.context);
  if (closed !== undefined) c.errors.push({ field: 'date', message: closed });
  if (date !== undefined) c.event.date = date;
  c.event.step = FORMAL_NOTICE;
}

/**
 * A registered letter is not posted on a Sunday or a public holiday (Code du travail L3133-1):
 * the post offices are closed, and the deadline counted from it would be wrong.
 */
function postOfficeClosed(day: Day, context: EventContext): string | undefined {
  const language = context.language ?? 'fr';
  if (dayOfWeek(day) === 0)
    return ANSWER_REFUSALS.postOfficeSunday[language](formatDayFor(language, day));
  if (isPublicHoliday(day, context.calendar ?? { alsaceMoselle: false }))
    return ANSWER_REFUSALS.postOfficeHoliday[language](formatDayFor(language, day));
  return undefined;
}

/** The acknowledgement of receipt: its first presentation starts the mise en demeure's eight days. */
function checkReceipt(c: Check): void {
  const date = c.day(c.input.date, 'date', ANSWER_REFUSALS.presentationDateMissing[c.language]);
  if (date !== undefined && date > c.context.today)
    c.errors.push({ field: 'date', message: ANSWER_REFUSALS.presentationDateAhead[c.language] });
  if (date !== undefined) c.event.date = date;
  c.event.step = FORMAL_NOTICE;
}

function checkPlan(c: Check): void {
  const instalments: Instalment[] = [];
  (c.input.instalments ?? []).forEach((item, i) => {
    const date = parseIsoDay(item.date);
    const dateProblem = instalmentDateProblem(date, c.context.today, c.language);
    if (dateProblem !== undefined)
      c.errors.push({ field: `instalments[${i}].date`, message: dateProblem });
    if (!Number.isInteger(item.amountCents) || item.amountCents <= 0)
      c.errors.push({
        field: `instalments[${i}].amountCents`,
        message: ANSWER_REFUSALS.instalmentAmountInvalid[c.language],
      });
    if (date !== undefined && item.amountCents > 0)
      instalments.push({ date, amountCents: item.amountCents as Cents });
  });
  if ((c.input.instalments ?? []).length === 0)
    c.errors.push({ field: 'instalments', message: ANSWER_REFUSALS.instalmentMissing[c.language] });
  else checkPlanCoversBalance(c, instalments);
  c.event.instalments = instalments.sort((a, b) => a.date - b.date);
}

function instalmentDateProblem(
  date: Day | undefined,
  today: Day,
  language: Language,
): string | undefined {
  if (date === undefined) return ANSWER_REFUSALS.instalmentDateInvalid[language];
  if (date < today) return ANSWER_REFUSALS.instalmentDatePast[language];
  if (date > today + PLAN_HORIZON_DAYS) return ANSWER_REFUSALS.instalmentDateFar[language];
  return undefined;
}

/** A plan the client keeps must pay off what is due: confirmed in writing, a short plan would forgive the rest. */
function checkPlanCoversBalance(c: Check, instalments: readonly Instalment[]): void {
  const balance = c.input.invoices.reduce((sum, n) => sum + (c.context.balances.get(n) ?? 0), 0);
  const planned = instalments.reduce((sum, i) => sum + i.amountCents, 0);
  if (planned < balance)
    c.errors.push({
      field: 'instalments',
      message: ANSWER_REFUSALS.planShort[c.language](
        formatEuros(planned as Cents, c.language),
        formatEuros(balance as Cents, c.language),
      ),
    });
}

const CHECKS: Partial<Record<RecordableType, (c: Check) => void>> = {
  payment: checkPayment,
  promise: checkPromise,
  'delay-granted': (c) => {
    const date = c.day(c.input.date, 'date', ANSWER_REFUSALS.delayDateMissing[c.language]);
    if (date !== undefined) c.event.date = date;
  },
  hold: (c) => {
    const date = c.day(c.input.date, 'date', '');
    if (date !== undefined) c.event.date = date;
  },
  dispute: (c) => {
    if (c.detail === '')
      c.errors.push({ field: 'detail', message: ANSWER_REFUSALS.disputeReasonMissing[c.language] });
  },
  'registered-letter-posted': checkPosting,
  'receipt-acknowledged': checkReceipt,
  call: (c) => {
    c.event.step = PHONE_CALL;
    if (c.detail === '')
      c.errors.push({ field: 'detail', message: ANSWER_REFUSALS.callAnswerMissing[c.language] });
  },
  'payment-plan': checkPlan,
};

function startCheck(input: EventInput, context: EventContext): Check {
  const errors: FieldError[] = [];
  const language = context.language ?? 'fr';
  const event: JournalEvent = {
    id: context.id,
    day: context.today,
    type: input.type,
    client: context.client,
    invoices: [...input.invoices],
    state: 'done',
  };
  const detail = (input.detail ?? '').trim();
  if (detail !== '') event.detail = detail;
  const writing = (input.writing ?? '').trim();
  if (writing !== '' && (input.type === 'promise' || input.type === 'payment-plan'))
    event.link = writing;
  const day = (value: string | undefined, field: string, required: string): Day | undefined => {
    if (value === undefined || value === '') {
      if (required !== '') errors.push({ field, message: required });
      return undefined;
    }
    const parsed = parseIsoDay(value);
    if (parsed === undefined)
      errors.push({ field, message: ANSWER_REFUSALS.dateInvalid[language] });
    return parsed;
  };
  return { input, context, event, detail, errors, language, day };
}

export function checkEventInput(input: EventInput, context: EventContext): EventCheck {
  if (!(RECORDABLE_TYPES as readonly string[]).includes(input.type)) {
    const message = ANSWER_REFUSALS.typeUnknown[context.language ?? 'fr'];
    return { ok: false, errors: [{ field: 'type', message }] };
  }
  const c = startCheck(input, context);
  const unknown = input.invoices.filter((n) => !context.balances.has(n));
  if (unknown.length > 0)
    c.errors.push({
      field: 'invoices',
      message: ANSWER_REFUSALS.invoicesUnknown[c.language](unknown),
    });
  if (INVOICE_REQUIRED.has(input.type) && input.invoices.length === 0)
    c.errors.push({ field: 'invoices', message: ANSWER_REFUSALS.invoicesMissing[c.language] });
  CHECKS[input.type]?.(c);
  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, event: c.event };
}

/** Letters, digits and dashes, 16 to 64 of them: what the sidebar generates (random hex). */
const REQUEST_ID = /^[A-Za-z0-9-]{16,64}$/;

/** The Journal id of an answer submitted under an idempotency key; undefined for a malformed key. */
export function answerEventId(requestId: string): string | undefined {
  return REQUEST_ID.test(requestId) ? `A-${requestId}` : undefined;
}

/** Whether the Journal already holds the answer of that id (a second submit of the same form). */
export function isRecorded(events: readonly JournalEvent[], id: string): boolean {
  return events.some((event) => event.id === id);
}
