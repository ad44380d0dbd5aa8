/**
 * The size limits of a spreadsheet (https://support.google.com/drive/answer/37603: up to 10
 * million cells; 50,000 characters in a cell), with Sheets' own wording.
 */
import { describe, expect, it } from 'vitest';
import { spreadsheetApp } from './spreadsheet-harness';

const TOO_MANY_CELLS =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';

describe('spreadsheet size limits (Google Drive help, « Files you can store »)', () => {
  it('refuses a cell of more than 50,000 characters, by setValue or setValues, and writes nothing', () => {
    const { sheet } = spreadsheetApp();
    sheet.getRange(1, 1).setValue('x'.repeat(50_000));
    expect(() => sheet.getRange(2, 1).setValue('x'.repeat(50_001))).toThrow(TOO_LONG);
    expect(() => sheet.getRange(3, 1, 1, 2).setValues([['a', 'y'.repeat(50_001)]])).toThrow(
      TOO_LONG,
    );
    expect(sheet.getLastRow()).toBe(1);
  });

  it('counts every cell of every tab’s grid, and refuses rows or columns past 10 million', () => {
    const { spreadsheet, sheet } = spreadsheetApp();
    const others = spreadsheet
      .getSheets()
      .filter((s) => s.getName() !== sheet.getName())
      .reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0);
    // The tab grown to the last whole row of 26 columns below the limit.
    const rows = Math.floor((10_000_000 - others) / 26);
    sheet.insertRowsAfter(1000, rows - 1000);
    expect(others + sheet.getMaxRows() * 26).toBeLessThanOrEqual(10_000_000);
    expect(() => sheet.insertRowsAfter(sheet.getMaxRows(), 1)).toThrow(TOO_MANY_CELLS);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(TOO_MANY_CELLS);
    expect(sheet.getMaxRows()).toBe(rows);
  });

  it('refuses a new tab once its 26,000 cells would pass the limit', () => {
    const { spreadsheet, sheet } = spreadsheetApp();
    sheet.insertRowsAfter(1000, 384_000 - 1000);
    expect(() => spreadsheet.insertSheet('Journal des relances')).toThrow(TOO_MANY_CELLS);
  });
});
