/**
 * Relance's own tabs written through build/Code.js in the strict offline runtime: what the user
 * types stays as typed, tabs grow before they are written past their last row, and the Journal
 * accepts its next row whatever the language.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';

const JOURNAL = 'Journal des relances';
const SUIVI = 'Suivi des relances';

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface SourceOptions {
  numbers: string[];
  due: string;
  /** Rows typed in a Journal tab before Relance first runs. */
  journalRows?: (string | Date)[][];
}

/** An invoice tab where every number is a text cell, one client per invoice. */
async function writeSource(path: string, options: SourceOptions): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow(['N° facture', 'Client', 'Email', 'Date', 'Échéance', 'Montant TTC']);
  options.numbers.forEach((number, i) => {
    const due = new Date(`${options.due}T00:00:00Z`);
    const row = sheet.addRow([
      number,
      `Client ${i + 1}`,
      `compta${i + 1}@client${i + 1}.fr`,
      new Date(due.getTime() - 30 * 86_400_000),
      due,
      1000 + i,
    ]);
    row.getCell(1).numFmt = '@';
  });
  if (options.journalRows !== undefined) {
    const journal = book.addWorksheet(JOURNAL);
    for (const row of options.journalRows) journal.addRow(row);
  }
  await book.xlsx.writeFile(path);
}

async function workspace(options: SourceOptions, settings = 'samples/settings.example.json') {
  const root = mkdtempSync(join(tmpdir(), 'relance-writers-'));
  const source = join(root, 'factures.xlsx');
  await writeSource(source, options);
  const dir = join(root, 'ws');
  await initWorkspace(dir, { from: source, settingsPath: resolve(settings) });
  return dir;
}

/** A tab of the workspace's workbook as the text of each cell (hyperlinks as their label). */
async function tab(dir: string, name: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const rows: string[][] = [];
  book.getWorksheet(name)?.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= 14; c += 1) {
      const value = row.getCell(c).value;
      if (value !== null && typeof value === 'object' && 'text' in value)
        cells.push(String(value.text));
      else
        cells.push(
          value === null ? '' : value instanceof Date ? value.toISOString() : String(value),
        );
    }
    rows.push(cells);
  });
  return rows;
}

const TRICKY_NUMBERS = ['000123', '007', '12.50', '12,5', '03/2026', 'F-1,2', 'A;B'];

describe('invoice numbers in the Journal', () => {
  it('keeps numbers that look like numbers, dates or lists exactly as typed, and moves each invoice on the ladder', async () => {
    const start = '2026-03-04';
    const dir = await workspace({ numbers: TRICKY_NUMBERS, due: addDays(start, -3) });
    for (let night = 0; night < 8; night += 1) {
      const result = await runNight(dir, { today: addDays(start, night) });
      expect(result.report.message).not.toMatch(/Erreur/);
    }
    const journal = (await tab(dir, JOURNAL)).slice(1);
    for (const number of TRICKY_NUMBERS) {
      const rows = journal.filter((row) => row[2] === number);
      expect(
        rows.filter((row) => row[4] === 'relance-1'),
        number,
      ).toHaveLength(1);
      expect(
        rows.some((row) => row[4] === 'appel'),
        number,
      ).toBe(true);
    }
    const suivi = await tab(dir, SUIVI);
    expect(
      suivi
        .slice(1, 1 + TRICKY_NUMBERS.length)
        .map((row) => row[0])
        .sort(),
    ).toEqual([...TRICKY_NUMBERS].sort());
  });

  it('stores the invoices of one action on separate lines of one cell, so that "F-1,2" stays one invoice', async () => {
    const start = '2026-03-04';
    const root = mkdtempSync(join(tmpdir(), 'relance-writers-'));
    const source = join(root, 'factures.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Factures');
    sheet.addRow(['N° facture', 'Client', 'Email', 'Date', 'Échéance', 'Montant TTC']);
    for (const number of ['F-1,2', 'A;B'])
      sheet.addRow([
        number,
        'Client commun',
        'compta@commun.fr',
        new Date('2026-01-01'),
        new Date(`${addDays(start, -3)}T00:00:00Z`),
        500,
      ]);
    await book.xlsx.writeFile(source);
    const dir = join(root, 'ws');
    await initWorkspace(dir, {
      from: source,
      settingsPath: resolve('samples/settings.example.json'),
    });
    await runNight(dir, { today: start });
    const sent = (await tab(dir, JOURNAL)).find((row) => row[4] === 'relance-1');
    expect(sent?.[2]?.split('\n').sort()).toEqual(['A;B', 'F-1,2']);
  });
});

describe('the Journal past its first 1,000 rows', () => {
  it('grows the tab before appending, so that a run with 998 rows already written completes', async () => {
    const header = [
      'Date et heure',
      'Client',
      'Factures',
      'Type',
      'Étape',
      'Canal',
      'Destinataires',
      'Objet',
      'Document',
      'Montant',
      'Date',
      'Détail',
      'ID',
      'État',
    ];
    const notes = Array.from({ length: 998 }, (_, i) => [
      new Date('2026-01-05T09:00:00Z'),
      'Client ancien',
      `ANC-${i}`,
      'Note',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      `note ${i}`,
      `old-${i}`,
      'fait',
    ]);
    const dir = await workspace({
      numbers: ['F-1', 'F-2', 'F-3', 'F-4'],
      due: '2026-03-01',
      journalRows: [header, ...notes],
    });
    const result = await runNight(dir, { today: '2026-03-04' });
    expect(result.report.message).toMatch(/envoi/);
    const journal = await tab(dir, JOURNAL);
    expect(journal.length).toBeGreaterThan(1000);
    expect(journal.filter((row) => row[4] === 'relance-1')).toHaveLength(4);
  });
});

describe('the language setting', () => {
  it('lets the Journal take its next row after the language is switched to English', async () => {
    const start = '2026-03-04';
    const options = { numbers: ['F-1', 'F-2'], due: addDays(start, -3) };
    const dir = await workspace(options);
    await runNight(dir, { today: start });
    const english = join(mkdtempSync(join(tmpdir(), 'relance-en-')), 'settings.json');
    const settings = JSON.parse(readFileSync('samples/settings.example.json', 'utf8')) as {
      sending: { defaultLanguage: string };
    };
    settings.sending.defaultLanguage = 'en';
    writeFileSync(english, JSON.stringify(settings));
    const other = await workspace(options, english);
    const propertiesPath = join(dir, 'state', 'properties.json');
    const properties = JSON.parse(readFileSync(propertiesPath, 'utf8')) as { document: unknown };
    properties.document = (
      JSON.parse(readFileSync(join(other, 'state', 'properties.json'), 'utf8')) as {
        document: unknown;
      }
    ).document;
    writeFileSync(propertiesPath, JSON.stringify(properties));
    const result = await runNight(dir, { today: addDays(start, 5) });
    expect(result.report.message).not.toMatch(/Erreur|violates/);
    const types = (await tab(dir, JOURNAL)).slice(1).map((row) => row[3]);
    expect(types).toContain('Envoi');
    expect(types.some((type) => type !== 'Envoi')).toBe(true);
    expect(readdirSync(join(dir, 'outbox')).length).toBeGreaterThan(0);
  });
});
