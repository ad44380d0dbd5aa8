/**
 * The Journal ids of a message's attempts, and what the Journal says of them: how many there
 * were and whether one was carried out (docs/architecture.md, « Acting safely »).
 */
import type { JournalEvent } from '../model';
import { TAKEN_STATES } from './journal-fold';

/**
 * The Journal id of a message's attempt. A message is what it says, never when a run started:
 * its key (Action.key: the client, the step, the day, the invoices) names it alike in every
 * execution. The first attempt is `R-<key>`; a retry the same day (deferred, failed, interrupted
 * before it began) is `R2-<key>`, `R3-<key>`…, so that each attempt keeps its own row. The number
 * comes before the key, which may end in anything an invoice number holds.
 */
export function messageEventId(key: string, attempt: number): string {
  return attempt <= 1 ? `R-${key}` : `R${attempt}-${key}`;
}

/** The message key a Relance event id names, without its attempt number; undefined otherwise. */
function messageKeyOf(id: string): string | undefined {
  const match = /^R(\d*)-/.exec(id);
  return match === null ? undefined : id.slice(match[0].length);
}

/** Each message's attempts so far in the Journal, and whether one was carried out. */
export function messageAttempts(
  events: readonly JournalEvent[],
): Map<string, { count: number; carriedOut: boolean }> {
  const attempts = new Map<string, { count: number; carriedOut: boolean }>();
  for (const event of events) {
    const key = messageKeyOf(event.id);
    if (key === undefined) continue;
    const seen = attempts.get(key) ?? { count: 0, carriedOut: false };
    seen.count += 1;
    seen.carriedOut ||= TAKEN_STATES.has(event.state);
    attempts.set(key, seen);
  }
  return attempts;
}
