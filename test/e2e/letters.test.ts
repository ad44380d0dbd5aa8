import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { initWorkspace, runNight } from '../../src/local/workspace';

const root = mkdtempSync(join(tmpdir(), 'relance-letters-'));
const SETTINGS = resolve('samples/settings.example.json');

/** One client owing three invoices, long overdue: its first action is the courrier de rappel. */
async function workspace(): Promise<string> {
  const csv = join(root, 'factures.csv');
  writeFileSync(
    csv,
    [
      'N° facture;Client;Email;Échéance;Montant TTC',
      'F-101;Garage Leroy;compta@garage-leroy.fr;05/01/2026;120',
      'F-102;Garage Leroy;compta@garage-leroy.fr;08/01/2026;240',
      'F-103;Garage Leroy;compta@garage-leroy.fr;12/01/2026;360',
      '',
    ].join('\n'),
  );
  const dir = join(root, 'leroy');
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS, mailDailyQuota: 100 });
  return dir;
}

async function letterText(dir: string): Promise<string> {
  const outbox = join(dir, 'outbox');
  const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
  for (const file of files) {
    const mail = await simpleParser(readFileSync(join(outbox, file)));
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    if (pdf === undefined) continue;
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.content)), {
      mergePages: true,
    });
    return text;
  }
  throw new Error('no letter was sent');
}

describe('a courrier de rappel', () => {
  it('lists each of the client’s three invoices on its own filled row of the table', async () => {
    const dir = await workspace();
    const night = await runNight(dir, { today: '2026-03-16' });
    expect(night.report.actions.map((a) => a.step)).toEqual(['relance-2']);
    const text = await letterText(dir);
    expect(text).not.toMatch(/\{\{|\}\}/);
    for (const [number, days] of [
      ['F-101', 70],
      ['F-102', 67],
      ['F-103', 63],
    ] as const)
      expect(text).toMatch(new RegExp(`${number}[\\s\\S]{0,80}${days} j`));
  });
});
