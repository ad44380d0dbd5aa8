/**
 * The dossier for the judge, end to end: a client chased from its first reminder to the recourse,
 * its mise en demeure posted and its acknowledgement of receipt recorded through the sidebar's
 * entry points, then « Préparer le dossier d’injonction de payer » pressed: the folder in Drive,
 * its files against the bordereau, the ZIP against the files, the Journal's link, and no second
 * folder the same day.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierAnswer } from '../../src/server/run/dossier';
import { clientKeyOf } from '../../src/core/values/parse-values';
import { main } from '../../src/local/cli';
import { renderPdf } from '../../src/local/runtime/pdf';
import { readZip } from '../../src/local/runtime/zip';
import { callFunction, initWorkspace, runNight, uploadToDrive } from '../../src/local/workspace';

const root = mkdtempSync(join(tmpdir(), 'relance-dossier-'));
const CLIENT = 'Garage Leroy';
const KEY = clientKeyOf(CLIENT);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const INVOICES = [
  { number: 'F-101', due: '2026-02-02', amount: 1200 },
  { number: 'F-102', due: '2026-02-09', amount: 480 },
] as const;

/** Garage Leroy, a SARL of Lyon owing two invoices whose PDFs are in Drive; SIREN in Clients. */
async function workspace(name: string): Promise<{ dir: string; pdfs: Map<string, Buffer> }> {
  const source = join(root, `${name}.xlsx`);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow([
    'N° facture',
    'Client',
    'Email',
    'Adresse',
    'Échéance',
    'Montant TTC',
    'Type client',
    'Lien facture',
  ]);
  for (const i of INVOICES)
    sheet.addRow([
      i.number,
      CLIENT,
      'compta@garage-leroy.fr',
      '12 rue des Forges, 69003 Lyon',
      utc(i.due),
      i.amount,
      'SARL',
      '',
    ]);
  const clients = book.addWorksheet('Clients');
  clients.addRow(['Client', 'SIREN', 'Forme juridique']);
  clients.addRow([CLIENT, '512 345 678', 'SARL']);
  await book.xlsx.writeFile(source);
  const dir = join(root, name);
  await initWorkspace(dir, {
    from: source,
    settingsPath: resolve('samples/settings.example.json'),
  });
  const pdfs = new Map<string, Buffer>();
  const links: string[] = [];
  for (const i of INVOICES) {
    const path = join(root, `${name}-${i.number}.pdf`);
    writeFileSync(path, renderPdf([{ kind: 'paragraph', text: `Facture ${i.number}` }]));
    pdfs.set(i.number, readFileSync(path));
    links.push(uploadToDrive(dir, path));
  }
  const kept = new ExcelJS.Workbook();
  await kept.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const tab = kept.getWorksheet('Factures');
  links.forEach((link, i) => {
    if (tab) tab.getCell(i + 2, 8).value = link;
  });
  await kept.xlsx.writeFile(join(dir, 'workbook.xlsx'));
  return { dir, pdfs };
}

async function record(dir: string, today: string, input: Record<string, unknown>) {
  const result = (await callFunction(dir, 'recordClientEvent', [{ clientKey: KEY, ...input }], {
    today,
  })) as { ok: boolean };
  expect(result.ok, JSON.stringify(result)).toBe(true);
}

/**
 * Nights from the first reminder to the recourse: the mise en demeure posted the morning after
 * Relance makes it, its AR recorded three days later, both from the sidebar's form.
 */
async function chaseToRecourse(dir: string): Promise<{ day: string; steps: string[] }> {
  const steps: string[] = [];
  let posted: { day: string; invoices: string[] } | undefined;
  let toPost: string[] | undefined;
  for (let day = '2026-02-10'; day < '2026-06-30'; day = addDays(day, 1)) {
    if (toPost !== undefined) {
      await record(dir, day, {
        type: 'registered-letter-posted',
        invoices: toPost,
        date: day,
        detail: '1A 123 456 7890 1',
      });
      posted = { day, invoices: toPost };
      toPost = undefined;
    }
    if (posted !== undefined && day === addDays(posted.day, 3))
      await record(dir, day, {
        type: 'receipt-acknowledged',
        invoices: posted.invoices,
        date: addDays(posted.day, 2),
      });
    const night = await runNight(dir, { today: day });
    for (const action of night.report.actions) {
      steps.push(action.step);
      if (action.step === 'mise-en-demeure' && action.outcome === 'task') toPost = action.invoices;
      if (action.step === 'contentieux') return { day, steps };
    }
  }
  throw new Error(`no recourse reached: ${steps.join(', ')}`);
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
    mergePages: true,
  });
  return text;
}

describe('the dossier for the judge, from the first reminder', () => {
  let dir = '';
  let pdfs = new Map<string, Buffer>();
  let day = '';
  let steps: string[] = [];
  let made: DossierAnswer = { ok: false, messages: [] };

  beforeAll(async () => {
    ({ dir, pdfs } = await workspace('leroy'));
    ({ day, steps } = await chaseToRecourse(dir));
    made = (await callFunction(dir, 'prepareDossier', [KEY], { today: day })) as DossierAnswer;
  }, 240_000);

  it('reaches the recourse after the reminders and the posted mise en demeure', () => {
    expect(steps[0]).not.toBe('contentieux');
    expect(steps).toContain('mise-en-demeure');
    expect(steps.at(-1)).toBe('contentieux');
  });

  it('makes the dossier at the contentieux step; the client view’s button then shows it', () => {
    expect(made.ok, JSON.stringify(made)).toBe(true);
    expect(made.ok && made.existing).toBe(true);
  });

  it('makes a folder whose pieces are the bordereau’s, numbered in its order, and a ZIP of them', async () => {
    if (!made.ok) throw new Error('no dossier');
    const folder = join(dir, 'drive', 'Relance — courriers', CLIENT, made.folderName);
    const onDisk = readdirSync(folder).sort();
    expect(onDisk).toEqual(made.files);
    const zipName = `${made.folderName}.zip`;
    const zip = readZip(readFileSync(join(folder, zipName)));
    expect(zip.map((e) => e.name).sort()).toEqual(onDisk.filter((f) => f !== zipName));
    for (const entry of zip)
      expect(entry.bytes).toEqual(new Uint8Array(readFileSync(join(folder, entry.name))));

    const pieces = onDisk.filter((f) => f.startsWith('Pièce '));
    const bordereau = await pdfText(readFileSync(join(folder, '00 - Bordereau des pièces.pdf')));
    expect(pieces.length).toBeGreaterThanOrEqual(INVOICES.length + 2);
    pieces.forEach((file, i) => {
      expect(file.startsWith(`Pièce ${String(i + 1).padStart(2, '0')} - `)).toBe(true);
      expect(bordereau).toContain(`Pièce n° ${i + 1}`);
    });
    expect(bordereau).not.toContain(`Pièce n° ${pieces.length + 1}`);
  });

  it('copies each invoice PDF byte for byte, and states the posting and the receipt on the mise en demeure', async () => {
    if (!made.ok) throw new Error('no dossier');
    const folder = join(dir, 'drive', 'Relance — courriers', CLIENT, made.folderName);
    for (const [number, bytes] of pdfs) {
      const file = made.files.find((f) => f.endsWith(`Facture ${number}.pdf`));
      expect(file, number).toBeDefined();
      expect(readFileSync(join(folder, file ?? ''))).toEqual(bytes);
    }
    const notice = made.files.find((f) => f.includes('Mise en demeure'));
    const text = await pdfText(readFileSync(join(folder, notice ?? '')));
    expect(text).toContain('1A 123 456 7890 1');
    expect(text).toMatch(/première présentation le/);
    const requete = await pdfText(
      readFileSync(join(folder, '00 - Requête en injonction de payer.pdf')),
    );
    expect(requete).toContain('512 345 678');
    expect(requete).toMatch(/1\s680,00\s€/);
  });

  it('links the ZIP in the Journal, and shows the same folder again the same day', async () => {
    if (!made.ok) throw new Error('no dossier');
    const again = (await callFunction(dir, 'prepareDossier', [KEY], {
      today: day,
    })) as DossierAnswer;
    expect(again.ok && again.existing).toBe(true);
    if (!again.ok) return;
    expect(again.folderId).toBe(made.folderId);
    expect(again.message).toContain(made.folderName);
    const clientFolder = join(dir, 'drive', 'Relance — courriers', CLIENT);
    expect(
      readdirSync(clientFolder).filter((f) => f.startsWith('Dossier injonction')),
    ).toHaveLength(1);
    const view = (await callFunction(dir, 'getClient', [KEY], { today: day })) as {
      history: { detail: string; link: string | null }[];
    };
    const row = view.history.find((h) =>
      h.detail.startsWith('Dossier d’injonction de payer préparé'),
    );
    expect(row?.link).toBe(made.zipUrl);
  });

  it('makes the same folder offline with relance dossier, and lists it', async () => {
    const other = await workspace('leroy-cli');
    const reached = await chaseToRecourse(other.dir);
    const out: string[] = [];
    const code = await main(['dossier', other.dir, CLIENT, '--today', reached.day], {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code, out.join('\n')).toBe(0);
    expect(out.join('\n')).toContain(
      join('drive', 'Relance — courriers', CLIENT, 'Dossier injonction'),
    );
    expect(out.join('\n')).toContain('00 - Requête en injonction de payer.pdf');
  }, 240_000);
});

describe('a dossier refused', () => {
  it('says in French what is missing, in the sidebar’s answer and in the Journal, and makes no folder', async () => {
    const { dir } = await workspace('leroy-early');
    await runNight(dir, { today: '2026-03-02' });
    const answer = (await callFunction(dir, 'prepareDossier', [KEY], {
      today: '2026-03-02',
    })) as DossierAnswer;
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.messages.length).toBeGreaterThan(0);
    const view = (await callFunction(dir, 'getClient', [KEY], { today: '2026-03-02' })) as {
      history: { detail: string }[];
    };
    const note = view.history.find((h) =>
      h.detail.startsWith('Dossier d’injonction de payer refusé'),
    );
    expect(note?.detail).toContain(answer.messages[0]);
    const clientFolder = join(dir, 'drive', 'Relance — courriers', CLIENT);
    const folders = (() => {
      try {
        return readdirSync(clientFolder);
      } catch {
        return [];
      }
    })();
    expect(folders.filter((f) => f.startsWith('Dossier injonction'))).toEqual([]);
  }, 120_000);
});
