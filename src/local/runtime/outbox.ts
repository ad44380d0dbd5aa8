/**
 * The outbox, durable at send. A message MailApp has sent is sent, whatever happens to the
 * execution next (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object):
 * the call returns once the message is sent). So each message is written the moment it is sent,
 * synchronously and atomically, as outbox/NNNN-….eml.pending.json (the message and its
 * attachments); the .eml is composed from it at the end of the execution, or by the next one
 * when the execution was killed first.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { composeEml, emlFileName, type SentMail } from './mail';
import { writeFileAtomic } from './durable-file';

const PENDING = '.pending.json';

interface PendingMail extends Omit<SentMail, 'attachments'> {
  attachments: { filename: string; contentType: string; base64: string }[];
}

export class DurableOutbox {
  constructor(readonly dir: string) {}

  /** Numbered after every message already there, composed or pending. */
  private nextNumber(): number {
    if (!existsSync(this.dir)) return 1;
    return (
      readdirSync(this.dir).filter((f) => f.endsWith('.eml') || f.endsWith(PENDING)).length + 1
    );
  }

  record(mail: SentMail): void {
    mkdirSync(this.dir, { recursive: true });
    const pending: PendingMail = {
      ...mail,
      attachments: mail.attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        base64: a.content.toString('base64'),
      })),
    };
    const name = emlFileName(this.nextNumber(), mail);
    writeFileAtomic(join(this.dir, `${name}${PENDING}`), JSON.stringify(pending));
  }

  /** Composes the .eml of every pending message, then drops its record. */
  async deliver(): Promise<void> {
    if (!existsSync(this.dir)) return;
    for (const file of readdirSync(this.dir)
      .filter((f) => f.endsWith(PENDING))
      .sort()) {
      const path = join(this.dir, file);
      let pending: PendingMail;
      try {
        pending = JSON.parse(readFileSync(path, 'utf8')) as PendingMail;
      } catch {
        continue; // not ours to judge: left for a person to look at
      }
      const mail: SentMail = {
        ...pending,
        attachments: pending.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.base64, 'base64'),
        })),
      };
      writeFileAtomic(join(this.dir, file.slice(0, -PENDING.length)), await composeEml(mail));
      rmSync(path, { force: true });
    }
  }
}
