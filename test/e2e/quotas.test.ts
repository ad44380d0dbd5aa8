/**
 * The documents-created quota on the busiest night: Relance counts the Docs it creates in the
 * rolling window Google counts them in, and a night that would pass the quota defers what does
 * not fit instead of failing (quotas page, https://developers.google.com/apps-script/guides/services/quotas).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../src/local/time';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { withRuntime } from '../../src/local/workspace';

const root = mkdtempSync(join(tmpdir(), 'relance-quotas-'));

/** Five clients, 34 days late: each first message is a courrier de rappel, letter and relevé. */
async function nearlyFull(name: string, mailDailyQuota: number, documentsUsed: number) {
  const csv = join(root, `${name}.csv`);
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC;Type client'];
  for (let i = 1; i <= 5; i += 1)
    lines.push(`Q-${i};Client ${i};client${i}@exemple.fr;2026-02-10;${100 + i};SARL`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const dir = join(root, name);
  await initWorkspace(dir, {
    from: csv,
    settingsPath: resolve('samples/settings.example.json'),
    mailDailyQuota,
  });
  await withRuntime(dir, { now: zonedInstant('2026-03-16', 1, 0, 'Europe/Paris') }, (runtime) =>
    runtime.invoke('createLetterTemplates', []),
  );
  // Earlier the same day, Relance made `documentsUsed` Docs: Google and Relance both counted them.
  const sinceMs = zonedInstant('2026-03-16', 1, 0, 'Europe/Paris').getTime();
  const used = { sinceMs, used: documentsUsed };
  const propertiesPath = join(dir, 'state', 'properties.json');
  const properties = JSON.parse(readFileSync(propertiesPath, 'utf8')) as {
    user: Record<string, string>;
  };
  properties.user['relance.documentsCreated'] = JSON.stringify(used);
  writeFileSync(propertiesPath, JSON.stringify(properties));
  writeFileSync(
    join(dir, 'state', 'quotas.json'),
    JSON.stringify({
      email: { sinceMs: 0, used: 0 },
      documents: used,
      triggerMs: { sinceMs: 0, used: 0 },
    }),
  );
  return dir;
}

describe('the documents-created quota', () => {
  for (const [account, quota, limit] of [
    ['a consumer account', 100, 250],
    ['a Google Workspace account', 1_500, 1_500],
  ] as const) {
    it(`holds on ${account}’s night: what would pass ${limit} Docs waits, nothing fails`, async () => {
      const dir = await nearlyFull(`docs-${quota}`, quota, limit - 5);
      const night = await runNight(dir, { today: '2026-03-16' });
      const actions = [night, ...night.continuations].flatMap((n) => n.report.actions);
      const outcomes = actions.map((a) => a.outcome);
      expect(night.continuations).toEqual([]);
      expect(outcomes.filter((o) => o === 'sent')).toHaveLength(2);
      expect(outcomes).not.toContain('failed');
      expect(actions.filter((a) => a.outcome === 'deferred').map((a) => a.reason)).toContain(
        'Quota de documents Google du jour atteint (courriers, relevés) : reporté au prochain passage.',
      );
      const quotas = JSON.parse(readFileSync(join(dir, 'state', 'quotas.json'), 'utf8')) as {
        documents: { used: number };
      };
      expect(quotas.documents.used).toBeLessThanOrEqual(limit);
    });
  }
});
