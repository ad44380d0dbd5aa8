/**
 * Relance's tabs within Sheets' size limits (https://support.google.com/drive/answer/37603: a
 * spreadsheet holds up to 10 million cells, every tab's grid counted).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/reports/run-report';
import { openRuntime } from '../../src/local/runtime';
import { initWorkspace } from '../../src/local/init';
import { readConfig } from '../../src/local/workspace';
import { runNight } from '../../src/local/night';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

let dir: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'relance-sheet-limits-'));
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 24, seed: 7 });
  dir = join(root, 'ws');
  await initWorkspace(dir, { from: source, settingsPath: 'samples/settings.example.json' });
  await runNight(dir, { today: '2026-03-16' });
});

const open = () =>
  openRuntime({
    workspaceDir: dir,
    now: new Date('2026-03-17T07:00:00+01:00'),
    ...readConfig(dir),
  });

function spreadsheetOf(runtime: Awaited<ReturnType<typeof open>>) {
  const context = runtime.sandbox.context as {
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  };
  return context.SpreadsheetApp.getActiveSpreadsheet();
}

describe('Relance’s tabs and the 10-million-cell limit', () => {
  it('keep only the columns they use: 14 in the Journal, 13 in the Suivi, 6 in the dashboard', async () => {
    const runtime = await open();
    const spreadsheet = spreadsheetOf(runtime);
    const columns = (name: string) => spreadsheet.getSheetByName(name)?.getMaxColumns();
    expect(columns('Journal des relances')).toBe(14);
    expect(columns('Suivi des relances')).toBe(13);
    expect(columns('Tableau de bord')).toBe(6);
    // The dashboard's month labels stay text in a French sheet, which reads « mars 2026 » typed
    // as a date.
    const dashboard = spreadsheet.getSheetByName('Tableau de bord')?.getDataRange().getValues();
    const months = (dashboard ?? []).flat().filter((v) => /^[a-zéû]+\.? 2026$/.test(String(v)));
    expect(months.length).toBeGreaterThan(0);
    expect(months.every((v) => typeof v === 'string')).toBe(true);
    await runtime.close();
  });

  it('warn in the Suivi once the workbook holds 80 % of the cells, with the way out', async () => {
    const runtime = await open();
    const spreadsheet = spreadsheetOf(runtime);
    const archive = spreadsheet.insertSheet('Archive 2024');
    archive.insertRowsAfter(1000, Math.ceil(8_100_000 / 26) - 1000);
    const report = runtime.invokeByName('runNightly', [{ authMode: 'FULL' }]) as RunReport;
    const warning = report.problems.find((p) => /10 millions/.test(p.text.fr));
    expect(warning?.text.fr).toMatch(/Créer une copie/);
    const suivi =
      spreadsheet.getSheetByName('Suivi des relances')?.getDataRange().getValues() ?? [];
    expect(suivi.flat().some((cell) => String(cell).includes('10 millions'))).toBe(true);
  });
});
