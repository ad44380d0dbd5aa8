import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/local/runtime';
import { callFunction, readConfig } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { clientKeyOf } from '../../src/core/values/keys';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function workspace(name: string, settings: Record<string, unknown> = {}): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), `relance-confirm-${name}-`));
  const source = join(root, 'factures.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Contact']);
  sheet.addRow(['F1', 'Alpha', 'compta@alpha.fr', utc('2026-03-02'), 1200, 'Claire Martin']);
  await book.xlsx.writeFile(source);
  const dir = join(root, 'ws');
  const example = JSON.parse(readFileSync(resolve('samples/settings.example.json'), 'utf8')) as {
    sending: Record<string, unknown>;
  };
  const settingsPath = join(root, 'parametres.json');
  writeFileSync(settingsPath, JSON.stringify({ ...example, ...settings }));
  await initWorkspace(dir, { from: source, settingsPath });
  return dir;
}

async function outbox(dir: string) {
  const folder = join(dir, 'outbox');
  if (!existsSync(folder)) return [];
  return Promise.all(
    readdirSync(folder)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => simpleParser(readFileSync(join(folder, f)))),
  );
}

const promise = (confirm?: boolean) => ({
  clientKey: clientKeyOf('Alpha'),
  type: 'promise',
  invoices: ['F1'],
  date: '2026-03-31',
  ...(confirm === undefined ? {} : { confirm }),
});

describe('recording a promise from the sidebar', () => {
  it('sends the client a written confirmation by default, and journals it', async () => {
    const dir = await workspace('on');
    const result = (await callFunction(dir, 'recordClientEvent', [promise()], {
      today: '2026-03-20',
    })) as { ok: boolean; confirmation?: string };
    expect(result.ok).toBe(true);
    expect(result.confirmation).toBe('Confirmation écrite envoyée à compta@alpha.fr.');
    const mails = await outbox(dir);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(
      'nous prenons note de votre engagement à régler la facture F1, soit 1\u00a0200,00\u00a0€, au plus tard le 31 mars 2026.',
    );
  });

  it('sends nothing in preview mode, and says so', async () => {
    const example = JSON.parse(readFileSync(resolve('samples/settings.example.json'), 'utf8')) as {
      sending: Record<string, unknown>;
    };
    const dir = await workspace('preview', { sending: { ...example.sending, mode: 'preview' } });
    const result = (await callFunction(dir, 'recordClientEvent', [promise()], {
      today: '2026-03-20',
    })) as { ok: boolean; confirmation?: string };
    expect(result.ok).toBe(true);
    expect(result.confirmation).toMatch(/^Mode aperçu : la confirmation écrite n’est pas envoyée/);
    expect(await outbox(dir)).toHaveLength(0);
  });

  it('sends nothing when the user unticks the confirmation', async () => {
    const dir = await workspace('off');
    const result = (await callFunction(dir, 'recordClientEvent', [promise(false)], {
      today: '2026-03-20',
    })) as { ok: boolean };
    expect(result.ok).toBe(true);
    expect(await outbox(dir)).toHaveLength(0);
  });

  it('says why Google refused the confirmation, in Google’s own words', async () => {
    const dir = await workspace('refused');
    const runtime = await openRuntime({
      workspaceDir: dir,
      now: new Date('2026-03-20T09:00:00+01:00'),
      ...readConfig(dir),
      faults: { services: [{ match: 'MailApp.sendEmail', message: 'Service unavailable: Gmail' }] },
    });
    const input = [promise()] as Parameters<typeof runtime.invoke<'recordClientEvent'>>[1];
    const result = runtime.invoke('recordClientEvent', input) as { confirmation?: string };
    await runtime.close();
    expect(result.confirmation).toBe(
      'Confirmation écrite non envoyée : Service unavailable: Gmail',
    );
    expect(await outbox(dir)).toHaveLength(0);
  });
});

async function journalTypes(dir: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const types: string[] = [];
  book.getWorksheet('Journal des relances')?.eachRow((row, n) => {
    if (n > 1) types.push(String(row.getCell(4).value ?? ''));
  });
  return types;
}

describe('a promise submitted twice under one key (a double click, a retry, two windows)', () => {
  const KEY = '3f9c2a7b1e4d4c0a9b8e7f6a5d4c3b2a';

  it('one submit after the other: recorded once, confirmed once, and the second says so', async () => {
    const dir = await workspace('twice');
    const submit = () =>
      callFunction(dir, 'recordClientEvent', [{ ...promise(), requestId: KEY }], {
        today: '2026-03-20',
      }) as Promise<{ ok: boolean; confirmation?: string }>;
    expect((await submit()).confirmation).toBe('Confirmation écrite envoyée à compta@alpha.fr.');
    const second = await submit();
    expect(second).toMatchObject({ ok: true });
    expect(second.confirmation).toMatch(/^Cette réponse était déjà enregistrée/);
    expect(await journalTypes(dir)).toEqual(['Promesse', 'Note']);
    expect(await outbox(dir)).toHaveLength(1);
  });

  it('from two windows whose executions overlap: recorded once, confirmed once', async () => {
    const dir = await workspace('two-windows');
    const config = readConfig(dir);
    const open = () =>
      openRuntime({ workspaceDir: dir, now: new Date('2026-03-20T09:00:00+01:00'), ...config });
    const [first, second] = [await open(), await open()];
    const input = [{ ...promise(), requestId: KEY }] as Parameters<
      typeof first.invoke<'recordClientEvent'>
    >[1];
    expect(first.invoke('recordClientEvent', input).ok).toBe(true);
    expect(second.invoke('recordClientEvent', input).ok).toBe(true);
    await first.close();
    await second.close();
    expect(await journalTypes(dir)).toEqual(['Promesse', 'Note']);
    expect(await outbox(dir)).toHaveLength(1);
  });

  it('refuses a malformed key in French, naming the field', async () => {
    const dir = await workspace('bad-key');
    const result = await callFunction(
      dir,
      'recordClientEvent',
      [{ ...promise(), requestId: 'x' }],
      { today: '2026-03-20' },
    );
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'requestId' }] });
    expect(await outbox(dir)).toHaveLength(0);
  });
});
