/**
 * « Joindre la facture… » pressed in Chromium against `relance sidebar`: the offline Google Picker
 * lists the workspace Drive's PDFs, grants the one picked, and the sidebar writes its link.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/local/runtime/pdf';
import { callFunction } from '../../src/local/workspace';
import { uploadToDrive } from '../../src/local/user-drive';
import { startHarness, type Harness } from './harness';

const TODAY = '2026-03-12';
let harness: Harness;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'relance-browser-picker-'));
  const source = join(root, 'factures.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Lien facture']);
  sheet.addRow(['F1', 'Alpha', 'compta@alpha.fr', new Date('2026-03-10T00:00:00Z'), 1200, '']);
  await book.xlsx.writeFile(source);
  harness = await startHarness({
    today: TODAY,
    source,
    settings: 'samples/settings.example.json',
  });
  const pdf = join(root, 'F1.pdf');
  writeFileSync(pdf, renderPdf([{ kind: 'paragraph', text: 'Facture F1' }]));
  uploadToDrive(harness.dir, pdf, { picked: false });
});

afterAll(async () => {
  await harness.close();
});

describe('« Joindre la facture… » in the client view', () => {
  it('picks the PDF in the Picker, grants it, and no longer offers to attach it', async () => {
    const { page } = harness;
    await page.getByRole('tab', { name: 'Clients' }).click();
    const select = page.getByLabel('Client');
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
    const value = await select.locator('option', { hasText: 'Alpha' }).getAttribute('value');
    await select.selectOption(value ?? '');

    await page.getByRole('button', { name: 'Joindre la facture F1…' }).click();
    const picker = page.getByRole('dialog', { name: 'Google Picker (hors ligne)' });
    await picker.getByRole('button', { name: 'F1.pdf' }).click();

    await expect
      .poll(() => page.locator('body').textContent())
      .toContain('Copie de la facture F1 jointe');
    expect(await page.getByRole('button', { name: 'Joindre la facture F1…' }).count()).toBe(0);
    const client = (await callFunction(harness.dir, 'getClient', [value], {
      today: TODAY,
    })) as { withoutCopy: string[] };
    expect(client.withoutCopy).toEqual([]);
  });
});
