/**
 * A first night's tabs, made by two executions at once. Sheets is one document for every
 * execution: a tab another execution inserted is there for all, and a second insertSheet of its
 * name throws "A sheet with the name … already exists. Please enter another name."
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)).
 * Relance makes its tabs holding the document lock and looks for them after taking it, so the
 * execution that comes second finds the tab instead of failing its night.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TodayView } from '../../src/core/plan/views';
import { openRuntime } from '../../src/local/runtime';
import { callFunction, readConfig } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

const JOURNAL = 'Journal des relances';
const NOW = new Date('2026-03-16T09:00:00+01:00');

let dir: string;

beforeEach(async () => {
  const root = mkdtempSync(join(tmpdir(), 'relance-tab-race-'));
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 12, seed: 7 });
  dir = join(root, 'ws');
  await initWorkspace(dir, { from: source, settingsPath: 'samples/settings.example.json' });
});

const open = () => openRuntime({ workspaceDir: dir, now: NOW, ...readConfig(dir) });

async function journalTypes(): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const sheet = book.getWorksheet(JOURNAL);
  const types: string[] = [];
  sheet?.eachRow((row, n) => {
    if (n > 1) types.push(String(row.getCell(4).value));
  });
  return types;
}

describe('two executions inserting one tab (reference: spreadsheet#insertSheet)', () => {
  it('refuses the tab to the second when the first inserted it meanwhile', async () => {
    const first = await open();
    const second = await open();
    runInContext(
      "SpreadsheetApp.getActiveSpreadsheet().insertSheet('Relevés'); SpreadsheetApp.flush();",
      first.sandbox.context,
    );
    expect(() =>
      runInContext(
        "SpreadsheetApp.getActiveSpreadsheet().insertSheet('Relevés')",
        second.sandbox.context,
      ),
    ).toThrow('A sheet with the name "Relevés" already exists. Please enter another name.');
    await second.close();
    await first.close();
  }, 30_000);
});

describe('a first night and a sidebar write, both making the Journal', () => {
  it('lets the write opened before the night find the night’s Journal and add its row to it', async () => {
    const view = (await callFunction(dir, 'getToday', [], { now: NOW })) as TodayView;
    const client = view.clients[0];
    const invoices = client?.actions[0]?.invoices;
    if (client === undefined || invoices === undefined) throw new Error('no action due');
    const sidebar = await open();
    const night = await runNight(dir, { today: '2026-03-16', at: '07:00' });
    expect(night.report.status).toBe('ok');
    const written = await journalTypes();
    expect(written.length).toBeGreaterThan(0);

    const recorded = sidebar.invokeByName('recordClientEvent', [
      { clientKey: client.clientKey, type: 'dispute', invoices, detail: 'Conteste la facture' },
    ]) as { ok: boolean };
    await sidebar.close();
    expect(recorded.ok).toBe(true);
    const after = await journalTypes();
    expect(after.slice(0, written.length)).toEqual(written);
    expect(after).toHaveLength(written.length + 1);
  }, 60_000);
});
