/**
 * The names of the dossier's files, in one place: the core numbers the pieces and the bordereau
 * cites them by these names; the wiring writes the files (Drive folder, workspace, ZIP) under the
 * same names, so the bordereau always matches the folder.
 */
import type { Day } from '../values/day';
import { safeFileName } from '../values/file-name';
import { FILE_WORDS } from '../words/dossier';
import type { PieceKind } from './types';

export const REQUETE_FILE_NAME = FILE_WORDS.requete.fr;
export const BORDEREAU_FILE_NAME = FILE_WORDS.bordereau.fr;

const KIND_NAMES: Record<PieceKind, string> = FILE_WORDS.kinds.fr;

/** « Pièce 03 - Relance du 2026-11-02.pdf », « Pièce 01 - Facture F-001.pdf ». */
export function dossierFileName(piece: {
  number: number;
  kind: PieceKind;
  invoices: readonly string[];
  day?: Day;
}): string {
  const number = String(piece.number).padStart(2, '0');
  const what =
    piece.kind === 'invoice'
      ? `${KIND_NAMES.invoice} ${piece.invoices[0] ?? ''}`
      : piece.day === undefined
        ? KIND_NAMES[piece.kind]
        : FILE_WORDS.kindOn.fr(KIND_NAMES[piece.kind], piece.day);
  return `${safeFileName(FILE_WORDS.piece.fr(number, what))}.pdf`;
}

/** « Dossier injonction - Hôtel du Port - 2026-12-05 »: one folder per client and day. */
export function dossierFolderName(client: string, today: Day): string {
  return safeFileName(FILE_WORDS.folder.fr(client, today));
}

/** The ZIP of the folder: the folder's name with « .zip ». */
export function dossierZipName(client: string, today: Day): string {
  return `${dossierFolderName(client, today)}.zip`;
}
