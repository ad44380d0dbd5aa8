import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace, readConfig } from '../../src/local/workspace';
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

async function open(event: unknown) {
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
