/**
 * MailApp, offline (https://developers.google.com/apps-script/reference/mail/mail-app):
 * sendEmail(recipient, subject, body[, options]) and sendEmail(message), with the options
 * Relance uses (name, replyTo, cc, bcc, htmlBody, attachments, noReply), and
 * getRemainingDailyQuota(). The per-message limits (recipients, attachments, body, subject) are
 * checked before the quota (MAIL_LIMITS). The daily quota counts recipients (to, cc and bcc), per
 * the quotas page; past it, the call throws "Service invoked too many times for one day: email."
 * It resets 24 hours after the first request, not at midnight (daily-quotas.ts).
 *
 * Each message sent becomes a standard RFC 5322 .eml file in outbox/, with its attachments,
 * written when the execution ends (success or error: a message sent is sent).
 */
import type { Facade } from './facade-types';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { MAIL_QUOTA_EXCEEDED } from './cost-table';
import type { CallMeter } from './meter';
import type { Blob } from './utilities';
import { spend, usedAt, type RollingQuota } from './daily-quotas';

export interface SentMail {
  from: string;
  fromName: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
  dateMs: number;
}

type MessageObject = GoogleAppsScript.Mail.MailAdvancedParameters & { to: string; subject: string };

/** The runtime's own Blob behind a BlobSource the script passes. */
function localBlob(source: GoogleAppsScript.Base.BlobSource): Blob {
  return source.getBlob() as unknown as Blob;
}

/**
 * MailApp refuses a malformed address before sending anything, with "Invalid email: <address>"
 * (the message Apps Script throws, e.g. for "compta@exemple" or "compta exemple.fr"; the
 * reference, https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object),
 * asks for email addresses and is silent on the check: the strict form wins). "Name <address>" is
 * accepted.
 */
const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\].]+(\.[^\s@<>(),;:"[\].]+)+$/;

function checkAddress(text: string): string {
  const bracketed = /^[^<>]*<([^<>]*)>$/.exec(text);
  const address = (bracketed?.[1] ?? text).trim();
  if (!ADDRESS.test(address)) throw new Error(`Invalid email: ${text}`);
  return text;
}

function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map(checkAddress);
}

export interface MailOutbox {
  sent: SentMail[];
  quota: RollingQuota;
  /** Called as each message is sent: the runtime makes it durable at once. */
  onSent?: (mail: SentMail) => void;
}

interface MailAppOptions {
  userEmail: string;
  dailyLimit: number;
  now: () => number;
}

type OutgoingMessage = MessageObject & { body: string };

/** The message a sendEmail call describes, whichever of its forms the script used. */
function outgoingMessage(
  first: string | GoogleAppsScript.Mail.MailAdvancedParameters,
  second?: string,
  third?: string,
  fourth?: string | GoogleAppsScript.Mail.MailAdvancedParameters,
): OutgoingMessage {
  if (typeof first === 'object') {
    return { ...first, to: first.to ?? '', subject: first.subject ?? '', body: first.body ?? '' };
  }
  // sendEmail(to, replyTo, subject, body)
  // (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,String)).
  if (typeof fourth === 'string') {
    return { to: first, replyTo: second ?? '', subject: third ?? '', body: fourth };
  }
  return { ...(fourth ?? {}), to: first, subject: second ?? '', body: third ?? '' };
}

/** The mail as sent: the sender's address (or no-reply), the recipients checked, the files. */
function sentMail(
  message: OutgoingMessage,
  recipients: Pick<SentMail, 'to' | 'cc' | 'bcc'>,
  options: MailAppOptions,
): SentMail {
  const mail: SentMail = {
    from: message.noReply === true ? 'noreply@exemple.fr' : options.userEmail,
    fromName: message.name ?? '',
    ...recipients,
    subject: message.subject,
    text: message.body,
    attachments: (message.attachments ?? []).map(localBlob).map((blob) => ({
      filename: blob.getName() ?? 'piece-jointe',
      contentType: blob.getContentType() ?? 'application/octet-stream',
      content: Buffer.from(blob.getRawBytes()),
    })),
    dateMs: options.now(),
  };
  if (message.replyTo !== undefined && message.replyTo !== '') mail.replyTo = message.replyTo;
  if (message.htmlBody !== undefined) mail.html = message.htmlBody;
  return mail;
}

/**
 * The per-message limits of the quotas page, « Current limitations »
 * (https://developers.google.com/apps-script/guides/services/quotas): 50 recipients (to, cc and
 * bcc), 250 attachments and 25 MB of attachments per message, a body of 200 KB (400 KB on a
 * Workspace account: the smaller wins, and a kilobyte is taken as 1,000 bytes, the stricter
 * reading). The subject's length is not on the page; Apps Script refuses one past 250
 * characters with "Argument too large: subject", as scripts that met it report (e.g. the
 * ErrorHandler library's list of Apps Script errors); the strict figure wins.
 */
export const MAIL_LIMITS = {
  recipients: 50,
  attachments: 250,
  attachmentBytes: 25_000_000,
  bodyBytes: 200_000,
  subjectCharacters: 250,
} as const;

/**
 * Google's texts for those limits: the quotas page gives "Limit exceeded: Email Attachments Per
 * Message." as its example; the others are the texts Apps Script throws, as reported by scripts
 * that met them (ErrorHandler's NORMALIZED_ERRORS, issue trackers).
 */
export const MAIL_LIMIT_ERRORS = {
  recipients: 'Limit Exceeded: Email Recipients Per Message.',
  attachments: 'Limit exceeded: Email Attachments Per Message.',
  attachmentBytes: 'Limit Exceeded: Email Total Attachments Size.',
  bodyBytes: 'Limit Exceeded: Email Body Size.',
  subject: 'Argument too large: subject',
} as const;

const utf8Bytes = (text: string | undefined) => Buffer.byteLength(text ?? '', 'utf8');

/** Refuses, before anything is sent or counted, a message past one of Google's limits. */
function checkMessageLimits(message: OutgoingMessage, recipients: number): void {
  if (recipients > MAIL_LIMITS.recipients) throw new Error(MAIL_LIMIT_ERRORS.recipients);
  if ([...message.subject].length > MAIL_LIMITS.subjectCharacters)
    throw new Error(MAIL_LIMIT_ERRORS.subject);
  if (utf8Bytes(message.body) + utf8Bytes(message.htmlBody) > MAIL_LIMITS.bodyBytes)
    throw new Error(MAIL_LIMIT_ERRORS.bodyBytes);
  const attachments = (message.attachments ?? []).map(localBlob);
  if (attachments.length > MAIL_LIMITS.attachments) throw new Error(MAIL_LIMIT_ERRORS.attachments);
  const bytes = attachments.reduce((sum, blob) => sum + blob.getRawBytes().length, 0);
  if (bytes > MAIL_LIMITS.attachmentBytes) throw new Error(MAIL_LIMIT_ERRORS.attachmentBytes);
}

export function createMailApp(outbox: MailOutbox, meter: CallMeter, options: MailAppOptions) {
  const used = () => usedAt(outbox.quota, options.now());
  const send = (message: OutgoingMessage) => {
    meter.record('MailApp.sendEmail');
    const recipients = {
      to: addresses(message.to),
      cc: addresses(message.cc),
      bcc: addresses(message.bcc),
    };
    const count = recipients.to.length + recipients.cc.length + recipients.bcc.length;
    if (count === 0) throw new Error('Failed to send email: no recipient');
    if (message.replyTo !== undefined && message.replyTo !== '') checkAddress(message.replyTo);
    checkMessageLimits(message, count);
    if (used() + count > options.dailyLimit) throw new Error(MAIL_QUOTA_EXCEEDED);
    spend(outbox.quota, options.now(), count);
    const mail = sentMail(message, recipients, options);
    outbox.sent.push(mail);
    outbox.onSent?.(mail);
  };
  return {
    sendEmail: (
      first: string | GoogleAppsScript.Mail.MailAdvancedParameters,
      second?: string,
      third?: string,
      fourth?: string | GoogleAppsScript.Mail.MailAdvancedParameters,
    ) => send(outgoingMessage(first, second, third, fourth)),
    getRemainingDailyQuota: () => {
      meter.record('MailApp.getRemainingDailyQuota');
      return Math.max(0, options.dailyLimit - used());
    },
  } satisfies Facade<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'message'
  );
}

/** The RFC 5322 message of a sent mail, Bcc kept (it is the sender's copy). */
export async function composeEml(mail: SentMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.fromName === '' ? mail.from : { name: mail.fromName, address: mail.from },
    to: mail.to,
    ...(mail.cc.length > 0 ? { cc: mail.cc } : {}),
    ...(mail.bcc.length > 0 ? { bcc: mail.bcc } : {}),
    ...(mail.replyTo === undefined ? {} : { replyTo: mail.replyTo }),
    subject: mail.subject,
    text: mail.text,
    ...(mail.html === undefined ? {} : { html: mail.html }),
    attachments: mail.attachments,
    date: new Date(mail.dateMs),
  });
  return new Promise<Buffer>((resolve, reject) => {
    const node = composer.compile();
    node.keepBcc = true;
    node.build((error, raw) => (error ? reject(error) : resolve(raw)));
  });
}

/** outbox/NNNN-YYYY-MM-DD-subject.eml */
export function emlFileName(number: number, mail: SentMail): string {
  return `${String(number).padStart(4, '0')}-${new Date(mail.dateMs).toISOString().slice(0, 10)}-${slug(mail.subject)}.eml`;
}

/** Writes the messages as .eml files, numbered after those already in the folder. */
export async function writeOutbox(sent: readonly SentMail[], dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  let number = readdirSync(dir).filter((f) => f.endsWith('.eml')).length;
  const written: string[] = [];
  for (const mail of sent) {
    number += 1;
    const name = emlFileName(number, mail);
    writeFileSync(join(dir, name), await composeEml(mail));
    written.push(name);
  }
  return written;
}
