import { detectInvoiceSheet as detect, runDunning, type InvoiceSheetDetection } from '../job';
import type { RunReport } from '../../core/run-report';

export interface TimeDrivenEvent {
  triggerUid?: string;
}

/** Handler of the nightly time-driven trigger. Returns the report for the offline runtime. */
export function runNightly(_e?: TimeDrivenEvent): RunReport {
  return runDunning({ mode: 'nightly' });
}

/** Builds today's plan and writes the Suivi, sending nothing. */
export function runPreview(): RunReport {
  return runDunning({ mode: 'preview' });
}

export function detectInvoiceSheet(): InvoiceSheetDetection {
  return detect();
}
