/**
 * What the journal says about each invoice: steps taken and when, payments, and the client's
 * answers (promise, dispute, payment plan, delay granted, hold). The state of an invoice is a
 * fold of its row and its events (docs/architecture.md, « State is a fold »); nothing else holds state.
 */
import { addDays, type Day } from '../values/day';
import type { Cents } from '../values/money';
import type { EventState, EventType, Instalment, JournalEvent, Posting, StepId } from '../model';
import { clientKeyOf, keyText } from '../values/keys';
import { FORMAL_NOTICE, stepDefinition } from '../steps';

/** A step whose event is done, in progress or to verify counts as taken: never sent twice. */
export const TAKEN_STATES: ReadonlySet<EventState> = new Set([
  'done',
  'to-do',
  'in-progress',
  'to-verify',
]);
const STEP_EVENT_TYPES: ReadonlySet<EventType> = new Set([
  'sent',
  'call',
  'letter-to-post',
  'task',
  'task-done',
]);
/** Events that are (or prepare) a contact with the client, for the per-client gap. */
const CONTACT_EVENT_TYPES: ReadonlySet<EventType> = new Set([
  'sent',
  'call',
  'letter-to-post',
  'task',
]);
/** Events that close an open task of a step. */
const TASK_CLOSERS: ReadonlySet<EventType> = new Set([
  'task-done',
  'call',
  'registered-letter-posted',
]);

export interface Payment {
  day: Day;
  amountCents: Cents;
}

export interface InvoiceHistory {
  /** Day each step was taken (for the mise en demeure: the LRAR posting day once recorded). */
  steps: Partial<Record<StepId, Day>>;
  payments: Payment[];
  /**
   * `writing`: the reference of the client's own writing (the event's Document), which makes the
   * promise or plan an acknowledgement of the debt (Code civil 2240); absent for an oral one.
   */
  promise?: { date: Day; recordedOn: Day; writing?: string };
  dispute: boolean;
  /** The user waived the penalties and indemnity claimed (« Pénalités abandonnées »). */
  penaltiesWaived: boolean;
  paymentPlan?: { start: Day; instalments: Instalment[]; writing?: string };
  newDueDate?: Day;
  hold?: { since: Day; until?: Day };
  /** Steps whose write-ahead event was left "à vérifier" or "en cours". */
  unverified: StepId[];
  /** Tasks created for the user and not yet done (call, letter to post, recourse). */
  openTasks: { step: StepId; since: Day }[];
  /** The mise en demeure's LRAR posting, once recorded (« LRAR postée »). */
  posting?: Posting;
  /** The mise en demeure's email copy went out (an « Envoi » of that step). */
  formalNoticeCopied: boolean;
  /**
   * Day each step's contact with the client took place, the only ones a letter may cite: a
   * message sent (« fait »), a call recorded with its outcome, a registered letter posted. A task
   * left « à faire » or a step ignored is no contact.
   */
  contacts: Partial<Record<StepId, Day>>;
}

export function emptyHistory(): InvoiceHistory {
  return {
    steps: {},
    payments: [],
    dispute: false,
    penaltiesWaived: false,
    unverified: [],
    openTasks: [],
    formalNoticeCopied: false,
    contacts: {},
  };
}

export interface JournalIndex {
  /** Events of each invoice, by the invoice's position in the list given to indexJournal. */
  byInvoice: (JournalEvent[] | undefined)[];
  byClient: Map<string, JournalEvent[]>;
  /** Last day of a contact with each client (any channel, any invoice). */
  lastContact: Map<string, Day>;
  /** Each invoice's history, folded while indexing; see historyOf. */
  histories: (InvoiceHistory | undefined)[];
  /** 1 where an invoice's events did not come in day order (its history is folded again). */
  outOfOrder: Uint8Array;
}

/**
 * The client key of a name written in a Journal event. A client-wide event names its client: the
 * name of an invoice row says which client it is (its « Code client » included), both compared in
 * one form (keyText); any other name gets the key the invoice tab would give it.
 */
function clientKeyReader(
  invoices: readonly { clientKey: string; client?: string }[],
): (typed: string) => string {
  const keyOfClient = new Map<string, string>();
  for (const invoice of invoices) {
    const name = invoice.client === undefined ? undefined : keyText(invoice.client);
    if (name !== undefined && !keyOfClient.has(name)) keyOfClient.set(name, invoice.clientKey);
  }
  return (typed) => {
    const name = keyText(typed);
    let key = keyOfClient.get(name);
    if (key === undefined) {
      key = clientKeyOf(name);
      keyOfClient.set(name, key);
    }
    return key;
  };
}

type IndexedInvoice = { number: string; clientKey: string; client?: string };

/** Indexes the journal once; events dated after today are ignored (typed ahead by the user). */
export function indexJournal(
  events: readonly JournalEvent[],
  today: Day,
  invoices: readonly IndexedInvoice[],
): JournalIndex {
  const indexer = new JournalIndexer(invoices);
  // No global sort: each invoice's few events are put in day order at the end, and an
  // append-only journal is nearly always in order already.
  for (const event of events) if (event.day <= today) indexer.add(event);
  return indexer.finish();
}

/** The journal index, filled one event at a time. */
class JournalIndexer {
  private readonly positionOf = new Map<string, number>();
  // Clients get a small integer so that the last contact per client lives in an array: one map
  // lookup per invoice instead of one per event (100,000 invoices, 300,000 events).
  private readonly clientIdOf = new Map<string, number>();
  private readonly clientOfPosition: Int32Array;
  private readonly lastContactById: Float64Array;
  private readonly clientKey: (typed: string) => string;
  // Whether each invoice's events came in day order, checked as they are appended (a second pass
  // over 300,000 scattered event objects costs more than the check).
  private readonly lastDayOf: Float64Array;
  private readonly byInvoice: (JournalEvent[] | undefined)[];
  private readonly byClient = new Map<string, JournalEvent[]>();
  private readonly lastContact = new Map<string, Day>();
  private readonly histories: (InvoiceHistory | undefined)[];
  private readonly outOfOrder: Uint8Array;

  constructor(invoices: readonly IndexedInvoice[]) {
    this.clientOfPosition = new Int32Array(invoices.length);
    invoices.forEach((invoice, i) => {
      this.positionOf.set(invoice.number, i);
      let id = this.clientIdOf.get(invoice.clientKey);
      if (id === undefined) {
        id = this.clientIdOf.size;
        this.clientIdOf.set(invoice.clientKey, id);
      }
      this.clientOfPosition[i] = id;
    });
    this.lastContactById = new Float64Array(this.clientIdOf.size).fill(-Infinity);
    this.clientKey = clientKeyReader(invoices);
    this.lastDayOf = new Float64Array(invoices.length);
    this.outOfOrder = new Uint8Array(invoices.length);
    this.byInvoice = new Array<JournalEvent[] | undefined>(invoices.length);
    this.histories = new Array<InvoiceHistory | undefined>(invoices.length);
  }

  add(event: JournalEvent): void {
    const isContact = CONTACT_EVENT_TYPES.has(event.type) && TAKEN_STATES.has(event.state);
    let known = false;
    for (const number of event.invoices) {
      const position = this.positionOf.get(number);
      if (position === undefined) continue;
      this.addToInvoice(position, event, isContact);
      known = true;
    }
    // The client's name is only read when no invoice of the event tells who the client is.
    if (!known && event.client !== '') this.addToClient(event, isContact);
  }

  private addToInvoice(position: number, event: JournalEvent, isContact: boolean): void {
    const list = this.byInvoice[position];
    if (list) {
      list.push(event);
      if (event.day < (this.lastDayOf[position] as number)) this.outOfOrder[position] = 1;
    } else this.byInvoice[position] = [event];
    this.lastDayOf[position] = event.day;
    // Folded now, while the event is at hand: a second pass over 300,000 scattered event
    // objects is what an engine run spends most on.
    if (this.outOfOrder[position] === 0) {
      let history = this.histories[position];
      if (history === undefined) {
        history = emptyHistory();
        this.histories[position] = history;
      }
      foldEvent(history, event);
    }
    if (isContact) {
      const id = this.clientOfPosition[position] as number;
      if (event.day > (this.lastContactById[id] as number)) this.lastContactById[id] = event.day;
    }
  }

  private addToClient(event: JournalEvent, isContact: boolean): void {
    const key = this.clientKey(event.client);
    if (event.invoices.length === 0) {
      const list = this.byClient.get(key);
      if (list) list.push(event);
      else this.byClient.set(key, [event]);
    }
    if (isContact) this.contact(key, event.day);
  }

  private contact(key: string, day: Day): void {
    const previous = this.lastContact.get(key);
    if (previous === undefined || day > previous) this.lastContact.set(key, day);
  }

  /** The index, each invoice's and each client's events in day order. */
  finish(): JournalIndex {
    for (const [key, id] of this.clientIdOf) {
      const day = this.lastContactById[id] as number;
      if (day !== -Infinity) this.contact(key, day as Day);
    }
    const { byInvoice, byClient, lastContact, histories, outOfOrder } = this;
    byInvoice.forEach((list, position) => {
      if (list !== undefined && outOfOrder[position] === 1) list.sort((a, b) => a.day - b.day);
    });
    for (const list of byClient.values()) sortByDay(list);
    return { byInvoice, byClient, lastContact, histories, outOfOrder };
  }
}

/**
 * What the journal says of one invoice: the history folded while indexing when its events came in
 * day order and its client has no client-wide event; else folded again from its events in order.
 */
export function historyOf(
  index: JournalIndex,
  position: number,
  clientKey: string,
): InvoiceHistory {
  if (index.outOfOrder[position] === 1 || index.byClient.has(clientKey))
    return foldHistory(eventsOf(index, position, clientKey));
  return index.histories[position] ?? emptyHistory();
}

function sortByDay(list: JournalEvent[]): void {
  for (let i = 1; i < list.length; i += 1) {
    if ((list[i] as JournalEvent).day < (list[i - 1] as JournalEvent).day) {
      list.sort((a, b) => a.day - b.day);
      return;
    }
  }
}

/** Merges an invoice's own events with its client's client-wide events, in day order. */
export function eventsOf(index: JournalIndex, position: number, clientKey: string): JournalEvent[] {
  const own = index.byInvoice[position] ?? [];
  const shared = index.byClient.get(clientKey) ?? [];
  if (shared.length === 0) return own;
  if (own.length === 0) return shared;
  return [...own, ...shared].sort((a, b) => a.day - b.day);
}

/** Closes the open tasks of a step (allocating only when there is one: this runs per event). */
function closeTasks(history: InvoiceHistory, step: StepId): void {
  if (history.openTasks.some((t) => t.step === step))
    history.openTasks = history.openTasks.filter((t) => t.step !== step);
}

export function foldHistory(events: readonly JournalEvent[]): InvoiceHistory {
  const history = emptyHistory();
  for (const event of events) foldEvent(history, event);
  return history;
}

/** One event into an invoice's history; events must come in day order. */
export function foldEvent(history: InvoiceHistory, event: JournalEvent): void {
  switch (event.type) {
    case 'payment':
      if (event.amountCents !== undefined && event.amountCents > 0) {
        history.payments.push({ day: event.date ?? event.day, amountCents: event.amountCents });
      }
      break;
    case 'promise':
      if (event.date !== undefined)
        history.promise = { date: event.date, recordedOn: event.day, ...writingOf(event) };
      break;
    case 'dispute':
      history.dispute = true;
      break;
    case 'dispute-resolved':
      history.dispute = false;
      break;
    case 'penalties-waived':
      history.penaltiesWaived = true;
      break;
    case 'payment-plan':
      if (event.instalments !== undefined && event.instalments.length > 0) {
        history.paymentPlan = {
          start: event.day,
          instalments: [...event.instalments].sort((a, b) => a.date - b.date),
          ...writingOf(event),
        };
      }
      break;
    case 'delay-granted':
      if (event.date !== undefined) history.newDueDate = event.date;
      break;
    case 'hold':
      history.hold =
        event.date === undefined ? { since: event.day } : { since: event.day, until: event.date };
      break;
    case 'resume':
      delete history.hold;
      break;
    case 'registered-letter-posted':
      foldPosting(history, event);
      break;
    case 'receipt-acknowledged':
      // The acknowledgement of receipt dates the first presentation (its date, else the day).
      if (history.posting !== undefined) history.posting.presentedOn = event.date ?? event.day;
      break;
    default:
      foldStepEvent(history, event);
  }
}

/** The client's writing a promise or a plan cites in its Document cell, if any. */
function writingOf(event: JournalEvent): { writing?: string } {
  return event.link === undefined || event.link.trim() === '' ? {} : { writing: event.link };
}

/** « LRAR postée »: re-dates the registered letter from its posting and closes its task. */
function foldPosting(history: InvoiceHistory, event: JournalEvent): void {
  const step = event.step ?? FORMAL_NOTICE;
  const letterDay = history.steps[step];
  history.steps[step] = event.date ?? event.day;
  history.posting = {
    number: event.detail ?? '',
    day: event.date ?? event.day,
    recordedOn: event.day,
  };
  if (letterDay !== undefined) history.posting.letterDay = letterDay;
  history.contacts[step] ??= event.date ?? event.day;
  closeTasks(history, step);
}

/** A step taken (message, call, letter to post, task), or a task closed. */
function foldStepEvent(history: InvoiceHistory, event: JournalEvent): void {
  if (TASK_CLOSERS.has(event.type) && event.step !== undefined) closeTasks(history, event.step);
  if (event.state === 'to-do' && event.step !== undefined)
    history.openTasks.push({ step: event.step, since: event.day });
  if (
    !STEP_EVENT_TYPES.has(event.type) ||
    event.step === undefined ||
    !TAKEN_STATES.has(event.state)
  )
    return;
  // The first event of a step dates it; an "LRAR postée" later re-dates the registered letter.
  if (history.steps[event.step] === undefined) history.steps[event.step] = event.day;
  // An « Envoi » of the mise en demeure is its email copy (the letter itself is to post).
  if (event.type === 'sent' && stepDefinition(event.step).formalNotice)
    history.formalNoticeCopied = true;
  if (tookPlace(event)) history.contacts[event.step] ??= event.day;
  const unsure = event.state === 'in-progress' || event.state === 'to-verify';
  if (unsure && !history.unverified.includes(event.step)) history.unverified.push(event.step);
  if (!unsure && history.unverified.includes(event.step))
    history.unverified = history.unverified.filter((s) => s !== event.step);
}

/** A message sent, or a call recorded with what the client said. */
function tookPlace(event: JournalEvent): boolean {
  if (event.state !== 'done') return false;
  if (event.type === 'sent') return true;
  return event.type === 'call' && (event.detail ?? '').trim() !== '';
}

/** True while every instalment whose grace has run out (date + grace < today) is covered by payments since the plan. */
export function paymentPlanHonoured(
  paymentPlan: NonNullable<InvoiceHistory['paymentPlan']>,
  payments: readonly Payment[],
  today: Day,
  graceDays: number,
): boolean {
  const paidSince = payments
    .filter((p) => p.day >= paymentPlan.start)
    .reduce((sum, p) => sum + p.amountCents, 0);
  const dueBy = addDays(today, -graceDays);
  const owed = paymentPlan.instalments
    .filter((i) => i.date < dueBy)
    .reduce((sum, i) => sum + i.amountCents, 0);
  return paidSince >= owed;
}
