/**
 * A run never goes back in time. The Journal's latest event is the reference: a run dated before
 * it (a wrong computer clock, a mistyped --today) would take steps already taken for steps still
 * to come, and send them again. The core decides; the server only reports.
 */
import type { JournalEvent } from '../model';
import type { Day } from '../values/day';
import { formatShortFrenchDay } from '../words/format';

export function latestEventDay(events: readonly JournalEvent[]): Day | undefined {
  let latest: Day | undefined;
  for (const event of events) if (latest === undefined || event.day > latest) latest = event.day;
  return latest;
}

/** Why a run dated `today` must not proceed, in French; undefined when it may. */
export function runDateProblem(today: Day, events: readonly JournalEvent[]): string | undefined {
  const latest = latestEventDay(events);
  if (latest === undefined || today >= latest) return undefined;
  return (
    `Passage refusé : il est daté du ${formatShortFrenchDay(today)}, avant le dernier passage ` +
    `inscrit au Journal (${formatShortFrenchDay(latest)}). Vérifiez la date de l’ordinateur ` +
    `(ou l’option --today) : rien n’a été envoyé.`
  );
}
