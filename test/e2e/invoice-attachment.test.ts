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

describe('the invoice PDF from the "Lien facture" column', () => {
  it('is uploaded with relance upload, pasted in the sheet, and rides along the first reminder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-attach-'));
    const source = join(root, 'factures.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Factures');
    sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Lien facture']);
    sheet.addRow(['F1', 'Alpha', 'compta@alpha.fr', utc('2026-03-10'), 1200, '']);
    sheet.addRow(['F2', 'Beta', 'compta@beta.fr', utc('2026-03-10'), 800, '']);
    await book.xlsx.writeFile(source);
    const dir = join(root, 'ws');
    expect(
      (await cli('init', dir, '--from', source, '--settings', 'samples/settings.example.json'))
        .code,
    ).toBe(0);

    const invoicePdf = join(root, 'F1.pdf');
    writeFileSync(invoicePdf, renderPdf([{ kind: 'paragraph', text: 'Facture F1 — 1 200,00 €' }]));
    const upload = await cli('upload', dir, invoicePdf);
    expect(upload.code).toBe(0);
    const link = /https:\/\/drive\.google\.com\/\S+/.exec(upload.out)?.[0] ?? '';
    expect(link).not.toBe('');
    expect((await cli('upload', dir, join(root, 'factures.xlsx'))).err).toMatch(
      /n’est ni un PDF ni une image/,
    );

    // The user pastes the link in F1's row; F2's points to a file that is not in the Drive.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'workbook.xlsx'));
    const tab = workbook.getWorksheet('Factures');
    if (tab) tab.getCell(2, 6).value = link;
    if (tab) tab.getCell(3, 6).value = 'https://drive.google.com/file/d/1PinexistantXYZ/view';
    await workbook.xlsx.writeFile(join(dir, 'workbook.xlsx'));

    const run = await cli('run', dir, '--today', '2026-03-12');
    expect(run.out).toMatch(/Alpha : Première relance \(F1, 1\s200,00\s€\) — envoyée/);
    expect(run.out).toMatch(
      /Beta : Première relance \(F2, 800,00\s€\) — envoyée — Envoyé sans la copie de facture : Relance ne peut pas lire le fichier de la colonne « Lien facture » \(https:\/\/drive\.google\.com\/file\/d\/1PinexistantXYZ\/view\)/,
    );
    const mails = await Promise.all(
      readdirSync(join(dir, 'outbox'))
        .filter((f) => f.endsWith('.eml'))
        .map(async (f) => simpleParser(readFileSync(join(dir, 'outbox', f)))),
    );
    const to = (address: string) =>
      mails.find((m) =>
        (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(address)),
      );
    const alpha = to('compta@alpha.fr');
    const beta = to('compta@beta.fr');
    expect(alpha?.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['F1.pdf', 'application/pdf'],
    ]);
    expect(alpha?.attachments[0]?.content.equals(readFileSync(invoicePdf))).toBe(true);
    expect(alpha?.text).toContain('Vous trouverez ci-joint une copie de la facture F1.');
    // A link the add-in cannot read does not stop the reminder: it goes without the copy, and
    // its text says nothing of one.
    expect(beta?.attachments).toEqual([]);
    expect(beta?.text).not.toMatch(/copie|ci-joint/);
  });
});
