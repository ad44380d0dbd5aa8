/**
 * A client to chase up to the dossier for the judge: Garage Leroy, a SARL of Lyon owing two
 * invoices whose PDFs are in the workspace's Drive, its SIREN in the Clients tab; and the nights
 * from its first reminder to the recourse, the mise en demeure posted and its AR recorded through
 * the sidebar's entry point. Shared by the e2e and the browser tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { clientKeyOf } from '../src/core/values/keys';
import { renderPdf } from '../src/local/runtime/pdf';
import { callFunction } from '../src/local/workspace';
import { initWorkspace } from '../src/local/init';
import { runNight } from '../src/local/night';
import { uploadToDrive } from '../src/local/user-drive';

export const CLIENT = 'Garage Leroy';
export const KEY = clientKeyOf(CLIENT);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const INVOICES = [
  { number: 'F-101', due: '2026-02-02', amount: 1200 },
  { number: 'F-102', due: '2026-02-09', amount: 480 },
] as const;

/** Garage Leroy, a SARL of Lyon owing two invoices whose PDFs are in Drive; SIREN in Clients. */
export async function dossierWorkspace(
  root: string,
  name: string,
): Promise<{ dir: string; pdfs: Map<string, Buffer> }> {
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
export async function chaseToRecourse(dir: string): Promise<{ day: string; steps: string[] }> {
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
      if (action.step === 'demand-letter' && action.outcome === 'task') toPost = action.invoices;
      if (action.step === 'court-claim') return { day, steps };
    }
  }
  throw new Error(`no recourse reached: ${steps.join(', ')}`);
}
