/**
 * MailApp. Sources: https://developers.google.com/apps-script/reference/mail/mail-app and the
 * quotas page (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { describe, expect, it } from 'vitest';
import { costOf, MAIL_QUOTA_EXCEEDED } from '../../../src/local/runtime/cost-table';
import { createMailApp, MAIL_LIMIT_ERRORS, type MailOutbox } from '../../../src/local/runtime/mail';
import { CallMeter } from '../../../src/local/runtime/meter';
import { Blob } from '../../../src/local/runtime/utilities';

function mailApp(dailyLimit = 100) {
  const outbox: MailOutbox = { sent: [], quota: { sinceMs: 0, used: 0 } };
  const app = createMailApp(outbox, new CallMeter(costOf), {
    userEmail: 'moi@exemple.fr',
    dailyLimit,
    now: () => 0,
  });
  return { app, outbox };
}

describe('MailApp (reference: mail/mail-app)', () => {
  it('refuses a malformed address with "Invalid email: …" and sends nothing (sendEmail)', () => {
    const { app, outbox } = mailApp();
    for (const bad of ['compta@exemple', 'compta exemple.fr', 'a@b..fr'])
      expect(() => app.sendEmail(bad, 'Objet', 'Texte')).toThrow(`Invalid email: ${bad}`);
    expect(() =>
      app.sendEmail({ to: 'a@b.fr', bcc: 'moi@', subject: 'Objet', body: 'Texte' }),
    ).toThrow('Invalid email: moi@');
    expect(outbox.sent).toEqual([]);
  });

  it('accepts "Name <address>" and plain addresses, separated by commas', () => {
    const { app, outbox } = mailApp();
    app.sendEmail('Compta <compta@exemple.fr>, b@exemple.fr', 'Objet', 'Texte');
    expect(outbox.sent[0]?.to).toEqual(['Compta <compta@exemple.fr>', 'b@exemple.fr']);
  });

  it('reads the remaining quota, counting every recipient (getRemainingDailyQuota, quotas page)', () => {
    const { app } = mailApp(3);
    expect(app.getRemainingDailyQuota()).toBe(3);
    app.sendEmail({ to: 'a@exemple.fr', cc: 'b@exemple.fr', subject: 'Objet', body: 'x' });
    expect(app.getRemainingDailyQuota()).toBe(1);
    expect(() => app.sendEmail('a@exemple.fr, b@exemple.fr', 'Objet', 'x')).toThrow(
      MAIL_QUOTA_EXCEEDED,
    );
  });
});

const addresses = (count: number) =>
  Array.from({ length: count }, (_, i) => `client${i}@exemple.fr`).join(',');
const pdf = (bytes: number, name = 'piece.pdf') =>
  new Blob(new Uint8Array(bytes), 'application/pdf', name) as unknown as GoogleAppsScript.Base.Blob;

describe('MailApp per-message limits (quotas page, « Current limitations »)', () => {
  it('refuses a 51st recipient, counting to, cc and bcc, and takes nothing from the quota', () => {
    const { app, outbox } = mailApp(1500);
    app.sendEmail({ to: addresses(49), bcc: 'moi@exemple.fr', subject: 'Objet', body: 'x' });
    expect(() =>
      app.sendEmail({ to: addresses(50), bcc: 'moi@exemple.fr', subject: 'Objet', body: 'x' }),
    ).toThrow(MAIL_LIMIT_ERRORS.recipients);
    expect(outbox.sent).toHaveLength(1);
    expect(app.getRemainingDailyQuota()).toBe(1450);
  });

  it('refuses a body past 200 KB, counted in UTF-8 bytes', () => {
    const { app, outbox } = mailApp();
    app.sendEmail('a@exemple.fr', 'Objet', 'é'.repeat(100_000));
    expect(() => app.sendEmail('a@exemple.fr', 'Objet', 'é'.repeat(100_001))).toThrow(
      MAIL_LIMIT_ERRORS.bodyBytes,
    );
    expect(outbox.sent).toHaveLength(1);
  });

  it('refuses attachments past 25 MB in total, or more than 250 of them', () => {
    const { app, outbox } = mailApp();
    const send = (attachments: GoogleAppsScript.Base.Blob[]) =>
      app.sendEmail({ to: 'a@exemple.fr', subject: 'Objet', body: 'x', attachments });
    send([pdf(12_000_000), pdf(13_000_000)]);
    expect(() => send([pdf(12_000_000), pdf(13_000_001)])).toThrow(
      MAIL_LIMIT_ERRORS.attachmentBytes,
    );
    expect(() => send(Array.from({ length: 251 }, () => pdf(10)))).toThrow(
      MAIL_LIMIT_ERRORS.attachments,
    );
    expect(outbox.sent).toHaveLength(1);
  });

  it('refuses a subject past 250 characters with "Argument too large: subject"', () => {
    const { app } = mailApp();
    app.sendEmail('a@exemple.fr', 'é'.repeat(250), 'x');
    expect(() => app.sendEmail('a@exemple.fr', 'é'.repeat(251), 'x')).toThrow(
      'Argument too large: subject',
    );
  });
});
