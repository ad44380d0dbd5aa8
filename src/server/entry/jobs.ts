import { runDunning } from '../job';
import type { RunReport } from '../../core/run-report';

export interface TimeDrivenEvent {
  triggerUid?: string;
}

/** Handler of the nightly time-driven trigger. Returns the report for the offline runtime. */
export function runNightly(_e?: TimeDrivenEvent): RunReport {
  return runDunning({ mode: 'nightly' });
}
