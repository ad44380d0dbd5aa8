import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings/settings';
import { callFunction } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

const NOW = new Date('2026-03-17T09:00:00+01:00');
let dir: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'relance-settings-save-'));
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 6, seed: 5 });
  dir = join(root, 'ws');
  await initWorkspace(dir, { from: source, settingsPath: 'samples/settings.example.json' });
});

const stored = async () =>
  (await callFunction(dir, 'getSettingsForm', [], { now: NOW })) as Settings;

describe('saving the settings screen', () => {
  it('refuses a bad field with its message and saves the others, the bad one keeping its stored value', async () => {
    const before = await stored();
    const typed: Settings = {
      ...before,
      firm: { ...before.firm, phone: '04 78 00 00 00', siret: '812 345' },
      clientGapDays: 9,
      sending: { ...before.sending, hour: 30, copyToSelf: true },
    };
    const result = await callFunction(dir, 'saveSettingsForm', [typed], { now: NOW });
    expect(result).toEqual({
      ok: false,
      savedOthers: true,
      errors: [
        {
          field: 'firm.siret',
          message: expect.stringMatching(/^« SIRET » : le SIRET doit compter 14 chiffres/),
        },
        {
          field: 'sending.hour',
          message: '« Heure de l’envoi automatique » : un nombre entier entre 0 et 23 heures.',
        },
      ],
    });
    const after = await stored();
    expect(after.firm).toMatchObject({ phone: '04 78 00 00 00', siret: before.firm.siret });
    expect(after.clientGapDays).toBe(9);
    expect(after.sending).toMatchObject({ hour: before.sending.hour, copyToSelf: true });
  });

  it('says a form that is not settings at all, and changes nothing', async () => {
    const before = await stored();
    const result = await callFunction(dir, 'saveSettingsForm', [{ mdoe: 'preview' }], { now: NOW });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'mdoe' }] });
    expect(await stored()).toEqual(before);
  });
});
