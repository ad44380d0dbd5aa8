/**
 * What the journal tells a message about its client, so that the text can quote it: the earlier
 * reminders and their dates, the registered letter's posting (number and day), a promise that was
 * not kept. Also the payment deadline a message states, always a business day.
 */
import type { JournalEvent, StepId } from '../model';
import { stepDefinition } from '../steps';
import { PAYMENT_DEADLINE_DAYS } from '../dunning/conversation';
import { businessDeadline, type CalendarOptions } from '../values/calendar';
import type { Day } from '../values/day';

export interface CitedHistory {
  /** Reminders already made, oldest first: emails and letters sent, calls recorded. */
  /** `invoices`: the ones the reminder was about, when known (the engine's earlier steps). */
  earlierReminders: { step: StepId; day: Day; invoices?: readonly string[] }[];
  /** The « LRAR postée » recorded for these invoices: tracking number and posting day. */
  posting?: { number: string; day: Day };
  /** The last promise of these invoices whose date has passed. */
  brokenPromise?: { promisedOn: Day; date: Day };
}

/** Whether a later message may cite the step as an earlier reminder (a pre-due courtesy is not one). */
export function citedAsReminder(step: StepId): boolean {
  return stepDefinition(step).asEarlierReminder !== undefined;
}

function isReminder(event: JournalEvent): boolean {
  if (event.step === undefined || !citedAsReminder(event.step)) return false;
  if (event.state !== 'done') return false;
  // A call counts once recorded with what the client said; a call task « à faire » never does.
  if (event.type === 'call') return (event.detail ?? '').trim() !== '';
  return event.type === 'sent';
}

/** What a message cites about its invoices, from the journal up to today. */
export function citedHistory(
  events: readonly JournalEvent[],
  invoices: readonly string[],
  today: Day,
): CitedHistory {
  const concerned = events
    .filter((e) => e.day <= today && e.invoices.some((n) => invoices.includes(n)))
    .sort((a, b) => a.day - b.day);
  const cited: CitedHistory = { earlierReminders: [] };
  const seen = new Set<string>();
  for (const event of concerned) {
    if (isReminder(event) && event.step !== undefined && !seen.has(event.step)) {
      seen.add(event.step);
      cited.earlierReminders.push({ step: event.step, day: event.day });
    }
    if (event.type === 'registered-letter-posted' && event.detail !== undefined)
      cited.posting = { number: event.detail, day: event.date ?? event.day };
    if (event.type === 'promise' && event.date !== undefined && event.date < today)
      cited.brokenPromise = { promisedOn: event.day, date: event.date };
    if (event.type === 'promise' && event.date !== undefined && event.date >= today)
      delete cited.brokenPromise;
  }
  return cited;
}

/**
 * The last day to pay: eight days from the letter's sending (the registered letter's recorded
 * posting, or today for a letter posted or emailed today), moved to the next business day
 * (weekends and French public holidays, Code du travail L3133-1).
 */
export function paymentDeadline(from: Day, calendar: CalendarOptions): Day {
  return businessDeadline(from, PAYMENT_DEADLINE_DAYS, calendar);
}
