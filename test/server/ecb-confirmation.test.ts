import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TodayView } from '../../src/core/plan/views';
import type { Settings } from '../../src/core/settings/settings';
import { callFunction } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

const NOW = new Date('2026-11-17T09:00:00+01:00');

let dir: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'relance-ecb-'));
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: '2026-11-16', invoiceCount: 12 });
  dir = join(root, 'ws');
  await initWorkspace(dir, { from: source, settingsPath: 'samples/settings.example.json' });
});

describe('« Taux BCE » in the sidebar, past the shipped table', () => {
  it('asks to confirm the rate of 1 July 2026, naming the last known one', async () => {
    const view = (await callFunction(dir, 'getToday', [], { now: NOW })) as TodayView;
    expect(view.pendingEcbRate).toEqual({
      halfYear: '2026-07-01',
      lastKnownPercent: 2.15,
      lastKnownSince: '2025-06-11',
    });
  });

  it('records the rate in one click, with the day and who confirmed it, and asks no more', async () => {
    const result = (await callFunction(dir, 'confirmEcbRate', ['2026-07-01'], { now: NOW })) as {
      ok: boolean;
      view?: TodayView;
    };
    expect(result.ok).toBe(true);
    expect(result.view?.pendingEcbRate).toBeUndefined();
    const settings = (await callFunction(dir, 'getSettingsForm', [], { now: NOW })) as Settings;
    expect(settings.penalties.extraEcbRates).toEqual([
      {
        from: '2026-07-01',
        ratePercent: 2.15,
        confirmedOn: '2026-11-17',
        confirmedBy: expect.stringContaining('@'),
      },
    ]);
    const again = (await callFunction(dir, 'confirmEcbRate', ['2026-07-01'], { now: NOW })) as {
      ok: boolean;
      message?: string;
    };
    expect(again).toEqual({
      ok: false,
      message: 'Le taux BCE de ce semestre est déjà connu : rien à confirmer.',
    });
  });
});
