/**
 * Keys read back from the Journal are compared with the invoice tab in one normalised form
 * (README, « Invoice numbers »): the same invoice number or client name typed in another Unicode form (an accent
 * as a separate combining mark, as macOS and some PDF copies give it) is the same invoice.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/local/runtime';
import { initWorkspace } from '../../src/local/init';
import { readConfig } from '../../src/local/workspace';
import { runNight } from '../../src/local/night';

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
    expect(second.report.actions.map((a) => [a.step, a.outcome])).toEqual([['phone-call', 'task']]);
    expect(sentCount(dir)).toBe(1);
  });
});

/** Messages as written to the outbox: their text, decoded. */
async function messageTexts(dir: string): Promise<string[]> {
  const folder = join(dir, 'outbox');
  return Promise.all(
    readdirSync(folder)
      .filter((f) => f.endsWith('.eml'))
      .map(async (f) => {
        const mail = await simpleParser(readFileSync(join(folder, f)));
        return `${mail.subject ?? ''}\n${mail.text ?? ''}`;
      }),
  );
}

async function oneInvoice(name: string, number: string): Promise<string> {
  const csv = join(root, `${name}.csv`);
  writeFileSync(
    csv,
    `N° facture;Client;Email;Échéance;Montant TTC\n${number};Boulangerie Martin;compta@martin.fr;2026-03-02;100\n`,
  );
  const dir = join(root, name);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS });
  return dir;
}

describe('an invoice number retyped in full-width characters', () => {
  it('is the same invoice: the next step follows, printed as the tab now has it', async () => {
    const dir = await oneInvoice('full-width', 'FA001');
    await runNight(dir, { today: '2026-03-04' });
    await retype(dir, 'FA001', 'ＦＡ００１');
    const second = await runNight(dir, { today: '2026-03-12' });
    expect(second.report.actions.map((a) => [a.step, a.outcome])).toEqual([['phone-call', 'task']]);
    expect(sentCount(dir)).toBe(1);
    const third = await runNight(dir, { today: '2026-03-19' });
    expect(third.report.actions.map((a) => [a.step, a.outcome])).toEqual([['reminder-2', 'sent']]);
    expect((await messageTexts(dir)).filter((t) => t.includes('ＦＡ００１'))).toHaveLength(1);
  });

  it('is a duplicate of the same number typed half-width on another row', async () => {
    const csv = join(root, 'twice.csv');
    writeFileSync(
      csv,
      'N° facture;Client;Email;Échéance;Montant TTC\nFA002;Boulangerie Martin;compta@martin.fr;2026-03-02;100\nＦＡ００２;Boulangerie Martin;compta@martin.fr;2026-03-02;100\n',
    );
    const dir = join(root, 'twice');
    await initWorkspace(dir, { from: csv, settingsPath: SETTINGS });
    const night = await runNight(dir, { today: '2026-03-04' });
    expect(night.report.problems.map((p) => p.text.fr)).toContainEqual(
      expect.stringMatching(
        /^Numéro de facture en double : la facture ＦＡ００２ figure déjà ligne 2/,
      ),
    );
  });
});

describe('an invoice number with a compatibility character, « № 12 »', () => {
  it('prints as typed in the reminder, never « No 12 »', async () => {
    const dir = await oneInvoice('numero-sign', '№ 12');
    const night = await runNight(dir, { today: '2026-03-04' });
    expect(night.report.actions.map((a) => a.outcome)).toEqual(['sent']);
    const [text] = await messageTexts(dir);
    expect(text).toContain('№ 12');
    expect(text).not.toContain('No 12');
  });
});
