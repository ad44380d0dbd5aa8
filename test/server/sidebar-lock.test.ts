import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TodayView } from '../../src/core/plan/views';
import { openRuntime, type AppsScriptRuntime } from '../../src/local/runtime';
import { callFunction, readConfig } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

const BUSY = 'Une relance est en cours, réessayez dans une minute.';
const NOW = new Date('2026-03-17T09:00:00+01:00');

let dir: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'relance-sidebar-lock-'));
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 36, seed: 3 });
  dir = join(root, 'ws');
  await initWorkspace(dir, { from: source, settingsPath: 'samples/settings.example.json' });
  await runNight(dir, { today: '2026-03-16' });
});

const open = async (): Promise<AppsScriptRuntime> =>
  openRuntime({ workspaceDir: dir, now: NOW, ...readConfig(dir) });

const fingerprint = () =>
  ['workbook.xlsx', 'state/properties.json']
    .map((file) =>
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    )
    .join(' ');

async function firstJournalId(): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const id = book.getWorksheet('Journal des relances')?.getRow(2).getCell(13).value;
  if (typeof id !== 'string') throw new Error('no journal row');
  return id;
}

describe('the sidebar’s writes while a run holds the document lock', () => {
  it('are refused in French and write nothing to the Journal or the settings', async () => {
    const view = (await callFunction(dir, 'getToday', [], { now: NOW })) as TodayView;
    const action = view.clients[0]?.actions[0];
    const client = view.clients[0];
    if (action === undefined || client === undefined) throw new Error('no action due');
    const settings = await callFunction(dir, 'getSettingsForm', [], { now: NOW });
    const journalId = await firstJournalId();
    const before = fingerprint();

    const run = await open();
    const lock = (
      run.sandbox.context as { LockService: GoogleAppsScript.Lock.LockService }
    ).LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    const sidebar = await open();
    const calls: [string, unknown[]][] = [
      ['postponeAction', [action.key, 7]],
      ['ignoreAction', [action.key]],
      [
        'recordClientEvent',
        [{ clientKey: client.clientKey, type: 'dispute', invoices: action.invoices, detail: 'x' }],
      ],
      ['confirmVerified', [journalId, true]],
      ['saveSettingsForm', [settings]],
    ];
    for (const [name, args] of calls)
      expect(() => sidebar.invokeByName(name, args), name).toThrow(BUSY);
    await sidebar.close();
    lock.releaseLock();
    await run.close();
    expect(fingerprint()).toBe(before);
  }, 30_000);

  it('go through once the run has finished', async () => {
    const view = (await callFunction(dir, 'getToday', [], { now: NOW })) as TodayView;
    const action = view.clients[0]?.actions[0];
    if (action === undefined) throw new Error('no action due');
    const after = (await callFunction(dir, 'postponeAction', [action.key, 7], {
      now: NOW,
    })) as TodayView;
    expect(after.clients.flatMap((c) => c.actions).map((a) => a.key)).not.toContain(action.key);
  });
});
