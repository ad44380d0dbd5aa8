/**
 * Sending through the user's account with MailApp: it needs only the send-only
 * `script.send_mail` scope, where GmailApp would need full access to the mailbox.
 */
import type { EmailOrder } from '../../core/plan/action-order';

/** The email the core ordered (its subject and body as they go), with the attachments made. */
export interface OutgoingMail extends EmailOrder {
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
