import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli';
import { renderPdf } from '../../src/local/runtime/pdf';
import { callFunction } from '../../src/local/workspace';
import { pickInDrive, uploadToDrive } from '../../src/local/user-drive';

async function cli(...args: string[]) {
  const out: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: () => undefined });
  return { code, out: out.join('\n') };
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = { today: '2026-03-12' };

/**
 * A workspace whose invoice F1 has no link yet, and a PDF of it the user put in Drive without
 * opening it with Relance (drive.file does not reach it); `header` is the invoice tab's header.
 */
async function workspaceWithUngrantedPdf(
  header = ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Lien facture'],
) {
  const root = mkdtempSync(join(tmpdir(), 'relance-picker-'));
  const source = join(root, 'factures.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow(header);
  sheet.addRow(['F1', 'Alpha', 'compta@alpha.fr', utc('2026-03-10'), 1200, '']);
  await book.xlsx.writeFile(source);
  const dir = join(root, 'ws');
  await cli('init', dir, '--from', source, '--settings', 'samples/settings.example.json');
  const pdf = join(root, 'F1.pdf');
  writeFileSync(pdf, renderPdf([{ kind: 'paragraph', text: 'Facture F1' }]));
  const link = uploadToDrive(dir, pdf, { picked: false });
  const fileId = /\/d\/([^/]+)/.exec(link)?.[1] ?? '';
  return { dir, fileId, link, pdf };
}

type Attached =
  | { ok: true; view: { withoutCopy: string[]; invoices: { number: string }[] } }
  | { ok: false; message: string };

const attach = (dir: string, number: string, fileId: string) =>
  callFunction(dir, 'attachInvoiceFile', [number, fileId], TODAY) as Promise<Attached>;

async function linkCell(dir: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const value = workbook.getWorksheet('Factures')?.getCell(2, 6).value;
  return typeof value === 'object' && value !== null && 'text' in value ? value.text : value;
}

describe('« Joindre la facture… »: the invoice PDF picked in the Google Picker', () => {
  it('is refused while the user has not picked it, and rides along the next reminder once picked', async () => {
    const { dir, fileId, link, pdf } = await workspaceWithUngrantedPdf();
    const [client] = (await callFunction(dir, 'listClients', [], TODAY)) as { clientKey: string }[];
    const before = (await callFunction(dir, 'getClient', [client?.clientKey], TODAY)) as {
      withoutCopy: string[];
    };
    expect(before.withoutCopy).toEqual(['F1']);

    const refused = await attach(dir, 'F1', fileId);
    expect(refused).toEqual({
      ok: false,
      message: expect.stringMatching(/ne peut pas lire ce fichier/) as string,
    });
    expect(await linkCell(dir)).toBe('');

    // The Picker grants the file on pick, before the sidebar calls the server.
    pickInDrive(dir, fileId);
    const attached = await attach(dir, 'F1', fileId);
    expect(attached.ok && attached.view.withoutCopy).toEqual([]);
    expect(await linkCell(dir)).toBe(link);

    await cli('run', dir, '--today', '2026-03-12');
    const [eml] = readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    const mail = await simpleParser(readFileSync(join(dir, 'outbox', eml ?? '')));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['F1.pdf']);
    expect(mail.attachments[0]?.content.equals(readFileSync(pdf))).toBe(true);
  });

  it('says in French that the « Lien facture » column is missing, and writes nothing', async () => {
    const { dir, fileId } = await workspaceWithUngrantedPdf([
      'N° facture',
      'Client',
      'Email',
      'Échéance',
      'Montant TTC',
    ]);
    pickInDrive(dir, fileId);
    expect(await attach(dir, 'F1', fileId)).toEqual({
      ok: false,
      message:
        'L’onglet « Factures » n’a pas de colonne « Lien facture » : ajoutez-la à l’en-tête, puis joignez la facture à nouveau.',
    });
  });

  it('refuses a picked file that is not a PDF, and an invoice the tab does not have', async () => {
    const { dir, fileId } = await workspaceWithUngrantedPdf();
    const image = join(dir, '..', 'photo.png');
    writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const imageId = /\/d\/([^/]+)/.exec(uploadToDrive(dir, image))?.[1] ?? '';
    expect(await attach(dir, 'F1', imageId)).toEqual({
      ok: false,
      message:
        '« photo.png » n’est ni un PDF ni un document Google : choisissez le PDF de la facture F1.',
    });
    pickInDrive(dir, fileId);
    expect(await attach(dir, 'F9', fileId)).toEqual({
      ok: false,
      message: 'Facture F9 introuvable dans l’onglet des factures.',
    });
    expect(await linkCell(dir)).toBe('');
  });

  it('tells the user the publisher must set the Picker’s properties when they are not set', async () => {
    const { dir } = await workspaceWithUngrantedPdf();
    const path = join(dir, 'state', 'properties.json');
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...stored, script: {} }));
    expect(await callFunction(dir, 'getPickerConfig', [], TODAY)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /l’éditeur de Relance doit renseigner les propriétés du script « relance\.pickerDeveloperKey » et « relance\.pickerAppId »/,
      ) as string,
    });
  });
});
