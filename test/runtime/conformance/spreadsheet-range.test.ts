/**
 * Range (https://developers.google.com/apps-script/reference/spreadsheet/range) and data
 * validation: one test per documented behaviour of each method Relance's bundle calls, its
 * source in the test's comment.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE, spreadsheetApp } from './spreadsheet-harness';

const RANGE = `${REFERENCE}/range`;
const USER_ENTERED = 'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption';

describe(`Range values (${RANGE}; strings as ${USER_ENTERED})`, () => {
  // #getValues(): "empty cells are represented by an empty string"
  it('gives a rectangular grid with "" for empty cells', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1).setValue(12.5);
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      [12.5, ''],
      ['', ''],
    ]);
  });

  // #setValues(Object): the data must match the range
  it('refuses data whose size differs from the range with Google’s message', () => {
    const { sheet } = spreadsheetApp();
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([['a']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  // #setValue(Object) / ValueInputOption USER_ENTERED
  it('reads a written string of digits as a number: "000123" is 123', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1, 1, 2).setValues([['000123', '007']]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([[123, 7]]);
  });

  // USER_ENTERED in a French spreadsheet (getSpreadsheetLocale fr_FR)
  it('reads a decimal comma, a day/month/year and a month/year as a number and dates in a French sheet', () => {
    const { sheet } = spreadsheetApp({ timeZone: 'UTC' });
    sheet.getRange(1, 1, 1, 4).setValues([['12,5', '25/12/2026', '03/2026', '1 234,50 €']]);
    const [row] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(row?.[0]).toBe(12.5);
    expect((row?.[1] as Date).toISOString()).toBe('2026-12-25T00:00:00.000Z');
    expect((row?.[2] as Date).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(row?.[3]).toBe(1234.5);
  });

  // USER_ENTERED in a French sheet: a day and month alone fall in the current year, a month
  // name with a year is the first of that month (ValueInputOption: "following the same rules
  // that are applied when entering text into a cell via the Google Sheets UI")
  it('reads « 12/03 », « 1/2 » and « mars 2026 » as dates in a French sheet, not as text', () => {
    const { sheet } = spreadsheetApp({ timeZone: 'UTC', now: () => Date.UTC(2026, 2, 16, 9) });
    sheet.getRange(1, 1, 1, 4).setValues([['12/03', '1/2', 'mars 2026', 'févr. 2027']]);
    const [row] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(row?.map((d) => (d as Date).toISOString().slice(0, 10))).toEqual([
      '2026-03-12',
      '2026-02-01',
      '2026-03-01',
      '2027-02-01',
    ]);
    sheet.getRange(2, 1, 1, 2).setValues([["'mars 2026", 'mars']]);
    expect(sheet.getRange(2, 1, 1, 2).getValues()).toEqual([['mars 2026', 'mars']]);
  });

  // USER_ENTERED: a time typed alone is a time of Sheets' day 0
  it('reads "12:30" as a time, and "25/12/2026 10:00" as a date and time', () => {
    const { sheet } = spreadsheetApp({ timeZone: 'UTC' });
    sheet.getRange(1, 1, 1, 2).setValues([['12:30', '25/12/2026 10:00']]);
    const [row] = sheet.getRange(1, 1, 1, 2).getValues();
    expect((row?.[0] as Date).toISOString()).toBe('1899-12-30T12:30:00.000Z');
    expect((row?.[1] as Date).toISOString()).toBe('2026-12-25T10:00:00.000Z');
  });

  // USER_ENTERED in an English spreadsheet: month/day/year
  it('reads month/day/year in an English sheet and leaves a decimal comma as text', () => {
    const { sheet } = spreadsheetApp({ timeZone: 'UTC', locale: 'en_US' });
    sheet.getRange(1, 1, 1, 2).setValues([['12/25/2026', '12,5']]);
    const [row] = sheet.getRange(1, 1, 1, 2).getValues();
    expect((row?.[0] as Date).toISOString()).toBe('2026-12-25T00:00:00.000Z');
    expect(row?.[1]).toBe('12,5');
  });

  // USER_ENTERED: TRUE/FALSE, and VRAI/FAUX in a French sheet
  it('reads TRUE and VRAI as booleans in a French sheet', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1, 1, 3).setValues([['TRUE', 'vrai', 'FAUX']]);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([[true, true, false]]);
  });

  // #setValue(Object): "If the value starts with '=' it is interpreted as a formula."
  it('stores a string starting with "=" as a formula', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1).setValue('=HYPERLINK("https://x.fr/a", "Lettre")');
    expect(sheet.getRange(1, 1).getFormulas()).toEqual([
      ['=HYPERLINK("https://x.fr/a", "Lettre")'],
    ]);
    expect(sheet.getRange(1, 1).getValue()).toBe('Lettre');
  });

  // USER_ENTERED: a leading apostrophe keeps the rest as text and is not shown
  it('keeps the text after a leading apostrophe, without the apostrophe', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1, 1, 2).setValues([["'000123", "'=1+1"]]);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['000123', '=1+1']]);
  });

  // #setNumberFormat(String): plain text "@" keeps what is written (support.google.com/docs/answer/56470)
  it('keeps strings as written in a cell formatted as plain text', () => {
    const { sheet } = spreadsheetApp();
    const range = sheet.getRange(1, 1, 1, 5).setNumberFormat('@');
    range.setValues([['000123', '12,5', '03/2026', '=1+1', 'F-1,2']]);
    expect(range.getValues()).toEqual([['000123', '12,5', '03/2026', '=1+1', 'F-1,2']]);
    expect(range.getFormulas()).toEqual([['', '', '', '', '']]);
  });

  // #getDisplayValues()
  it('shows dates day first and booleans in capitals', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1, 1, 2).setValues([[new Date('2026-03-14T23:00:00Z'), true]]);
    expect(sheet.getRange(1, 1, 1, 2).getDisplayValues()).toEqual([['15/03/2026', 'TRUE']]);
  });

  // #clearContent(): "Clears the content of the range, leaving the formatting intact."
  it('clears the content of a range and keeps its format', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1).setNumberFormat('@').setValue('x');
    sheet.getRange(1, 1).clearContent();
    expect(sheet.getRange(1, 1).getValue()).toBe('');
    expect(sheet.getRange(1, 1).getNumberFormat()).toBe('@');
  });
});

describe(`Range formats and position (${RANGE})`, () => {
  // #setNumberFormats(Object), #getNumberFormats()
  it('sets one number format per cell and gives them back', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1, 1, 2).setNumberFormats([['@', 'dd/mm/yyyy']]);
    expect(sheet.getRange(1, 1, 1, 2).getNumberFormats()).toEqual([['@', 'dd/mm/yyyy']]);
  });

  // #setFontWeight(String), #setFontWeights(Object[][]), #setBackgrounds(Object[][])
  it('sets font weights and backgrounds per cell', () => {
    const { sheet } = spreadsheetApp();
    sheet
      .getRange(1, 1, 1, 2)
      .setFontWeights([['bold', 'normal']])
      .setBackgrounds([['#ff0000', null]]);
    expect(sheet.getRange(1, 1, 1, 2).getFontWeights()).toEqual([['bold', 'normal']]);
    expect(sheet.getRange(1, 1, 1, 2).getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
  });

  // #setFontWeight(String): one weight for every cell
  it('makes every cell of the range bold', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1, 1, 2).setFontWeight('bold');
    expect(sheet.getRange(1, 1, 1, 2).getFontWeights()).toEqual([['bold', 'bold']]);
  });

  // #getRow(), #getNumRows(), #getA1Notation()
  it('gives its position and size', () => {
    const { sheet } = spreadsheetApp();
    const range = sheet.getRange(2, 3, 4, 5);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 3, 4, 5,
    ]);
    expect(range.getA1Notation()).toBe('C2:G5');
  });

  // #activate(): "Sets the specified range as the active range … the sheet becomes the active sheet."
  it('makes its tab the active one when activated', () => {
    const { sheet, spreadsheet, ui } = spreadsheetApp();
    spreadsheet.insertSheet('Autre');
    sheet.getRange(3, 1).activate();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Feuille');
    expect(ui.selections).toEqual(['Feuille!A3']);
  });
});

describe(`Data validation (${REFERENCE}/data-validation-builder)`, () => {
  const rule = (app: ReturnType<typeof spreadsheetApp>['app'], allowInvalid: boolean) =>
    app
      .newDataValidation()
      .requireValueInList(['Envoi', 'Note'])
      .setAllowInvalid(allowInvalid)
      .build();

  // #setAllowInvalid(Boolean): false rejects input that fails validation
  it('refuses a written value outside the list when invalid data is not allowed, with Google’s message', () => {
    const { app, sheet } = spreadsheetApp();
    sheet.getRange(2, 4, 10, 1).setDataValidation(rule(app, false));
    expect(() => sheet.getRange(3, 4).setValue('Sent')).toThrow(
      'The data you entered in cell D3 violates the data validation rules set on this cell.',
    );
    sheet.getRange(3, 4).setValue('Envoi');
    expect(sheet.getRange(3, 4).getValue()).toBe('Envoi');
  });

  // #setAllowInvalid(Boolean): a refused write writes nothing
  it('writes nothing of a setValues that one cell refuses', () => {
    const { app, sheet } = spreadsheetApp();
    sheet.getRange(2, 1, 2, 1).setDataValidation(rule(app, false));
    expect(() => sheet.getRange(1, 1, 3, 1).setValues([['x'], ['Note'], ['Autre']])).toThrow(/A3/);
    expect(sheet.getRange(1, 1, 3, 1).getValues()).toEqual([[''], [''], ['']]);
  });

  // #setAllowInvalid(Boolean): true only shows a warning
  it('accepts a value outside the list when invalid data is allowed', () => {
    const { app, sheet } = spreadsheetApp();
    sheet.getRange(1, 1).setDataValidation(rule(app, true));
    sheet.getRange(1, 1).setValue('Autre');
    expect(sheet.getRange(1, 1).getValue()).toBe('Autre');
  });

  // Range#getDataValidation(), DataValidation#getCriteriaValues()
  it('gives back the list of a cell’s rule', () => {
    const { app, sheet } = spreadsheetApp();
    sheet.getRange(1, 1).setDataValidation(rule(app, false));
    expect(sheet.getRange(1, 1).getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Envoi',
      'Note',
    ]);
    expect(sheet.getRange(2, 1).getDataValidation()).toBeNull();
  });
});
