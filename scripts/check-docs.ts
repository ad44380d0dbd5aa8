/**
 * Part of npm run check:arch: the READMEs and docs/*.md name only what exists. Read from their
 * code spans, fenced blocks and links:
 * - repository paths (`src/…`, `docs/…`, `core/…` for src/core…, a link's target) and source
 *   file names (`penalties.ts`): the file or folder is in the repository;
 * - `npm run X`: X is a script of package.json;
 * - `relance X`: X is a command of the CLI (COMMANDS in src/local/cli.ts);
 * - settings options (`penalties.extraEcbRates`): the path is a property of `Settings`
 *   (src/core/settings/settings.ts);
 * - camelCase names (`planDay`, `quotaReserve`): the name occurs in the sources, the root's
 *   configuration files or the typings of a declared dependency (`startOfMonth` of date-fns).
 * And a source that cites a section of README or of a page of docs (the page, then the
 * section's title in guillemets) cites a heading or a bold label the page has.
 * Paths of the user's workspace (`outbox/`, `reports/DATE.json`) are not the repository's and
 * are not read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/** Folders at the repository's root a path may start with. */
const ROOT_FOLDERS = [
  'src',
  'sidebar',
  'scripts',
  'test',
  'docs',
  'bench',
  'samples',
  'bin',
  '.ci',
];
/** Folders of src/ a path may start with (`core/sheets/suivi-table.ts`). */
const SRC_FOLDERS = ['core', 'server', 'local'];
const SKIPPED = new Set([
  'node_modules',
  'build',
  'build-addon',
  'demo-workspace',
  'test-artifacts',
  'workspaces',
  '.git',
]);
/** What scripts/build.ts writes to build/ (and build-addon/): generated, so not in a fresh clone. */
const BUILD_OUTPUTS = ['Code.js', 'Sidebar.html', 'appsscript.json'];

/** What a document names, as it names it. */
export interface DocNames {
  paths: string[];
  fileNames: string[];
  npmScripts: string[];
  cliCommands: string[];
  settingsPaths: string[];
  /** In a settings table (a `| field |` header): each row's field and its camelCase options. */
  settingsFields: { field: string; options: string[] }[];
  identifiers: string[];
}

/** What exists, to check the names against. */
export interface KnownNames {
  exists: (repositoryPath: string) => boolean;
  fileNames: ReadonlySet<string>;
  npmScripts: ReadonlySet<string>;
  cliCommands: ReadonlySet<string>;
  /** Every property path of Settings ('penalties.extraEcbRates'), '*' for a record's key. */
  settingsPaths: ReadonlySet<string>;
  /** The sources' text (and configuration, dependencies' typings), where a camelCase name must occur. */
  sourceText: string;
}

const FENCE = /^```[^\n]*\n([\s\S]*?)^```/gm;
const SPAN = /`([^`\n]+)`/g;
const LINK = /\]\(([^)\s#]+)(?:#[^)]*)?\)/g;

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] ?? '');

function isPath(text: string): boolean {
  return /^\.?[\w@-][\w.@-]*(\/[\w.@-]+)*\/?$/.test(text) && text.includes('/');
}

/** The rows of the markdown tables whose first column is headed « field »: the settings. */
function settingsFieldsIn(prose: string): { field: string; options: string[] }[] {
  const rows: { field: string; options: string[] }[] = [];
  let inTable = false;
  for (const line of prose.split('\n')) {
    if (/^\|\s*field\s*\|/.test(line)) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable) {
      const [, first = '', ...rest] = line.split('|');
      const field = /^\s*`(\w+)`\s*$/.exec(first)?.[1];
      const options = all(rest.join('|'), SPAN).filter((span) => /^[a-z]+[A-Z]\w*$/.test(span));
      if (field !== undefined) rows.push({ field, options });
    }
  }
  return rows;
}

/** The names a markdown text gives, read from its code spans, fenced blocks and links. */
export function namesIn(markdown: string): DocNames {
  const blocks = all(markdown, FENCE);
  const prose = markdown.replace(FENCE, '');
  const spans = all(prose, SPAN);
  const code = [...blocks, ...spans].join('\n');
  const blockWords = blocks.flatMap((block) => block.split(/[\s()'"`,;]+/));
  const rooted = (word: string) => ROOT_FOLDERS.includes(word.split('/')[0] ?? '');
  return {
    paths: [
      ...spans.filter(isPath),
      ...blockWords.filter((word) => isPath(word) && rooted(word)),
      ...all(prose, LINK).filter((target) => !/^[a-z]+:/.test(target)),
    ],
    fileNames: spans.filter((span) => /^[\w.-]+\.(ts|md|html|css)$/.test(span)),
    npmScripts: [...code.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1] ?? ''),
    cliCommands: [...code.matchAll(/(?:^|[\s$])relance ([a-z][\w-]*)/gm)].map((m) => m[1] ?? ''),
    settingsPaths: spans
      .filter((span) => !/\.(ts|js|md|json|html|css)$/.test(span))
      .flatMap((span) => /^[a-z]\w*(?:\.[a-zA-Z]\w*)+/.exec(span)?.[0] ?? []),
    settingsFields: settingsFieldsIn(prose),
    identifiers: spans.filter((span) => /^[a-z]+[A-Z]\w*$/.test(span)),
  };
}

function pathExists(path: string, documentFolder: string, known: KnownNames): boolean {
  const clean = path.replace(/\/$/, '');
  const first = clean.split('/')[0] ?? '';
  if (documentFolder !== '.' && known.exists(normalize(join(documentFolder, clean)))) return true;
  if (ROOT_FOLDERS.includes(first)) return known.exists(clean);
  if (SRC_FOLDERS.includes(first)) return known.exists(`src/${clean}`);
  if (clean.startsWith('.')) return known.exists(normalize(join(documentFolder, clean)));
  return true;
}

function settingExists(path: string, known: KnownNames): boolean {
  const parts = path.split('.');
  const root = parts[0] ?? '';
  if (![...known.settingsPaths].some((p) => p === root)) return true;
  const candidates = [...known.settingsPaths];
  return candidates.some((known) => {
    const segments = known.split('.');
    return (
      segments.length === parts.length && segments.every((s, i) => s === '*' || s === parts[i])
    );
  });
}

/** Each name of a document that does not exist, as `document: what`. */
export function missingNames(document: string, names: DocNames, known: KnownNames): string[] {
  const folder = dirname(document);
  const missing = (kind: string, list: readonly string[], found: (name: string) => boolean) =>
    [...new Set(list)].filter((name) => !found(name)).map((name) => `${document}: ${kind} ${name}`);
  return [
    ...missing('no file', names.paths, (p) => pathExists(p, folder, known)),
    ...missing('no file named', names.fileNames, (f) => known.fileNames.has(f)),
    ...missing('no npm script', names.npmScripts, (s) => known.npmScripts.has(s)),
    ...missing('no CLI command', names.cliCommands, (c) => known.cliCommands.has(c)),
    ...missing('no settings option', names.settingsPaths, (p) => settingExists(p, known)),
    ...missing(
      'no settings field',
      names.settingsFields.map((row) => row.field),
      (field) => known.settingsPaths.has(field),
    ),
    ...missing(
      'no settings option',
      names.settingsFields.flatMap((row) => row.options.map((option) => `${row.field}.${option}`)),
      (name) => {
        const [field = '', option = ''] = name.split('.');
        return [...known.settingsPaths].some(
          (path) => path.startsWith(`${field}.`) && path.split('.').includes(option),
        );
      },
    ),
    ...missing('no name in the sources', names.identifiers, (n) =>
      new RegExp(`\\b${n}\\b`).test(known.sourceText),
    ),
  ];
}

/** Every file of the repository at `root` (paths relative to it), generated folders left out. */
export function repositoryFiles(root: string, folder = ''): string[] {
  const here = join(root, folder);
  if (!existsSync(here)) return [];
  return readdirSync(here, { withFileTypes: true }).flatMap((entry) => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : repositoryFiles(root, path);
    return [path];
  });
}

/** Every property path of an object type, '*' standing for a record's or an array's key. */
function propertyPaths(
  type: ts.Type,
  checker: ts.TypeChecker,
  prefix: string,
  depth = 0,
): string[] {
  if (depth > 4) return [];
  const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
  const record = checker.getIndexTypeOfType(type, ts.IndexKind.String);
  const inner = element ?? record;
  if (inner !== undefined) {
    const here = element !== undefined ? prefix : `${prefix}.*`;
    return [here, ...propertyPaths(inner, checker, here, depth + 1)];
  }
  if (!(type.flags & ts.TypeFlags.Object)) return [];
  return checker.getPropertiesOfType(type).flatMap((property) => {
    const path = prefix === '' ? property.name : `${prefix}.${property.name}`;
    const propertyType = checker.getNonNullableType(checker.getTypeOfSymbol(property));
    return [path, ...propertyPaths(propertyType, checker, path, depth + 1)];
  });
}

/**
 * The property paths of the `Settings` type of src/core/settings/settings.ts: an interface, or a
 * type derived from the settings schema (valibot's InferOutput, resolved from node_modules).
 */
export function settingsPathsOf(root: string): Set<string> {
  const file = join(root, 'src/core/settings/settings.ts');
  if (!existsSync(file)) return new Set();
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2020.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const settings = source?.statements.find(
    (s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
      (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === 'Settings',
  );
  if (settings === undefined) return new Set();
  return new Set(propertyPaths(checker.getTypeAtLocation(settings), checker, ''));
}

/** The commands of the CLI: the keys of COMMANDS in src/local/cli.ts. */
export function cliCommandsOf(root: string): Set<string> {
  const path = join(root, 'src/local/cli.ts');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const table = /const COMMANDS = new Map[^[]*\[([\s\S]*?)\]\);/.exec(text)?.[1] ?? '';
  return new Set([...table.matchAll(/\['([\w-]+)'/g)].map((m) => m[1] ?? ''));
}

/** The entry typings of each run-time dependency, as its package.json names them. */
function dependencyTypings(
  root: string,
  manifest: { dependencies?: Record<string, string> },
): string[] {
  return Object.keys(manifest.dependencies ?? {}).flatMap((name) => {
    const folder = join(root, 'node_modules', name);
    if (!existsSync(join(folder, 'package.json'))) return [];
    const own = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
      types?: string;
      typings?: string;
      exports?: { '.'?: { types?: string; import?: { types?: string } } };
    };
    const entry = own.exports?.['.'];
    const typings = own.types ?? own.typings ?? entry?.import?.types ?? entry?.types;
    return typings !== undefined && existsSync(join(folder, typings))
      ? [readFileSync(join(folder, typings), 'utf8')]
      : [];
  });
}

/** What exists in the repository at `root`. */
export function knownNamesOf(root: string, files = repositoryFiles(root)): KnownNames {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
    dependencies?: Record<string, string>;
  };
  const sources = files.filter(
    (f) =>
      /^(src|sidebar|scripts|bench|test)\/.*\.(ts|js|html)$/.test(f) ||
      /^[^/]+\.(json|js|ts)$/.test(f),
  );
  const generated = (path: string) =>
    /^build(-addon)?\//.test(path) && BUILD_OUTPUTS.includes(path.replace(/^build(-addon)?\//, ''));
  return {
    exists: (path) => generated(path) || existsSync(join(root, path)),
    fileNames: new Set([...files.map((f) => f.split('/').pop() ?? f), ...BUILD_OUTPUTS]),
    npmScripts: new Set(Object.keys(manifest.scripts ?? {})),
    cliCommands: cliCommandsOf(root),
    settingsPaths: settingsPathsOf(root),
    sourceText: [
      ...sources.map((f) => readFileSync(join(root, f), 'utf8')),
      ...dependencyTypings(root, manifest),
    ].join('\n'),
  };
}

/** A page, then right after it (a comma or a colon aside) a section's title in guillemets. */
const SECTION_CITATION = /(docs\/[\w.-]+\.md|README(?:\.md)?)[,:]?\s+« ([^»]+) »/g;

/** The headings and bold labels of a markdown text, lower-cased: what a citation may name. */
function sectionsOf(markdown: string): string[] {
  return [
    ...[...markdown.matchAll(/^#+\s+(.+)$/gm)].map((m) => m[1] ?? ''),
    ...[...markdown.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] ?? ''),
  ].map((title) => title.toLowerCase());
}

/**
 * Each citation of a section of README or docs/ in a source text that the page does not have,
 * as `file:line: …`. `pageText` gives a page's text, undefined when there is no such page.
 */
export function brokenSectionCitations(
  file: string,
  text: string,
  pageText: (page: string) => string | undefined,
): string[] {
  return text.split('\n').flatMap((line, index) =>
    [...line.matchAll(SECTION_CITATION)].flatMap((m) => {
      const page = (m[1] ?? '').startsWith('README') ? 'README.md' : (m[1] ?? '');
      const section = (m[2] ?? '').toLowerCase();
      const markdown = pageText(page);
      if (markdown !== undefined && sectionsOf(markdown).some((t) => t.includes(section)))
        return [];
      return [`${file}:${index + 1}: cites ${page} « ${m[2] ?? ''} », which has no such section`];
    }),
  );
}

/** The READMEs of every folder and the pages of docs/: the markdown a reader starts from. */
export function markdownDocuments(root: string, files = repositoryFiles(root)): string[] {
  return files
    .filter((path) => /(^|\/)README\.md$/.test(path) || /^docs\/[^/]+\.md$/.test(path))
    .sort();
}

/** The names the READMEs and docs/*.md give that do not exist in the repository at `root`. */
export function checkDocs(root: string, files = repositoryFiles(root)): string[] {
  const documents = markdownDocuments(root, files);
  if (documents.length === 0) return [];
  const known = knownNamesOf(root, files);
  const pageText = (page: string) =>
    existsSync(join(root, page)) ? readFileSync(join(root, page), 'utf8') : undefined;
  const sources = files.filter((f) => /^(src|sidebar|scripts|bench|test)\/.*\.ts$/.test(f));
  return [
    ...documents.flatMap((document) =>
      missingNames(document, namesIn(readFileSync(join(root, document), 'utf8')), known),
    ),
    ...sources.flatMap((file) =>
      brokenSectionCitations(file, readFileSync(join(root, file), 'utf8'), pageText),
    ),
  ];
}
