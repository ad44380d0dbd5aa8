/**
 * SpreadsheetApp, offline: the facades live in ./spreadsheet/ (one file per Google class); this
 * module is what the rest of the runtime imports.
 */
export * from './spreadsheet/model';
export * from './spreadsheet/errors';
export type { UiRecord } from './spreadsheet/context';
export { storeWritten, PLAIN_TEXT_FORMAT } from './spreadsheet/user-entered';
export { createSpreadsheetApp, type SpreadsheetAppOptions } from './spreadsheet/spreadsheet';
