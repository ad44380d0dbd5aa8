/**
 * The user's own Drive in a workspace: a file uploaded as the user would (`relance upload`), and
 * the offline Google Picker the sidebar opens to choose an invoice PDF.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { UserError } from './errors';
import { costOf } from './runtime/cost-table';
import { createDriveServices, DriveState } from './runtime/drive';
import { CallMeter } from './runtime/meter';
import { Blob } from './runtime/utilities';
import { readConfig } from './workspace';

const UPLOAD_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/**
 * Puts a file into the workspace's Drive, as the user would upload an invoice PDF to their Drive,
 * through the offline DriveApp itself, and returns its link: the value for the "Lien facture"
 * column. The file is the user's, not Relance's; `picked` (the default) also opens it with
 * Relance, as the Google Picker's upload does, so that the per-file `drive.file` scope reaches it
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth). Without it, only
 * the opt-in `drive.readonly` lets Relance read it.
 */
export function uploadToDrive(
  dir: string,
  path: string,
  options: { picked?: boolean } = {},
): string {
  readConfig(dir);
  if (!existsSync(path) || !statSync(path).isFile())
    throw new UserError('file-missing', `Fichier introuvable : ${path}`);
  const type = UPLOAD_TYPES[extname(path).toLowerCase()];
  if (type === undefined)
    throw new UserError(
      'bad-file-type',
      `« ${basename(path)} » n’est ni un PDF ni une image : seuls ces fichiers peuvent être joints aux relances.`,
    );
  const drive = new DriveState(join(dir, 'drive'));
  const { DriveApp } = createDriveServices(drive, new CallMeter(costOf), () => Date.now(), {
    byApp: false,
  });
  const file = DriveApp.createFile(
    new Blob(new Uint8Array(readFileSync(path)), type, basename(path)),
  ) as { getUrl(): string; getId(): string };
  if (options.picked !== false) drive.pick(file.getId());
  drive.save();
  return file.getUrl();
}

/** A file as the Google Picker answers it on pick (its `docs`' id, name and MIME type). */
export interface PickedFile {
  id: string;
  name: string;
  mimeType: string;
}

/**
 * The offline Google Picker's view, filtered to PDFs as the sidebar asks (`setMimeTypes`): the
 * user's files of the workspace's Drive, out of the trash, whether Relance may read them or not
 * (the Picker shows the user's whole Drive; https://developers.google.com/workspace/drive/picker/guides/overview).
 */
export function pickableFiles(dir: string): PickedFile[] {
  const drive = new DriveState(join(dir, 'drive'));
  return Object.values(drive.index.items)
    .filter((item) => !item.trashed && item.mimeType === UPLOAD_TYPES['.pdf'])
    .map((item) => ({ id: item.id, name: item.name, mimeType: item.mimeType }));
}

/**
 * The user picks a file in the Google Picker: under `drive.file` the app may open it from then
 * on ("files that the user opens with the app"), the grant made by Google on pick, before the
 * sidebar calls the server (https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
 */
export function pickInDrive(dir: string, fileId: string): PickedFile {
  const drive = new DriveState(join(dir, 'drive'));
  const item = pickableFiles(dir).find((file) => file.id === fileId);
  if (item === undefined)
    throw new UserError('file-missing', `Aucun PDF d’identifiant « ${fileId} » dans le Drive.`);
  drive.pick(item.id);
  drive.save();
  return item;
}
