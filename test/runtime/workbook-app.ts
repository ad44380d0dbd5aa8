import { costOf } from '../../src/local/runtime/cost-table';
import { CallMeter } from '../../src/local/runtime/meter';
import { createSpreadsheetApp, type WorkbookModel } from '../../src/local/runtime/sheets';

/** The SpreadsheetApp a script would see over `workbook`. */
export function appOf(workbook: WorkbookModel) {
  return createSpreadsheetApp(workbook, {
    meter: new CallMeter(costOf),
    spreadsheetId: 'x',
    makeDate: (ms) => new Date(ms),
  }).app;
}
