/**
 * A run never goes back in time. The Journal's latest event is the reference: a run dated before
 * it (a wrong computer clock, a mistyped --today) would take steps already taken for steps still
 * to come, and send them again. The core decides; the server only reports.
 */
import type { JournalEvent } from '../model';
import type { Day } from '../values/day';
import { formatShortFrenchDay } from '../words/format';
import { DUNNING_WORDS } from '../words/dunning';

export function latestEventDay(events: readonly JournalEvent[]): Day | undefined {
  let latest: Day | undefined;
  for (const event of events) if (latest === undefined || event.day > latest) latest = event.day;
  return latest;
}

/** Why a run dated `today` must not proceed, in French; undefined when it may. */
export function runDateProblem(today: Day, events: readonly JournalEvent[]): string | undefined {
  const latest = latestEventDay(events);
  if (latest === undefined || today >= latest) return undefined;
  return DUNNING_WORDS.runBeforeJournal.fr(
    formatShortFrenchDay(today),
    formatShortFrenchDay(latest),
  );
}
