import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/local/init';
import { readConfig } from '../../src/local/workspace';
import { openRuntime } from '../../src/local/runtime';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

let dir: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'relance-menu-'));
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 5 });
  dir = join(root, 'ws');
  await initWorkspace(dir, { from: source });
});

async function open(event: { authMode: string }) {
  const config = readConfig(dir);
  const runtime = await openRuntime({
    workspaceDir: dir,
    now: new Date('2026-03-16T08:00:00Z'),
    ...config,
  });
  runtime.invoke('onOpen', [event]);
  await runtime.close();
  return runtime.ui.menus;
}

describe('the Relance menu (build/Code.js in the offline runtime)', () => {
  it('adds a plain menu to a sheet the script is bound to, with every action', async () => {
    const menus = await open({ authMode: 'LIMITED' });
    expect(menus).toHaveLength(1);
    expect(menus[0]?.addOn).toBe(false);
    const captions = JSON.stringify(menus[0]?.items);
    for (const caption of [
      'Ouvrir Relance',
      'Lancer les relances maintenant',
      'Aperçu des relances du jour',
      'Envoi automatique',
      'Créer les modèles de courrier',
      'Paramètres',
      'Aide',
    ]) {
      expect(captions).toContain(caption);
    }
  });

  it('only adds the add-on menu in AuthMode.NONE, reading nothing', async () => {
    const menus = await open({ authMode: 'NONE' });
    expect(menus[0]?.addOn).toBe(true);
  });
});

describe('a run started while the user looks at the sheet', () => {
  it('creates Relance’s tabs at the end without taking the user away from their tab', async () => {
    const config = readConfig(dir);
    const runtime = await openRuntime({
      workspaceDir: dir,
      now: new Date('2026-03-16T08:00:00Z'),
      ...config,
    });
    const app = (
      runtime.sandbox.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
    ).SpreadsheetApp;
    const spreadsheet = app.getActiveSpreadsheet();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Factures');
    runtime.invoke('runPreview', []);
    const names = spreadsheet.getSheets().map((s) => s.getName());
    await runtime.close();
    expect(names[0]).toBe('Factures');
    expect(names).toEqual(
      expect.arrayContaining(['Suivi des relances', 'Journal des relances', 'Tableau de bord']),
    );
    expect(spreadsheet.getActiveSheet().getName()).toBe('Factures');
  });
});

describe('"Voir le tableau de bord" in the sidebar', () => {
  it('says in French that the tab comes with the first run, then shows it once written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-board-'));
    const source = join(root, 'factures.xlsx');
    await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 5 });
    const fresh = join(root, 'ws');
    await initWorkspace(fresh, { from: source });
    const runtime = await openRuntime({
      workspaceDir: fresh,
      now: new Date('2026-03-16T08:00:00Z'),
      ...readConfig(fresh),
    });
    expect(() => runtime.invoke('showDashboard', [])).toThrow(
      /^Le tableau de bord n’existe pas encore : il est créé au premier passage de Relance/,
    );
    runtime.invoke('runPreview', []);
    expect(runtime.invoke('showDashboard', [])).toBe('Tableau de bord');
    const app = (
      runtime.sandbox.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
    ).SpreadsheetApp;
    expect(app.getActiveSpreadsheet().getActiveSheet().getName()).toBe('Tableau de bord');
    await runtime.close();
  });
});

describe('Aide', () => {
  it('tells in French what Relance does and which tabs it keeps', async () => {
    const runtime = await openRuntime({
      workspaceDir: dir,
      now: new Date('2026-03-16T08:00:00Z'),
      ...readConfig(dir),
    });
    runtime.invoke('showHelp', []);
    await runtime.close();
    expect(runtime.ui.alerts[0]).toMatch(
      /^Relance suit vos factures impayées .* « Suivi des relances », « Journal des relances » et « Tableau de bord »/,
    );
  });
});
