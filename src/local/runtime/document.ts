/**
 * DocumentApp, offline (https://developers.google.com/apps-script/reference/document): a Doc is
 * kept as its structure (paragraphs and tables, DocElement) by the Drive state; each element a
 * script reaches is a small facade held to Google's signatures (`Emulates<…>`). Where Google
 * answers one of its enums (getType, getHeading), the runtime answers its name: those methods are
 * named as Google's (`NamedAs`) but not compared. Body.replaceText takes a regular expression,
 * as in Apps Script.
 */
import type { Emulates } from './emulates';
import type { Facade, NamedAs } from './facade-types';
import type { DocElement } from './drive';
import type { Blob } from './utilities';

type ParagraphElement = Extract<DocElement, { kind: 'paragraph' }>;
type TableElement = Extract<DocElement, { kind: 'table' }>;

export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";
/**
 * A Document after saveAndClose: "A closed Document can't be edited. Use DocumentApp.openById()
 * to reopen a given document for editing."
 * (https://developers.google.com/apps-script/reference/document/document#saveAndClose()); the
 * error's wording is the one scripts that met it quote. Reading it (getAs, getText) stays allowed.
 */
export const DOCUMENT_CLOSED = 'Document is closed, its contents cannot be updated.';
const OUT_OF_BOUNDS = 'Child index out of bounds.';

/** What DocumentApp needs from Drive: the Docs' structure, their files, the meter. */
export interface DocsContext {
  record(name: string): void;
  elementsOf(id: string): DocElement[];
  markDirty(): void;
  /** Creates the Drive file of a new Doc; gives its id. */
  createDoc(name: string): string;
  /** Throws Drive's not-found error unless id is a Doc. */
  requireDoc(id: string): { name: string; url: string };
  exportAs(id: string, contentType: string): Blob;
}

/** Text (document/text): the editable text of a paragraph or a cell. */
function textFacade(get: () => string, set: (text: string) => void, onBold?: (b: boolean) => void) {
  const text = {
    getText: () => get(),
    setText: (value: string) => {
      set(String(value));
      return text;
    },
    setBold: (bold: boolean) => {
      onBold?.(bold);
      return text;
    },
    replaceText: (pattern: string, replacement: string) => {
      set(get().replace(new RegExp(pattern, 'g'), () => replacement));
      return text;
    },
  };
  // setBold(bold) is one of Google's overloads; the last, (start, end, bold), is the one the
  // type compares (emulates.ts): not compared.
  const _shape: Emulates<GoogleAppsScript.Document.Text, 'getText' | 'setText' | 'replaceText'> =
    text;
  return text;
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
  style?: ParagraphElement;
}

/** Throws once the Document is closed; every change to its body calls it first. */
type OpenCheck = () => void;

function bodySlot(
  elements: DocElement[],
  element: ParagraphElement,
  checkOpen: OpenCheck,
): ParagraphSlot {
  return {
    get: () => element.text,
    set: (t) => {
      checkOpen();
      element.text = t;
    },
    remove: () => {
      checkOpen();
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

/**
 * Paragraph.setIndentStart and setSpacingBefore take a number of points
 * (https://developers.google.com/apps-script/reference/document/paragraph#setIndentStart(Number),
 * #setSpacingBefore(Number)); Apps Script refuses an argument of another type with this message.
 * A number that is not finite is refused too (the reference is silent: the stricter rule).
 */
function pointsArgument(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(
      `The parameters (${typeof value}) don't match the method signature for DocumentApp.Paragraph.${method}.`,
    );
  return value;
}

/** An element seen only for its type (a paragraph's parent or next sibling). */
function elementOfType(type: string) {
  return { getType: () => type } satisfies NamedAs<GoogleAppsScript.Document.ContainerElement>;
}

type ParagraphMethods =
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'editAsText'
  | 'replaceText'
  | 'setHeading'
  | 'setIndentStart'
  | 'setSpacingBefore'
  | 'removeFromParent'
  | 'getParent'
  | 'getNextSibling';

/** Paragraph (document/paragraph). */
function paragraphFacade(slot: ParagraphSlot) {
  const text = textFacade(slot.get, slot.set, (bold) => {
    if (slot.style) slot.style.bold = bold;
  });
  const paragraph = {
    getText: text.getText,
    setText: (t: string) => {
      slot.set(String(t));
      return paragraph;
    },
    appendText: (t: string) => {
      slot.set(slot.get() + String(t));
      return paragraph;
    },
    editAsText: () => text,
    replaceText: (pattern: string, replacement: string) => {
      text.replaceText(pattern, replacement);
      return paragraph;
    },
    setHeading: (heading: unknown) => {
      if (slot.style) slot.style.heading = String(heading);
      return paragraph;
    },
    getHeading: () => slot.style?.heading ?? 'NORMAL',
    // https://developers.google.com/apps-script/reference/document/paragraph#setIndentStart(Number)
    setIndentStart: (points: unknown) => {
      const value = pointsArgument(points, 'setIndentStart');
      if (slot.style) slot.style.indentStart = value;
      return paragraph;
    },
    // Unset: null (the reference is silent on a paragraph that never had one: the stricter).
    getIndentStart: () => slot.style?.indentStart ?? null,
    // https://developers.google.com/apps-script/reference/document/paragraph#setSpacingBefore(Number)
    setSpacingBefore: (points: unknown) => {
      const value = pointsArgument(points, 'setSpacingBefore');
      if (slot.style) slot.style.spacingBefore = value;
      return paragraph;
    },
    getSpacingBefore: () => slot.style?.spacingBefore ?? null,
    removeFromParent: () => {
      slot.remove();
      return paragraph;
    },
    getParent: () => elementOfType(slot.parentType),
    getNextSibling: () => {
      const type = slot.next();
      return type === null ? null : elementOfType(type);
    },
    getType: () => 'PARAGRAPH',
    asParagraph: () => paragraph,
  };
  const _shape: Emulates<GoogleAppsScript.Document.Paragraph, ParagraphMethods> &
    NamedAs<GoogleAppsScript.Document.Paragraph> = paragraph;
  return paragraph;
}

/** TableCell (document/table-cell): the text of one cell. */
function tableCellFacade(row: string[], i: number) {
  const text = textFacade(
    () => row[i] ?? '',
    (t) => {
      row[i] = t;
    },
  );
  const cell = {
    getText: text.getText,
    setText: (t: string) => {
      text.setText(t);
      return cell;
    },
    editAsText: () => text,
    replaceText: (pattern: string, replacement: string) => {
      text.replaceText(pattern, replacement);
      return cell;
    },
  };
  const _shape: Emulates<
    GoogleAppsScript.Document.TableCell,
    'getText' | 'setText' | 'editAsText' | 'replaceText'
  > = cell;
  return cell;
}

/** TableRow (document/table-row): a copy is detached until a table inserts it. */
class TableRowFacade implements Emulates<
  GoogleAppsScript.Document.TableRow,
  'getNumCells' | 'getCell' | 'getText' | 'copy'
> {
  constructor(readonly __cells: string[]) {}
  getNumCells = () => this.__cells.length;
  getCell = (i: number) => {
    if (i < 0 || i >= this.__cells.length) throw new Error(OUT_OF_BOUNDS);
    return tableCellFacade(this.__cells, i);
  };
  // Cells joined by a newline, as Apps Script returns them (witness: gas-fakes'
  // test/testdocsnext.js, « Table.getText() », checked against Apps Script).
  getText = () => this.__cells.join('\n');
  copy = () => new TableRowFacade([...this.__cells]);
}

const tableRowFacade = (cells: string[]) => new TableRowFacade(cells);

type TableMethods =
  | 'getNumRows'
  | 'getRow'
  | 'getCell'
  | 'appendTableRow'
  | 'insertTableRow'
  | 'removeRow'
  | 'getText'
  | 'removeFromParent';

/** Table (document/table). */
function tableFacade(elements: DocElement[], table: TableElement) {
  const facade = {
    getNumRows: () => table.rows.length,
    getRow: (i: number) => {
      const row = table.rows[i];
      if (row === undefined) throw new Error(OUT_OF_BOUNDS);
      return tableRowFacade(row);
    },
    getCell: (r: number, c: number) => facade.getRow(r).getCell(c),
    appendTableRow: (row?: { __cells: string[] }) => {
      const cells = row?.__cells ?? [];
      table.rows.push(cells);
      return tableRowFacade(cells);
    },
    insertTableRow: (index: number, row?: { __cells: string[] } | null) => {
      const cells = row?.__cells ?? [];
      table.rows.splice(index, 0, cells);
      return tableRowFacade(cells);
    },
    removeRow: (index: number) => tableRowFacade(table.rows.splice(index, 1)[0] ?? []),
    getText: () => table.rows.map((r) => r.join('\n')).join('\n'),
    removeFromParent: () => {
      const index = elements.indexOf(table);
      if (index >= 0) elements.splice(index, 1);
      return facade;
    },
    getType: () => 'TABLE',
  };
  const _shape: Emulates<GoogleAppsScript.Document.Table, TableMethods> &
    NamedAs<GoogleAppsScript.Document.Table> = facade;
  return facade;
}

function elementFacade(elements: DocElement[], element: DocElement, checkOpen: OpenCheck) {
  return element.kind === 'table'
    ? tableFacade(elements, element)
    : paragraphFacade(bodySlot(elements, element, checkOpen));
}

/** Every paragraph of the body, those of table cells included (body#getParagraphs). */
function paragraphsOf(elements: DocElement[], checkOpen: OpenCheck) {
  return elements.flatMap((e) =>
    e.kind === 'paragraph'
      ? [paragraphFacade(bodySlot(elements, e, checkOpen))]
      : e.rows.flatMap((row) => row.map((_, i) => paragraphFacade(cellSlot(row, i)))),
  );
}

/** A paragraph with no text, as Docs makes one. */
export function emptyParagraph(): ParagraphElement {
  return { kind: 'paragraph', text: '', heading: 'NORMAL', bold: false };
}

function replaceInElements(elements: DocElement[], pattern: string, replacement: string): void {
  const regex = new RegExp(pattern, 'g');
  for (const e of elements) {
    if (e.kind === 'paragraph') e.text = e.text.replace(regex, () => replacement);
    else e.rows = e.rows.map((r) => r.map((c) => c.replace(regex, () => replacement)));
  }
}

type BodyMethods =
  | 'getText'
  | 'getNumChildren'
  | 'getChild'
  | 'getParagraphs'
  | 'getTables'
  | 'appendParagraph'
  | 'appendTable'
  | 'replaceText'
  | 'clear';

/**
 * Body (document/body). A body always ends with a paragraph: a new Doc holds one empty paragraph,
 * and a table appended at the end is followed by an empty one (a paragraph ends with a newline
 * and a table sits between paragraphs: https://developers.google.com/workspace/docs/api/concepts/structure;
 * the structure of a new and a cleared Doc as Apps Script leaves it is dumped in
 * https://github.com/brucemcpherson/gas-fakes/issues/51).
 */
function bodyFacade(ctx: DocsContext, elements: DocElement[], checkOpen: OpenCheck) {
  const body = {
    getText: () =>
      elements
        .map((e) => (e.kind === 'table' ? e.rows.map((r) => r.join('\n')).join('\n') : e.text))
        .join('\n'),
    getNumChildren: () => elements.length,
    getChild: (i: number) => {
      const element = elements[i];
      if (element === undefined) throw new Error(OUT_OF_BOUNDS);
      return elementFacade(elements, element, checkOpen);
    },
    getParagraphs: () => paragraphsOf(elements, checkOpen),
    getTables: () =>
      elements.flatMap((e) => (e.kind === 'table' ? [tableFacade(elements, e)] : [])),
    appendParagraph: (text: string) => {
      checkOpen();
      const element: ParagraphElement = { ...emptyParagraph(), text: String(text) };
      elements.push(element);
      return paragraphFacade(bodySlot(elements, element, checkOpen));
    },
    appendTable: (cells?: string[][]) => {
      checkOpen();
      const element: TableElement = {
        kind: 'table',
        rows: (cells ?? []).map((r) => r.map(String)),
      };
      elements.push(element, emptyParagraph());
      return tableFacade(elements, element);
    },
    replaceText: (pattern: string, replacement: string) => {
      checkOpen();
      ctx.markDirty();
      replaceInElements(elements, pattern, replacement);
      return body;
    },
    clear: () => {
      checkOpen();
      elements.splice(0, elements.length, emptyParagraph());
      return body;
    },
  };
  const _shape: Emulates<GoogleAppsScript.Document.Body, BodyMethods> = body;
  return body;
}

/** Document (document/document). */
function documentFacade(ctx: DocsContext, id: string) {
  const { name, url } = ctx.requireDoc(id);
  let closed = false;
  const body = bodyFacade(ctx, ctx.elementsOf(id), () => {
    if (closed) throw new Error(DOCUMENT_CLOSED);
  });
  return {
    getId: () => id,
    getName: () => name,
    getUrl: () => url,
    getBody: () => body,
    saveAndClose: () => {
      ctx.record('DocumentApp.Document.saveAndClose');
      ctx.markDirty();
      closed = true;
    },
    getAs: (contentType: string) => {
      ctx.record('DocumentApp.Document.getAs');
      return ctx.exportAs(id, contentType);
    },
  } satisfies Facade<
    GoogleAppsScript.Document.Document,
    'getId' | 'getName' | 'getUrl' | 'getBody' | 'saveAndClose' | 'getAs'
  >;
}

const DOCUMENT_ENUMS = {
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
} as const;

/** DocumentApp (document/document-app). */
export function createDocumentApp(ctx: DocsContext) {
  return {
    create: (name: string) => {
      ctx.record('DocumentApp.create');
      return documentFacade(ctx, ctx.createDoc(name));
    },
    openById: (id: string) => {
      ctx.record('DocumentApp.openById');
      return documentFacade(ctx, id);
    },
    ...DOCUMENT_ENUMS,
  } satisfies Facade<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById'> &
    Record<string, unknown>;
}
