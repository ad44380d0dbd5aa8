/**
 * DriveApp and DocumentApp, offline, over the workspace's drive/ folder
 * (https://developers.google.com/apps-script/reference/drive,
 * https://developers.google.com/apps-script/reference/document). Folders are real folders, files
 * real files (a letter exported as PDF is a PDF any reader opens); a Google Doc is kept as its
 * structure (paragraphs and tables) in drive/.docs/, and exported through pdf.ts.
 * Body.replaceText takes a regular expression, as in Apps Script.
 */
import type { Facade } from './facade-types';
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

const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";

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

/**
 * A Google Doc's page margins are 1 inch by default
 * (https://developers.google.com/apps-script/reference/document/body#getMarginLeft()): its PDF
 * is laid out with them, so that an indent lands where it does in Docs.
 */
const DOC_MARGIN_PT = 72;

/**
 * Paragraph.setIndentStart and setSpacingBefore take a number of points
 * (https://developers.google.com/apps-script/reference/document/paragraph#setIndentStart(Number),
 * #setSpacingBefore(Number)); Apps Script refuses an argument of another type with this message.
 * A number that is not finite is refused too (the reference is silent: the stricter rule).
 */
function pointsArgument(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(
      `The parameters (${typeof value === 'number' ? 'number' : typeof value}) don't match the method signature for DocumentApp.Paragraph.${method}.`,
    );
  return value;
}

function iterator<T>(items: T[]) {
  let i = 0;
  return { hasNext: () => i < items.length, next: () => items[i++] as T };
}

export function createDriveServices(state: DriveState, meter: CallMeter, now: () => number) {
  const record = (name: string) => meter.record(name);
  const fileUrl = (item: DriveItem) =>
    item.mimeType === GOOGLE_DOC
      ? `https://docs.google.com/document/d/${item.id}/edit`
      : `https://drive.google.com/file/d/${item.id}/view`;

  const exportAs = (item: DriveItem, contentType: string): Blob => {
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
  };

  function fileFacade(item: DriveItem): Record<string, unknown> {
    const facade = {
      getId: () => item.id,
      getName: () => item.name,
      setName: (name: string) => {
        record('DriveApp.File.setName');
        item.name = name;
        state.markDirty();
        return facade;
      },
      getUrl: () => fileUrl(item),
      getMimeType: () => item.mimeType,
      getDateCreated: () => new Date(item.createdMs),
      getBlob: () => {
        record('DriveApp.File.getBlob');
        return item.mimeType === GOOGLE_DOC
          ? exportAs(item, PDF)
          : new Blob(state.fileBytes(item), item.mimeType, item.name);
      },
      getAs: (contentType: string) => {
        record('DriveApp.File.getAs');
        return exportAs(item, contentType);
      },
      makeCopy: (name?: string, destination?: { getId(): string }) => {
        record('DriveApp.File.makeCopy');
        const copy = createItem(
          name ?? `Copie de ${item.name}`,
          item.mimeType,
          destination?.getId() ?? item.parent,
        );
        if (item.mimeType === GOOGLE_DOC)
          state.docs.set(copy.id, structuredClone(state.doc(item.id)));
        else state.writeFile(copy, state.fileBytes(item));
        return fileFacade(copy);
      },
      moveTo: (destination: { getId(): string }) => {
        record('DriveApp.File.moveTo');
        item.parent = destination.getId();
        state.markDirty();
        return facade;
      },
      isTrashed: () => {
        record('DriveApp.File.isTrashed');
        return item.trashed;
      },
      setTrashed: (trashed: boolean) => {
        record('DriveApp.File.setTrashed');
        item.trashed = trashed;
        state.markDirty();
        return facade;
      },
      getParents: () =>
        iterator(item.parent === null ? [] : [folderFacade(state.item(item.parent))]),
    };
    return facade;
  }

  function createItem(name: string, mimeType: string, parent: string | null): DriveItem {
    const id = state.newId(
      mimeType === GOOGLE_FOLDER ? '1F' : mimeType === GOOGLE_DOC ? '1D' : '1P',
    );
    const item: DriveItem = {
      id,
      name,
      mimeType,
      parent: parent ?? state.index.rootId,
      createdMs: now(),
      trashed: false,
    };
    if (mimeType !== GOOGLE_FOLDER && mimeType !== GOOGLE_DOC) {
      item.path = join(state.folderPath(item.parent), diskName(name));
      const taken = Object.values(state.index.items).some(
        (other) => other.id !== id && other.path === item.path,
      );
      if (taken)
        item.path = item.path.replace(/(\.[^.]*)?$/, (ext) => ` (${id.slice(2, 8)})${ext}`);
    }
    return state.add(item);
  }

  const children = (folderId: string, predicate: (item: DriveItem) => boolean) =>
    Object.values(state.index.items).filter(
      // Drive's searches return trashed items unless asked not to ("This method returns all
      // files by default, including trashed files":
      // https://developers.google.com/drive/api/reference/rest/v3/files/list).
      (i) => i.parent === folderId && predicate(i),
    );

  function folderFacade(item: DriveItem): Record<string, unknown> {
    const facade = {
      getId: () => item.id,
      getName: () => item.name,
      getUrl: () => `https://drive.google.com/drive/folders/${item.id}`,
      isTrashed: () => {
        record('DriveApp.Folder.isTrashed');
        return item.trashed;
      },
      setTrashed: (trashed: boolean) => {
        record('DriveApp.Folder.setTrashed');
        item.trashed = trashed;
        state.markDirty();
        return facade;
      },
      createFolder: (name: string) => {
        record('DriveApp.Folder.createFolder');
        return folderFacade(createItem(name, GOOGLE_FOLDER, item.id));
      },
      createFile: (blobOrName: Blob | string, content?: string, mimeType?: string) => {
        record('DriveApp.Folder.createFile');
        if (typeof blobOrName === 'string') {
          const file = createItem(blobOrName, mimeType ?? 'text/plain', item.id);
          state.writeFile(file, new TextEncoder().encode(content ?? ''));
          return fileFacade(file);
        }
        const file = createItem(
          blobOrName.getName() ?? 'Sans titre',
          blobOrName.getContentType() ?? 'application/octet-stream',
          item.id,
        );
        state.writeFile(file, blobOrName.getRawBytes());
        return fileFacade(file);
      },
      getFoldersByName: (name: string) => {
        record('DriveApp.Folder.getFoldersByName');
        return iterator(
          children(item.id, (i) => i.mimeType === GOOGLE_FOLDER && i.name === name).map(
            folderFacade,
          ),
        );
      },
      getFilesByName: (name: string) => {
        record('DriveApp.Folder.getFilesByName');
        return iterator(
          children(item.id, (i) => i.mimeType !== GOOGLE_FOLDER && i.name === name).map(fileFacade),
        );
      },
      getFiles: () =>
        iterator(children(item.id, (i) => i.mimeType !== GOOGLE_FOLDER).map(fileFacade)),
      getFolders: () =>
        iterator(children(item.id, (i) => i.mimeType === GOOGLE_FOLDER).map(folderFacade)),
    };
    return facade;
  }

  const DriveApp = {
    getRootFolder: () => {
      record('DriveApp.getRootFolder');
      return folderFacade(state.item(state.index.rootId));
    },
    getFolderById: (id: string) => {
      record('DriveApp.getFolderById');
      const item = state.item(id);
      if (item.mimeType !== GOOGLE_FOLDER) throw new Error(NOT_FOUND);
      return folderFacade(item);
    },
    getFileById: (id: string) => {
      record('DriveApp.getFileById');
      const item = state.item(id);
      if (item.mimeType === GOOGLE_FOLDER) throw new Error(NOT_FOUND);
      return fileFacade(item);
    },
    createFolder: (name: string) => {
      record('DriveApp.createFolder');
      return folderFacade(createItem(name, GOOGLE_FOLDER, state.index.rootId));
    },
    getFoldersByName: (name: string) => {
      record('DriveApp.getFoldersByName');
      return iterator(
        Object.values(state.index.items)
          .filter((i) => i.mimeType === GOOGLE_FOLDER && i.name === name)
          .map(folderFacade),
      );
    },
    createFile: (blob: Blob) =>
      (folderFacade(state.item(state.index.rootId)).createFile as (b: Blob) => unknown)(blob),
  } satisfies Facade<
    GoogleAppsScript.Drive.DriveApp,
    'getRootFolder' | 'getFolderById' | 'getFileById' | 'createFolder' | 'getFoldersByName'
  > &
    Record<string, unknown>;

  /* ------------------------------------------------------------ DocumentApp */

  function textFacade(
    get: () => string,
    set: (text: string) => void,
    onBold?: (bold: boolean) => void,
  ) {
    const facade = {
      getText: () => get(),
      setText: (text: string) => {
        set(String(text));
        return facade;
      },
      setBold: (bold: boolean) => {
        onBold?.(bold);
        return facade;
      },
      replaceText: (pattern: string, replacement: string) => {
        set(get().replace(new RegExp(pattern, 'g'), () => replacement));
        return facade;
      },
    };
    return facade;
  }

  /**
   * A paragraph: of the body, or the one paragraph a table cell holds here. Body.getParagraphs()
   * returns both ("all the Paragraphs contained in the section", tables included:
   * https://developers.google.com/apps-script/reference/document/body#getParagraphs()). The last
   * paragraph of a section cannot be removed: Docs throws "Can't remove the last paragraph in a
   * document section." (https://github.com/brucemcpherson/gas-fakes/issues/51); a cell's only
   * paragraph is refused the same way (the reference is silent: the stricter rule).
   */
  interface ParagraphSlot {
    get(): string;
    set(text: string): void;
    remove(): void;
    parentType: 'BODY_SECTION' | 'TABLE_CELL';
    /** The type of the next element in the same container, null for the last one. */
    next(): string | null;
    style?: Extract<DocElement, { kind: 'paragraph' }>;
  }

  function bodySlot(
    elements: DocElement[],
    element: Extract<DocElement, { kind: 'paragraph' }>,
  ): ParagraphSlot {
    return {
      get: () => element.text,
      set: (t) => {
        element.text = t;
      },
      remove: () => {
        const index = elements.indexOf(element);
        if (index === elements.length - 1) throw new Error(LAST_PARAGRAPH);
        if (index >= 0) elements.splice(index, 1);
      },
      parentType: 'BODY_SECTION',
      next: () => {
        const following = elements[elements.indexOf(element) + 1];
        if (following === undefined) return null;
        return following.kind === 'table' ? 'TABLE' : 'PARAGRAPH';
      },
      style: element,
    };
  }

  function cellSlot(row: string[], i: number): ParagraphSlot {
    return {
      get: () => row[i] ?? '',
      set: (t) => {
        row[i] = t;
      },
      remove: () => {
        throw new Error(LAST_PARAGRAPH);
      },
      parentType: 'TABLE_CELL',
      next: () => null,
    };
  }

  function paragraphFacade(slot: ParagraphSlot): Record<string, unknown> {
    const text = textFacade(slot.get, slot.set, (bold) => {
      if (slot.style) slot.style.bold = bold;
    });
    const facade = {
      getText: text.getText,
      setText: (t: string) => {
        slot.set(String(t));
        return facade;
      },
      appendText: (t: string) => {
        slot.set(slot.get() + String(t));
        return facade;
      },
      editAsText: () => text,
      replaceText: (pattern: string, replacement: string) => {
        text.replaceText(pattern, replacement);
        return facade;
      },
      setHeading: (heading: string) => {
        if (slot.style) slot.style.heading = String(heading);
        return facade;
      },
      getHeading: () => slot.style?.heading ?? 'NORMAL',
      // https://developers.google.com/apps-script/reference/document/paragraph#setIndentStart(Number)
      setIndentStart: (points: unknown) => {
        const value = pointsArgument(points, 'setIndentStart');
        if (slot.style) slot.style.indentStart = value;
        return facade;
      },
      // Unset: null (the reference is silent on a paragraph that never had one: the stricter).
      getIndentStart: () => slot.style?.indentStart ?? null,
      // https://developers.google.com/apps-script/reference/document/paragraph#setSpacingBefore(Number)
      setSpacingBefore: (points: unknown) => {
        const value = pointsArgument(points, 'setSpacingBefore');
        if (slot.style) slot.style.spacingBefore = value;
        return facade;
      },
      getSpacingBefore: () => slot.style?.spacingBefore ?? null,
      setBold: (bold: boolean) => {
        if (slot.style) slot.style.bold = bold;
        return facade;
      },
      removeFromParent: () => {
        slot.remove();
        return facade;
      },
      getParent: () => ({ getType: () => slot.parentType }),
      getNextSibling: () => {
        const type = slot.next();
        return type === null ? null : { getType: () => type };
      },
      getType: () => 'PARAGRAPH',
    };
    return facade;
  }

  function tableFacade(
    elements: DocElement[],
    table: Extract<DocElement, { kind: 'table' }>,
  ): Record<string, unknown> {
    const rowFacade = (row: string[]): Record<string, unknown> => ({
      getNumCells: () => row.length,
      getCell: (i: number) => {
        if (i < 0 || i >= row.length) throw new Error('Child index out of bounds.');
        return textFacade(
          () => row[i] ?? '',
          (t) => {
            row[i] = t;
          },
        );
      },
      getText: () => row.join('\t'),
      copy: () => rowFacade([...row]),
      __cells: row,
    });
    const facade = {
      getNumRows: () => table.rows.length,
      getRow: (i: number) => {
        const row = table.rows[i];
        if (row === undefined) throw new Error('Child index out of bounds.');
        return rowFacade(row);
      },
      getCell: (r: number, c: number) => (facade.getRow(r).getCell as (i: number) => unknown)(c),
      appendTableRow: (row?: { __cells: string[] }) => {
        const cells = row?.__cells ?? [];
        table.rows.push(cells);
        return rowFacade(cells);
      },
      insertTableRow: (index: number, row?: { __cells: string[] }) => {
        const cells = row?.__cells ?? [];
        table.rows.splice(index, 0, cells);
        return rowFacade(cells);
      },
      removeRow: (index: number) => {
        const [removed] = table.rows.splice(index, 1);
        return rowFacade(removed ?? []);
      },
      getText: () => table.rows.map((r) => r.join('\t')).join('\n'),
      removeFromParent: () => {
        const index = elements.indexOf(table);
        if (index >= 0) elements.splice(index, 1);
        return facade;
      },
      getType: () => 'TABLE',
    };
    return facade;
  }

  function documentFacade(item: DriveItem) {
    const elements = state.doc(item.id);
    const facadeOf = (element: DocElement) =>
      element.kind === 'table'
        ? tableFacade(elements, element)
        : paragraphFacade(bodySlot(elements, element));
    const body = {
      getText: () =>
        elements
          .map((e) => (e.kind === 'table' ? e.rows.map((r) => r.join('\t')).join('\n') : e.text))
          .join('\n'),
      getNumChildren: () => elements.length,
      getChild: (i: number) => {
        const element = elements[i];
        if (element === undefined) throw new Error('Child index out of bounds.');
        return facadeOf(element);
      },
      getParagraphs: () =>
        elements.flatMap((e) =>
          e.kind === 'paragraph'
            ? [facadeOf(e)]
            : e.rows.flatMap((row) => row.map((_, i) => paragraphFacade(cellSlot(row, i)))),
        ),
      getTables: () => elements.filter((e) => e.kind === 'table').map(facadeOf),
      appendParagraph: (text: string) => {
        const element: DocElement = {
          kind: 'paragraph',
          text: String(text),
          heading: 'NORMAL',
          bold: false,
        };
        elements.push(element);
        return facadeOf(element);
      },
      appendTable: (cells?: string[][]) => {
        const element: DocElement = {
          kind: 'table',
          rows: (cells ?? []).map((r) => r.map(String)),
        };
        elements.push(element);
        return facadeOf(element);
      },
      replaceText: (pattern: string, replacement: string) => {
        state.markDirty();
        const regex = new RegExp(pattern, 'g');
        for (const e of elements) {
          if (e.kind === 'paragraph') e.text = e.text.replace(regex, () => replacement);
          else e.rows = e.rows.map((r) => r.map((c) => c.replace(regex, () => replacement)));
        }
        return body;
      },
      clear: () => {
        elements.splice(0, elements.length);
        return body;
      },
    };
    return {
      getId: () => item.id,
      getName: () => item.name,
      getUrl: () => fileUrl(item),
      getBody: () => body,
      saveAndClose: () => {
        record('DocumentApp.Document.saveAndClose');
        state.markDirty();
      },
      getAs: (contentType: string) => {
        record('DocumentApp.Document.getAs');
        return exportAs(item, contentType);
      },
    };
  }

  const DocumentApp = {
    create: (name: string) => {
      record('DocumentApp.create');
      const item = createItem(name, GOOGLE_DOC, state.index.rootId);
      state.docs.set(item.id, []);
      return documentFacade(item);
    },
    openById: (id: string) => {
      record('DocumentApp.openById');
      const item = state.item(id);
      if (item.mimeType !== GOOGLE_DOC) throw new Error(NOT_FOUND);
      return documentFacade(item);
    },
    ParagraphHeading: {
      NORMAL: 'NORMAL',
      TITLE: 'TITLE',
      HEADING1: 'HEADING1',
      HEADING2: 'HEADING2',
      HEADING3: 'HEADING3',
    },
    HorizontalAlignment: { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' },
    ElementType: {
      BODY_SECTION: 'BODY_SECTION',
      PARAGRAPH: 'PARAGRAPH',
      TABLE: 'TABLE',
      TABLE_CELL: 'TABLE_CELL',
      TABLE_ROW: 'TABLE_ROW',
      TEXT: 'TEXT',
    },
  } satisfies Facade<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById'> &
    Record<string, unknown>;

  return { DriveApp, DocumentApp };
}
