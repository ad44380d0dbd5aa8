/**
 * Sidebar reads never write (docs/architecture.md, « Acting safely »: every write holds the document lock). A read that
 * created the Journal would race the night's trigger on a first night: on Google both would call
 * insertSheet and the second throws "A sheet with the name … already exists"; offline, the read's
 * execution would save the workbook whole over the night's rows.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClientBalance } from '../../src/core/reports/client-list';
import type { TodayView } from '../../src/core/plan/views';
import type { TemplatePreview } from '../../src/core/messages/template-preview';
import { openRuntime } from '../../src/local/runtime';
import { callFunction, readConfig } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

const JOURNAL = 'Journal des relances';
const NOW = new Date('2026-03-16T09:00:00+01:00');

let dir: string;

beforeEach(async () => {
  const root = mkdtempSync(join(tmpdir(), 'relance-sidebar-reads-'));
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 24, seed: 5 });
  dir = join(root, 'ws');
  await initWorkspace(dir, { from: source, settingsPath: 'samples/settings.example.json' });
});

const workbookHash = () =>
  createHash('sha256')
    .update(readFileSync(join(dir, 'workbook.xlsx')))
    .digest('hex');

async function journalRows(): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  return book.getWorksheet(JOURNAL)?.actualRowCount ?? 0;
}

describe('the sidebar’s reads', () => {
  it('answer from a workbook without a Journal and leave the workbook as it was', async () => {
    const before = workbookHash();
    const today = (await callFunction(dir, 'getToday', [], { now: NOW })) as TodayView;
    expect(today.clients.length).toBeGreaterThan(0);
    const clients = (await callFunction(dir, 'listClients', [], { now: NOW })) as ClientBalance[];
    const first = clients[0];
    if (first === undefined) throw new Error('no open client');
    await callFunction(dir, 'getClient', [first.clientKey], { now: NOW });
    await callFunction(dir, 'getSidebarState', [], { now: NOW });
    await callFunction(dir, 'previewTemplate', ['relance-1', 'fr', 'Objet', 'Texte'], {
      now: NOW,
    });
    expect(workbookHash()).toBe(before);
    expect(await journalRows()).toBe(0);
  });

  it('preview a step named by its French id, as a sidebar opened before an update sends it', async () => {
    const preview = (step: string) =>
      callFunction(dir, 'previewTemplate', [step, 'fr', 'Facture {{client}}', 'Texte'], {
        now: NOW,
      }) as Promise<TemplatePreview>;
    const byFrenchId = await preview('relance-2');
    expect(byFrenchId.ok).toBe(true);
    expect(byFrenchId).toEqual(await preview('reminder-2'));
  });

  it('opened before the first night and answering after it, keep every row the night wrote', async () => {
    const sidebar = await openRuntime({ workspaceDir: dir, now: NOW, ...readConfig(dir) });
    const night = await runNight(dir, { today: '2026-03-16', at: '07:00' });
    expect(night.report.status).toBe('ok');
    const written = await journalRows();
    expect(written).toBeGreaterThan(1);
    sidebar.invoke('getToday', []);
    await sidebar.close();
    expect(await journalRows()).toBe(written);
    const second = await runNight(dir, { today: '2026-03-16', at: '09:30' });
    expect(second.report.actions.filter((a) => a.outcome === 'sent')).toEqual([]);
  });
});
