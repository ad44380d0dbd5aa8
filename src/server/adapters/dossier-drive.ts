/**
 * The dossier for the judge in Drive: one folder per client and day in the client's folder
 * (« Relance — courriers › client »), the PDFs written from the core's layout, the linked PDFs
 * copied, and a ZIP of it all (Utilities.zip). Every file is one Relance made or one the user
 * opened with it, as the per-file `drive.file` scope allows (drive-files.ts). Reads and writes;
 * what goes in, and under which name, is the core's.
 */
import type { LetterBlock } from '../../core/messages/letter-template';
import { driveFileId } from '../../core/values/drive-link';
import { filesIn, newFolderIn, storeIn, type LiveFile } from './drive-files';
import { clientFolderOf, invoiceAttachment, renderPdf } from './letters';

type Blob = GoogleAppsScript.Base.Blob;

/** A dossier folder as the sidebar and the CLI show it. */
export interface DossierFolder {
  folderId: string;
  folderUrl: string;
  zipUrl: string | null;
  /** The files' names, sorted (the pieces are numbered: sorted is the bordereau's order). */
  files: string[];
}

function describe(folder: LiveFile, zipName: string): DossierFolder {
  const files = filesIn(folder.id);
  return {
    folderId: folder.id,
    folderUrl: folder.url,
    zipUrl: files.find((f) => f.name === zipName)?.url ?? null,
    files: files.map((f) => f.name).sort(),
  };
}

/** The client's folder, where its letters are and where its dossiers go: its id. */
export function clientPlace(client: string): string {
  return clientFolderOf(client);
}

/** The client's dossier folder of that name, out of the trash, when one was made. */
export function existingDossier(
  place: string,
  folderName: string,
  zipName: string,
): DossierFolder | undefined {
  const folder = filesIn(place, { name: folderName, folders: true })[0];
  return folder === undefined ? undefined : describe(folder, zipName);
}

/**
 * The PDF a link points to (« Lien facture », a scanned AR), named as the bordereau names it;
 * undefined when it cannot be read, is in the trash or is out of Relance's reach.
 */
export function linkedPdf(url: string, fileName: string): Blob | undefined {
  const id = driveFileId(url);
  return id === undefined ? undefined : invoiceAttachment(id)?.setName(fileName);
}

/**
 * A letter the Journal's Document cell names, as a PDF of the piece's name: the cell holds the
 * file's address, or its name as the letter was stored in the client's folder (the Journal reads
 * a link's label). Undefined when it cannot be read or is in the trash.
 */
export function sentDocumentPdf(place: string, link: string, fileName: string): Blob | undefined {
  if (/^https?:\/\//i.test(link)) return linkedPdf(link, fileName);
  const file = filesIn(place, { name: link })[0];
  return file === undefined ? undefined : invoiceAttachment(file.id)?.setName(fileName);
}

/** A piece written from blocks, as a PDF of that name (its Doc made and trashed in `place`). */
export function blocksPdf(blocks: readonly LetterBlock[], fileName: string, place: string): Blob {
  return renderPdf(blocks, fileName, place);
}

/**
 * Writes the dossier: a new folder in the client's, each file in the given order, then their ZIP
 * beside them. Returns the folder as the sidebar shows it.
 */
export function writeDossierFolder(
  place: string,
  names: { folder: string; zip: string },
  files: readonly Blob[],
): DossierFolder {
  const folder = newFolderIn(place, names.folder);
  for (const file of files) storeIn(folder.id, file);
  storeIn(folder.id, Utilities.zip([...files], names.zip));
  return describe(folder, names.zip);
}
