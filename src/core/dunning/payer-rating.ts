/**
 * How a client pays, from its invoices: the average of their delays (days late so far for an
 * invoice still open and past due, days late at payment for a paid one), and the rating drawn from
 * it. Shared by the indicators (dashboard, sidebar) and the engine (earlier pre-due reminder for
 * chronic late payers), so that both always agree on who is a chronic late payer.
 */
import type { Day } from '../values/day';
import type { Labels } from '../words/labels';
import { PAYER_RATING_LABELS } from '../words/dunning';

export type ClientRating = 'punctual' | 'late' | 'chronic';

export const RATING_LABELS: Labels<ClientRating> = PAYER_RATING_LABELS;

/** Up to 3 days late on average: punctual; up to 20: late; beyond: chronic late payer. */
export function ratingOf(averageDaysLate: number): ClientRating {
  if (averageDaysLate <= 3) return 'punctual';
  if (averageDaysLate <= 20) return 'late';
  return 'chronic';
}

/**
 * What one invoice says of its client's punctuality: an open invoice past due counts its days late
 * so far; a paid one with a known payment day counts how late it was paid (0 when on time);
 * anything else says nothing.
 */
export function invoiceDelay(
  open: boolean,
  dueDate: Day,
  today: Day,
  paidDay: Day | undefined,
): number | undefined {
  if (open) return today > dueDate ? today - dueDate : undefined;
  return paidDay === undefined ? undefined : Math.max(0, paidDay - dueDate);
}

/**
 * The day an invoice was settled: the later of the sheet's "Date de paiement" and the last payment
 * in the journal (a row paid in part in the sheet may be completed through the sidebar).
 */
export function settledOn(sheetDay: Day | undefined, journalDay: Day | undefined): Day | undefined {
  if (sheetDay === undefined) return journalDay;
  if (journalDay === undefined) return sheetDay;
  return journalDay > sheetDay ? journalDay : sheetDay;
}

export class PaymentBehaviour {
  private readonly delays = new Map<string, { sum: number; count: number }>();

  add(clientKey: string, delay: number | undefined): void {
    if (delay === undefined) return;
    const entry = this.delays.get(clientKey) ?? { sum: 0, count: 0 };
    entry.sum += delay;
    entry.count += 1;
    this.delays.set(clientKey, entry);
  }

  /** Mean delay in days, one decimal; 0 for a client with nothing to judge by. */
  averageDaysLate(clientKey: string): number {
    const entry = this.delays.get(clientKey);
    return entry === undefined ? 0 : Math.round((entry.sum / entry.count) * 10) / 10;
  }

  rating(clientKey: string): ClientRating {
    return ratingOf(this.averageDaysLate(clientKey));
  }
}
