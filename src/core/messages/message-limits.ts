/**
 * Google's limits on one message (https://developers.google.com/apps-script/guides/services/quotas,
 * « Current limitations »), and how Relance stays within them by design rather than meet them as
 * errors: recipients counted before planning, the email's list of invoices bounded (the relevé
 * and the letter carry the full list), attachments measured before sending.
 */
import type { Action, Invoice, Language, Problem } from '../model';
import type { Settings } from '../settings/settings';
import type { MessageLimitKind } from '../values/google-errors';
import { inBoth, inEach, WORDS, type Entry } from '../words/catalogue';
import { MESSAGE_WORDS } from '../words/messages';
import { groupDigits } from '../words/wording';

export const MESSAGE_LIMITS = {
  /** To, cc and bcc together: the copy to the user counts. */
  recipients: 50,
  attachments: 250,
  /** 25 MB, a megabyte taken as 10^6 bytes: the stricter reading. */
  attachmentBytes: 25_000_000,
  /** 200 KB on a consumer account (400 KB on Workspace): the smaller, in UTF-8 bytes. */
  bodyBytes: 200_000,
  /** Not on the quotas page: Apps Script refuses a longer one ("Argument too large: subject"). */
  subjectCharacters: 250,
} as const;

/**
 * What the Journal (in French) and the run report (in the run's language) say when Google refused
 * a message for one of its limits (values/google-errors).
 */
const FAILURE_WORDS = MESSAGE_WORDS.limitFailures;
export const MESSAGE_LIMIT_FAILURES: Record<MessageLimitKind, Entry<string>> = {
  recipients: inEach((l) => FAILURE_WORDS[l].recipients(MESSAGE_LIMITS.recipients)),
  attachments: inEach((l) => FAILURE_WORDS[l].attachments(MESSAGE_LIMITS.attachments)),
  'attachment-size': inEach((l) => FAILURE_WORDS[l].attachmentSize),
  'body-size': inEach((l) => FAILURE_WORDS[l].bodySize),
  'subject-length': inEach((l) => FAILURE_WORDS[l].subjectLength(MESSAGE_LIMITS.subjectCharacters)),
};

/**
 * How many invoices an email lists at most. A line is about 120 bytes, so a hundred keep the body
 * far below 200 KB whatever the number of invoices; the rest is said in one sentence.
 */
export const EMAIL_LISTED_INVOICES = 100;

/** The bytes a text takes in UTF-8, as Google measures a body. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** « … et 4 000 autres factures, détaillées dans le relevé de compte joint. » */
export function otherInvoicesSentence(
  others: number,
  statementAttached: boolean,
  language: Language,
): string {
  return WORDS.otherInvoices[language](others, groupDigits(others, language), statementAttached);
}

/** The recipients one email of an action has: its addresses, and the user's copy. */
export function recipientCount(action: Action, settings: Settings): number {
  return action.to.length + (settings.sending.copyToSelf ? 1 : 0);
}

const EMAIL_CHANNELS: ReadonlySet<Action['channel']> = new Set(['email', 'letter']);

/**
 * The problem of an action whose email would have more recipients than Google takes, on the
 * Email cell of its invoice with the most addresses; undefined when it fits. Relance never picks
 * which addresses to leave out: the user does.
 */
export function tooManyRecipients(
  action: Action,
  settings: Settings,
  invoices: readonly Invoice[] | undefined,
): Problem | undefined {
  const count = recipientCount(action, settings);
  if (!EMAIL_CHANNELS.has(action.channel) || count <= MESSAGE_LIMITS.recipients) return undefined;
  const own = (invoices ?? []).filter((i) => action.invoices.includes(i.number));
  const widest = own.reduce<Invoice | undefined>(
    (max, i) => (max === undefined || i.emails.length > max.emails.length ? i : max),
    undefined,
  );
  const copy = settings.sending.copyToSelf;
  const keep = MESSAGE_LIMITS.recipients - (copy ? 1 : 0);
  const text = inBoth(
    MESSAGE_WORDS.tooManyRecipients,
    action.client,
    count,
    copy,
    MESSAGE_LIMITS.recipients,
    keep,
  );
  return {
    row: widest?.row ?? 0,
    column: 'Email',
    value: widest?.emails.join(', ') ?? '',
    text,
    invoice: widest?.number ?? action.invoices.join(', '),
  };
}

/**
 * Which attachments go, in the order given (the letter, the relevé, then the invoice copies):
 * each while the message stays within Google's 25 MB and 250 attachments; one that does not fit
 * is left out, and a smaller one after it may still go.
 */
export function fitAttachments(bytes: readonly number[]): boolean[] {
  let total = 0;
  let count = 0;
  return bytes.map((size) => {
    const fits =
      count < MESSAGE_LIMITS.attachments && total + size <= MESSAGE_LIMITS.attachmentBytes;
    if (fits) {
      total += size;
      count += 1;
    }
    return fits;
  });
}

/** « Envoyé sans le relevé de compte et la copie de la facture F-12 : … » */
export function attachmentsLeftOutSentence(left: {
  statement: boolean;
  letter: boolean;
  invoices: readonly string[];
}): Entry<string> {
  return inBoth(MESSAGE_WORDS.attachmentsLeftOut, left.letter, left.statement, left.invoices);
}
