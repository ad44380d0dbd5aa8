/**
 * What the journal says about each invoice: steps taken and when, payments, and the client's
 * answers (promise, dispute, payment plan, delay granted, hold). The state of an invoice is a
 * fold of its row and its events (DESIGN §2); nothing else holds state.
 */
import { addDays, type Day } from './day';
import type { Cents } from './money';
import type { EventState, Instalment, JournalEvent, StepId } from './model';
import { normalizeKey } from './parse-values';

/** A step whose event is done, in progress or to verify counts as taken: never sent twice. */
const TAKEN_STATES: ReadonlySet<EventState> = new Set(['fait', 'en-cours', 'a-verifier']);
const STEP_EVENT_TYPES = new Set(['envoi', 'appel', 'courrier-a-poster', 'tache-faite']);
/** Events that are a contact with the client, for the per-client gap. */
const CONTACT_EVENT_TYPES = new Set(['envoi', 'appel', 'courrier-a-poster']);

export interface Payment {
  day: Day;
  amountCents: Cents;
}

export interface InvoiceHistory {
  /** Day each step was taken (for the mise en demeure: the LRAR posting day once recorded). */
  steps: Map<StepId, Day>;
  payments: Payment[];
  promise?: { date: Day; recordedOn: Day };
  dispute: boolean;
  plan?: { start: Day; instalments: Instalment[] };
  newDueDate?: Day;
  hold?: { since: Day; until?: Day };
  /** Steps whose write-ahead event was left "à vérifier" or "en cours". */
  unverified: StepId[];
}

export function emptyHistory(): InvoiceHistory {
  return { steps: new Map(), payments: [], dispute: false, unverified: [] };
}

export interface JournalIndex {
  byInvoice: Map<string, JournalEvent[]>;
  byClient: Map<string, JournalEvent[]>;
  /** Last day of a contact with each client (any channel, any invoice). */
  lastContact: Map<string, Day>;
}

/** Indexes the journal once; events dated after today are ignored (typed ahead by the user). */
export function indexJournal(
  events: readonly JournalEvent[],
  today: Day,
  clientKeyOfInvoice: ReadonlyMap<string, string>,
): JournalIndex {
  const byInvoice = new Map<string, JournalEvent[]>();
  const byClient = new Map<string, JournalEvent[]>();
  const lastContact = new Map<string, Day>();
  const ordered = events.filter((e) => e.day <= today).sort((a, b) => a.day - b.day);
  for (const event of ordered) {
    const clientKeys = new Set<string>();
    if (event.invoices.length === 0) {
      const key = normalizeKey(event.client);
      clientKeys.add(key);
      const list = byClient.get(key);
      if (list) list.push(event);
      else byClient.set(key, [event]);
    }
    for (const number of event.invoices) {
      const list = byInvoice.get(number);
      if (list) list.push(event);
      else byInvoice.set(number, [event]);
      const key = clientKeyOfInvoice.get(number);
      if (key !== undefined) clientKeys.add(key);
    }
    if (event.client !== '') clientKeys.add(normalizeKey(event.client));
    if (CONTACT_EVENT_TYPES.has(event.type) && TAKEN_STATES.has(event.state)) {
      for (const key of clientKeys) {
        const previous = lastContact.get(key);
        if (previous === undefined || event.day > previous) lastContact.set(key, event.day);
      }
    }
  }
  return { byInvoice, byClient, lastContact };
}

/** Merges an invoice's own events with its client's client-wide events, in day order. */
export function eventsOf(index: JournalIndex, number: string, clientKey: string): JournalEvent[] {
  const own = index.byInvoice.get(number) ?? [];
  const shared = index.byClient.get(clientKey) ?? [];
  if (shared.length === 0) return own;
  if (own.length === 0) return shared;
  return [...own, ...shared].sort((a, b) => a.day - b.day);
}

export function foldHistory(events: readonly JournalEvent[]): InvoiceHistory {
  const history = emptyHistory();
  for (const event of events) {
    switch (event.type) {
      case 'paiement':
        if (event.amountCents !== undefined && event.amountCents > 0) {
          history.payments.push({ day: event.date ?? event.day, amountCents: event.amountCents });
        }
        break;
      case 'promesse':
        if (event.date !== undefined) history.promise = { date: event.date, recordedOn: event.day };
        break;
      case 'litige':
        history.dispute = true;
        break;
      case 'litige-resolu':
        history.dispute = false;
        break;
      case 'echeancier':
        if (event.instalments !== undefined && event.instalments.length > 0) {
          history.plan = {
            start: event.day,
            instalments: [...event.instalments].sort((a, b) => a.date - b.date),
          };
        }
        break;
      case 'delai-accorde':
        if (event.date !== undefined) history.newDueDate = event.date;
        break;
      case 'suspension':
        history.hold =
          event.date === undefined ? { since: event.day } : { since: event.day, until: event.date };
        break;
      case 'reprise':
        delete history.hold;
        break;
      case 'lrar-postee':
        history.steps.set(event.step ?? 'mise-en-demeure', event.date ?? event.day);
        break;
      default:
        if (
          STEP_EVENT_TYPES.has(event.type) &&
          event.step !== undefined &&
          TAKEN_STATES.has(event.state)
        ) {
          // The first event of a step dates it; an "LRAR postée" later re-dates the registered letter.
          if (!history.steps.has(event.step)) history.steps.set(event.step, event.day);
          if (event.state !== 'fait' && !history.unverified.includes(event.step))
            history.unverified.push(event.step);
          if (event.state === 'fait')
            history.unverified = history.unverified.filter((s) => s !== event.step);
        }
    }
  }
  return history;
}

/** True while every instalment whose grace has run out (date + grace < today) is covered by payments since the plan. */
export function planHonoured(
  plan: NonNullable<InvoiceHistory['plan']>,
  payments: readonly Payment[],
  today: Day,
  graceDays: number,
): boolean {
  const paidSince = payments
    .filter((p) => p.day >= plan.start)
    .reduce((sum, p) => sum + p.amountCents, 0);
  const dueBy = addDays(today, -graceDays);
  const owed = plan.instalments
    .filter((i) => i.date < dueBy)
    .reduce((sum, i) => sum + i.amountCents, 0);
  return paidSince >= owed;
}
