/**
 * Drive through the Advanced Drive service (Drive API v3), under the per-file `drive.file` scope:
 * Relance reaches the files and folders it created and the files the user opened with it, nothing
 * else of the user's Drive ("View and manage Google Drive files and folders that you have opened
 * or created with this app", non-sensitive:
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth). DriveApp needs the
 * restricted `drive` or `drive.readonly` for every call
 * (https://developers.google.com/apps-script/reference/drive/drive-app), so Relance does not use it.
 * A file out of reach answers as a missing one (HTTP 404 "File not found").
 */

import { SERVER_WORDS } from '../../core/words/server';
import { inBoth, WordedError } from '../../core/words/catalogue';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

type DriveApi = GoogleAppsScript.Drive;

/** The `Drive` global, there when the manifest enables the service (appsscript.json). */
function drive(): DriveApi {
  if (typeof Drive === 'undefined' || Drive === undefined)
    throw new WordedError(SERVER_WORDS.advancedDriveOff);
  return Drive;
}

/** A value inside a Drive search query's quotes (guides/search-files: escape ' and \). */
function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * The folder of that name in `parentId` ('root': My Drive), out of the trash, made if missing.
 * Under drive.file the search sees only the folders Relance made: a user's folder of the same name
 * is left alone. A folder the user threw away is not used again.
 */
export function folderNamed(parentId: string, name: string): string {
  const found = drive().Files.list({
    q: `name = ${quoted(name)} and mimeType = ${quoted(FOLDER_MIME)} and ${quoted(parentId)} in parents and trashed = false`,
    fields: 'files(id)',
  }).files?.[0]?.id;
  if (found !== undefined) return found;
  const made = drive().Files.create({ name, mimeType: FOLDER_MIME, parents: [parentId] });
  if (made.id === undefined) throw new WordedError(inBoth(SERVER_WORDS.folderNotMade, name));
  return made.id;
}

export interface LiveFile {
  id: string;
  name: string;
  mimeType: string;
  url: string;
}

/**
 * The file Relance may reach by that id, not in the trash; undefined when it is missing, trashed,
 * or out of reach (drive.file: neither made by Relance nor opened with it).
 */
export function liveFile(id: string | undefined): LiveFile | undefined {
  if (id === undefined || id === '') return undefined;
  try {
    const file = drive().Files.get(id, { fields: 'id,name,mimeType,trashed,webViewLink' });
    if (file.trashed === true) return undefined;
    return {
      id,
      name: file.name ?? '',
      mimeType: file.mimeType ?? '',
      url: file.webViewLink ?? '',
    };
  } catch {
    return undefined;
  }
}

/** A copy of an invoice Relance can attach: a PDF, or a Google Doc it exports as one. */
export function isInvoiceCopy(file: LiveFile): boolean {
  return file.mimeType === PDF_MIME || file.mimeType === DOC_MIME;
}

/** A new, empty Google Doc in the folder, for DocumentApp.openById to write. */
export function newDocIn(folderId: string, name: string): string {
  const made = drive().Files.create({ name, mimeType: DOC_MIME, parents: [folderId] });
  if (made.id === undefined) throw new WordedError(inBoth(SERVER_WORDS.documentNotMade, name));
  return made.id;
}

/** A copy of a file Relance may reach, into the folder; its id. */
export function copyInto(fileId: string, name: string, folderId: string): string {
  const copy = drive().Files.copy({ name, parents: [folderId] }, fileId);
  if (copy.id === undefined) throw new WordedError(inBoth(SERVER_WORDS.fileNotCopied, name));
  return copy.id;
}

/** Stores a blob as a file of the folder; its link. */
export function storeIn(folderId: string, blob: GoogleAppsScript.Base.Blob): string {
  const made = drive().Files.create(
    {
      name: blob.getName() ?? 'Sans titre',
      mimeType: blob.getContentType() ?? PDF_MIME,
      parents: [folderId],
    },
    blob,
    { fields: 'id,webViewLink' },
  );
  return made.webViewLink ?? '';
}

/** Moves a file Relance made to the trash. */
export function trash(fileId: string): void {
  drive().Files.update({ trashed: true }, fileId);
}

/** The bytes of a stored file (not a Google Doc) as a blob of its name and type. */
export function fileBlob(file: LiveFile): GoogleAppsScript.Base.Blob {
  // Apps Script returns the body of alt=media as a byte array, whatever the typings say (as in
  // gas-fakes' test/testksuitedrive.js, « adv drive downloads », checked against Apps Script).
  const bytes = drive().Files.get(file.id, { alt: 'media' }) as unknown as number[];
  return Utilities.newBlob(bytes, file.mimeType, file.name);
}

function live(file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File): LiveFile | undefined {
  if (file.id === undefined) return undefined;
  return {
    id: file.id,
    name: file.name ?? '',
    mimeType: file.mimeType ?? '',
    url: file.webViewLink ?? '',
  };
}

/** What a folder holds out of the trash (under drive.file: what Relance made there). */
export function filesIn(
  folderId: string,
  only: { name?: string; folders?: boolean } = {},
): LiveFile[] {
  const terms = [`${quoted(folderId)} in parents`, 'trashed = false'];
  if (only.name !== undefined) terms.unshift(`name = ${quoted(only.name)}`);
  if (only.folders === true) terms.push(`mimeType = ${quoted(FOLDER_MIME)}`);
  const found = drive().Files.list({
    q: terms.join(' and '),
    fields: 'files(id,name,mimeType,webViewLink)',
  }).files;
  return (found ?? []).flatMap((f) => live(f) ?? []);
}

/** A new folder in `parentId`, whatever is there already: its id, name and link. */
export function newFolderIn(parentId: string, name: string): LiveFile {
  const id = drive().Files.create({ name, mimeType: FOLDER_MIME, parents: [parentId] }).id;
  const made = liveFile(id);
  if (made === undefined) throw new WordedError(inBoth(SERVER_WORDS.folderNotMade, name));
  return made;
}
