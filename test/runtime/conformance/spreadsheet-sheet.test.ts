/**
 * Sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet): one test per
 * documented behaviour of each method Relance's bundle calls, its source in the test's comment.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE, spreadsheetApp } from './spreadsheet-harness';

const SHEET = `${REFERENCE}/sheet`;
const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

describe(`Sheet (${SHEET})`, () => {
  // #getMaxRows(), #getMaxColumns(); https://support.google.com/docs/answer/37603 for the size
  it('gives a new tab 1,000 rows and 26 columns', () => {
    const { sheet } = spreadsheetApp();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  // #getRange(Integer,Integer,Integer,Integer)
  it('refuses a range that ends past the last row or column with Google’s message', () => {
    const { sheet } = spreadsheetApp();
    expect(() => sheet.getRange(1001, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(2, 1, 1000, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(1, 27)).toThrow(OUTSIDE);
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  // #getRange(Integer,Integer)
  it('refuses a range that starts before row or column 1', () => {
    const { sheet } = spreadsheetApp();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
  });

  // #getRange(String)
  it('reads A1 notation, whole columns and open-ended columns up to the last row', () => {
    const { sheet } = spreadsheetApp();
    expect(sheet.getRange('B3').getA1Notation()).toBe('B3');
    expect(sheet.getRange('A1:C10').getNumRows()).toBe(10);
    expect(sheet.getRange('A:A').getA1Notation()).toBe('A1:A1000');
    expect(sheet.getRange('C2:D').getA1Notation()).toBe('C2:D1000');
    expect(() => sheet.getRange('A1001')).toThrow(OUTSIDE);
  });

  // #insertRowsAfter(Integer,Integer)
  it('grows by the rows inserted after a position, and keeps the rows above', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1000, 1).setValue('dernière');
    sheet.insertRowsAfter(1000, 500);
    expect(sheet.getMaxRows()).toBe(1500);
    expect(sheet.getRange(1000, 1).getValue()).toBe('dernière');
    sheet.getRange(1500, 1).setValue('nouvelle');
    expect(sheet.getLastRow()).toBe(1500);
  });

  // #insertRowsBefore(Integer,Integer)
  it('moves rows down when rows are inserted before them', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1).setValue('en-tête');
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getRange(3, 1).getValue()).toBe('en-tête');
    expect(sheet.getMaxRows()).toBe(1002);
  });

  // #insertRows(Integer,Integer)
  it('inserts rows before a row, one by default', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(2, 1).setValue('x');
    sheet.insertRows(2);
    expect(sheet.getRange(3, 1).getValue()).toBe('x');
    expect(sheet.getMaxRows()).toBe(1001);
  });

  // #insertColumnsAfter(Integer,Integer), #insertColumnsBefore(Integer,Integer)
  it('grows by the columns inserted, moving the columns after them right', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 2).setValue('B');
    sheet.insertColumnsAfter(26, 4);
    expect(sheet.getMaxColumns()).toBe(30);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange(1, 3).getValue()).toBe('B');
    expect(sheet.getMaxColumns()).toBe(31);
  });

  // #deleteRows(Integer,Integer)
  it('shrinks by the rows deleted, moving the rows below up', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(5, 1).setValue('x');
    sheet.deleteRows(2, 2);
    expect(sheet.getRange(3, 1).getValue()).toBe('x');
    expect(sheet.getMaxRows()).toBe(998);
    expect(() => sheet.getRange(999, 1)).toThrow(OUTSIDE);
  });

  // #deleteRows(Integer,Integer): Sheets keeps one row that is not frozen
  it('refuses to delete rows past the grid or every row', () => {
    const { sheet } = spreadsheetApp();
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 1000)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  // #deleteColumns(Integer,Integer)
  it('shrinks by the columns deleted and refuses columns past the grid', () => {
    const { sheet } = spreadsheetApp();
    sheet.deleteColumns(20, 7);
    expect(sheet.getMaxColumns()).toBe(19);
    expect(() => sheet.deleteColumns(19, 2)).toThrow('Those columns are out of bounds.');
  });

  // #insertRowsAfter(Integer,Integer)
  it('refuses to insert after a row past the grid', () => {
    const { sheet } = spreadsheetApp();
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
  });

  // #appendRow(Object): "appends a row to the bottom of the current data region"
  it('appends a row after the last row with content, growing the tab when it is full', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1000, 1).setValue('pleine');
    sheet.appendRow(['a', 1]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1, 1, 2).getValues()).toEqual([['a', 1]]);
  });

  // #getLastRow(), #getLastColumn()
  it('gives the last row and column with content, 0 on an empty tab', () => {
    const { sheet } = spreadsheetApp();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange(3, 2).setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
  });

  // #getDataRange()
  it('gives the range from A1 to the last cell with content', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(3, 2).setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  // #clear(): "Clears the sheet of content and formatting information."
  it('clears values and formats, and keeps its size', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1).setNumberFormat('@').setValue('x');
    sheet.insertRowsAfter(1000, 10);
    sheet.clear();
    expect(sheet.getRange(1, 1).getValue()).toBe('');
    expect(sheet.getRange(1, 1).getNumberFormat()).toBe('General');
    expect(sheet.getMaxRows()).toBe(1010);
  });

  // #clear(): content and formatting only. Data validation is a category of its own, which
  // Range#clear(Object) clears with `validationsOnly`: Sheet.clear() leaves the rules in place.
  it('keeps the data validation rules of its cells', () => {
    const { app, sheet } = spreadsheetApp();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Envoi'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange(2, 1).setDataValidation(rule).setValue('Envoi');
    sheet.clear();
    expect(sheet.getRange(2, 1).getValue()).toBe('');
    expect(sheet.getRange(2, 1).getDataValidation()?.getCriteriaValues()?.[0]).toEqual(['Envoi']);
    expect(() => sheet.getRange(2, 1).setValue('Autre')).toThrow(/violates/);
  });

  // #clearContents(): "Clears the sheet of contents, while preserving formatting information."
  it('clears values and keeps formats', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1).setNumberFormat('@').setValue('x');
    sheet.clearContents();
    expect(sheet.getRange(1, 1).getValue()).toBe('');
    expect(sheet.getRange(1, 1).getNumberFormat()).toBe('@');
  });

  // #setFrozenRows(Integer), #getFrozenRows()
  it('freezes the rows it is given', () => {
    const { sheet } = spreadsheetApp();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  // #setName(String), #getName()
  it('renames the tab', () => {
    const { sheet, spreadsheet } = spreadsheetApp();
    sheet.setName('Suivi');
    expect(spreadsheet.getSheetByName('Suivi')?.getName()).toBe('Suivi');
  });

  // #setHiddenGridlines(Boolean), #hasHiddenGridlines()
  it('hides and reports its gridlines', () => {
    const { sheet } = spreadsheetApp();
    sheet.setHiddenGridlines(true);
    expect(sheet.hasHiddenGridlines()).toBe(true);
  });

  // #activate(): the tab becomes the active one
  it('becomes the active tab when activated', () => {
    const { sheet, spreadsheet } = spreadsheetApp();
    const other = spreadsheet.insertSheet('Autre');
    sheet.activate();
    expect(spreadsheet.getActiveSheet().getName()).toBe(sheet.getName());
    expect(other.getName()).toBe('Autre');
  });

  // #newChart(), #insertChart(EmbeddedChart), #getCharts(), #removeChart(EmbeddedChart)
  it('keeps the charts inserted until they are removed', () => {
    const { sheet } = spreadsheetApp();
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(7, 1, 0, 0)
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored?.getContainerInfo().getAnchorRow()).toBe(7);
    if (stored !== undefined) sheet.removeChart(stored);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  // #setColumnWidth(Integer,Integer): width in pixels
  it('keeps the width given to a column, in pixels', () => {
    const { sheet, workbook } = spreadsheetApp();
    sheet.setColumnWidth(2, 180);
    expect(workbook.sheet('Feuille')?.columnWidths.get(2)).toBe(180);
  });

  // EmbeddedChartBuilder#asLineChart(), #setOption(String,Object); EmbeddedChart#getOptions()
  it('keeps a chart’s type and options as they were set on its builder', () => {
    const { sheet } = spreadsheetApp();
    const builder = sheet.newChart().asLineChart().addRange(sheet.getRange('A1:B3'));
    sheet.insertChart(builder.setOption('title', 'Taux').setOption('width', 620).build());
    const [stored] = sheet.getCharts();
    expect(stored?.getOptions().get('title')).toBe('Taux');
    expect(stored?.modify().getChartType()).toBe('LINE');
  });
});
