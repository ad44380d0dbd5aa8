import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli';
import type { SheetExtras } from '../../src/local/runtime/sheet-extras';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const HEADERS = [
  'N° facture',
  'Client',
  'Email',
  'Échéance',
  'Montant TTC',
  'Statut',
  'Date de paiement',
];

async function workbookWith(
  path: string,
  rows: unknown[][],
  otherTabs: Record<string, unknown[][]> = {},
) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  for (const [name, lines] of Object.entries(otherTabs)) {
    const other = book.addWorksheet(name);
    for (const line of lines) other.addRow(line);
  }
  await book.xlsx.writeFile(path);
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function dashboardOf(dir: string, name = 'Tableau de bord') {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error('no Tableau de bord tab');
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1);
  });
  const after = (label: string) => rows.find((r) => r[0] === label)?.[1];
  const below = (header: string, count: number) => {
    const start = rows.findIndex((r) => r[0] === header);
    return rows.slice(start + 1, start + 1 + count).map((r) => r.slice(0, 6));
  };
  return { sheet, rows, after, below };
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'relance-dashboard-'));
});

describe('the Tableau de bord tab written by a run', () => {
  /*
   * Worked by hand, on Tuesday 31 March 2026, payment terms 30 days (issue date = due − 30):
   *   F1 Alpha due 10/03/2026 1 200 € unpaid   → 21 days late
   *   F2 Beta  due 01/12/2025   300 € unpaid   → 120 days late
   *   F3 Gamma due 15/04/2026   500 € unpaid   → not due
   *   F4 Delta due 01/02/2026   800 € « Payée » on 11/02/2026 → paid 10 days late
   * Receivables 2 000 €, overdue 1 500 €.
   * DSO: issued in the last 90 days (after 31/12/2025): F1 (08/02), F3 (16/03), F4 (02/01) =
   *   2 500 € → 2 000 / 2 500 × 90 = 72 days.
   * Unpaid rate: 1 500 / 2 800 invoiced over 12 months = 53.6 %.
   * February's recovery: 800 € collected late, of F2's 300 € overdue on 1 February plus F4's
   *   800 € falling due in February = 800 / 1 100 = 72.7 %.
   */
  it('shows figures checked by hand, two charts, and stays so run after run', async () => {
    const source = join(root, 'factures.xlsx');
    await workbookWith(source, [
      ['F1', 'Alpha', 'compta@alpha.fr', utc('2026-03-10'), 1200, '', ''],
      ['F2', 'Beta', 'compta@beta.fr', utc('2025-12-01'), 300, '', ''],
      ['F3', 'Gamma', 'compta@gamma.fr', utc('2026-04-15'), 500, '', ''],
      ['F4', 'Delta', 'compta@delta.fr', utc('2026-02-01'), 800, 'Payée', utc('2026-02-11')],
    ]);
    const dir = join(root, 'ws');
    expect(
      (await cli('init', dir, '--from', source, '--settings', 'samples/settings.example.json'))
        .code,
    ).toBe(0);
    const run = await cli('run', dir, '--today', '2026-03-31', '--preview');
    expect(run.err).toBe('');

    const { after, below, rows, sheet } = await dashboardOf(dir);
    expect(rows[0]?.[0]).toBe('Tableau de bord des relances');
    expect(after('Encours clients (factures non réglées)')).toBe(2000);
    expect(after('Dont en retard')).toBe(1500);
    expect(after('DSO (délai moyen d’encaissement, 90 derniers jours)')).toBe(72);
    expect(after('Retard moyen des factures payées')).toBe(10);
    expect(after('Taux d’impayés (retard ÷ facturé sur 12 mois)')).toBeCloseTo(0.536, 3);
    expect(after('Taux de recouvrement (févr. 2026)')).toBeCloseTo(0.727, 3);
    expect(below('Retard', 5).map((r) => r.slice(0, 2))).toEqual([
      ['non échu', 500],
      ['1 à 30 jours', 1200],
      ['31 à 60 jours', 0],
      ['61 à 90 jours', 0],
      ['plus de 90 jours', 300],
    ]);
    expect(below('Client', 3).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['Alpha', 1200, 'retard chronique'],
      ['Beta', 300, 'retard chronique'],
    ]);
    // Printable: money formatted, gridlines hidden, columns sized for a portrait page.
    const receivables = rows.findIndex((r) => r[0] === 'Encours clients (factures non réglées)');
    expect(sheet.getCell(receivables + 1, 2).numFmt).toBe('#,##0.00 [$€-40C]');
    expect(sheet.views[0]?.showGridLines).toBe(false);
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);

    const readCharts = () =>
      JSON.parse(readFileSync(join(dir, 'state', 'charts.json'), 'utf8')) as SheetExtras;
    const charts = readCharts().charts['Tableau de bord'] ?? [];
    expect(charts.map((c) => [c.type, c.options.title])).toEqual([
      ['COLUMN', 'Balance âgée (€)'],
      ['LINE', 'Taux de recouvrement par mois'],
    ]);
    const firstRange = charts[0]?.ranges[0];
    expect(rows[(firstRange?.row ?? 0) - 1]?.[0]).toBe('Retard');
    expect(existsSync(join(dir, 'charts', 'Tableau de bord 1.svg'))).toBe(true);
    expect(readFileSync(join(dir, 'charts', 'Tableau de bord 2.svg'), 'utf8')).toContain(
      '<polyline',
    );

    // The next night rewrites the tab and replaces its charts instead of piling them up.
    await cli('run', dir, '--today', '2026-04-01', '--preview');
    expect(readCharts().charts['Tableau de bord']).toHaveLength(2);
    expect((await dashboardOf(dir)).rows[1]?.[0]).toMatch(/^Situation au 01\/04\/2026/);
  });

  it('is correct on a sheet with no invoice yet', async () => {
    const source = join(root, 'vide.xlsx');
    await workbookWith(source, []);
    const dir = join(root, 'ws-empty');
    expect((await cli('init', dir, '--from', source)).code).toBe(0);
    await cli('run', dir, '--today', '2026-03-31');
    const { after, rows } = await dashboardOf(dir);
    expect(after('Encours clients (factures non réglées)')).toBe(0);
    expect(after('DSO (délai moyen d’encaissement, 90 derniers jours)')).toBe('—');
    expect(rows.some((r) => r[0] === 'Aucun client en retard.')).toBe(true);
  });

  it('never clears a tab of the user’s that bears the same name: writes beside it', async () => {
    const source = join(root, 'avec-onglets.xlsx');
    const mine = [
      ['Mon tableau de bord à moi', 'Objectif'],
      ['CA 2026', 250000],
    ];
    await workbookWith(
      source,
      [['F1', 'Alpha', 'compta@alpha.fr', utc('2026-03-10'), 1200, '', '']],
      { 'Tableau de bord': mine, 'Suivi des relances': [['Mes notes de suivi']] },
    );
    const dir = join(root, 'ws-tabs');
    expect((await cli('init', dir, '--from', source)).code).toBe(0);
    for (const today of ['2026-03-31', '2026-04-01']) {
      const run = await cli('run', dir, '--today', today, '--preview');
      expect(run.out).toMatch(/1 facture lue dans « Factures »/);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
    expect(book.worksheets.map((w) => w.name).sort()).toEqual(
      [
        'Factures',
        'Journal des relances',
        'Suivi des relances',
        'Suivi des relances (Relance)',
        'Tableau de bord',
        'Tableau de bord (Relance)',
      ].sort(),
    );
    const user = book.getWorksheet('Tableau de bord');
    expect(user?.getRow(2).values).toEqual([undefined, 'CA 2026', 250000]);
    expect(book.getWorksheet('Suivi des relances')?.getCell(1, 1).value).toBe('Mes notes de suivi');
    const ours = await dashboardOf(dir, 'Tableau de bord (Relance)');
    expect(ours.after('Dont en retard')).toBe(1200);
    expect(book.getWorksheet('Suivi des relances (Relance)')?.getCell(2, 1).value).toBe('F1');
  });
});
