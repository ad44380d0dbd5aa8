import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { addOnManifest } from '../../scripts/build';
import { main } from '../../src/local/cli';
import { renderPdf } from '../../src/local/runtime/pdf';
import { uploadToDrive } from '../../src/local/user-drive';
import { WORKSPACE_CONFIG } from '../../src/local/workspace';

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

  it('leaves out an invoice PDF the user put in the Drive trash, and says nothing of a copy', async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-attach-trash-'));
    const source = join(root, 'factures.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Factures');
    sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Lien facture']);
    sheet.addRow(['F1', 'Alpha', 'compta@alpha.fr', utc('2026-03-10'), 1200, '']);
    await book.xlsx.writeFile(source);
    const dir = join(root, 'ws');
    expect(
      (await cli('init', dir, '--from', source, '--settings', 'samples/settings.example.json'))
        .code,
    ).toBe(0);
    const invoicePdf = join(root, 'F1.pdf');
    writeFileSync(invoicePdf, renderPdf([{ kind: 'paragraph', text: 'Facture F1 — 1 200,00 €' }]));
    const link = /https:\/\/drive\.google\.com\/\S+/.exec(
      (await cli('upload', dir, invoicePdf)).out,
    )?.[0];
    const id = /\/d\/([^/]+)/.exec(link ?? '')?.[1] ?? '';
    expect(id).not.toBe('');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'workbook.xlsx'));
    const tab = workbook.getWorksheet('Factures');
    if (tab) tab.getCell(2, 6).value = link;
    await workbook.xlsx.writeFile(join(dir, 'workbook.xlsx'));
    // The user then throws the file away: Drive keeps it in the trash, still reachable by its id.
    const indexPath = join(dir, 'drive', 'index.json');
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as {
      items: Record<string, { trashed: boolean }>;
    };
    const item = index.items[id];
    expect(item).toBeDefined();
    if (item) item.trashed = true;
    writeFileSync(indexPath, JSON.stringify(index));

    const run = await cli('run', dir, '--today', '2026-03-12');
    expect(run.out).toMatch(
      /Alpha : Première relance \(F1, 1\s200,00\s€\) — envoyée — Envoyé sans la copie de facture/,
    );
    // The summary agrees with its one invoice and one action.
    expect(run.out).toContain('1 facture lue dans « Factures », 1 suivie, ');
    expect(run.out).toContain('1 action du jour :');
    const [mail] = await Promise.all(
      readdirSync(join(dir, 'outbox'))
        .filter((f) => f.endsWith('.eml'))
        .map(async (f) => simpleParser(readFileSync(join(dir, 'outbox', f)))),
    );
    expect(mail?.attachments).toEqual([]);
    expect(mail?.text).not.toMatch(/copie|ci-joint/);
  });

  /** A workspace whose F1 links to a PDF the user put in Drive without opening it with Relance. */
  async function linkedOutsideRelance(root: string) {
    const source = join(root, 'factures.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Factures');
    sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Lien facture']);
    sheet.addRow(['F1', 'Alpha', 'compta@alpha.fr', utc('2026-03-10'), 1200, '']);
    await book.xlsx.writeFile(source);
    const dir = join(root, 'ws');
    await cli('init', dir, '--from', source, '--settings', 'samples/settings.example.json');
    const invoicePdf = join(root, 'F1.pdf');
    writeFileSync(invoicePdf, renderPdf([{ kind: 'paragraph', text: 'Facture F1' }]));
    const link = uploadToDrive(dir, invoicePdf, { picked: false });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'workbook.xlsx'));
    const tab = workbook.getWorksheet('Factures');
    if (tab) tab.getCell(2, 6).value = link;
    await workbook.xlsx.writeFile(join(dir, 'workbook.xlsx'));
    return dir;
  }

  async function sentMail(dir: string) {
    const [file] = readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    return simpleParser(readFileSync(join(dir, 'outbox', file ?? '')));
  }

  it('goes without a PDF Relance never opened under drive.file, and says why', async () => {
    const dir = await linkedOutsideRelance(mkdtempSync(join(tmpdir(), 'relance-attach-file-')));
    const run = await cli('run', dir, '--today', '2026-03-12');
    expect(run.out).toMatch(
      /Alpha : Première relance \(F1, 1\s200,00\s€\) — envoyée — Envoyé sans la copie de facture : .*Relance ne lit dans votre Drive que les fichiers qu’il a créés ou que vous lui avez confiés/,
    );
    const mail = await sentMail(dir);
    expect(mail.attachments).toEqual([]);
    expect(mail.text).not.toMatch(/copie|ci-joint/);
  });

  it('rides along when the private install opts in to drive.readonly', async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-attach-readonly-'));
    const dir = await linkedOutsideRelance(root);
    // The install's own build: the same code, the manifest of `npm run build -- --invoice-links`.
    const build = join(root, 'build-private');
    mkdirSync(build);
    for (const name of ['Code.js', 'Sidebar.html'])
      copyFileSync(join('build', name), join(build, name));
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(
      join(build, 'appsscript.json'),
      JSON.stringify(addOnManifest(manifest, { invoiceLinks: true })),
    );
    const configPath = join(dir, WORKSPACE_CONFIG);
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(configPath, JSON.stringify({ ...config, buildDir: build }));

    const run = await cli('run', dir, '--today', '2026-03-12');
    expect(run.out).toMatch(/Alpha : Première relance \(F1, 1\s200,00\s€\) — envoyée\n/);
    const mail = await sentMail(dir);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['F1.pdf']);
  });
});
