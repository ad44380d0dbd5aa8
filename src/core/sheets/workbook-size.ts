/**
 * A spreadsheet holds up to 10 million cells, every tab's grid counted, empty or not
 * (https://support.google.com/drive/answer/37603). Past it Sheets refuses any new row, and the
 * Journal could no longer be written: the run says so well before, with the way out.
 */
import type { Problem } from '../model';
import { groupDigits } from '../words/wording';
import { SHEET_WORDS } from '../words/sheets';

export const WORKBOOK_CELL_LIMIT = 10_000_000;
export const CELL_WARNING_SHARE = 0.8;

/** The warning once the workbook holds 80 % of Sheets' cells; undefined below. */
export function cellLimitWarning(cells: number): Problem | undefined {
  if (cells < WORKBOOK_CELL_LIMIT * CELL_WARNING_SHARE) return undefined;
  const share = Math.floor((cells / WORKBOOK_CELL_LIMIT) * 100);
  return {
    row: 0,
    column: '',
    value: '',
    severity: 'warning',
    message: SHEET_WORDS.workbookNearlyFull.fr(groupDigits(cells, 'fr'), share),
  };
}
