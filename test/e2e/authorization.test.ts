import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/local/runtime';
import { AUTHORIZATION_STATE, SCOPES, withdrawConsent } from '../../src/local/runtime/scopes';
import { initWorkspace } from '../../src/local/init';
import { readConfig } from '../../src/local/workspace';
import { runNight } from '../../src/local/night';
import ExcelJS from 'exceljs';

const root = mkdtempSync(join(tmpdir(), 'relance-auth-'));
const SETTINGS = resolve('samples/settings.example.json');

async function workspace(name: string, clients: number): Promise<string> {
  const csv = join(root, `${name}.csv`);
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC'];
  for (let i = 1; i <= clients; i += 1)
    lines.push(`B-${i};Client ${i};client${i}@exemple.fr;2026-02-10;${100 + i}`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const dir = join(root, name);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS, mailDailyQuota: 1500 });
  return dir;
}

async function readWorkbookRows(dir: string, tab: string): Promise<ExcelJS.CellValue[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const rows: ExcelJS.CellValue[][] = [];
  book.getWorksheet(tab)?.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

const emlCount = (dir: string) =>
  readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml')).length;

describe('the shipped manifest', () => {
  it('grants every scope the nightly run needs, so the reminders go out', async () => {
    const dir = await workspace('manifest', 2);
    const night = await runNight(dir, { today: '2026-03-16' });
    expect(night.report.actions.map((a) => a.outcome)).toEqual(['sent', 'sent']);
    expect(emlCount(dir)).toBe(2);
  });
});

/** One execution of `name` in the workspace, as the menu, the sidebar or a trigger would start it. */
async function call(dir: string, name: string, args: unknown[]) {
  const config = readConfig(dir);
  const runtime = await openRuntime({
    workspaceDir: dir,
    now: new Date('2026-03-17T09:00:00Z'),
    ...config,
  });
  try {
    return { value: runtime.invokeByName(name, args), ui: runtime.ui };
  } finally {
    await runtime.close();
  }
}

describe('a run that finds its authorisation missing', () => {
  it('sends nothing and says so in the Suivi, the sidebar and the menu', async () => {
    const dir = await workspace('reconsent', 2);
    // A new version asked for a scope the user has not granted yet.
    withdrawConsent(resolve('build'), dir, SCOPES.userinfoEmail);
    const night = await runNight(dir, { today: '2026-03-16' });
    expect(night.report.status).toBe('auth-required');
    expect(night.report.message).toMatch(/ré-autoris/);
    expect(emlCount(dir)).toBe(0);
    const suivi = await readWorkbookRows(dir, 'Suivi des relances');
    expect(JSON.stringify(suivi)).toMatch(/Relance doit être ré-autorisée/);
    const sidebar = await call(dir, 'getSidebarState', []);
    expect(sidebar.value).toMatchObject({ authorization: { required: true } });
    const open = await call(dir, 'onOpen', [{ authMode: 'LIMITED' }]);
    expect(JSON.stringify(open.ui.menus)).toMatch(/Relance doit être ré-autorisée/);
  });

  it('drops the warning once the user has granted what was missing', async () => {
    const dir = await workspace('reconsented', 1);
    withdrawConsent(resolve('build'), dir, SCOPES.userinfoEmail);
    await runNight(dir, { today: '2026-03-16' });
    rmSync(join(dir, AUTHORIZATION_STATE));
    const sidebar = await call(dir, 'getSidebarState', []);
    expect(sidebar.value).toMatchObject({ authorization: { required: false } });
    const open = await call(dir, 'onOpen', [{ authMode: 'LIMITED' }]);
    expect(JSON.stringify(open.ui.menus)).not.toMatch(/ré-autorisée/);
  });
});

describe('the simple trigger onOpen (AuthMode.LIMITED)', () => {
  it('builds the full menu with only what LIMITED allows', async () => {
    const dir = await workspace('limited', 1);
    const open = await call(dir, 'onOpen', [{ authMode: 'LIMITED' }]);
    expect(JSON.stringify(open.ui.menus)).toContain('Lancer les relances maintenant');
  });

  it('refuses a run started from a simple trigger: it may not send, use Drive or triggers', async () => {
    const dir = await workspace('limited-run', 1);
    // The letter templates come first: Drive, through the advanced service, fails as the API does.
    await expect(call(dir, 'runNightly', [{ authMode: 'LIMITED' }])).rejects.toThrow(
      /You do not have permission to call|insufficient authentication scopes/,
    );
  });
});
