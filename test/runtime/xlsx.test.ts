import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { costOf } from '../../src/local/runtime/cost-table';
import { CallMeter } from '../../src/local/runtime/meter';
import { createSpreadsheetApp } from '../../src/local/runtime/sheets';
import {
  importCsv,
  loadWorkbook,
  readSheetExtras,
  saveWorkbook,
  sheetExtrasOf,
} from '../../src/local/runtime/xlsx-io';
import { WorkbookModel } from '../../src/local/runtime/sheets';

const dir = mkdtempSync(join(tmpdir(), 'relance-xlsx-'));

function appOf(workbook: WorkbookModel) {
  return createSpreadsheetApp(workbook, {
    meter: new CallMeter(costOf),
    spreadsheetId: 'x',
    makeDate: (ms) => new Date(ms),
  }).app;
}

describe('the .xlsx backing', () => {
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

  it('imports a Windows-1252 CSV with semicolons, leaving French dates and amounts as text', async () => {
    const path = join(dir, 'export.csv');
    const text =
      'N° facture;Client;Échéance;Montant\r\nF-1;Hôtel du Port;02/03/2026;"1 234,56 €"\r\nF-2;Café;03/03/2026;980\r\n';
    // Windows-1252 puts the euro sign at 0x80, where Latin-1 has a control character.
    writeFileSync(path, Buffer.from(text.replace('€', '\u0080'), 'latin1'));
    const workbook = await importCsv(path);
    const values = appOf(workbook)
      .getActiveSpreadsheet()
      .getActiveSheet()
      .getDataRange()
      .getValues();
    expect(values[0]).toEqual(['N° facture', 'Client', 'Échéance', 'Montant']);
    expect(values[1]).toEqual(['F-1', 'Hôtel du Port', '02/03/2026', '1 234,56 €']);
    expect(values[2]?.[3]).toBe(980);
  });
});

describe('a CSV export brought to relance init', () => {
  const valuesOf = async (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return appOf(await importCsv(path))
      .getActiveSpreadsheet()
      .getActiveSheet()
      .getDataRange()
      .getValues();
  };
  /** Windows-1252 bytes: Latin-1 but for the characters it puts at 0x80–0x9F. */
  const windows1252 = (text: string) =>
    Buffer.from(
      text.replace('€', '\u0080').replace('’', '\u0092').replace('Œ', '\u008c'),
      'latin1',
    );

  it('imports a semicolon Windows-1252 export whose quoted fields hold semicolons and line breaks', async () => {
    const values = await valuesOf(
      'quoted.csv',
      windows1252(
        'N° facture;Client;Adresse;Montant\r\n' +
          'F-1;"Dupont; Fils & Cie";"12 rue de l’Église\r\n75001 Paris";"1 234,56 €"\r\n' +
          'F-2;Œuvres sociales;Lyon;980\r\n',
      ),
    );
    expect(values).toEqual([
      ['N° facture', 'Client', 'Adresse', 'Montant'],
      ['F-1', 'Dupont; Fils & Cie', '12 rue de l’Église\n75001 Paris', '1 234,56 €'],
      ['F-2', 'Œuvres sociales', 'Lyon', 980],
    ]);
  });

  it('finds the semicolons even when a quoted header holds more commas than the line has semicolons', async () => {
    const values = await valuesOf(
      'commas.csv',
      Buffer.from(
        'N° facture;"Remarques (retard, relance, litige, accord)";Montant\n' +
          'F-1;aucune;1 234,56\n' +
          'F-2;"accord, le 3 mars";980,00\n',
      ),
    );
    expect(values).toEqual([
      ['N° facture', 'Remarques (retard, relance, litige, accord)', 'Montant'],
      ['F-1', 'aucune', '1 234,56'],
      ['F-2', 'accord, le 3 mars', '980,00'],
    ]);
  });

  it('keeps « 1.234 » as typed instead of reading 1,234 (thousands or decimals, the reader asks)', async () => {
    const values = await valuesOf(
      'dots.csv',
      Buffer.from('N° facture,Montant,Payé,Code\nF-1,1.234,12.5,-3\nF-2,1234.56,0.125,42\n'),
    );
    expect(values.slice(1)).toEqual([
      ['F-1', '1.234', 12.5, -3],
      ['F-2', 1234.56, '0.125', 42],
    ]);
  });

  it('reads a UTF-8 export as UTF-8 even when it already holds a replacement character', async () => {
    const values = await valuesOf(
      'utf8.csv',
      Buffer.from('N° facture;Client\nF-1;Café \uFFFD Lyon\n'),
    );
    expect(values[1]).toEqual(['F-1', 'Café \uFFFD Lyon']);
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
