/**
 * When the one clock trigger's firing runs the night (docs/architecture.md, « Batches and time »). Relance owns a single
 * time-driven trigger that fires every hour: an Editor add-on may hold one trigger of each type
 * per user and document, and a time-driven one no more often than hourly
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions). The
 * firing at or after the user's hour runs the night; a night that stopped before the end of its
 * work (time budget, lock busy) goes on at the following firings of the same day; a night that
 * waits for the email quota goes on once the quota has room again (it resets 24 hours after the
 * first request, https://developers.google.com/apps-script/guides/services/quotas, so later than
 * the next night's hour when the previous night started sending after it).
 */
import { formatIsoDay, type Day } from '../values/day';

/** The document property that keeps the last night's progress. */
export const NIGHT_PROPERTY = 'relance.night';

/** What the last night left: nothing, work for the next firing, or work waiting for the quota. */
export type NightLeft = 'nothing' | 'work' | 'quota';

export interface NightProgress {
  /** The night's day, YYYY-MM-DD. */
  day: string;
  left: NightLeft;
}

export type NightDecision = 'run' | 'wait' | 'run-if-quota';

export function nightDecision(input: {
  today: Day;
  /** The hour of the firing in the spreadsheet's zone, 0–23. */
  hour: number;
  /** The user's sending hour (Paramètres › Envoi). */
  nightHour: number;
  progress: NightProgress | undefined;
}): NightDecision {
  if (input.hour < input.nightHour) return 'wait';
  const { progress } = input;
  if (progress === undefined || progress.day !== formatIsoDay(input.today)) return 'run';
  if (progress.left === 'work') return 'run';
  return progress.left === 'quota' ? 'run-if-quota' : 'wait';
}

/**
 * What an execution leaves for the next firing: work, when it ran out of time (the next firing
 * goes on); work waiting for a quota, when a quota held steps back; else nothing.
 */
export function leftAfterExecution(execution: {
  outOfTime: boolean;
  heldByQuota: boolean;
}): NightLeft {
  if (execution.outOfTime) return 'work';
  return execution.heldByQuota ? 'quota' : 'nothing';
}

const LEFT: readonly NightLeft[] = ['nothing', 'work', 'quota'];

/** The progress stored in the document properties; undefined when absent or unreadable. */
export function parseNightProgress(text: string | null): NightProgress | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<NightProgress>;
    if (typeof value.day !== 'string' || !LEFT.includes(value.left as NightLeft)) return undefined;
    return { day: value.day, left: value.left as NightLeft };
  } catch {
    return undefined;
  }
}

/** The most Docs one action creates: its letter and its relevé. */
export const MOST_DOCUMENTS_PER_ACTION = 2;

/**
 * Whether a night left waiting on a quota ('run-if-quota') may go on: emails are left beyond the
 * reserve the user keeps for their own mail, and Docs for at least one action. The executor
 * measures both quotas (adapters/mail, adapters/documents-quota).
 */
export function quotaHasRoom(quotas: {
  remainingEmails: number;
  quotaReserve: number;
  documentsLeft: number;
}): boolean {
  return (
    quotas.remainingEmails > quotas.quotaReserve &&
    quotas.documentsLeft >= MOST_DOCUMENTS_PER_ACTION
  );
}
