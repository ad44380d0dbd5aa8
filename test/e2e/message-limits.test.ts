/**
 * A night within Google's per-message limits
 * (https://developers.google.com/apps-script/guides/services/quotas, « Current limitations »).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli';
import { renderPdf } from '../../src/local/runtime/pdf';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A PDF of about `megabytes` MB: a page, then padding a reader skips. */
function bigPdf(path: string, megabytes: number): void {
  const page = Buffer.from(renderPdf([{ kind: 'paragraph', text: 'Facture' }]));
  writeFileSync(path, Buffer.concat([page, Buffer.alloc(megabytes * 1_000_000, 0x20)]));
}

describe('attachments past 25 MB', () => {
  it('are left out one by one, the email goes with what fits, its text and the Journal say so', async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-limits-'));
    const source = join(root, 'factures.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Factures');
    sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Lien facture']);
    sheet.addRow(['F1', 'Alpha', 'compta@alpha.fr', utc('2026-03-10'), 1200, '']);
    sheet.addRow(['F2', 'Alpha', 'compta@alpha.fr', utc('2026-03-10'), 800, '']);
    await book.xlsx.writeFile(source);
    const dir = join(root, 'ws');
    await cli('init', dir, '--from', source, '--settings', 'samples/settings.example.json');
    const links: string[] = [];
    for (const name of ['F1', 'F2']) {
      const path = join(root, `${name}.pdf`);
      bigPdf(path, 15);
      const upload = await cli('upload', dir, path);
      links.push(/https:\/\/drive\.google\.com\/\S+/.exec(upload.out)?.[0] ?? '');
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'workbook.xlsx'));
    const tab = workbook.getWorksheet('Factures');
    links.forEach((link, i) => {
      if (tab) tab.getCell(i + 2, 6).value = link;
    });
    await workbook.xlsx.writeFile(join(dir, 'workbook.xlsx'));

    const run = await cli('run', dir, '--today', '2026-03-12');
    expect(run.out).toMatch(
      /Alpha : Première relance \(F1, F2, .*\) — envoyée — Envoyé sans la copie de la facture F2 : Google n’accepte pas plus de 25 Mo/,
    );
    const [file] = readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    const mail = await simpleParser(readFileSync(join(dir, 'outbox', file ?? '')));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['F1.pdf']);
    expect(mail.text).toContain('copie de la facture F1.');
    expect(mail.text).not.toMatch(/F1 et F2\./);
  }, 120_000);
});

describe('a message Google refuses night after night', () => {
  it('fails with Google’s reason in French, then after three nights is a problem in the Suivi and is no longer tried', async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-limits-subject-'));
    const source = join(root, 'factures.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Factures');
    sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC']);
    sheet.addRow(['F1', 'Alpha', 'compta@alpha.fr', utc('2026-03-10'), 1200]);
    await book.xlsx.writeFile(source);
    const settings = JSON.parse(readFileSync('samples/settings.example.json', 'utf8')) as {
      templates: Record<string, unknown>;
    };
    settings.templates = {
      'relance-1': { fr: { subject: `Facture {{client}} ${'x'.repeat(260)}`, body: '' } },
    };
    const settingsPath = join(root, 'settings.json');
    writeFileSync(settingsPath, JSON.stringify(settings));
    const dir = join(root, 'ws');
    expect((await cli('init', dir, '--from', source, '--settings', settingsPath)).code).toBe(0);

    for (const today of ['2026-03-12', '2026-03-13', '2026-03-16']) {
      const run = await cli('run', dir, '--today', today);
      expect(run.out).toMatch(
        /Alpha : Première relance .* — échec — .*objet de plus de 250 caractères/,
      );
    }
    const fourth = await cli('run', dir, '--today', '2026-03-17');
    expect(fourth.out).not.toMatch(/Alpha : Première relance/);
    expect(fourth.out).toMatch(/en échec 3 nuits de suite/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'workbook.xlsx'));
    const suivi: string[] = [];
    workbook.getWorksheet('Suivi des relances')?.eachRow((row) => suivi.push(String(row.values)));
    expect(suivi.join('\n')).toMatch(/en échec 3 nuits de suite/);
    expect(readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toEqual([]);
  }, 120_000);
});
