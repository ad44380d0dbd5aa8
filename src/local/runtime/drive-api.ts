/**
 * The Advanced Drive service (Drive API v3, `Drive.Files`), offline, over the same Drive state as
 * DriveApp (drive.ts): the files Relance makes under the per-file `drive.file` scope
 * (https://developers.google.com/apps-script/guides/services/advanced,
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files).
 *
 * Per-file access: under `drive.file` alone the app reaches only the files and folders it created
 * and those the user opened with it (the Google Picker); any other file answers as if it did not
 * exist, HTTP 404 "File not found: ID." ("View and manage Google Drive files and folders that you
 * have opened or created with this app",
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth; the 404 is the
 * notFound error of https://developers.google.com/workspace/drive/api/guides/handle-errors, as
 * reported for pre-existing files under drive.file in
 * https://github.com/taylorwilsdon/google_workspace_mcp/issues/1027). A search (`files.list`)
 * returns only the reachable files. `drive.readonly` or `drive` reach every file.
 *
 * Apps Script throws a failed call as "API call to drive.files.get failed with error: File not
 * found: ID." (wording as in https://github.com/ericyd/gdrive-copy/issues/142).
 */
import {
  copyItem,
  createItem,
  fileUrl,
  GOOGLE_DOC,
  GOOGLE_FOLDER,
  type DriveContext,
  type DriveItem,
} from './drive';
import { emptyParagraph } from './document';
import type { Blob } from './utilities';

/** What the execution's granted scopes allow beyond the per-file rule. */
export interface DriveScopeAccess {
  /** `drive` or `drive.readonly` granted: every file may be read. */
  readsAll(): boolean;
  /** `drive` granted: every file may be changed. */
  writesAll(): boolean;
}

type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Options = Record<string, unknown>;

function apiError(method: string, message: string): Error {
  const error = new Error(`API call to drive.files.${method} failed with error: ${message}`);
  error.name = 'GoogleJsonResponseException';
  return error;
}

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

/** A `fields` selector as Drive reads it: "id,name" or "files(id,name)"; the default otherwise. */
function fieldsOf(options: Options | undefined, listed: boolean): string[] {
  const raw = typeof options?.fields === 'string' ? options.fields : '';
  const inner = listed ? (/files\(([^)]*)\)/.exec(raw)?.[1] ?? '') : raw;
  const fields = inner
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  return fields.length === 0 ? DEFAULT_FIELDS : fields;
}

function resourceOf(item: DriveItem, fields: readonly string[]): FileResource {
  const all: Record<string, unknown> = {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    trashed: item.trashed,
    parents: item.parent === null ? [] : [item.parent],
    webViewLink: fileUrl(item),
    createdTime: new Date(item.createdMs).toISOString(),
  };
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (field in all) picked[field] = all[field];
  return picked as FileResource;
}

/**
 * One term of a search query (https://developers.google.com/workspace/drive/api/guides/search-files):
 * the few Relance writes. Anything else is refused, as Drive refuses a query it cannot parse.
 */
function termMatcher(term: string): ((item: DriveItem) => boolean) | undefined {
  const quoted = (text: string) => text.replace(/\\'/g, "'").replace(/\\\\/g, '\\');
  let m = /^name\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(term);
  if (m) return (i) => i.name === quoted(m?.[1] ?? '');
  m = /^mimeType\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(term);
  if (m) return (i) => i.mimeType === quoted(m?.[1] ?? '');
  m = /^'((?:[^'\\]|\\.)*)'\s+in\s+parents$/.exec(term);
  if (m) return (i) => i.parent === quoted(m?.[1] ?? '');
  m = /^trashed\s*=\s*(true|false)$/.exec(term);
  if (m) return (i) => i.trashed === (m?.[1] === 'true');
  return undefined;
}

function queryMatcher(q: string): (item: DriveItem) => boolean {
  const terms = q
    .split(/\s+and\s+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const matchers = terms.map((term) => {
    const matcher = termMatcher(term);
    if (matcher === undefined) throw apiError('list', 'Invalid Value');
    return matcher;
  });
  return (item) => matchers.every((match) => match(item));
}

function parentOf(ctx: DriveContext, resource: FileResource, reach: (id: string) => DriveItem) {
  const parent = resource.parents?.[0];
  if (parent === undefined || parent === 'root') return ctx.state.index.rootId;
  const folder = reach(parent);
  if (folder.mimeType !== GOOGLE_FOLDER) throw apiError('create', `File not found: ${parent}.`);
  return folder.id;
}

/** What the script may reach: `reach` finds an item or throws Drive's error. */
function reacher(ctx: DriveContext, access: DriveScopeAccess) {
  const { state } = ctx;
  const reachable = (item: DriveItem, write: boolean) =>
    item.byApp === true || item.picked === true || (write ? access.writesAll() : access.readsAll());
  const reach = (method: string, id: string, write = false): DriveItem => {
    const item = state.index.items[id === 'root' ? state.index.rootId : id];
    if (item === undefined || (item.id !== state.index.rootId && !reachable(item, false)))
      throw apiError(method, `File not found: ${id}.`);
    // Seen through drive.readonly but not the app's: the token may read it, not change it.
    if (write && item.id !== state.index.rootId && !reachable(item, true))
      throw apiError(method, 'Request had insufficient authentication scopes.');
    return item;
  };
  return { reach, reachable };
}

/**
 * The content of a stored file. "Downloading content with alt=media only works if the file is
 * stored in Drive. To download Google Docs, Sheets, and Slides use files.export instead."
 * (files/get). Apps Script hands the body over as a byte array (Java bytes: -128 to 127).
 */
function contentOf(ctx: DriveContext, item: DriveItem): Int8Array {
  if (item.mimeType === GOOGLE_DOC || item.mimeType === GOOGLE_FOLDER)
    throw apiError(
      'get',
      'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
    );
  // Signed bytes, as Apps Script's; typed, so that a 25 MB invoice is not 25 million numbers.
  const bytes = ctx.state.fileBytes(item);
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** files.create: a folder, an empty Google Doc, or a file of the blob's bytes. */
function createFile(ctx: DriveContext, parent: string, resource: FileResource, media?: Blob) {
  const mimeType = resource.mimeType ?? media?.getContentType() ?? 'application/octet-stream';
  if (mimeType === GOOGLE_DOC) ctx.documentCreated();
  const item = createItem(ctx, resource.name ?? 'Untitled', mimeType, parent);
  if (mimeType === GOOGLE_DOC) ctx.state.docs.set(item.id, [emptyParagraph()]);
  else if (mimeType !== GOOGLE_FOLDER)
    ctx.state.writeFile(item, media?.getRawBytes() ?? new Uint8Array());
  return item;
}

/** Drive.Files: create, copy, get (metadata or content), update (name, trash), list. */
export function createDriveApi(
  ctx: DriveContext,
  access: DriveScopeAccess,
  record: (name: string) => void,
) {
  const { state } = ctx;
  const { reach, reachable } = reacher(ctx, access);
  const Files = {
    create: (resource: FileResource, media?: Blob, options?: Options): FileResource => {
      record('Drive.Files.create');
      const parent = parentOf(ctx, resource, (id) => reach('create', id, true));
      return resourceOf(createFile(ctx, parent, resource, media), fieldsOf(options, false));
    },
    copy: (resource: FileResource, fileId: string, options?: Options): FileResource => {
      record('Drive.Files.copy');
      const source = reach('copy', fileId);
      const parent =
        resource.parents === undefined
          ? source.parent
          : parentOf(ctx, resource, (id) => reach('copy', id, true));
      const copy = copyItem(ctx, source, resource.name ?? `Copy of ${source.name}`, parent);
      return resourceOf(copy, fieldsOf(options, false));
    },
    get: (fileId: string, options?: Options): FileResource | Int8Array => {
      record('Drive.Files.get');
      const item = reach('get', fileId);
      return options?.alt === 'media'
        ? contentOf(ctx, item)
        : resourceOf(item, fieldsOf(options, false));
    },
    update: (resource: FileResource, fileId: string): FileResource => {
      record('Drive.Files.update');
      const item = reach('update', fileId, true);
      if (resource.name !== undefined) item.name = resource.name;
      if (resource.trashed !== undefined) item.trashed = resource.trashed;
      state.markDirty();
      return resourceOf(item, DEFAULT_FIELDS);
    },
    list: (options?: Options): { files: FileResource[] } => {
      record('Drive.Files.list');
      const match = queryMatcher(typeof options?.q === 'string' ? options.q : '');
      const fields = fieldsOf(options, true);
      const files = Object.values(state.index.items)
        .filter((i) => i.id !== state.index.rootId && reachable(i, false) && match(i))
        .map((i) => resourceOf(i, fields));
      return { files };
    },
  };
  return { Files };
}
