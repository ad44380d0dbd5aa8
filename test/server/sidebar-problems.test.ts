/**
 * The sidebar's « Aujourd'hui » and the Suivi read the workbook the same way: whatever problem the
 * Suivi lists (the invoice tab's, the Journal's, the stored settings'), the sidebar lists too.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TodayView } from '../../src/core/plan/views';
import { openRuntime } from '../../src/local/runtime';
import { callFunction, readConfig } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

const JOURNAL = 'Journal des relances';
const NOW = new Date('2026-03-16T10:00:00+01:00');
const EVENING = new Date('2026-03-16T18:00:00+01:00');
let dir: string;

/** A row typed by hand in the Journal with an event type Relance does not know. */
async function typeUnknownJournalRow(): Promise<void> {
  const file = join(dir, 'workbook.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const journal = book.getWorksheet(JOURNAL);
  if (journal === undefined) throw new Error('no Journal');
  const header = (journal.getRow(1).values as unknown[]).map(String);
  const row = journal.getRow(journal.actualRowCount + 1);
  row.getCell(header.indexOf('Type')).value = 'Coup de fil';
  row.getCell(header.indexOf('Client')).value = 'Client inventé';
  row.commit();
  await book.xlsx.writeFile(file);
}

async function makeWorkspace(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'relance-sidebar-problems-'));
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 24, seed: 5 });
  const made = join(root, 'ws');
  await initWorkspace(made, { from: source, settingsPath: 'samples/settings.example.json' });
  return made;
}

describe('the sidebar’s « Aujourd’hui »', () => {
  beforeAll(async () => {
    dir = await makeWorkspace();
    await runNight(dir, { today: '2026-03-16', at: '07:00' });
    await typeUnknownJournalRow();
  });

  it('lists the Journal’s problem that the Suivi lists, with the same words', async () => {
    const night = await runNight(dir, { today: '2026-03-16', at: '09:00' });
    const suivi = night.report.problems.map((p) => p.text.fr);
    expect(suivi.some((m) => m.includes('Type d’événement inconnu : « Coup de fil »'))).toBe(true);
    const today = (await callFunction(dir, 'getToday', [], { now: NOW })) as TodayView;
    const sidebar = today.problems.map((p) => p.text.fr);
    expect(sidebar).toEqual(expect.arrayContaining(suivi));
    const journal = today.problems.find((p) => p.text.fr.includes('Coup de fil'));
    expect(journal?.column).toMatch(/^Journal des relances › /);
  });
});

/** The cells an execution read, counted by the reading calls it made. */
async function readsOf(
  call: (runtime: Awaited<ReturnType<typeof openRuntime>>) => unknown,
): Promise<number> {
  const runtime = await openRuntime({ workspaceDir: dir, now: EVENING, ...readConfig(dir) });
  call(runtime);
  const counts = runtime.meter.countsByName();
  await runtime.close();
  return Object.entries(counts)
    .filter(([name]) => /Range\.get(Values|DisplayValues|Formulas|NumberFormats)$/.test(name))
    .reduce((sum, [, count]) => sum + count, 0);
}

describe('a decision taken in the sidebar', () => {
  beforeAll(async () => {
    dir = await makeWorkspace();
  });

  // Before the first night there is no Journal: showing the day reads the invoice tab alone; the
  // decision creates the Journal, writes its row, and reads the Journal once more, not the
  // invoice tab (the old way read the whole workbook again to answer).
  it('reads the invoice tab once, then only the Journal it wrote in', async () => {
    const view = (await callFunction(dir, 'getToday', [], { now: EVENING })) as TodayView;
    const key = view.clients.flatMap((c) => c.actions)[0]?.key;
    if (key === undefined) throw new Error('no action to postpone');
    const showing = await readsOf((runtime) => runtime.invoke('getToday', []));
    const postponing = await readsOf((runtime) => runtime.invoke('postponeAction', [key, 3]));
    expect(postponing - showing).toBe(1);
  });
});
