import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZONED } from '../fixtures';
import ExcelJS from 'exceljs';
import { readSheetExtras, sheetExtrasOf } from '../../src/local/runtime/sheet-extras';
import { loadWorkbook, saveWorkbook } from '../../src/local/runtime/xlsx-io';
import { WorkbookModel } from '../../src/local/runtime/sheets';
import { appOf } from './workbook-app';

const dir = mkdtempSync(join(tmpdir(), 'relance-xlsx-'));

describe('the .xlsx backing', ZONED, () => {
  it('keeps dates as dates, numbers as numbers, booleans, notes, formats, frozen rows and validation', async () => {
    const workbook = new WorkbookModel('Test', 'Europe/Paris');
    workbook.addSheet('Journal');
    const app = appOf(workbook);
    const sheet = app.getActiveSpreadsheet().getSheetByName('Journal');
    if (!sheet) throw new Error('sheet');
    const midnight = new Date('2026-03-14T23:00:00Z'); // 15 March 2026, 00:00 in Paris
    sheet.getRange(1, 1, 2, 4).setValues([
      ['Date', 'Montant', 'Payé', 'Lien'],
      [midnight, 1234.56, true, '=HYPERLINK("https://drive.google.com/file/d/abc/view", "Lettre")'],
    ]);
    sheet.getRange(2, 1).setNumberFormat('dd/mm/yyyy').setNote('saisi à la main');
    sheet.setFrozenRows(1);
    sheet
      .getRange(2, 3)
      .setDataValidation(app.newDataValidation().requireValueInList(['Envoi', 'Note']).build());
    const path = join(dir, 'roundtrip.xlsx');
    await saveWorkbook(workbook, path);

    const reloaded = await loadWorkbook(path, 'Europe/Paris');
    const again = appOf(reloaded).getActiveSpreadsheet().getSheetByName('Journal');
    if (!again) throw new Error('sheet');
    const values = again.getRange(2, 1, 1, 4).getValues()[0] ?? [];
    expect((values[0] as Date).toISOString()).toBe('2026-03-14T23:00:00.000Z');
    expect(values.slice(1)).toEqual([1234.56, true, 'Lettre']);
    expect(again.getRange(2, 1).getNote()).toBe('saisi à la main');
    expect(again.getRange(2, 1).getNumberFormat()).toBe('dd/mm/yyyy');
    expect(again.getRange(2, 4).getFormulas()[0]?.[0]).toContain('HYPERLINK');
    expect(again.getFrozenRows()).toBe(1);
    expect(again.getRange(2, 3).getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Envoi',
      'Note',
    ]);
  });

  it('keeps a tab’s grid, and the plain-text format and validation of cells not yet written', async () => {
    const workbook = new WorkbookModel('Test', 'Europe/Paris');
    workbook.addSheet('Journal');
    const app = appOf(workbook);
    const sheet = app.getActiveSpreadsheet().getSheetByName('Journal');
    if (!sheet) throw new Error('sheet');
    sheet.getRange(1, 1).setValue('Factures');
    sheet.insertRowsAfter(1000, 200);
    sheet.getRange('A2:A').setNumberFormat('@');
    sheet
      .getRange('B2:B')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['Envoi']).setAllowInvalid(false).build(),
      );
    const path = join(dir, 'grid.xlsx');
    await saveWorkbook(workbook, path);
    writeFileSync(`${path}.json`, JSON.stringify(sheetExtrasOf(workbook)));

    const reloaded = await loadWorkbook(path, 'Europe/Paris');
    readSheetExtras(reloaded, `${path}.json`);
    const again = appOf(reloaded).getActiveSpreadsheet().getSheetByName('Journal');
    if (!again) throw new Error('sheet');
    expect(again.getMaxRows()).toBe(1200);
    again.getRange(1200, 1).setValue('000123');
    expect(again.getRange(1200, 1).getValue()).toBe('000123');
    expect(() => again.getRange(1200, 2).setValue('Sent')).toThrow(/violates/);
  });

  it('gives a tab read from a file with blank rows the grid its cells span', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Factures');
    sheet.getCell('A1').value = 'Factures 2026';
    sheet.getCell('E4').value = 'Montant';
    const path = join(dir, 'blank-rows.xlsx');
    await book.xlsx.writeFile(path);
    const tab = appOf(await loadWorkbook(path, 'Europe/Paris'))
      .getActiveSpreadsheet()
      .getSheetByName('Factures');
    expect([tab?.getMaxRows(), tab?.getMaxColumns()]).toEqual([4, 5]);
    expect(() => tab?.getRange(1, 6)).toThrow(/outside the dimensions/);
  });
});

describe('merged cells in a workbook the user brings', () => {
  it('reads "" in every merged cell but the top-left one, as Sheets does', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Factures');
    sheet.getCell('A1').value = 'Atelier Dupont — factures';
    sheet.getCell('B1').value = 'caché';
    sheet.mergeCells('A1:C2');
    sheet.getCell('A3').value = 'N° facture';
    const path = join(dir, 'merged.xlsx');
    await book.xlsx.writeFile(path);

    const reloaded = await loadWorkbook(path, 'Europe/Paris');
    const values = appOf(reloaded)
      .getActiveSpreadsheet()
      .getSheetByName('Factures')
      ?.getRange(1, 1, 3, 3)
      .getValues();
    expect(values).toEqual([
      ['Atelier Dupont — factures', '', ''],
      ['', '', ''],
      ['N° facture', '', ''],
    ]);
  });
});
