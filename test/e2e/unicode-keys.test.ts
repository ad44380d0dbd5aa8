/**
 * Keys read back from the Journal are compared with the invoice tab in one normalised form
 * (issue 10): the same invoice number or client name typed in another Unicode form (an accent
 * as a separate combining mark, as macOS and some PDF copies give it) is the same invoice.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/local/runtime';
import { initWorkspace, readConfig, runNight } from '../../src/local/workspace';

const root = mkdtempSync(join(tmpdir(), 'relance-keys-'));
const SETTINGS = resolve('samples/settings.example.json');
/** "FAC-É1" with É as one character (U+00C9), and as E followed by U+0301. */
const PRECOMPOSED = 'FAC-\u00c91';
const DECOMPOSED = 'FAC-E\u03011';

function sentCount(dir: string): number {
  return readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml')).length;
}

/** The user retypes a cell of the invoice tab, found by its text. */
async function retype(dir: string, from: string, to: string): Promise<void> {
  const runtime = await openRuntime({
    workspaceDir: dir,
    now: new Date('2026-03-05T12:00:00Z'),
    ...readConfig(dir),
  });
  try {
    const app = (
      runtime.sandbox.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
    ).SpreadsheetApp;
    let found = 0;
    for (const sheet of app.getActiveSpreadsheet().getSheets()) {
      if (/journal/i.test(sheet.getName())) continue;
      const values = sheet.getDataRange().getValues();
      values.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== from) return;
          sheet.getRange(r + 1, c + 1).setValue(to);
          found += 1;
        }),
      );
    }
    expect(found).toBeGreaterThan(0);
  } finally {
    await runtime.close();
  }
}

describe('an invoice number typed in another Unicode form than the Journal’s', () => {
  it('is recognised as the same invoice: the next step follows, not a second first reminder', async () => {
    const csv = join(root, 'keys.csv');
    writeFileSync(
      csv,
      `N° facture;Client;Email;Échéance;Montant TTC\n${DECOMPOSED};Boulangerie Martin;compta@martin.fr;2026-03-02;100\n`,
    );
    const dir = join(root, 'keys');
    await initWorkspace(dir, { from: csv, settingsPath: SETTINGS });
    const first = await runNight(dir, { today: '2026-03-04' });
    expect(first.report.actions.map((a) => a.outcome)).toEqual(['sent']);
    await retype(dir, DECOMPOSED, PRECOMPOSED);
    // A week on, the ladder's next step (the call) is due, not the first reminder again.
    const second = await runNight(dir, { today: '2026-03-12' });
    expect(second.report.actions.map((a) => [a.step, a.outcome])).toEqual([['appel', 'task']]);
    expect(sentCount(dir)).toBe(1);
  });
});
