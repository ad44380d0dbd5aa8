/**
 * MailApp. Sources: https://developers.google.com/apps-script/reference/mail/mail-app and the
 * quotas page (https://developers.google.com/apps-script/guides/services/quotas).
 */
import { describe, expect, it } from 'vitest';
import { costOf, MAIL_QUOTA_EXCEEDED } from '../../../src/local/runtime/cost-table';
import { createMailApp, type MailOutbox } from '../../../src/local/runtime/mail';
import { CallMeter } from '../../../src/local/runtime/meter';

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
