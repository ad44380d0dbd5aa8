/**
 * The dossier for the judge in Drive: one folder per client and day in the client's folder
 * (« Relance — courriers › client »), the PDFs written from the core's layout, the invoice PDFs
 * copied from their links, and a ZIP of it all (Utilities.zip). Reads and writes; what goes in,
 * and under which name, is the core's.
 */
import type { LetterBlock } from '../../core/messages/letter-template';
import { driveFileId } from '../../core/plan/execution';
import { clientFolderOf, invoiceAttachment, renderPdf } from './letters';

type Folder = GoogleAppsScript.Drive.Folder;
type Blob = GoogleAppsScript.Base.Blob;

/** A dossier folder as the sidebar and the CLI show it. */
export interface DossierFolder {
  folderId: string;
  folderUrl: string;
  zipUrl: string | null;
  /** The files' names in the folder, sorted (the pieces are numbered: sorted is the bordereau's order). */
  files: string[];
}

/** The files of a folder that are not in the trash (Drive lists trashed ones too). */
function liveFiles(folder: Folder): GoogleAppsScript.Drive.File[] {
  const files: GoogleAppsScript.Drive.File[] = [];
  const found = folder.getFiles();
  while (found.hasNext()) {
    const file = found.next();
    if (!file.isTrashed()) files.push(file);
  }
  return files;
}

function describe(folder: Folder, zipName: string): DossierFolder {
  const files = liveFiles(folder);
  const zip = files.find((f) => f.getName() === zipName);
  return {
    folderId: folder.getId(),
    folderUrl: folder.getUrl(),
    zipUrl: zip === undefined ? null : zip.getUrl(),
    files: files.map((f) => f.getName()).sort(),
  };
}

/** The client's dossier folder of that name, out of the trash, when one was made. */
export function existingDossier(
  client: string,
  folderName: string,
  zipName: string,
): DossierFolder | undefined {
  const found = clientFolderOf(client).getFoldersByName(folderName);
  while (found.hasNext()) {
    const folder = found.next();
    if (!folder.isTrashed()) return describe(folder, zipName);
  }
  return undefined;
}

/**
 * The PDF a link points to (« Lien facture », a scanned AR in the Journal), named as the
 * bordereau names it; undefined when it cannot be read or is in the trash.
 */
export function linkedPdf(fileId: string, fileName: string): Blob | undefined {
  return invoiceAttachment(fileId)?.setName(fileName);
}

/**
 * A letter the Journal's Document cell names, as a PDF of the piece's name: the cell holds the
 * file's address, or its name as the letter was saved in the client's folder (the Journal reads
 * a link's label). Undefined when it cannot be read or is in the trash.
 */
export function sentDocumentPdf(client: string, link: string, fileName: string): Blob | undefined {
  if (/^https?:\/\//i.test(link)) {
    const id = driveFileId(link);
    return id === undefined ? undefined : linkedPdf(id, fileName);
  }
  const found = clientFolderOf(client).getFilesByName(link);
  while (found.hasNext()) {
    const file = found.next();
    if (!file.isTrashed()) return file.getAs('application/pdf').setName(fileName);
  }
  return undefined;
}

/** A piece written from blocks, as a PDF of that name. */
export function blocksPdf(blocks: readonly LetterBlock[], fileName: string): Blob {
  return renderPdf(blocks, fileName);
}

/**
 * Writes the dossier: a new folder in the client's, each file in the given order, then their ZIP
 * beside them. Returns the folder as the sidebar shows it.
 */
export function writeDossierFolder(
  client: string,
  names: { folder: string; zip: string },
  files: readonly Blob[],
): DossierFolder {
  const folder = clientFolderOf(client).createFolder(names.folder);
  for (const file of files) folder.createFile(file);
  folder.createFile(Utilities.zip([...files], names.zip));
  return describe(folder, names.zip);
}
