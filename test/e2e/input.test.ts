/**
 * What a new user brings to `relance init` and `relance run` (issue 11): exports of invoicing
 * tools, odd files, a client with too many addresses for the day's quota. Each test goes
 * through the CLI or the workspace as the user would.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
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

const EXPORTS = resolve('test/e2e/exports');

interface ExportCase {
  file: string;
  /** Balance Relance must follow for each invoice it reads, in cents (0: settled). */
  balances: Record<string, number>;
  /** Invoices left out with a problem, and a word of its message. */
  refused?: Record<string, RegExp>;
}

const EXPORT_CASES: ExportCase[] = [
  {
    file: 'typique.csv',
    balances: { 'FA-2026-001': 140000, 'FA-2026-002': 120000, 'FA-2026-003': 0 },
  },
  {
    file: 'style-sellsy.csv',
    balances: { 'F-00412': 180000, 'F-00413': 40000, 'F-00414': 12000, 'F-00415': 0 },
  },
  {
    file: 'style-pennylane.csv',
    balances: { 'F-2026-0031': 360000, 'F-2026-0033': 20000, 'F-2026-0034': 0 },
    refused: { 'F-2026-0032': /Relance ne relance qu’en euros/ },
  },
  {
    file: 'style-axonaut.csv',
    balances: { '2026-0101': 300000, '2026-0102': 15000, '2026-0103': 0 },
  },
  {
    file: 'quickbooks-style.csv',
    balances: { '1041': 125000, '1042': 75000, '1043': 0 },
  },
];

describe('exports of invoicing tools, read end to end as a new user would', () => {
  it.each(EXPORT_CASES)(
    'follows $file for what is left to pay, and never claims more',
    async ({ file, balances, refused = {} }) => {
      const dir = join(root, `export-${file}`);
      const init = await cli('init', dir, '--from', join(EXPORTS, file), '--settings', SETTINGS);
      expect(init.err).toBe('');
      expect(init.code).toBe(0);
      const run = await cli('run', dir, '--today', '2026-03-20');
      expect(run.err).toBe('');
      const report = JSON.parse(
        readFileSync(join(dir, 'reports', '2026-03-20.json'), 'utf8'),
      ) as RunReport;
      const followed = Object.fromEntries(report.invoices.map((i) => [i.number, i.balanceCents]));
      expect(followed).toEqual(balances);
      expect(report.problems.map((p) => p.invoice)).toEqual(Object.keys(refused));
      for (const problem of report.problems)
        expect(problem.message).toMatch(refused[problem.invoice ?? ''] ?? /^$/);
      const overdue = report.invoices.filter((i) => i.daysLate > 0);
      expect(report.totals.overdueCents).toBe(overdue.reduce((s, i) => s + i.balanceCents, 0));
      for (const action of report.actions) {
        const owed = action.invoices.reduce((sum, n) => sum + (followed[n] ?? NaN), 0);
        expect(action.balanceCents, action.key).toBe(owed);
        expect(['sent', 'task']).toContain(action.outcome);
      }
      expect(report.actions.length).toBeGreaterThan(0);
    },
    60_000,
  );

  it('chases the typical export’s 2 400,00 € invoice for the 1 400,00 € left, in the email too', async () => {
    const dir = join(root, 'export-typique.csv');
    const mails = await Promise.all(
      outbox(dir).map(async (f) => simpleParser(readFileSync(join(dir, 'outbox', f)))),
    );
    const garage = mails.find((m) => m.text?.includes('FA-2026-001'));
    expect(garage?.text).toMatch(/1\u00a0400,00\u00a0€/);
    expect(garage?.text).not.toMatch(/2\u00a0400,00/);
  });
});
