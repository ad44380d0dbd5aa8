/**
 * The errors of Google's that Relance reacts to, in one table. Apps Script gives its exceptions
 * no code: every one is named "Exception" (or "Error"), so the kind can only be read from the
 * text. The quotas page says so: reaching a quota or limitation throws "an exception message
 * indicating the specific limit exceeded or service invoked too many times"
 * (https://developers.google.com/apps-script/guides/services/quotas). Where Google prints no
 * text, the row cites the witness it follows: the ErrorHandler library's list of the texts Apps
 * Script throws (NORMALIZED_ERRORS, and its pattern "Service invoked too many times for one
 * day: XXX."). Apps Script words some errors in the user's language: a French text is listed
 * where one is known. A text matches ignoring case, anywhere in the message (Apps Script may
 * prefix "Exception: " and end with a full stop).
 *
 * What Relance does:
 * - `defer`: a daily quota is spent; this action and every later one that sends wait for the
 *   next passage of the trigger (Google resets a quota 24 hours after its first use, same page);
 * - `fail`: Google refuses this one action; the Journal says why in French, the night goes on.
 * Any other error (a service unavailable, a server error) fails its action with Google's own
 * text, and the action is tried again at a later run.
 *
 * Not in the table, because Relance meets them by design rather than by their text: the lock
 * (LockService's tryLock answers false, https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)),
 * the execution time limit (the run stops itself before it, core/plan/time-budget.ts),
 * a cell past 50,000 characters and a workbook past 10 million cells (bounded before writing,
 * core/sheets/output-cells.ts and workbook-size.ts), a tab name already taken (tabs are made
 * under the document lock), an invoice copy the add-in may not open under the drive.file scope
 * (any error reading it leaves the copy out, and the Journal says so).
 */
import { errorParts } from './error-parts';

const QUOTAS_PAGE = 'https://developers.google.com/apps-script/guides/services/quotas';
const ERROR_HANDLER =
  'https://github.com/RomainVialard/ErrorHandler/blob/master/src/ErrorHandler.gs.js';

/** A daily quota: the action waits for the next passage. */
export type DailyQuotaKind = 'email-daily-quota' | 'documents-daily-quota';
/** A limit on one message: Google refuses that message, whenever it is sent. */
export type MessageLimitKind =
  'recipients' | 'attachments' | 'attachment-size' | 'body-size' | 'subject-length';

export type GoogleError =
  { kind: DailyQuotaKind; reaction: 'defer' } | { kind: MessageLimitKind; reaction: 'fail' };

export type GoogleErrorRow = GoogleError & {
  /** Google's texts, as thrown. */
  texts: readonly string[];
  /** Where the text is documented, or the witness for a text Google does not print. */
  source: string;
};

export const GOOGLE_ERRORS: readonly GoogleErrorRow[] = [
  {
    kind: 'email-daily-quota',
    reaction: 'defer',
    texts: ['Service invoked too many times for one day: email'],
    source: ERROR_HANDLER,
  },
  {
    // "Documents created: 250 / day" (quotas page); the text after "docs" varies ("docs create").
    kind: 'documents-daily-quota',
    reaction: 'defer',
    texts: ['Service invoked too many times for one day: docs'],
    source: ERROR_HANDLER,
  },
  {
    kind: 'recipients',
    reaction: 'fail',
    texts: ['Limit Exceeded: Email Recipients Per Message'],
    source: ERROR_HANDLER,
  },
  {
    // The quotas page's own example: "Limit exceeded: Email Attachments Per Message."
    kind: 'attachments',
    reaction: 'fail',
    texts: ['Limit Exceeded: Email Attachments Per Message'],
    source: QUOTAS_PAGE,
  },
  {
    kind: 'attachment-size',
    reaction: 'fail',
    texts: ['Limit Exceeded: Email Total Attachments Size'],
    source: ERROR_HANDLER,
  },
  {
    kind: 'body-size',
    reaction: 'fail',
    texts: ['Limit Exceeded: Email Body Size'],
    source: ERROR_HANDLER,
  },
  {
    kind: 'subject-length',
    reaction: 'fail',
    texts: ['Argument too large: subject', 'Argument trop grand : subject'],
    source: ERROR_HANDLER,
  },
];

/** Which of the table's errors was thrown, and what Relance does; undefined for any other. */
export function classifyGoogleError(error: unknown): GoogleErrorRow | undefined {
  const text = errorParts(error).message.toLowerCase();
  return GOOGLE_ERRORS.find((row) => row.texts.some((known) => text.includes(known.toLowerCase())));
}
