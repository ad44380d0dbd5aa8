/**
 * DriveApp, offline, over the workspace's drive/ folder
 * (https://developers.google.com/apps-script/reference/drive). Folders are real folders, files
 * real files (a letter exported as PDF is a PDF any reader opens); a Google Doc is kept as its
 * structure (paragraphs and tables) in drive/.docs/, reached through document.ts, and exported
 * through pdf.ts. Each object a script reaches (File, Folder, their iterators) is held to
 * Google's signatures.
 */
import type { Emulates } from './emulates';
import type { Facade } from './facade-types';
import { createDocumentApp, emptyParagraph } from './document';
import { createDriveApi, type DriveScopeAccess } from './drive-api';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallMeter } from './meter';
import { writeFileAtomic } from './durable-file';
import { renderPdf, type PdfBlock } from './pdf';
import { Blob } from './utilities';

export const GOOGLE_DOC = 'application/vnd.google-apps.document';
export const GOOGLE_FOLDER = 'application/vnd.google-apps.folder';
export const PDF = 'application/pdf';
const NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export type DocElement =
  | {
      kind: 'paragraph';
      text: string;
      heading: string;
      bold: boolean;
      /** Points, set by Paragraph.setIndentStart / setSpacingBefore; absent when unset. */
      indentStart?: number;
      spacingBefore?: number;
    }
  | { kind: 'table'; rows: string[][] };

interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parent: string | null;
  createdMs: number;
  trashed: boolean;
  /** Path of the bytes under drive/, for plain files. */
  path?: string;
  /**
   * Made by the script (any of its services), so reachable under `drive.file`: "files that the
   * app creates" (https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
   */
  byApp?: boolean;
  /** Opened with the app by the user (the Google Picker), so reachable under `drive.file` too. */
  picked?: boolean;
}

interface DriveIndex {
  nextId: number;
  rootId: string;
  items: Record<string, DriveItem>;
}

/**
 * A Drive name as a name on disk: Drive takes names a file system refuses (a slash, or past 255
 * bytes: ENAMETOOLONG), so the disk name is cleaned and cut, the extension kept.
 */
function diskName(name: string): string {
  const clean = name.replace(/[/\\]/g, '-');
  if (Buffer.byteLength(clean) <= 200) return clean;
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(clean)?.[0] ?? '';
  let kept = '';
  for (const character of clean.slice(0, clean.length - extension.length)) {
    if (Buffer.byteLength(kept + character) > 190) break;
    kept += character;
  }
  return `${kept}…${extension}`;
}

export type { DriveItem };

export class DriveState {
  index: DriveIndex;
  docs = new Map<string, DocElement[]>();
  private readonly bytes = new Map<string, Uint8Array>();
  /** Each Doc as last saved, so that a save writes only the Docs that changed. */
  private readonly writtenDocs = new Map<string, string>();
  private dirty = false;

  constructor(readonly dir: string) {
    const path = join(dir, 'index.json');
    this.index = existsSync(path)
      ? (JSON.parse(readFileSync(path, 'utf8')) as DriveIndex)
      : {
          nextId: 1,
          rootId: 'root',
          items: {
            root: {
              id: 'root',
              name: 'Mon Drive',
              mimeType: GOOGLE_FOLDER,
              parent: null,
              createdMs: 0,
              trashed: false,
            },
          },
        };
  }

  newId(prefix: string): string {
    const id = `${prefix}${String(this.index.nextId).padStart(6, '0')}relance`;
    this.index.nextId += 1;
    this.dirty = true;
    return id;
  }

  item(id: string): DriveItem {
    const item = this.index.items[id];
    // A file in the trash is still returned by id, and says so with isTrashed()
    // (https://developers.google.com/apps-script/reference/drive/file#isTrashed()).
    if (item === undefined) throw new Error(NOT_FOUND);
    return item;
  }

  add(item: DriveItem): DriveItem {
    this.index.items[item.id] = item;
    this.dirty = true;
    return item;
  }

  folderPath(id: string | null): string {
    if (id === null || id === this.index.rootId) return '';
    const item = this.item(id);
    return join(this.folderPath(item.parent), diskName(item.name));
  }

  doc(id: string): DocElement[] {
    let elements = this.docs.get(id);
    if (elements === undefined) {
      const path = join(this.dir, '.docs', `${id}.json`);
      elements = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DocElement[]) : [];
      this.docs.set(id, elements);
    }
    return elements;
  }

  fileBytes(item: DriveItem): Uint8Array {
    const cached = this.bytes.get(item.id);
    if (cached) return cached;
    return item.path === undefined
      ? new Uint8Array()
      : new Uint8Array(readFileSync(join(this.dir, item.path)));
  }

  writeFile(item: DriveItem, bytes: Uint8Array): void {
    this.bytes.set(item.id, bytes);
    this.dirty = true;
  }

  /** The user opens the file with the app (the Google Picker): drive.file reaches it from now on. */
  pick(id: string): void {
    this.item(id).picked = true;
    this.dirty = true;
  }

  markDirty(): void {
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(join(this.dir, '.docs'), { recursive: true });
    // Atomic writes: the workspace saves at each flush, and a process may be killed meanwhile.
    for (const [id, bytes] of this.bytes) {
      const item = this.index.items[id];
      if (item?.path === undefined) continue;
      writeFileAtomic(join(this.dir, item.path), bytes, { sync: false });
      this.bytes.delete(id);
    }
    for (const [id, elements] of this.docs) {
      const text = JSON.stringify(elements, null, 1);
      if (this.writtenDocs.get(id) === text) continue;
      writeFileAtomic(join(this.dir, '.docs', `${id}.json`), text, { sync: false });
      this.writtenDocs.set(id, text);
    }
    writeFileAtomic(join(this.dir, 'index.json'), `${JSON.stringify(this.index, null, 2)}\n`);
    this.dirty = false;
  }
}

/**
 * A Google Doc's page margins are 1 inch by default
 * (https://developers.google.com/apps-script/reference/document/body#getMarginLeft()): its PDF
 * is laid out with them, so that an indent lands where it does in Docs.
 */
const DOC_MARGIN_PT = 72;

function docToPdfBlocks(elements: readonly DocElement[]): PdfBlock[] {
  return elements.map((e) =>
    e.kind === 'table'
      ? { kind: 'table', rows: e.rows }
      : {
          kind: 'paragraph',
          text: e.text,
          bold: e.bold,
          heading: e.heading !== 'NORMAL',
          indent: e.indentStart ?? 0,
          spaceBefore: e.spacingBefore ?? 0,
        },
  );
}

/** FileIterator and FolderIterator (drive/file-iterator, drive/folder-iterator). */
function iterator<T>(items: T[]) {
  let i = 0;
  return { hasNext: () => i < items.length, next: () => items[i++] as T } satisfies Emulates<
    GoogleAppsScript.Drive.FileIterator,
    'hasNext' | 'next'
  >;
}

/** One execution's view of the Drive state: the meter and the clock. */
export interface DriveContext {
  state: DriveState;
  /** False when the user, not the script, puts a file in the Drive (an upload). */
  byApp: boolean;
  record: (name: string) => void;
  now: () => number;
  /** Counts a Google Doc made (a new one or a copy) against "Documents created" (daily-quotas.ts). */
  documentCreated: () => void;
}

/**
 * The link that opens an item in a browser (a file's webViewLink, File#getUrl): a Doc in Docs, a
 * folder in Drive's folder view, any other file in Drive's viewer.
 */
export function fileUrl(item: DriveItem): string {
  if (item.mimeType === GOOGLE_FOLDER) return `https://drive.google.com/drive/folders/${item.id}`;
  return item.mimeType === GOOGLE_DOC
    ? `https://docs.google.com/document/d/${item.id}/edit`
    : `https://drive.google.com/file/d/${item.id}/view`;
}

export function exportAs(state: DriveState, item: DriveItem, contentType: string): Blob {
  if (contentType !== PDF)
    throw new Error(`Converting from ${item.mimeType} to ${contentType} is not supported.`);
  const base = item.name.replace(/\.pdf$/i, '');
  if (item.mimeType === GOOGLE_DOC)
    return new Blob(
      renderPdf(docToPdfBlocks(state.doc(item.id)), item.name, { margin: DOC_MARGIN_PT }),
      PDF,
      `${base}.pdf`,
    );
  if (item.mimeType === PDF) return new Blob(state.fileBytes(item), PDF, item.name);
  throw new Error(`Converting from ${item.mimeType} to ${contentType} is not supported.`);
}

export function createItem(
  { state, now, byApp }: DriveContext,
  name: string,
  mimeType: string,
  parent: string | null,
): DriveItem {
  const id = state.newId(mimeType === GOOGLE_FOLDER ? '1F' : mimeType === GOOGLE_DOC ? '1D' : '1P');
  const item: DriveItem = {
    id,
    name,
    mimeType,
    parent: parent ?? state.index.rootId,
    createdMs: now(),
    trashed: false,
    ...(byApp ? { byApp } : {}),
  };
  if (mimeType !== GOOGLE_FOLDER && mimeType !== GOOGLE_DOC) {
    item.path = join(state.folderPath(item.parent), diskName(name));
    const taken = Object.values(state.index.items).some(
      (other) => other.id !== id && other.path === item.path,
    );
    if (taken) item.path = item.path.replace(/(\.[^.]*)?$/, (ext) => ` (${id.slice(2, 8)})${ext}`);
  }
  return state.add(item);
}

/** A copy of a file, its bytes or its Doc structure included (file#makeCopy). */
export function copyItem(ctx: DriveContext, item: DriveItem, name: string, parent: string | null) {
  if (item.mimeType === GOOGLE_DOC) ctx.documentCreated();
  const copy = createItem(ctx, name, item.mimeType, parent);
  if (item.mimeType === GOOGLE_DOC)
    ctx.state.docs.set(copy.id, structuredClone(ctx.state.doc(item.id)));
  else ctx.state.writeFile(copy, ctx.state.fileBytes(item));
  return copy;
}

type FileMethods =
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getMimeType'
  | 'getBlob'
  | 'getAs'
  | 'makeCopy'
  | 'moveTo'
  | 'isTrashed'
  | 'setTrashed'
  | 'getParents';

/** File (drive/file). */
function fileFacade(ctx: DriveContext, item: DriveItem) {
  const { state, record } = ctx;
  const file = {
    getId: () => item.id,
    getName: () => item.name,
    setName: (name: string) => {
      record('DriveApp.File.setName');
      item.name = name;
      state.markDirty();
      return file;
    },
    getUrl: () => fileUrl(item),
    getMimeType: () => item.mimeType,
    getDateCreated: () => new Date(item.createdMs),
    getBlob: () => {
      record('DriveApp.File.getBlob');
      if (item.mimeType === GOOGLE_DOC) return exportAs(state, item, PDF);
      return new Blob(state.fileBytes(item), item.mimeType, item.name);
    },
    getAs: (contentType: string) => {
      record('DriveApp.File.getAs');
      return exportAs(state, item, contentType);
    },
    makeCopy: (name?: string, destination?: { getId(): string }) => {
      record('DriveApp.File.makeCopy');
      const copyName = name ?? `Copie de ${item.name}`;
      return fileFacade(ctx, copyItem(ctx, item, copyName, destination?.getId() ?? item.parent));
    },
    moveTo: (destination: { getId(): string }) => {
      record('DriveApp.File.moveTo');
      item.parent = destination.getId();
      state.markDirty();
      return file;
    },
    ...trashFlag(ctx, item, 'DriveApp.File'),
    getParents: () =>
      iterator(item.parent === null ? [] : [folderFacade(ctx, state.item(item.parent))]),
  };
  const _shape: Emulates<GoogleAppsScript.Drive.File, FileMethods> = file;
  return file;
}

/** isTrashed and setTrashed, for a file or a folder. */
function trashFlag(ctx: DriveContext, item: DriveItem, prefix: string) {
  const flag = {
    isTrashed: () => {
      ctx.record(`${prefix}.isTrashed`);
      return item.trashed;
    },
    setTrashed: (trashed: boolean) => {
      ctx.record(`${prefix}.setTrashed`);
      item.trashed = trashed;
      ctx.state.markDirty();
      return flag;
    },
  };
  return flag;
}

/**
 * The children of a folder. Drive's searches return trashed items unless asked not to ("This
 * method returns all files by default, including trashed files":
 * https://developers.google.com/drive/api/reference/rest/v3/files/list).
 */
function children(state: DriveState, folderId: string, predicate: (item: DriveItem) => boolean) {
  return Object.values(state.index.items).filter((i) => i.parent === folderId && predicate(i));
}

/** Folder#createFile: from a name, content and type, or from a blob. */
function createFileIn(
  ctx: DriveContext,
  folder: DriveItem,
  blobOrName: Blob | string,
  content?: string,
  mimeType?: string,
) {
  if (typeof blobOrName === 'string') {
    const file = createItem(ctx, blobOrName, mimeType ?? 'text/plain', folder.id);
    ctx.state.writeFile(file, new TextEncoder().encode(content ?? ''));
    return fileFacade(ctx, file);
  }
  const file = createItem(
    ctx,
    blobOrName.getName() ?? 'Sans titre',
    blobOrName.getContentType() ?? 'application/octet-stream',
    folder.id,
  );
  ctx.state.writeFile(file, blobOrName.getRawBytes());
  return fileFacade(ctx, file);
}

type FolderMethods =
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'isTrashed'
  | 'setTrashed'
  | 'createFolder'
  | 'createFile'
  | 'getFoldersByName'
  | 'getFilesByName'
  | 'getFiles'
  | 'getFolders';

/** Folder (drive/folder). */
function folderFacade(ctx: DriveContext, item: DriveItem) {
  const { state, record } = ctx;
  const isFolder = (i: DriveItem) => i.mimeType === GOOGLE_FOLDER;
  const folders = (keep: (i: DriveItem) => boolean) =>
    iterator(
      children(state, item.id, (i) => isFolder(i) && keep(i)).map((i) => folderFacade(ctx, i)),
    );
  const files = (keep: (i: DriveItem) => boolean) =>
    iterator(
      children(state, item.id, (i) => !isFolder(i) && keep(i)).map((i) => fileFacade(ctx, i)),
    );
  const folder = {
    getId: () => item.id,
    getName: () => item.name,
    getUrl: () => `https://drive.google.com/drive/folders/${item.id}`,
    ...trashFlag(ctx, item, 'DriveApp.Folder'),
    createFolder: (name: string) => {
      record('DriveApp.Folder.createFolder');
      return folderFacade(ctx, createItem(ctx, name, GOOGLE_FOLDER, item.id));
    },
    createFile: (blobOrName: Blob | string, content?: string, mimeType?: string) => {
      record('DriveApp.Folder.createFile');
      return createFileIn(ctx, item, blobOrName, content, mimeType);
    },
    getFoldersByName: (name: string) => {
      record('DriveApp.Folder.getFoldersByName');
      return folders((i) => i.name === name);
    },
    getFilesByName: (name: string) => {
      record('DriveApp.Folder.getFilesByName');
      return files((i) => i.name === name);
    },
    getFiles: () => {
      record('DriveApp.Folder.getFiles');
      return files(() => true);
    },
    getFolders: () => {
      record('DriveApp.Folder.getFolders');
      return folders(() => true);
    },
  };
  const _shape: Emulates<GoogleAppsScript.Drive.Folder, FolderMethods> = folder;
  return folder;
}

/** DriveApp (drive/drive-app). */
function createDriveApp(ctx: DriveContext) {
  const { state, record } = ctx;
  const root = () => folderFacade(ctx, state.item(state.index.rootId));
  return {
    getRootFolder: () => {
      record('DriveApp.getRootFolder');
      return root();
    },
    getFolderById: (id: string) => {
      record('DriveApp.getFolderById');
      const item = state.item(id);
      if (item.mimeType !== GOOGLE_FOLDER) throw new Error(NOT_FOUND);
      return folderFacade(ctx, item);
    },
    getFileById: (id: string) => {
      record('DriveApp.getFileById');
      const item = state.item(id);
      if (item.mimeType === GOOGLE_FOLDER) throw new Error(NOT_FOUND);
      return fileFacade(ctx, item);
    },
    createFolder: (name: string) => {
      record('DriveApp.createFolder');
      return folderFacade(ctx, createItem(ctx, name, GOOGLE_FOLDER, state.index.rootId));
    },
    getFoldersByName: (name: string) => {
      record('DriveApp.getFoldersByName');
      const found = Object.values(state.index.items).filter(
        (i) => i.mimeType === GOOGLE_FOLDER && i.name === name,
      );
      return iterator(found.map((i) => folderFacade(ctx, i)));
    },
    createFile: (blob: Blob) => createFileIn(ctx, state.item(state.index.rootId), blob),
  } satisfies Facade<
    GoogleAppsScript.Drive.DriveApp,
    'getRootFolder' | 'getFolderById' | 'getFileById' | 'createFolder' | 'getFoldersByName'
  > &
    Record<string, unknown>;
}

/** Who reaches the Drive: the script, under the scopes granted, or the user (an upload). */
export interface DriveServiceOptions {
  documentCreated?: () => void;
  /** False for the user's own uploads: a file the script did not make. */
  byApp?: boolean;
  /** What the granted scopes reach beyond the per-file rule; by default every file. */
  access?: DriveScopeAccess;
}

const EVERY_FILE: DriveScopeAccess = { readsAll: () => true, writesAll: () => true };

export function createDriveServices(
  state: DriveState,
  meter: CallMeter,
  now: () => number,
  options: DriveServiceOptions = {},
) {
  const documentCreated = options.documentCreated ?? (() => undefined);
  const ctx: DriveContext = {
    state,
    record: (name) => meter.record(name),
    now,
    documentCreated,
    byApp: options.byApp ?? true,
  };
  const docItem = (id: string) => {
    const item = state.item(id);
    if (item.mimeType !== GOOGLE_DOC) throw new Error(NOT_FOUND);
    return item;
  };
  const DocumentApp = createDocumentApp({
    record: ctx.record,
    elementsOf: (id) => state.doc(id),
    markDirty: () => state.markDirty(),
    createDoc: (name) => {
      documentCreated();
      const item = createItem(ctx, name, GOOGLE_DOC, state.index.rootId);
      // A new Doc holds one empty paragraph (document.ts, bodyFacade).
      state.docs.set(item.id, [emptyParagraph()]);
      return item.id;
    },
    requireDoc: (id) => {
      const item = docItem(id);
      return { name: item.name, url: fileUrl(item) };
    },
    exportAs: (id, contentType) => exportAs(state, docItem(id), contentType),
  });
  const Drive = createDriveApi(ctx, options.access ?? EVERY_FILE, ctx.record);
  return { DriveApp: createDriveApp(ctx), DocumentApp, Drive };
}
