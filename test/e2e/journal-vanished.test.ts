import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/local/runtime';
import { callFunction, readConfig } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';

const root = mkdtempSync(join(tmpdir(), 'relance-journal-gone-'));
const SETTINGS = resolve('samples/settings.example.json');
const JOURNAL = 'Journal des relances';

/** Three clients whose first reminder is due on Wednesday 4 March 2026. */
async function workspace(name: string): Promise<string> {
  const csv = join(root, `${name}.csv`);
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC'];
  for (let i = 1; i <= 3; i += 1)
    lines.push(`J-${i};Client ${i};client${i}@exemple.fr;2026-03-02;100`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const dir = join(root, name);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS });
  return dir;
}

const sentCount = (dir: string) =>
  readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml')).length;

/** The user acts on the spreadsheet's tabs, as in Sheets. */
async function onTabs(
  dir: string,
  act: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) => void,
): Promise<string[]> {
  const runtime = await openRuntime({
    workspaceDir: dir,
    now: new Date('2026-03-04T12:00:00Z'),
    ...readConfig(dir),
  });
  try {
    const { SpreadsheetApp } = runtime.sandbox.context as {
      SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    };
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    act(spreadsheet);
    return spreadsheet.getSheets().map((s) => s.getName());
  } finally {
    await runtime.close();
  }
}

const deleteJournal = (dir: string) =>
  onTabs(dir, (s) => {
    const journal = s.getSheetByName(JOURNAL);
    if (journal === null) throw new Error('no Journal to delete');
    s.deleteSheet(journal);
  });

describe('a Journal tab deleted after Relance wrote in it', () => {
  it('stops the run with a French message saying how to restore it, and sends nothing again', async () => {
    const dir = await workspace('deleted');
    await runNight(dir, { today: '2026-03-04' });
    expect(sentCount(dir)).toBe(3);
    await deleteJournal(dir);
    const night = await runNight(dir, { today: '2026-03-05' });
    expect(night.report.status).toBe('refused');
    expect(night.report.message).toMatch(/^L’onglet « Journal des relances » a disparu/);
    expect(night.report.message).toMatch(/Historique des versions/);
    expect(night.report.message).toMatch(/3 lignes/);
    expect(sentCount(dir)).toBe(3);
    // Nothing recreated it: the next run stops the same way.
    expect(await onTabs(dir, () => undefined)).not.toContain(JOURNAL);
    expect((await runNight(dir, { today: '2026-03-06' })).report.status).toBe('refused');
  });

  it('stops the run the same way when the tab was renamed', async () => {
    const dir = await workspace('renamed');
    await runNight(dir, { today: '2026-03-04' });
    await onTabs(dir, (s) => {
      s.getSheetByName(JOURNAL)?.setName('Ancien journal');
    });
    const night = await runNight(dir, { today: '2026-03-05' });
    expect(night.report.status).toBe('refused');
    expect(night.report.message).toMatch(/s’il a été renommé, rendez-lui son nom/);
    expect(sentCount(dir)).toBe(3);
  });

  it('is said by the sidebar too, which records nothing meanwhile', async () => {
    const dir = await workspace('sidebar');
    await runNight(dir, { today: '2026-03-04' });
    await deleteJournal(dir);
    await expect(callFunction(dir, 'getToday', [], { today: '2026-03-05' })).rejects.toThrow(
      /« Journal des relances » a disparu/,
    );
    expect(await onTabs(dir, () => undefined)).not.toContain(JOURNAL);
  });

  it('lets the user start again from an empty Journal on purpose: an empty tab of that name', async () => {
    const dir = await workspace('reset');
    await runNight(dir, { today: '2026-03-04' });
    await deleteJournal(dir);
    await onTabs(dir, (s) => {
      s.insertSheet(JOURNAL);
    });
    const night = await runNight(dir, { today: '2026-03-05' });
    expect(night.report.status).toBe('ok');
  });
});

describe('a workspace whose Journal was never written', () => {
  it('gets its Journal on the first run, as before', async () => {
    const dir = await workspace('first');
    const night = await runNight(dir, { today: '2026-03-04' });
    expect(night.report.status).toBe('ok');
    expect(sentCount(dir)).toBe(3);
  });
});
