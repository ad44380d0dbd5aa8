import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initWorkspace, runNight } from '../../src/local/workspace';

const root = mkdtempSync(join(tmpdir(), 'relance-auth-'));
const SETTINGS = resolve('samples/settings.example.json');

async function workspace(name: string, clients: number): Promise<string> {
  const csv = join(root, `${name}.csv`);
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC'];
  for (let i = 1; i <= clients; i += 1)
    lines.push(`B-${i};Client ${i};client${i}@exemple.fr;10/02/2026;${100 + i}`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const dir = join(root, name);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS, mailDailyQuota: 1500 });
  return dir;
}

const emlCount = (dir: string) =>
  readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml')).length;

describe('the shipped manifest', () => {
  it('grants every scope the nightly run needs, so the reminders go out', async () => {
    const dir = await workspace('manifest', 2);
    const night = await runNight(dir, { today: '2026-03-16' });
    expect(night.report.actions.map((a) => a.outcome)).toEqual(['sent', 'sent']);
    expect(emlCount(dir)).toBe(2);
  });
});
