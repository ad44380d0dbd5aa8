/**
 * What a new user brings to `relance init` and `relance run` (issue 11): exports of invoicing
 * tools, odd files, a client with too many addresses for the day's quota. Each test goes
 * through the CLI or the workspace as the user would.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/reports/run-report';
import { main } from '../../src/local/cli';
import { initWorkspace, runNight, type WorkspaceConfig } from '../../src/local/workspace';

const SETTINGS = resolve('samples/settings.example.json');
const root = mkdtempSync(join(tmpdir(), 'relance-input-'));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function settingsWith(name: string, change: (s: Record<string, unknown>) => void): string {
  const settings = JSON.parse(readFileSync(SETTINGS, 'utf8')) as Record<string, unknown>;
  change(settings);
  const path = join(root, `${name}-settings.json`);
  writeFileSync(path, JSON.stringify(settings));
  return path;
}

function setQuota(dir: string, quota: number): void {
  const configPath = join(dir, 'workspace.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as WorkspaceConfig;
  writeFileSync(configPath, JSON.stringify({ ...config, mailDailyQuota: quota }));
}

function outbox(dir: string): string[] {
  return readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
}

describe('the daily quota and a client with many addresses', () => {
  it('defers only the client whose addresses exceed what is left of the quota, and sends the others', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `compta${i}@alpha.fr`).join(', ');
    const lines = [
      'N° facture;Client;Email;Échéance;Montant TTC',
      `A-1;Agence Alpha;"${many}";02/03/2026;100`,
      'B-1;Boulangerie Martin;compta@martin.fr;02/03/2026;100',
      'C-1;Cabinet Durand;compta@durand.fr;02/03/2026;100',
      'D-1;Garage Lefèvre;compta@lefevre.fr;02/03/2026;100',
    ];
    const csv = join(root, 'many.csv');
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const dir = join(root, 'many');
    const settings = settingsWith('many', (s) => {
      (s['sending'] as Record<string, unknown>)['quotaReserve'] = 0;
      (s['sending'] as Record<string, unknown>)['copyToSelf'] = false;
    });
    await initWorkspace(dir, { from: csv, settingsPath: settings });
    setQuota(dir, 30);

    const night = await runNight(dir, { today: '2026-03-04' });
    const byClient = new Map(night.report.actions.map((a) => [a.client, a]));
    expect(byClient.get('Agence Alpha')).toMatchObject({
      outcome: 'deferred',
      reason: expect.stringMatching(/40 destinataires/),
    });
    for (const client of ['Boulangerie Martin', 'Cabinet Durand', 'Garage Lefèvre'])
      expect(byClient.get(client)?.outcome, client).toBe('sent');
    expect(outbox(dir)).toHaveLength(3);
  }, 60_000);
});

export type { RunReport };
export { cli, mkdirSync };
