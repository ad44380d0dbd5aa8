import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/local/runtime';
import { initWorkspace } from '../../src/local/init';
import { readConfig } from '../../src/local/workspace';

const root = mkdtempSync(join(tmpdir(), 'relance-triggers-'));
const SETTINGS = resolve('samples/settings.example.json');
/** One add-on project, one user: the trigger store is shared by every spreadsheet it runs in. */
const PROJECT_TRIGGERS = join(root, 'project-triggers.json');

async function spreadsheet(name: string): Promise<string> {
  const csv = join(root, `${name}.csv`);
  writeFileSync(
    csv,
    'N° facture;Client;Email;Échéance;Montant TTC\nB-1;Client 1;client1@exemple.fr;2026-02-10;100\n',
  );
  const dir = join(root, name);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS, mailDailyQuota: 100 });
  return dir;
}

async function call(dir: string, name: string, args: unknown[]): Promise<unknown> {
  const config = readConfig(dir);
  const runtime = await openRuntime({
    workspaceDir: dir,
    now: new Date('2026-03-16T09:00:00Z'),
    timeZone: config.timeZone,
    userEmail: config.userEmail,
    mailDailyQuota: config.mailDailyQuota,
    spreadsheetId: `sheet-${basename(dir)}`,
    spreadsheetName: config.spreadsheetName,
    triggersPath: PROJECT_TRIGGERS,
  });
  try {
    return runtime.invokeByName(name, args);
  } finally {
    await runtime.close();
  }
}

describe('automatic sending in two spreadsheets of one project', () => {
  it('turns off this spreadsheet’s nightly run and leaves the other spreadsheet’s running', async () => {
    const a = await spreadsheet('a');
    const b = await spreadsheet('b');
    await call(a, 'setAutomaticSending', [true]);
    await call(b, 'setAutomaticSending', [true]);
    expect(await call(a, 'getAutomaticSending', [])).toMatchObject({ enabled: true });
    await call(a, 'setAutomaticSending', [false]);
    expect(await call(a, 'getAutomaticSending', [])).toMatchObject({ enabled: false });
    expect(await call(b, 'getAutomaticSending', [])).toMatchObject({ enabled: true });
  });
});
