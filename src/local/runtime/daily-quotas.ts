/**
 * Daily quotas as Google counts them: "Quotas are per user and reset 24 hours after the first
 * request" (https://developers.google.com/apps-script/guides/services/quotas), not at midnight.
 * Each quota is a rolling window that opens with the first use after the previous one closed.
 * The same page gives the figures modelled here, per account kind:
 *   Email recipients per day      100 consumer   1,500 Google Workspace (workspace.json)
 *   Documents created             250            1,500
 *   Triggers total runtime        90 min         6 hr
 */
export const QUOTA_WINDOW_MS = 24 * 3_600_000;

export type AccountKind = 'consumer' | 'workspace';

export const DOCUMENTS_CREATED_PER_DAY: Record<AccountKind, number> = {
  consumer: 250,
  workspace: 1_500,
};

export const TRIGGER_RUNTIME_PER_DAY_MS: Record<AccountKind, number> = {
  consumer: 90 * 60_000,
  workspace: 6 * 3_600_000,
};

/**
 * The quotas page says an exceeded quota throws "an exception message indicating the specific
 * limit exceeded or service invoked too many times"; the documents' text follows the pattern
 * "Service invoked too many times for one day: XXX." that the ErrorHandler library lists
 * (https://github.com/RomainVialard/ErrorHandler/blob/master/src/ErrorHandler.gs.js), with the
 * "docs create" that scripts meeting this quota report.
 */
export const DOCUMENTS_QUOTA_EXCEEDED = 'Service invoked too many times for one day: docs create.';
export const TRIGGER_RUNTIME_EXCEEDED = 'Service using too much computer time for one day';

export interface RollingQuota {
  /** When the window opened (the first use after the last reset); 0 when never used. */
  sinceMs: number;
  used: number;
}

export interface DailyQuotas {
  email: RollingQuota;
  documents: RollingQuota;
  /** Milliseconds run by executions that a trigger started. */
  triggerMs: RollingQuota;
}

export function emptyQuotas(): DailyQuotas {
  return {
    email: { sinceMs: 0, used: 0 },
    documents: { sinceMs: 0, used: 0 },
    triggerMs: { sinceMs: 0, used: 0 },
  };
}

/** What the window open at `nowMs` has used: 0 once 24 hours have passed since it opened. */
export function usedAt(quota: RollingQuota, nowMs: number): number {
  return nowMs - quota.sinceMs >= QUOTA_WINDOW_MS ? 0 : quota.used;
}

/** Counts `amount` at `nowMs`, opening a new window when the last one has closed. */
export function spend(quota: RollingQuota, nowMs: number, amount: number): void {
  if (nowMs - quota.sinceMs >= QUOTA_WINDOW_MS) {
    quota.sinceMs = nowMs;
    quota.used = 0;
  }
  quota.used += amount;
}

/** The quotas file as stored; a file of an earlier shape counts as nothing used. */
export function isQuotas(value: unknown): value is DailyQuotas {
  if (typeof value !== 'object' || value === null) return false;
  const quotas = value as Record<string, unknown>;
  return ['email', 'documents', 'triggerMs'].every((k) => {
    const q = quotas[k] as Partial<RollingQuota> | undefined;
    return typeof q?.sinceMs === 'number' && typeof q.used === 'number';
  });
}

/** "Documents created": counts one Google Doc made at `now()`, or throws past `limit`. */
export function documentCounter(quota: RollingQuota, limit: number, now: () => number) {
  return (): void => {
    if (usedAt(quota, now()) + 1 > limit) throw new Error(DOCUMENTS_QUOTA_EXCEEDED);
    spend(quota, now(), 1);
  };
}

/**
 * How long an execution a trigger started may run: 6 minutes, or what is left of the day's
 * trigger runtime when that is less, with the error each limit throws.
 */
export function triggerExecutionLimit(
  quota: RollingQuota,
  account: AccountKind,
  nowMs: number,
  executionLimitMs: number,
): { limitMs: number; message: string | undefined } {
  const left = TRIGGER_RUNTIME_PER_DAY_MS[account] - usedAt(quota, nowMs);
  return left < executionLimitMs
    ? { limitMs: Math.max(0, left), message: TRIGGER_RUNTIME_EXCEEDED }
    : { limitMs: executionLimitMs, message: undefined };
}
