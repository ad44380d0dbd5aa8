/**
 * Sending through the user's account with MailApp: it needs only the send-only
 * `script.send_mail` scope, where GmailApp would need full access to the mailbox.
 */
import type { MailLimit } from '../../core/messages/message-limits';

export interface OutgoingMail {
  to: readonly string[];
  subject: string;
  body: string;
  senderName: string;
  replyTo: string;
  bccSelf: string;
  attachments: GoogleAppsScript.Base.BlobSource[];
}

export function remainingDailyQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

export function sendMail(mail: OutgoingMail): void {
  MailApp.sendEmail({
    to: mail.to.join(','),
    subject: mail.subject,
    body: mail.body,
    ...(mail.senderName === '' ? {} : { name: mail.senderName }),
    ...(mail.replyTo === '' ? {} : { replyTo: mail.replyTo }),
    ...(mail.bccSelf === '' ? {} : { bcc: mail.bccSelf }),
    ...(mail.attachments.length === 0 ? {} : { attachments: mail.attachments }),
  });
}

/**
 * Google's error texts for the mail limits, in one table: the daily recipients quota and the
 * per-message limits (https://developers.google.com/apps-script/guides/services/quotas: « If you
 * exceed a quota or limitation, your script throws an exception »; the page gives "Limit
 * exceeded: Email Attachments Per Message." as its example; the other texts are those Apps
 * Script throws, as scripts that met them report). Apps Script words its errors in the user's
 * language: the French text is listed where one is known. Matched ignoring case, anywhere in
 * the message (Apps Script may prefix "Exception: ").
 */
const MAIL_LIMIT_TEXTS: readonly { limit: MailLimit; texts: readonly string[] }[] = [
  { limit: 'daily-quota', texts: ['Service invoked too many times for one day: email'] },
  { limit: 'recipients', texts: ['Limit Exceeded: Email Recipients Per Message'] },
  { limit: 'attachments', texts: ['Limit Exceeded: Email Attachments Per Message'] },
  { limit: 'attachment-size', texts: ['Limit Exceeded: Email Total Attachments Size'] },
  { limit: 'body-size', texts: ['Limit Exceeded: Email Body Size'] },
  {
    limit: 'subject-length',
    texts: ['Argument too large: subject', 'Argument trop grand : subject'],
  },
];

/** Which of Google's mail limits an error is about; undefined for any other error. */
export function mailLimitOf(message: string): MailLimit | undefined {
  const text = message.toLowerCase();
  return MAIL_LIMIT_TEXTS.find((entry) => entry.texts.some((t) => text.includes(t.toLowerCase())))
    ?.limit;
}
