/** One offline SpreadsheetApp over an empty workbook, for the conformance tests. */
import { costOf } from '../../../src/local/runtime/cost-table';
import { CallMeter } from '../../../src/local/runtime/meter';
import { createSpreadsheetApp, WorkbookModel } from '../../../src/local/runtime/sheets';

export const REFERENCE = 'https://developers.google.com/apps-script/reference/spreadsheet';

export function spreadsheetApp(
  options: { timeZone?: string; locale?: string; now?: () => number } = {},
) {
  const workbook = new WorkbookModel(
    'Classeur',
    options.timeZone ?? 'Europe/Paris',
    options.locale ?? 'fr_FR',
  );
  const meter = new CallMeter(costOf);
  const { app, ui } = createSpreadsheetApp(workbook, {
    meter,
    spreadsheetId: 'sheet-1',
    makeDate: (ms) => new Date(ms),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = spreadsheet.insertSheet('Feuille');
  return { workbook, meter, app, ui, spreadsheet, sheet };
}
