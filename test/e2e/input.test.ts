/**
 * What a new user brings to `relance init` and `relance run`: exports of invoicing
 * tools, odd files, a client with too many addresses for the day's quota. Each test goes
 * through the CLI or the workspace as the user would.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/reports/run-report';
import { main } from '../../src/local/cli';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { type WorkspaceConfig } from '../../src/local/workspace';

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
      `A-1;Agence Alpha;"${many}";2026-03-02;100`,
      'B-1;Boulangerie Martin;compta@martin.fr;2026-03-02;100',
      'C-1;Cabinet Durand;compta@durand.fr;2026-03-02;100',
      'D-1;Garage Lefèvre;compta@lefevre.fr;2026-03-02;100',
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
  });
});

const EXPORTS = resolve('test/e2e/exports');

interface ExportCase {
  file: string;
  /** Balance Relance must follow for each invoice it reads, in cents (0: settled). */
  balances: Record<string, number>;
  /** Invoices left out with a problem, and a word of its message. */
  refused?: Record<string, RegExp>;
}

/**
 * These exports give what is left to pay, not the day of the payments: a late invoice partly
 * paid waits for its « Date de paiement », since its penalties run on the balance day by day
 * (L441-10). Its balance is never claimed in full meanwhile.
 */
const UNDATED = /sans date/;

const EXPORT_CASES: ExportCase[] = [
  {
    file: 'typique.csv',
    balances: { 'FA-2026-002': 120000, 'FA-2026-003': 0 },
    refused: { 'FA-2026-001': UNDATED },
  },
  {
    file: 'style-sellsy.csv',
    balances: { 'F-00412': 180000, 'F-00414': 12000, 'F-00415': 0 },
    refused: { 'F-00413': UNDATED },
  },
  {
    file: 'style-pennylane.csv',
    balances: { 'F-2026-0031': 360000, 'F-2026-0034': 0 },
    refused: { 'F-2026-0033': UNDATED, 'F-2026-0032': /Relance ne relance qu’en euros/ },
  },
  {
    file: 'style-axonaut.csv',
    balances: { '2026-0102': 15000, '2026-0103': 0 },
    refused: { '2026-0101': UNDATED },
  },
  {
    file: 'quickbooks-style.csv',
    balances: { '1041': 125000, '1043': 0 },
    refused: { '1042': UNDATED },
  },
];

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

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
      // These exports carry no client type: each client is asked for its own, once.
      const [untyped, rows] = partition(report.problems, (p) => p.column === 'Type client');
      const clients = new Set(
        report.invoices.filter((i) => i.balanceCents > 0).map((i) => i.client),
      );
      expect(untyped.map((p) => p.text.fr.match(/pour (.+?)[.(]/)?.[1]?.trim()).sort()).toEqual(
        [...clients].sort(),
      );
      expect(rows.map((p) => p.invoice)).toEqual(Object.keys(refused));
      for (const problem of rows)
        expect(problem.text.fr).toMatch(refused[problem.invoice ?? ''] ?? /^$/);
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

  it('asks the day of the typical export’s 1 000,00 € payment before chasing the 1 400,00 € left', async () => {
    const dir = join(root, 'export-typique.csv');
    const report = JSON.parse(
      readFileSync(join(dir, 'reports', '2026-03-20.json'), 'utf8'),
    ) as RunReport;
    expect(report.problems.find((p) => p.invoice === 'FA-2026-001')?.text.fr).toMatch(
      /^Paiement de 1\u00a0000,00\u00a0€ sans date : indiquez dans la colonne « Date de paiement »/,
    );
    const mails = await Promise.all(
      outbox(dir).map(async (f) => simpleParser(readFileSync(join(dir, 'outbox', f)))),
    );
    expect(mails.filter((m) => m.text?.includes('FA-2026-001'))).toEqual([]);
  });
});

describe('odd files given to relance init', () => {
  const CSV_TEXT =
    'N° facture;Client;Email;Échéance;Montant TTC\nF-1;SCI Les Tilleuls;gestion@sci.fr;2026-03-02;1 234,56\n';

  it('accepts a settings file saved with a byte order mark, as Windows Notepad does', async () => {
    const csv = join(root, 'bom.csv');
    writeFileSync(csv, CSV_TEXT);
    const settings = join(root, 'bom-settings.json');
    writeFileSync(settings, `\uFEFF${readFileSync(SETTINGS, 'utf8')}`);
    const init = await cli('init', join(root, 'bom'), '--from', csv, '--settings', settings);
    expect(init.err).toBe('');
    expect(init.code).toBe(0);
  });

  it('reads a CSV saved as UTF-16 « Texte Unicode » with tabs, as Excel writes it', async () => {
    const csv = join(root, 'utf16.csv');
    const text = CSV_TEXT.replace(/;/g, '\t');
    writeFileSync(csv, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const dir = join(root, 'utf16');
    const init = await cli('init', dir, '--from', csv, '--settings', SETTINGS);
    expect(init.err).toBe('');
    expect(init.code).toBe(0);
    expect((await cli('run', dir, '--today', '2026-03-04')).code).toBe(0);
    const report = JSON.parse(
      readFileSync(join(dir, 'reports', '2026-03-04.json'), 'utf8'),
    ) as RunReport;
    expect(report.invoices[0]).toMatchObject({ client: 'SCI Les Tilleuls', balanceCents: 123456 });
  });

  it('says a folder given as the invoice file or the settings file is a folder', async () => {
    const folder = join(root, 'un-dossier');
    mkdirSync(folder, { recursive: true });
    const asSource = await cli('init', join(root, 'ws-folder'), '--from', folder);
    expect(asSource.code).not.toBe(0);
    expect(asSource.err).toMatch(/est un dossier/);
    const csv = join(root, 'folder.csv');
    writeFileSync(csv, CSV_TEXT);
    const asSettings = await cli(
      'init',
      join(root, 'ws-folder2'),
      '--from',
      csv,
      '--settings',
      folder,
    );
    expect(asSettings.code).not.toBe(0);
    expect(asSettings.err).toMatch(/est un dossier/);
  });

  it('reads the rows after an unterminated quote and names the line to check', async () => {
    const csv = join(root, 'quote.csv');
    writeFileSync(
      csv,
      'N° facture;Client;Email;Échéance;Montant TTC\n' +
        'F-1;"Garage Lefèvre;compta@garage.fr;2026-03-02;100\n' +
        'F-2;SCI Les Tilleuls;gestion@sci.fr;2026-03-02;200\n' +
        'F-3;Hôtel du Port;direction@hotel.fr;2026-03-02;300\n',
    );
    const dir = join(root, 'quote');
    const init = await cli('init', dir, '--from', csv, '--settings', SETTINGS);
    expect(init.code).toBe(0);
    expect(`${init.out}\n${init.err}`).toMatch(/ligne 2.*guillemet/i);
    await cli('run', dir, '--today', '2026-03-04');
    const report = JSON.parse(
      readFileSync(join(dir, 'reports', '2026-03-04.json'), 'utf8'),
    ) as RunReport;
    expect(report.invoices.map((i) => i.number)).toEqual(['F-1', 'F-2', 'F-3']);
    expect(report.invoices[1]).toMatchObject({ client: 'SCI Les Tilleuls', balanceCents: 20000 });
  });
});

describe('a 5 MB cell', () => {
  it('is reported as « cellule trop longue » and the run finishes quickly with the other rows', async () => {
    const csv = join(root, 'huge.csv');
    writeFileSync(
      csv,
      'N° facture;Client;Email;Échéance;Montant TTC\n' +
        `F-1;${'Garage Lefèvre '.repeat(350_000)};compta@garage.fr;2026-03-02;100\n` +
        'F-2;SCI Les Tilleuls;gestion@sci.fr;2026-03-02;200\n',
    );
    const dir = join(root, 'huge');
    expect((await cli('init', dir, '--from', csv, '--settings', SETTINGS)).code).toBe(0);
    const started = Date.now();
    const run = await cli('run', dir, '--today', '2026-03-04');
    const elapsed = Date.now() - started;
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Cellule trop longue/);
    const report = JSON.parse(
      readFileSync(join(dir, 'reports', '2026-03-04.json'), 'utf8'),
    ) as RunReport;
    expect(report.invoices.map((i) => i.number)).toEqual(['F-2']);
    expect(elapsed).toBeLessThan(10_000);
  });
});
