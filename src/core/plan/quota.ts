/**
 * The day's quota allocation: which of the day's steps fit in what is left of the email quota
 * (https://developers.google.com/apps-script/guides/services/quotas, "Email recipients per
 * day", less the reserve the user keeps for their own mail) and of the documents-created quota.
 * The executor measures both (adapters/mail, adapters/documents-quota); the core decides.
 */
import { inBoth, WORDS, type Entry } from '../words/catalogue';
import type { ExecutionStep } from './execution';

/** What the allocation reads of a step. */
export type QuotaStep = Pick<ExecutionStep, 'sendsEmail' | 'makesLetter' | 'statement'> & {
  action: { to: readonly string[] };
};

/** The Docs a step creates: its letter (a copy of the template) and its relevé. */
export const documentsOf = (step: QuotaStep): number =>
  (step.makesLetter ? 1 : 0) + (step.statement === undefined ? 0 : 1);

/** Whether any step counts against a quota: when none does, the quotas need not be read. */
export function usesQuota(steps: readonly QuotaStep[]): boolean {
  return steps.some((s) => s.sendsEmail || documentsOf(s) > 0);
}

/**
 * Steps that fit in the day's remaining email quota and documents-created quota are carried
 * out, in order; the others wait, each with its reason: a quota is used up, or this one client
 * has more recipients than what is left (only that client waits: the others still go).
 */
export function allocateQuota<S extends QuotaStep>(
  steps: readonly S[],
  sending: { quotaReserve: number; copyToSelf: boolean },
  quotas: { remainingEmails: number; documentsLeft: number },
): { attempted: S[]; waiting: { step: S; reason: Entry<string> }[] } {
  const attempted: S[] = [];
  const waiting: { step: S; reason: Entry<string> }[] = [];
  let left = quotas.remainingEmails - sending.quotaReserve;
  let documents = quotas.documentsLeft;
  for (const step of steps) {
    const recipients = step.sendsEmail ? step.action.to.length + (sending.copyToSelf ? 1 : 0) : 0;
    const reason =
      recipients > 0 && recipients > left
        ? left <= 0
          ? WORDS.emailQuota
          : inBoth(WORDS.tooManyRecipients, recipients, left)
        : documentsOf(step) > documents
          ? WORDS.documentsQuota
          : undefined;
    if (reason === undefined) {
      attempted.push(step);
      left -= recipients;
      documents -= documentsOf(step);
    } else waiting.push({ step, reason });
  }
  return { attempted, waiting };
}
