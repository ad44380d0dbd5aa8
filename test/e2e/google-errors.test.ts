/**
 * Google refusing a call for a daily quota Relance could not see coming (another script of the
 * user spent it during the night): what Relance does is read from the table of Google's texts
 * (core/values/google-errors). The fault is injected once, so the next passage of the night
 * finds the service open again.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emlCount, oneInvoicePerClient } from './one-per-client';
import { DOCUMENTS_QUOTA_EXCEEDED } from '../../src/local/runtime/daily-quotas';
import { MAIL_QUOTA_EXCEEDED } from '../../src/local/runtime/cost-table';
import { runNight } from '../../src/local/night';

const root = mkdtempSync(join(tmpdir(), 'relance-google-errors-'));

const workspace = (name: string, clients: number, dueDate: string) =>
  oneInvoicePerClient(root, name, clients, dueDate);

describe('a daily quota Google says is spent during the night', () => {
  it('defers the refused email and every later one to the next passage, fails none and sends each once', async () => {
    const dir = await workspace('mail-quota', 3, '2026-03-02');
    const night = await runNight(dir, {
      today: '2026-03-16',
      faults: { services: [{ match: 'MailApp.sendEmail', nth: 2, message: MAIL_QUOTA_EXCEEDED }] },
    });
    const outcomes = night.report.actions.map((a) => a.outcome);
    expect(outcomes).toEqual(['sent', 'deferred', 'deferred']);
    for (const action of night.report.actions.slice(1))
      expect(action.reason).toBe(
        'Quota d’envoi d’emails du jour atteint : envoi reporté au prochain passage.',
      );
    const later = night.continuations.flatMap((c) => c.report.actions);
    expect(later.map((a) => [a.client, a.outcome])).toEqual([
      ['Client 2', 'sent'],
      ['Client 3', 'sent'],
    ]);
    expect(emlCount(dir)).toBe(3);
  });

  it('defers a letter whose Google Doc is refused for the day’s documents quota, and sends it at the next passage', async () => {
    const dir = await workspace('docs-quota', 1, '2026-02-10');
    const night = await runNight(dir, {
      today: '2026-03-16',
      faults: { services: [{ match: 'Drive.Files.copy', message: DOCUMENTS_QUOTA_EXCEEDED }] },
    });
    expect(night.report.actions[0]).toMatchObject({
      outcome: 'deferred',
      reason:
        'Quota de documents Google du jour atteint (courriers, relevés) : reporté au prochain passage.',
    });
    const later = night.continuations.flatMap((c) => c.report.actions);
    expect(later.map((a) => a.outcome)).toEqual(['sent']);
    expect(emlCount(dir)).toBe(1);
  });
});
