/**
 * What the user records from the sidebar (a payment, a promise, a dispute…), checked and turned
 * into a journal event. Every refusal says, in French, which field to fix.
 */
import { parseIsoDay, type Day } from '../values/day';
import type { Cents } from '../values/money';
import type { EventType, Instalment, JournalEvent, StepId } from '../model';

export const RECORDABLE_TYPES = [
  'payment',
  'promise',
  'dispute',
  'dispute-resolved',
  'payment-plan',
  'delay-granted',
  'hold',
  'resume',
  'call',
  'registered-letter-posted',
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
export function trackingNumberProblem(text: string): string | undefined {
  if (text === '') return 'Indiquez le numéro de suivi de la lettre recommandée.';
  if (!/^[A-Za-z0-9]{13}$/.test(text.replace(/[\s-]/g, '')))
    return 'Le numéro de suivi d’une lettre recommandée compte 13 caractères (lettres et chiffres), par exemple 1A 123 456 7890 1 : recopiez-le depuis la preuve de dépôt.';
  return undefined;
}

export type EventCheck = { ok: true; event: JournalEvent } | { ok: false; errors: FieldError[] };

interface EventContext {
  client: string;
  today: Day;
  id: string;
  balances: ReadonlyMap<string, number>;
}

/** One check under way: the event being built and the errors found so far. */
interface Check {
  input: EventInput;
  context: EventContext;
  event: JournalEvent;
  detail: string;
  errors: FieldError[];
  /** Reads an ISO day; `required` is the message when it is missing ('' when optional). */
  day: (value: string | undefined, field: string, required: string) => Day | undefined;
}

const INVOICE_REQUIRED: ReadonlySet<RecordableType> = new Set([
  'payment',
  'promise',
  'payment-plan',
  'delay-granted',
  'registered-letter-posted',
]);

function checkPayment(c: Check): void {
  const amount = c.input.amountCents;
  const balance = c.input.invoices.reduce((sum, n) => sum + (c.context.balances.get(n) ?? 0), 0);
  if (amount === undefined || !Number.isInteger(amount) || amount <= 0)
    c.errors.push({
      field: 'amountCents',
      message: 'Indiquez le montant reçu, par exemple 250,00.',
    });
  else if (amount > balance)
    c.errors.push({
      field: 'amountCents',
      message: 'Le montant dépasse le solde dû des factures choisies.',
    });
  else c.event.amountCents = amount as Cents;
  const date = c.day(c.input.date, 'date', '');
  if (date !== undefined) c.event.date = date;
}

function checkPromise(c: Check): void {
  const date = c.day(c.input.date, 'date', 'Indiquez la date promise.');
  if (date !== undefined && date < c.context.today)
    c.errors.push({ field: 'date', message: 'La date promise ne peut pas être passée.' });
  if (date !== undefined) c.event.date = date;
}

/** The posting of the mise en demeure: its tracking number and its day, both cited by the copy. */
function checkPosting(c: Check): void {
  const problem = trackingNumberProblem(c.detail);
  if (problem !== undefined) c.errors.push({ field: 'detail', message: problem });
  const date = c.day(c.input.date, 'date', 'Indiquez la date de dépôt de la lettre recommandée.');
  if (date !== undefined && date > c.context.today)
    c.errors.push({ field: 'date', message: 'La date de dépôt ne peut pas être à venir.' });
  if (date !== undefined) c.event.date = date;
  c.event.step = 'mise-en-demeure' as StepId;
}

function checkPlan(c: Check): void {
  const instalments: Instalment[] = [];
  (c.input.instalments ?? []).forEach((item, i) => {
    const date = parseIsoDay(item.date);
    if (date === undefined)
      c.errors.push({ field: `instalments[${i}].date`, message: 'Date d’échéance invalide.' });
    if (!Number.isInteger(item.amountCents) || item.amountCents <= 0)
      c.errors.push({ field: `instalments[${i}].amountCents`, message: 'Montant invalide.' });
    if (date !== undefined && item.amountCents > 0)
      instalments.push({ date, amountCents: item.amountCents as Cents });
  });
  if ((c.input.instalments ?? []).length === 0)
    c.errors.push({ field: 'instalments', message: 'Ajoutez au moins une échéance.' });
  c.event.instalments = instalments.sort((a, b) => a.date - b.date);
}

const CHECKS: Partial<Record<RecordableType, (c: Check) => void>> = {
  payment: checkPayment,
  promise: checkPromise,
  'delay-granted': (c) => {
    const date = c.day(c.input.date, 'date', 'Indiquez la nouvelle échéance accordée.');
    if (date !== undefined) c.event.date = date;
  },
  hold: (c) => {
    const date = c.day(c.input.date, 'date', '');
    if (date !== undefined) c.event.date = date;
  },
  dispute: (c) => {
    if (c.detail === '')
      c.errors.push({ field: 'detail', message: 'Indiquez le motif du litige.' });
  },
  'registered-letter-posted': checkPosting,
  call: (c) => {
    c.event.step = 'appel';
    if (c.detail === '')
      c.errors.push({ field: 'detail', message: 'Notez ce que le client a répondu.' });
  },
  'payment-plan': checkPlan,
};

function startCheck(input: EventInput, context: EventContext): Check {
  const errors: FieldError[] = [];
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
  const day = (value: string | undefined, field: string, required: string): Day | undefined => {
    if (value === undefined || value === '') {
      if (required !== '') errors.push({ field, message: required });
      return undefined;
    }
    const parsed = parseIsoDay(value);
    if (parsed === undefined) errors.push({ field, message: 'Date invalide.' });
    return parsed;
  };
  return { input, context, event, detail, errors, day };
}

export function checkEventInput(input: EventInput, context: EventContext): EventCheck {
  if (!(RECORDABLE_TYPES as readonly string[]).includes(input.type)) {
    return { ok: false, errors: [{ field: 'type', message: 'Type d’événement inconnu.' }] };
  }
  const c = startCheck(input, context);
  const unknown = input.invoices.filter((n) => !context.balances.has(n));
  if (unknown.length > 0)
    c.errors.push({
      field: 'invoices',
      message: `Facture inconnue pour ce client : ${unknown.join(', ')}.`,
    });
  if (INVOICE_REQUIRED.has(input.type) && input.invoices.length === 0)
    c.errors.push({ field: 'invoices', message: 'Choisissez au moins une facture.' });
  CHECKS[input.type]?.(c);
  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, event: c.event };
}

export const ANSWER_MESSAGES = {
  badRequestId:
    'Identifiant de saisie invalide : rechargez la barre latérale et saisissez la réponse à nouveau.',
  alreadyRecorded:
    'Cette réponse était déjà enregistrée : rien n’a été enregistré ni envoyé une seconde fois.',
};

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
