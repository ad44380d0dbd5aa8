import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli';
import type { RunReport } from '../../src/core/reports/run-report';
import type { TodayView } from '../../src/core/plan/views';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let root: string;
let sample: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'relance-cli-'));
  sample = join(root, 'factures.xlsx');
  await writeSampleWorkbook(sample, { referenceDay: '2026-03-16', invoiceCount: 36 });
});

async function suiviRows(workbookPath: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(workbookPath);
  const sheet = book.getWorksheet('Suivi des relances');
  if (!sheet) throw new Error('no Suivi tab');
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { rows, sheet };
}

describe('relance init and run', () => {
  it('creates a workspace without touching the source, runs a night and writes a correct Suivi tab', async () => {
    const before = hash(sample);
    const dir = join(root, 'ws-main');
    const init = await cli(
      'init',
      dir,
      '--from',
      sample,
      '--settings',
      'samples/settings.example.json',
    );
    expect(init.code).toBe(0);
    expect(init.out).toContain('Espace de travail créé');
    expect(hash(sample)).toBe(before);

    const run = await cli('run', dir, '--today', '2026-03-16');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/36 factures lues dans « Factures »/);
    expect(run.out).toMatch(/5 problèmes/);

    const report = JSON.parse(
      readFileSync(join(dir, 'reports', '2026-03-16.json'), 'utf8'),
    ) as RunReport & { calls: Record<string, number>; simulatedSeconds: number };
    expect(report.invoices).toHaveLength(36);
    const late = report.invoices.find((i) => i.daysLate > 0 && i.state === 'active');
    expect(late).toBeDefined();
    expect(Object.keys(late ?? {})).toEqual(
      expect.arrayContaining([
        'number',
        'client',
        'state',
        'balanceCents',
        'daysLate',
        'lastStep',
        'nextStep',
        'nextDate',
        'interestCents',
        'indemnityCents',
      ]),
    );
    expect(report.problems.map((p) => p.row)).toEqual([40, 41, 42, 43, 44]);
    expect(report.calls['SpreadsheetApp.Range.getValues']).toBeGreaterThan(0);
    expect(report.simulatedSeconds).toBeGreaterThan(0);

    const { rows, sheet } = await suiviRows(join(dir, 'workbook.xlsx'));
    expect(rows[0]?.slice(0, 5)).toEqual([
      'N° facture',
      'Client',
      'Échéance',
      'Solde dû',
      'Jours de retard',
    ]);
    const followed = report.invoices.filter((i) => i.state !== 'paid');
    for (const invoice of followed) {
      const line = rows.find((r) => r[0] === invoice.number);
      expect(line, invoice.number).toBeDefined();
      expect(line?.[3]).toBeCloseTo(invoice.balanceCents / 100, 2);
      expect(line?.[4]).toBe(invoice.daysLate);
      expect(line?.[2]).toBeInstanceOf(Date);
    }
    expect(sheet.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(rows.some((r) => String(r[12] ?? '').includes('Montant illisible'))).toBe(true);
  });

  it('imports a French CSV with semicolons, text dates and amounts', async () => {
    const csv = join(root, 'factures.csv');
    writeFileSync(
      csv,
      '\uFEFFN° facture;Client;Email;Échéance;Montant TTC\nF-1;SCI Les Tilleuls;gestion@sci.fr;2026-03-02;"1 234,56 €"\n',
      'utf8',
    );
    const dir = join(root, 'ws-csv');
    expect(
      (await cli('init', dir, '--from', csv, '--settings', 'samples/settings.example.json')).code,
    ).toBe(0);
    expect((await cli('run', dir, '--today', '2026-03-04')).code).toBe(0);
    const report = JSON.parse(
      readFileSync(join(dir, 'reports', '2026-03-04.json'), 'utf8'),
    ) as RunReport;
    expect(report.invoices[0]).toMatchObject({ number: 'F-1', balanceCents: 123456, daysLate: 2 });
    expect(report.actions[0]).toMatchObject({
      client: 'SCI Les Tilleuls',
      step: 'reminder-1',
      to: ['gestion@sci.fr'],
    });
  });

  it('behaves like successive nights on one spreadsheet', async () => {
    const dir = join(root, 'ws-nights');
    await cli('init', dir, '--from', sample);
    for (const today of ['2026-03-16', '2026-03-17', '2026-03-18'])
      expect((await cli('run', dir, '--today', today)).code).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual([
      '2026-03-16.json',
      '2026-03-17.json',
      '2026-03-18.json',
    ]);
  });

  it('calls a server entry point as the sidebar would and prints its JSON', async () => {
    const dir = join(root, 'ws-call');
    await cli('init', dir, '--from', sample);
    const result = await cli('call', dir, 'detectInvoiceSheet');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      found: true,
      sheet: 'Factures',
      invoices: 36,
      problems: 5,
    });
  });

  it('reads and writes the sheet in the same number of calls for 30 or 300 invoices', async () => {
    const counts: Record<string, number>[] = [];
    for (const size of [30, 300]) {
      const source = join(root, `size-${size}.xlsx`);
      await writeSampleWorkbook(source, {
        referenceDay: '2026-03-16',
        invoiceCount: size,
        malformedRows: false,
      });
      const dir = join(root, `ws-size-${size}`);
      await cli('init', dir, '--from', source);
      await cli('run', dir, '--today', '2026-03-16');
      const report = JSON.parse(readFileSync(join(dir, 'reports', '2026-03-16.json'), 'utf8')) as {
        calls: Record<string, number>;
      };
      counts.push(
        Object.fromEntries(
          Object.entries(report.calls).filter(([name]) => name.startsWith('SpreadsheetApp.')),
        ),
      );
    }
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe('« Envoyer » on one action of the sidebar', () => {
  it('sends exactly that action; the other actions of the day stay due', async () => {
    const dir = join(root, 'ws-send-one');
    await cli('init', dir, '--from', sample, '--settings', 'samples/settings.example.json');
    const today = async () => {
      const result = await cli('call', dir, 'getToday', '[]', '--today', '2026-03-16');
      expect(result.code).toBe(0);
      return JSON.parse(result.out) as TodayView;
    };
    const before = (await today()).clients.flatMap((c) => c.actions);
    expect(before.filter((a) => a.to.length > 0).length).toBeGreaterThanOrEqual(3);
    const chosen = before.find((a) => a.kind === 'email' && a.to.length > 0);
    if (chosen === undefined) throw new Error('no email due today');

    const sent = await cli(
      'call',
      dir,
      'sendActions',
      JSON.stringify([[chosen.key]]),
      '--today',
      '2026-03-16',
    );
    expect(sent.code).toBe(0);
    const report = JSON.parse(sent.out) as RunReport;
    expect(report.actions.map((a) => [a.key, a.outcome])).toEqual([[chosen.key, 'sent']]);

    const outbox = readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(outbox).toHaveLength(1);
    const message = readFileSync(join(dir, 'outbox', outbox[0] ?? ''), 'utf8');
    expect(message).toContain(chosen.to[0]);
    const after = (await today()).clients.flatMap((c) => c.actions).map((a) => a.key);
    expect(after).not.toContain(chosen.key);
    for (const other of before.filter((a) => a.key !== chosen.key))
      expect(after).toContain(other.key);
  });

  it('sends nothing when the action is no longer due, and says so in French', async () => {
    const dir = join(root, 'ws-send-stale');
    await cli('init', dir, '--from', sample, '--settings', 'samples/settings.example.json');
    const sent = await cli(
      'call',
      dir,
      'sendActions',
      JSON.stringify([['plus-prevue']]),
      '--today',
      '2026-03-16',
    );
    expect(sent.code).toBe(0);
    const report = JSON.parse(sent.out) as RunReport;
    expect(report.actions).toEqual([]);
    expect(report.message).toBe('Cette action n’est plus prévue aujourd’hui : rechargez la liste.');
    expect(readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toEqual([]);
  });
});

describe('bad input gets one French sentence and a non-zero exit', () => {
  it('refuses a missing file', async () => {
    const result = await cli('init', join(root, 'ws-missing'), '--from', join(root, 'nope.xlsx'));
    expect(result.code).toBe(1);
    expect(result.err).toBe(`Fichier introuvable : ${join(root, 'nope.xlsx')}`);
    expect(existsSync(join(root, 'ws-missing'))).toBe(false);
  });

  it('refuses a file that is not a workbook', async () => {
    const fake = join(root, 'fake.xlsx');
    writeFileSync(fake, 'ceci n’est pas un classeur');
    const result = await cli('init', join(root, 'ws-fake'), '--from', fake);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/n’est pas un classeur Excel lisible/);
    expect(existsSync(join(root, 'ws-fake'))).toBe(false);
  });

  it('refuses a workbook with no invoice table and leaves nothing behind', async () => {
    const csv = join(root, 'contacts.csv');
    writeFileSync(csv, 'Nom;Prénom\nDupont;Jean\n');
    const result = await cli('init', join(root, 'ws-contacts'), '--from', csv);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Aucun tableau de factures trouvé/);
    expect(existsSync(join(root, 'ws-contacts'))).toBe(false);
  });

  it('refuses a bad date without touching the workspace', async () => {
    const dir = join(root, 'ws-baddate');
    await cli('init', dir, '--from', sample);
    const before = hash(join(dir, 'workbook.xlsx'));
    const result = await cli('run', dir, '--today', '2026-02-30');
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'Date invalide : « 2026-02-30 ». Utilisez le format AAAA-MM-JJ, par exemple 2026-03-15.',
    );
    expect(hash(join(dir, 'workbook.xlsx'))).toBe(before);
    expect(readdirSync(join(dir, 'reports'))).toEqual([]);
  });

  it('refuses a folder that is not a workspace, and an invalid settings file', async () => {
    expect((await cli('run', root, '--today', '2026-03-16')).err).toMatch(
      /n’est pas un espace de travail Relance/,
    );
    const settingsPath = join(root, 'bad-settings.json');
    writeFileSync(settingsPath, JSON.stringify({ firm: { siret: '123' }, sending: { hour: 30 } }));
    const result = await cli(
      'init',
      join(root, 'ws-badsettings'),
      '--from',
      sample,
      '--settings',
      settingsPath,
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('firm.siret : « SIRET » : le SIRET doit compter 14 chiffres');
    expect(result.err).toContain(
      'sending.hour : « Heure de l’envoi automatique » : un nombre entier entre 0 et 23 heures.',
    );
  });

  it('prints the usage for an unknown command', async () => {
    const result = await cli('frobnicate');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Utilisation :/);
  });
});

describe('relance clock', () => {
  it('fires the hourly trigger turned on from the menu, and refuses to move time backwards', async () => {
    const dir = join(root, 'ws-clock');
    await cli('init', dir, '--from', sample, '--settings', 'samples/settings.example.json');
    expect(
      (await cli('call', dir, 'setAutomaticSending', '[true]', '--today', '2026-03-16')).code,
    ).toBe(0);
    const day = await cli(
      'clock',
      dir,
      '--from',
      '2026-03-16T08:30',
      '--until',
      '2026-03-16T11:30',
    );
    expect(day.code).toBe(0);
    const lines = day.out.trim().split('\n');
    expect(lines[0]).toMatch(/^16\/03\/2026 10:00:00 — runNightly \([\d.]+ s\) : /);
    expect(lines[1]).toMatch(
      /^16\/03\/2026 11:00:00 — runNightly \([\d.]+ s\) : Rien à faire à cette heure\.$/,
    );
    expect(lines.at(-1)).toBe('2 exécution(s) déclenchée(s).');
    expect(
      readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml')).length,
    ).toBeGreaterThan(0);
    const back = await cli('clock', dir, '--until', '2026-03-16T09:00');
    expect(back.code).toBe(1);
    expect(back.err).toMatch(/^L’horloge de l’espace de travail est déjà au 16\/03\/2026 11:30:00/);
  });
});
