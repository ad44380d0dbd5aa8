/**
 * An action that failed on several nights is not tried again every night: the same error would
 * come back (an address Google refuses, a message past one of its limits), and the client would
 * never be reminded while the Journal fills with « échec ». After FAILED_NIGHTS_LIMIT nights it
 * becomes a problem shown in the Suivi, and the nightly run leaves it; « Envoyer » in the sidebar
 * still tries it, once the user has corrected what the problem names.
 */
import type { Action, JournalEvent, Plan, Problem } from '../model';
import type { Day } from '../values/day';
import { DUNNING_WORDS } from '../words/dunning';
import { withNotes, type InvoiceNote } from './invoice-standing';

export const FAILED_NIGHTS_LIMIT = 3;

export const REPEATED_FAILURE_MESSAGE = DUNNING_WORDS.repeatedFailure.fr;

/** The failures of an action's step on its invoices since its last success, by day. */
function failedNights(action: Action, events: readonly JournalEvent[]): JournalEvent[] {
  const concerns = (e: JournalEvent) =>
    e.step === action.step && e.invoices.some((n) => action.invoices.includes(n));
  let lastDone: Day | undefined;
  for (const e of events)
    if (concerns(e) && e.state === 'done' && (lastDone === undefined || e.day > lastDone))
      lastDone = e.day;
  const byDay = new Map<Day, JournalEvent>();
  for (const e of events)
    if (concerns(e) && e.state === 'failed' && (lastDone === undefined || e.day > lastDone))
      byDay.set(e.day, e);
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** The problem of an action that failed on FAILED_NIGHTS_LIMIT nights or more; else undefined. */
export function repeatedFailure(
  action: Action,
  events: readonly JournalEvent[],
): Problem | undefined {
  const failures = failedNights(action, events);
  const last = failures[failures.length - 1];
  if (failures.length < FAILED_NIGHTS_LIMIT || last === undefined) return undefined;
  return {
    row: 0,
    column: '',
    value: action.client,
    message: REPEATED_FAILURE_MESSAGE(action.client, failures.length, last.detail ?? ''),
    invoice: action.invoices.join(', '),
  };
}

/**
 * Each repeatedly failed action becomes a problem on its invoices; `keep` leaves it in the plan
 * (the sidebar shows it, and « Envoyer » tries it), else it is taken out (the nightly run).
 */
export function holdRepeatedFailures(
  plan: Plan,
  events: readonly JournalEvent[],
  keep: boolean,
): Plan {
  const problems: Problem[] = [...plan.problems];
  const notes: InvoiceNote[] = [];
  const actions: Action[] = [];
  for (const action of plan.actions) {
    const problem = repeatedFailure(action, events);
    if (problem !== undefined) {
      problems.push(problem);
      notes.push({ invoices: action.invoices, message: problem.message });
    }
    if (problem === undefined || keep) actions.push(action);
  }
  return { ...plan, actions, problems, standings: withNotes(plan.standings, notes) };
}
