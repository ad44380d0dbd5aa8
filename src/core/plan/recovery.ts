/**
 * What a run makes of the Journal rows a killed run left behind (docs/architecture.md, « Acting
 * safely »): a row left « en cours » may have gone out, so it becomes « à vérifier » and is never
 * resent blindly; a row left « prévu » never started, so it is deferred and planned again.
 */
import type { EventState } from '../model';
import { WORDS } from '../words/catalogue';

export interface Recovery {
  state: Extract<EventState, 'to-verify' | 'deferred'>;
  reason: string;
}

/** The state and reason a row left in `state` takes; undefined when it was not interrupted. */
export function recoveryOf(state: EventState): Recovery | undefined {
  if (state === 'in-progress') return { state: 'to-verify', reason: WORDS.interruptedDuring.fr };
  if (state === 'planned') return { state: 'deferred', reason: WORDS.interruptedBefore.fr };
  return undefined;
}
