/**
 * Google's own wording of the errors the offline spreadsheet throws, in one place. Each cites
 * where the wording was read.
 */

/** Sheet.getRange past the sheet's grid (Sheet.getMaxRows is the limit:
 *  https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows()). */
export const OUTSIDE_SHEET =
  'The coordinates of the range are outside the dimensions of the sheet.';
export const RANGE_NOT_FOUND = 'Range not found';
export const START_ROW_TOO_SMALL = 'The starting row of the range is too small.';
export const START_COLUMN_TOO_SMALL = 'The starting column of the range is too small.';
export const ROWS_AT_LEAST_ONE = 'The number of rows in the range must be at least 1.';
export const COLUMNS_AT_LEAST_ONE = 'The number of columns in the range must be at least 1.';
/** Sheet.deleteRows/deleteColumns and the insert methods given a position past the grid. */
export const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
export const COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';
/** Sheets keeps at least one row and one column that are not frozen. */
export const DELETE_ALL_ROWS = 'Sorry, it is not possible to delete all non-frozen rows.';
export const DELETE_ALL_COLUMNS = 'Sorry, it is not possible to delete all non-frozen columns.';

export const DIMENSION_ROWS_ERROR = (data: number, range: number) =>
  `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
export const DIMENSION_COLUMNS_ERROR = (data: number, range: number) =>
  `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;

/**
 * A write refused by a list rule whose allowInvalid is false. The reference
 * (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean))
 * says such input is rejected, not whether a script's write counts as input; public scripts
 * quote this wording from failed writes, while
 * one secondary source says scripts bypass validation. Where sources disagree, the stricter
 * reading wins.
 */
export const VALIDATION_REJECTED = (a1: string) =>
  `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;

export const SIGNATURE_MISMATCH = (method: string, got?: string) =>
  got === undefined
    ? `Exception: The parameters don't match the method signature for SpreadsheetApp.${method}.`
    : `Exception: The parameters (${got}) don't match the method signature for SpreadsheetApp.${method}.`;

/**
 * The size limits of a spreadsheet: "up to 10 million cells" and 50,000 characters in a cell
 * (https://support.google.com/drive/answer/37603, « Files you can store in Google Drive »). The
 * wording is Sheets' own, as scripts and API clients that met the limits quote it.
 */
export const WORKBOOK_CELL_LIMIT = 10_000_000;
export const CELL_CHARACTER_LIMIT = 50_000;
export const TOO_MANY_CELLS =
  'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
export const CELL_TOO_LONG =
  'Your input contains more than the maximum of 50000 characters in a single cell.';
