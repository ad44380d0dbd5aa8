import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';

const root = mkdtempSync(join(tmpdir(), 'relance-after-send-'));
const SETTINGS = resolve('samples/settings.example.json');

/** One invoice per client; due on 10 February 2026, it gets a courrier de rappel (letter) on 16 March. */
async function workspace(
  name: string,
  clients: readonly string[],
  due = '2026-02-10',
): Promise<string> {
  const csv = join(root, `${name}.csv`);
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC'];
  clients.forEach((client, i) =>
    lines.push(`L-${i + 1};${client};client${i + 1}@exemple.fr;${due};${100 + i}`),
  );
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const dir = join(root, name);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS });
  return dir;
}

const emails = (dir: string) =>
  readdirSync(join(dir, 'outbox'))
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(join(dir, 'outbox', f), 'utf8'));

async function journalStates(dir: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const states: string[] = [];
  book.getWorksheet('Journal des relances')?.eachRow((row, n) => {
    if (n > 1) states.push(String(row.getCell(14).value ?? ''));
  });
  return states;
}

const LONG_NAME = `Société ${'Très Longue Raison Sociale '.repeat(10)}/ Filiale « Nord »`;

describe('work after a send', () => {
  it('sends a letter to a client whose name has 280 characters, journals it, and never resends it', async () => {
    expect(LONG_NAME.length).toBeGreaterThan(240);
    const dir = await workspace('long-name', [LONG_NAME, 'Client court']);
    const first = await runNight(dir, { today: '2026-03-16' });
    expect(first.report.actions.map((a) => [a.outcome, a.reason])).toEqual([
      ['sent', undefined],
      ['sent', undefined],
    ]);
    expect(emails(dir)).toHaveLength(2);
    expect(await journalStates(dir)).toEqual(['fait', 'fait']);
    const letters = readdirSync(join(dir, 'drive'), { recursive: true }).map(String);
    const pdf = letters.find((f) => f.endsWith('.pdf') && f.includes('Société'));
    expect(pdf, letters.join('\n')).toBeDefined();
    // Every part of the path fits a file system's 255-byte name limit, once downloaded too.
    for (const part of (pdf ?? '').split(/[/\\]/))
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(255);

    const again = await runNight(dir, { today: '2026-03-16', at: '09:00' });
    expect(again.report.actions.filter((a) => a.outcome === 'sent')).toEqual([]);
    expect(emails(dir)).toHaveLength(2);
  });

  it('journals a message as sent when the Journal write right after the send fails, and never resends it', async () => {
    const baseline = await workspace('fault-after-send', ['Client A'], '2026-03-12');
    // The n-th Range write fails; the first n for which the email still went out is the Journal
    // write right after the send.
    for (let nth = 1; nth <= 60; nth += 1) {
      const dir = `${baseline}-${nth}`;
      cpSync(baseline, dir, { recursive: true });
      const fault = {
        match: 'SpreadsheetApp.Range.setValue',
        message: 'Service Spreadsheets timed out while accessing document with id local.',
        nth,
      };
      const night = await runNight(dir, {
        today: '2026-03-16',
        faults: { services: [fault] },
      }).catch(() => undefined);
      if (emails(dir).length === 0) continue;
      expect(night?.report.actions[0]?.outcome).toBe('sent');
      expect(night?.report.actions[0]?.reason).toMatch(/Journal/);
      const later = await runNight(dir, { today: '2026-03-17' });
      expect(later.report.actions.filter((a) => a.outcome === 'sent')).toEqual([]);
      expect(emails(dir)).toHaveLength(1);
      return;
    }
    expect.unreachable('no Range write after the send');
  });
});
