import { describe, expect, it } from 'vitest';
import { ZONED } from '../fixtures';
import { costOf } from '../../src/local/runtime/cost-table';
import { CallMeter } from '../../src/local/runtime/meter';
import { createSpreadsheetApp, WorkbookModel } from '../../src/local/runtime/sheets';

function setup(timeZone = 'Europe/Paris') {
  const workbook = new WorkbookModel('Factures', timeZone);
  workbook.addSheet('Factures');
  const meter = new CallMeter(costOf);
  const { app, ui } = createSpreadsheetApp(workbook, {
    meter,
    spreadsheetId: 'sheet-1',
    makeDate: (ms) => new Date(ms),
  });
  const sheet = app.getActiveSpreadsheet().getSheetByName('Factures');
  if (sheet === null) throw new Error('no sheet');
  return { workbook, meter, app, ui, sheet, spreadsheet: app.getActiveSpreadsheet() };
}

describe('Range.getValues and setValues', ZONED, () => {
  it('returns a rectangular grid with "" for empty cells, numbers, booleans and Dates', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1, 2, 3).setValues([
      ['F-1', 12.5, true],
      [new Date('2026-03-14T23:00:00Z'), '', 'x'],
    ]);
    const values = sheet.getRange(1, 1, 3, 4).getValues();
    expect(values).toHaveLength(3);
    expect(values.every((row) => row.length === 4)).toBe(true);
    expect(values[0]).toEqual(['F-1', 12.5, true, '']);
    expect((values[1]?.[0] as Date).toISOString()).toBe('2026-03-14T23:00:00.000Z');
    expect(values[2]).toEqual(['', '', '', '']);
  });

  it('throws Google’s own error when the data does not match the range', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a', 'b', 'c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('rejects ranges that start before row or column 1', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow();
  });

  it('reads strings as a user typing them: formulas, apostrophes and numbers', () => {
    const { sheet } = setup();
    sheet
      .getRange(1, 1, 1, 4)
      .setValues([["'=1+1", '=HYPERLINK("https://x.fr/a", "Lettre")', '0612', "'0612"]]);
    expect(sheet.getRange(1, 1, 1, 4).getValues()[0]).toEqual(['=1+1', 'Lettre', 612, '0612']);
    expect(sheet.getRange(1, 2).getFormulas()[0]?.[0]).toBe(
      '=HYPERLINK("https://x.fr/a", "Lettre")',
    );
  });

  it('keeps a date on its day in the spreadsheet’s zone, whatever the machine’s zone', () => {
    const { sheet } = setup('Pacific/Auckland');
    const midnightAuckland = new Date('2026-03-14T11:00:00Z');
    sheet.getRange(1, 1).setValue(midnightAuckland);
    expect((sheet.getRange(1, 1).getValue() as Date).toISOString()).toBe(
      '2026-03-14T11:00:00.000Z',
    );
    expect(sheet.getRange(1, 1).getDisplayValues()[0]?.[0]).toBe('15/03/2026');
  });
});

describe('Sheet', () => {
  it('reports the last row and column with content, 0 on an empty sheet', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange(3, 2).setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  it('appends a row after the last row with content', () => {
    const { sheet } = setup();
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('stores notes, number formats, frozen rows and list validation', () => {
    const { sheet, app } = setup();
    sheet.getRange(1, 1).setNote('Voir la ligne 4');
    sheet.getRange(2, 1, 2, 1).setNumberFormat('dd/mm/yyyy');
    sheet.setFrozenRows(1);
    sheet
      .getRange(2, 2, 5, 1)
      .setDataValidation(app.newDataValidation().requireValueInList(['Envoi', 'Note']).build());
    expect(sheet.getRange(1, 1).getNote()).toBe('Voir la ligne 4');
    expect(sheet.getRange(2, 1, 2, 1).getNumberFormats()).toEqual([['dd/mm/yyyy'], ['dd/mm/yyyy']]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(3, 2).getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Envoi',
      'Note',
    ]);
  });
});

describe('Spreadsheet', () => {
  it('refuses a second sheet of the same name with Google’s message', () => {
    const { spreadsheet } = setup();
    expect(() => spreadsheet.insertSheet('Factures')).toThrow(
      'A sheet with the name "Factures" already exists. Please enter another name.',
    );
    expect(spreadsheet.insertSheet('Suivi').getName()).toBe('Suivi');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Factures', 'Suivi']);
  });

  it('gives its time zone, records toasts, and builds menus', () => {
    const { spreadsheet, app, ui } = setup('Europe/Paris');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    spreadsheet.toast('Terminé', 'Relance');
    app.getUi().createMenu('Relance').addItem('Ouvrir', 'showSidebar').addToUi();
    expect(ui.toasts).toEqual([{ message: 'Terminé', title: 'Relance' }]);
    expect(ui.menus[0]).toMatchObject({
      title: 'Relance',
      addOn: false,
      items: [{ caption: 'Ouvrir', functionName: 'showSidebar' }],
    });
  });
});

describe('simulated time from the call counter', () => {
  it('prices 10,000 single-cell writes at about 70 s and one 10,000-cell write at about 1 s', () => {
    const single = setup();
    single.sheet.insertColumnsAfter(26, 74);
    for (let i = 1; i <= 100; i += 1)
      for (let j = 1; j <= 100; j += 1) single.sheet.getRange(i, j).setValue(1);
    const batched = setup();
    batched.sheet.insertColumnsAfter(26, 74);
    batched.sheet
      .getRange(1, 1, 100, 100)
      .setValues(Array.from({ length: 100 }, () => Array<number>(100).fill(1)));
    expect(single.meter.simulatedMs / 1000).toBeGreaterThan(65);
    expect(single.meter.simulatedMs / 1000).toBeLessThan(80);
    expect(batched.meter.simulatedMs / 1000).toBeGreaterThan(0.8);
    expect(batched.meter.simulatedMs / 1000).toBeLessThan(1.5);
    expect(single.meter.countsByName()['SpreadsheetApp.Range.setValue']).toBe(10_000);
  });
});
