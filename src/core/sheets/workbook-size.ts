/**
 * A spreadsheet holds up to 10 million cells, every tab's grid counted, empty or not
 * (https://support.google.com/drive/answer/37603). Past it Sheets refuses any new row, and the
 * Journal could no longer be written: the run says so well before, with the way out.
 */
import type { Problem } from '../model';
import { groupDigits } from '../words/wording';

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
    message:
      `Le classeur compte ${groupDigits(cells, 'fr')} cellules, ${share} % des 10 millions que Google Sheets accepte : ` +
      'au-delà, le Journal ne pourra plus être écrit et les relances s’arrêteront. Archivez : faites une copie du classeur ' +
      '(Fichier › Créer une copie) qui garde tout l’historique, puis, dans ce classeur, supprimez du « Journal des relances » ' +
      'les lignes des factures réglées et les onglets dont vous n’avez plus besoin.',
  };
}
