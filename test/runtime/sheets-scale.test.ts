/**
 * 2,000 invoices through build/Code.js in the strict runtime: the Journal and the Suivi both go
 * past a new tab's 1,000 rows, and every night completes.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/local/init';
import { runNight, type NightResult } from '../../src/local/night';

const INVOICES = 2000;
const START = '2026-03-04';
const root = mkdtempSync(join(tmpdir(), 'relance-scale-'));
const dir = join(root, 'ws');
const nights: NightResult[] = [];

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 1,000 clients with two invoices each, three to six days late on the first night. */
async function writeSource(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow(['N° facture', 'Client', 'Email', 'Date', 'Échéance', 'Montant TTC']);
  for (let i = 0; i < INVOICES; i += 1) {
    const client = Math.floor(i / 2);
    const due = new Date(`${addDays(START, -3 - (client % 4))}T00:00:00Z`);
    sheet.addRow([
      String(i + 1).padStart(6, '0'),
      `Client ${client}`,
      `compta@client${client}.fr`,
      new Date(due.getTime() - 30 * 86_400_000),
      due,
      100 + (i % 900),
    ]);
  }
  await book.xlsx.writeFile(path);
}

async function rowCount(name: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  return book.getWorksheet(name)?.actualRowCount ?? 0;
}

beforeAll(async () => {
  const source = join(root, 'factures.xlsx');
  await writeSource(source);
  await initWorkspace(dir, {
    from: source,
    settingsPath: resolve('samples/settings.example.json'),
    // A Google Workspace account's daily recipients (Apps Script quotas page): every client is
    // written to the Journal on the first night, so it passes row 1,000.
    mailDailyQuota: 1500,
  });
  for (let night = 0; night < 2; night += 1)
    nights.push(await runNight(dir, { today: addDays(START, night) }));
  // 26 s on two quiet cores (116 s with the cores shared by several test runs).
}, 80_000);

describe('2,000 invoices over two nights', () => {
  it('writes the Journal past its 1,000th row and the Suivi past 1,000 open invoices', async () => {
    expect(await rowCount('Journal des relances')).toBeGreaterThan(1000);
    expect(await rowCount('Suivi des relances')).toBeGreaterThan(1000);
  });

  it('completes every night and every continuation without an error', () => {
    const runs = nights.flatMap((night) => [night, ...night.continuations]);
    for (const run of runs) expect(run.report.message).not.toMatch(/Erreur|outside|violates/);
    expect(readdirSync(join(dir, 'outbox')).length).toBeGreaterThan(0);
  });
});
