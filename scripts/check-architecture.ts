/**
 * npm run check:arch — the house rules a reviewer should not have to check by eye:
 * - no function, arrow or method outside the tests runs past 60 lines (the default texts module
 *   is exempt: it is prose);
 * - src/core reads bottom-up: its folders keep one order (CORE_ORDER, printed on every run), no
 *   import runs against it, and no two modules or folders import each other, even round a cycle;
 * - imports keep to the layers: src/core imports only src/core (and pure libraries); src/server
 *   never imports src/local; the sidebar imports its own files, the pure core and only types from
 *   the server; the offline runtime imports only types from the server;
 * - no source cites what a reader of the repository cannot follow: an issue number, a section of
 *   a design file kept outside it, a path outside it (comments cite the rule, or the doc that
 *   holds it);
 * - README.md and docs/*.md name only files, npm scripts, CLI commands, settings options and
 *   names that exist (check-docs.ts);
 * - every dependency in package.json is used (imported, run as a command, or typing a used one),
 *   and every package imported is declared there;
 * - no step id in a condition outside the step table (src/core/steps.ts): what a step is and
 *   does is a property of the step, never a test of its id;
 * - no language compared outside the catalogue of words (src/core/words/catalogue.ts): a text
 *   in French and English is an entry there, picked by indexing it with the language;
 * - no Apps Script service called outside src/server/adapters: each service is reached through
 *   one small adapter (src/local, the emulator that provides them, aside).
 * Prints each offender and exits 1 when there is any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { checkDocs, markdownDocuments, repositoryFiles } from './check-docs';
import { STEP_IDS_READ } from '../src/core/steps';

export const MAX_FUNCTION_LINES = 60;

/**
 * Long functions tolerated while someone splits them: printed as "allowed for now" on every run
 * so that nobody forgets them. Empty: every function outside the tests is within the limit.
 */
export const ALLOWED_FOR_NOW: readonly { file: string; name: string }[] = [];

/** Prose, not logic: the default emails and letters in both languages. */
export const LENGTH_EXEMPT = ['src/core/words/default-texts.ts'];

/**
 * Libraries the pure core may import: they call no service and read no clock (valibot reads one
 * only in its `cache` with a `maxAge`, which the core does not use).
 */
export const PURE_LIBRARIES = ['date-fns', 'valibot'];

export interface LongFunction {
  file: string;
  line: number;
  name: string;
  lines: number;
}

function nameOf(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name !== undefined) return named.name.getText(source);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isPropertyDeclaration(parent)) return parent.name.getText(source);
  if (ts.isCallExpression(parent)) {
    return `(callback of ${parent.expression.getText(source).slice(0, 40)})`;
  }
  if (ts.isExportAssignment(parent)) return 'default export';
  return '(anonymous)';
}

function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

const parsed = new Map<string, ts.SourceFile>();

/** A source text parsed once per run, though the length and the import checks both read it. */
function parse(file: string, text: string): ts.SourceFile {
  const key = `${file}\0${text}`;
  const known = parsed.get(key);
  if (known !== undefined) return known;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  parsed.set(key, source);
  return source;
}

/** Every function, arrow and method of a source text longer than `max` lines, outer ones whole. */
export function longFunctions(
  file: string,
  text: string,
  max: number = MAX_FUNCTION_LINES,
): LongFunction[] {
  const source = parse(file, text);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node) && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > max) found.push({ file, line: start + 1, name: nameOf(node, source), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export interface ImportUse {
  specifier: string;
  typeOnly: boolean;
}

/** The modules a source text imports or re-exports, static or dynamic. */
export function importsOf(file: string, text: string): ImportUse[] {
  const source = parse(file, text);
  const found: ImportUse[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node)
        ? (node.importClause?.isTypeOnly ?? false) ||
          (node.importClause !== undefined &&
            node.importClause.name === undefined &&
            node.importClause.namedBindings !== undefined &&
            ts.isNamedImports(node.importClause.namedBindings) &&
            node.importClause.namedBindings.elements.length > 0 &&
            node.importClause.namedBindings.elements.every((e) => e.isTypeOnly))
        : node.isTypeOnly;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The one file where the ladder's step ids may decide something: the step table. */
export const STEP_TABLE = 'src/core/steps.ts';

export interface StepIdCondition {
  file: string;
  line: number;
  /** The literal as written. */
  text: string;
}

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.InKeyword,
]);
const MEMBERSHIP_METHODS = new Set(['has', 'includes', 'indexOf']);

/** True when `child`, under `parent`, is what `parent` tests. */
function isTestedBy(parent: ts.Node, child: ts.Node): boolean {
  if (ts.isBinaryExpression(parent)) return COMPARISONS.has(parent.operatorToken.kind);
  if (ts.isCaseClause(parent)) return child === parent.expression;
  if (ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent))
    return child === parent.expression;
  if (ts.isForStatement(parent)) return child === parent.condition;
  if (ts.isConditionalExpression(parent)) return child === parent.condition;
  if (ts.isPrefixUnaryExpression(parent)) return parent.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression))
    return (
      MEMBERSHIP_METHODS.has(parent.expression.name.text) &&
      parent.arguments.some((a) => a === child)
    );
  return false;
}

/** Where the walk up from a literal stops: a statement or a function holds no more of its test. */
function endsCondition(node: ts.Node): boolean {
  return (
    ts.isSourceFile(node) ||
    ts.isBlock(node) ||
    isFunctionLike(node) ||
    (node.kind >= ts.SyntaxKind.FirstStatement && node.kind <= ts.SyntaxKind.LastStatement)
  );
}

/** The node a literal stands as, through parentheses and `as`/`satisfies`. */
function outermost(node: ts.Node): ts.Node {
  let current = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent)
  )
    current = current.parent;
  return current;
}

/** True when a step id literal decides something: tested, chosen, listed, or named. */
function decides(literal: ts.Node): boolean {
  const outer = outermost(literal);
  const { parent } = outer;
  if (ts.isArrayLiteralExpression(parent) || ts.isConditionalExpression(parent)) return true;
  if (
    (ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent)) &&
    parent.initializer === outer
  )
    return true;
  let child: ts.Node = literal;
  for (let node = literal.parent; ; child = node, node = node.parent) {
    if (isTestedBy(node, child)) return true;
    if (endsCondition(node)) return false;
  }
}

/**
 * The step ids of a source text that decide something: compared (===, !==, <, in…), switched
 * on, in an if/while/for/ternary condition or under a `!`, looked up with has/includes/indexOf,
 * chosen by a ternary, listed in an array (a set of steps in disguise), or named by a variable. A step id given as a
 * value (an action's step, a default ladder's row) or used as a key of data is not one.
 */
export function stepIdConditions(
  file: string,
  text: string,
  ids: readonly string[] = STEP_IDS_READ,
): StepIdCondition[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: StepIdCondition[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      ids.includes(node.text) &&
      decides(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file, line, text: node.getText(source) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The one file where the language may be compared: the catalogue of words. */
export const CATALOGUE = 'src/core/words/catalogue.ts';

const EQUALITIES = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/**
 * The language codes of a source text that are compared (===, !==, ==, !=) or switched on: a
 * text chosen that way belongs in the catalogue. A code given as a value, a key or a type is data.
 */
export function languageTests(file: string, text: string): StepIdCondition[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: StepIdCondition[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      (node.text === 'fr' || node.text === 'en')
    ) {
      const outer = outermost(node);
      const { parent } = outer;
      if (
        (ts.isBinaryExpression(parent) && EQUALITIES.has(parent.operatorToken.kind)) ||
        (ts.isCaseClause(parent) && parent.expression === outer)
      ) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ file, line, text: node.getText(source) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The Apps Script services, reached only from src/server/adapters. */
export const APPS_SCRIPT_SERVICES = new Set([
  'CacheService',
  'DocumentApp',
  'Drive',
  'DriveApp',
  'GmailApp',
  'HtmlService',
  'LockService',
  'MailApp',
  'PropertiesService',
  'ScriptApp',
  'Session',
  'SpreadsheetApp',
  'UrlFetchApp',
  'Utilities',
]);

/** Where a service may be called: its adapters. */
export const ADAPTERS = 'src/server/adapters';

/**
 * The members of an Apps Script service a source text reaches (`SpreadsheetApp.flush`): a call
 * belongs in an adapter. A comment, a type (GoogleAppsScript.…) or a property of the same name
 * on another object is no call.
 */
export function serviceCalls(file: string, text: string): StepIdCondition[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: StepIdCondition[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      APPS_SCRIPT_SERVICES.has(node.expression.text)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file, line, text: `${node.expression.text}.${node.name.text}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** The package an import names ("date-fns/locale" → "date-fns", "@a/b/c" → "@a/b"). */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * Why an import from `from` (a repository path) breaks the layers, or undefined when it is fine.
 * `target` is the repository path of a relative import, or the bare specifier of a package.
 */
export function layerViolation(
  from: string,
  target: string,
  relativeImport: boolean,
  typeOnly: boolean,
): string | undefined {
  if (within(from, 'src/core')) {
    if (relativeImport)
      return within(target, 'src/core') ? undefined : 'src/core imports only src/core';
    return PURE_LIBRARIES.includes(packageOf(target))
      ? undefined
      : `src/core imports no package but ${PURE_LIBRARIES.join(', ')}`;
  }
  if (within(from, 'src/server') && relativeImport && !within(target, 'src')) {
    return 'src/server imports only src';
  }
  if (within(from, 'src/server') && relativeImport && within(target, 'src/local')) {
    return 'src/server never imports src/local';
  }
  // The runtime types runtime.invoke with the server's public functions (src/local/runtime/index.ts), so it may
  // read the server's types; a value import would run server code outside the bundle, which the
  // runtime exists to run as Google would.
  if (
    within(from, 'src/local/runtime') &&
    relativeImport &&
    within(target, 'src/server') &&
    !typeOnly
  ) {
    return 'the offline runtime imports only types from src/server';
  }
  if (within(from, 'sidebar')) {
    if (!relativeImport) return 'the sidebar imports no package';
    if (within(target, 'sidebar') || within(target, 'src/core')) return undefined;
    if (within(target, 'src/server') && typeOnly) return undefined;
    return 'the sidebar imports its own files, src/core, and only types from src/server';
  }
  return undefined;
}

/**
 * The core's folders, bottom-up: a module imports only from its own folder or one before it.
 * `model` is the file src/core/model.ts (the shared shapes). docs/architecture.md draws it.
 */
export const CORE_ORDER = [
  'values',
  'steps',
  'model',
  'words',
  'settings',
  'sheets',
  'dunning',
  'messages',
  'settings-input',
  'dossier',
  'reports',
  'plan',
] as const;

/** The folder of the order a core path belongs to ('src/core/model.ts' → 'model'). */
export function coreFolderOf(path: string): string | undefined {
  if (!within(path, 'src/core')) return undefined;
  const rest = path.slice('src/core/'.length);
  const slash = rest.indexOf('/');
  return slash === -1 ? rest.replace(/\.ts$/, '') : rest.slice(0, slash);
}

/**
 * Why an import from one core module to another runs against the order, or undefined when it
 * keeps to it. Both are repository paths; a folder missing from the order is refused too, so
 * that a new folder is placed before anything imports it.
 */
export function orderViolation(
  from: string,
  target: string,
  order: readonly string[] = CORE_ORDER,
): string | undefined {
  const a = coreFolderOf(from);
  const b = coreFolderOf(target);
  if (a === undefined || b === undefined || a === b) return undefined;
  for (const folder of [a, b])
    if (!order.includes(folder)) return `src/core/${folder} has no place in the core's order`;
  return order.indexOf(b) > order.indexOf(a)
    ? `${a} comes before ${b} in the core's order: ${a} may not import ${b}`
    : undefined;
}

/**
 * The cycles of a directed graph: each strongly connected component of more than one node (or
 * a node importing itself), its members sorted, the cycles sorted (Tarjan's algorithm).
 */
export function cyclesOf(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || (edges.get(node)?.has(node) ?? false))
      cycles.push(component.sort());
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) connect(node);
  return cycles.sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? ''));
}

/** Adds the edge from → to, creating the set of `from` when needed. */
function addEdge(edges: Map<string, Set<string>>, from: string, to: string): void {
  const set = edges.get(from) ?? new Set<string>();
  set.add(to);
  edges.set(from, set);
}

/**
 * The core's imports checked against its order: every import against the order, and every
 * cycle between modules and between folders. `imports` maps a core module (repository path,
 * without its extension) to the core modules it imports, type-only imports included.
 */
export function coreOrderReport(
  imports: ReadonlyMap<string, ReadonlySet<string>>,
  order: readonly string[] = CORE_ORDER,
): { orderViolations: string[]; moduleCycles: string[][]; folderCycles: string[][] } {
  const orderViolations: string[] = [];
  const folders = new Map<string, Set<string>>();
  for (const [from, targets] of imports) {
    for (const target of targets) {
      const why = orderViolation(from, target, order);
      if (why !== undefined) orderViolations.push(`${from} → ${target}: ${why}`);
      const a = coreFolderOf(from);
      const b = coreFolderOf(target);
      if (a !== undefined && b !== undefined && a !== b) addEdge(folders, a, b);
    }
  }
  return {
    orderViolations: orderViolations.sort(),
    moduleCycles: cyclesOf(imports),
    folderCycles: cyclesOf(folders),
  };
}

/** Citations a reader of the repository cannot follow: issue numbers, an outside design file. */
const OUTSIDE_REFERENCE = /\bissues? #?\d+|\bDESIGN\s*§|\bDESIGN\.md\b|\/work\/shared\//i;

/** Each line of a source text citing what the repository cannot follow, as `file:line: text`. */
export function outsideReferences(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      OUTSIDE_REFERENCE.test(line) ? [`${file}:${index + 1}: ${line.trim().slice(0, 100)}`] : [],
    );
}

export interface PackageManifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

/**
 * The dependencies nothing uses. A package is used when a file imports it, when one of its
 * commands (`binsOf`) appears in the scripts or CI, or, for `@types/x`, when `x` is used or
 * tsconfig names it in `types`.
 */
export function unusedDependencies(
  manifest: PackageManifest,
  imported: ReadonlySet<string>,
  commandText: string,
  binsOf: (name: string) => readonly string[],
  tsconfigTypes: readonly string[],
): string[] {
  const names = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
  ];
  const words = new Set(commandText.split(/[^\w@./:-]+/));
  const used = (name: string): boolean => {
    if (imported.has(name)) return true;
    if (binsOf(name).some((bin) => words.has(bin))) return true;
    if (name.startsWith('@types/')) {
      const typed = name.slice('@types/'.length);
      const untyped = typed.includes('__') ? `@${typed.replace('__', '/')}` : typed;
      return imported.has(untyped) || tsconfigTypes.includes(typed);
    }
    return false;
  };
  return names.filter((name) => !used(name)).sort();
}

/**
 * The packages imported somewhere that package.json does not declare: they work only while
 * another package happens to bring them into node_modules. Node's own modules are not packages.
 */
export function undeclaredImports(
  manifest: PackageManifest,
  imported: ReadonlySet<string>,
): string[] {
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
  ]);
  const builtin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);
  return [...imported].filter((name) => !builtin(name) && !declared.has(name)).sort();
}

/** The repository's code files: what the rules read. */
const isCode = (path: string) => /\.(ts|js|mjs|cjs)$/.test(path) && !path.endsWith('.d.ts');

const isTest = (path: string) => path.startsWith('test/') || /\.test\.ts$/.test(path);

export interface ArchitectureReport {
  longFunctions: LongFunction[];
  /** Long functions on ALLOWED_FOR_NOW: printed, not counted as offences. */
  allowedForNow: LongFunction[];
  layerViolations: string[];
  /** Imports between the core's folders that run against CORE_ORDER. */
  orderViolations: string[];
  /** Core modules that import each other, directly or round a cycle: each cycle's members. */
  moduleCycles: string[][];
  /** The same between the core's folders. */
  folderCycles: string[][];
  unusedDependencies: string[];
  undeclaredImports: string[];
  /** Lines citing an issue number, an outside design file or path. */
  outsideReferences: string[];
  /** Names README.md and docs/*.md give that the repository does not have, and sections of
   * them the sources cite that they do not have. */
  missingInDocs: string[];
  /** Step ids deciding something outside the step table (see stepIdConditions). */
  stepIdConditions: StepIdCondition[];
  /** Language codes compared outside the catalogue (see languageTests). */
  languageTests: StepIdCondition[];
  /** Apps Script services called outside their adapters (see serviceCalls). */
  serviceCalls: StepIdCondition[];
}

/** Splits the long functions into those on the allow-list (same file and name) and the others. */
export function setAsideAllowed(
  long: readonly LongFunction[],
  allowList: readonly { file: string; name: string }[],
): { offending: LongFunction[]; allowed: LongFunction[] } {
  const listed = (f: LongFunction) => allowList.some((a) => a.file === f.file && a.name === f.name);
  return { offending: long.filter((f) => !listed(f)), allowed: long.filter(listed) };
}

function binsIn(root: string): (name: string) => string[] {
  return (name) => {
    const path = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(path)) return [];
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      bin?: string | Record<string, string>;
    };
    if (typeof manifest.bin === 'string') return [name.split('/').pop() ?? name];
    return Object.keys(manifest.bin ?? {});
  };
}

function readIfPresent(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** The citations the READMEs and docs/ make that a reader of the repository cannot follow. */
function markdownOutsideReferences(root: string, all: string[]): string[] {
  return markdownDocuments(root, all).flatMap((file) =>
    outsideReferences(file, readFileSync(join(root, file), 'utf8')),
  );
}

/** Where an import leads: a path from the repository's root when relative, else the package. */
function importTarget(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return normalize(join(dirname(file), specifier))
    .split('\\')
    .join('/');
}

export function checkArchitecture(root: string): ArchitectureReport {
  const all = repositoryFiles(root);
  const files = all.filter(isCode);
  const long: LongFunction[] = [];
  const layerViolations: string[] = [];
  const imported = new Set<string>();
  const conditions: SourceConditions = {
    stepIdConditions: [],
    languageTests: [],
    serviceCalls: [],
  };
  const coreImports = new Map<string, Set<string>>();
  const outside: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    if (!isTest(file) && !LENGTH_EXEMPT.includes(file)) long.push(...longFunctions(file, text));
    outside.push(...outsideReferences(file, text));
    addConditions(conditions, file, text);
    for (const use of importsOf(file, text)) {
      const relativeImport = use.specifier.startsWith('.');
      if (!relativeImport) imported.add(packageOf(use.specifier));
      const target = importTarget(file, use.specifier);
      const why = layerViolation(file, target, relativeImport, use.typeOnly);
      if (why !== undefined) layerViolations.push(`${file} → ${use.specifier}: ${why}`);
      if (relativeImport && within(file, 'src/core') && within(target, 'src/core'))
        addEdge(coreImports, file.replace(/\.ts$/, ''), target.replace(/\.ts$/, ''));
    }
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageManifest;
  const tsconfig = readIfPresent(join(root, 'tsconfig.json'));
  const types = /"types"\s*:\s*\[([^\]]*)\]/.exec(tsconfig)?.[1] ?? '';
  const commands = [
    Object.values(manifest.scripts ?? {}).join('\n'),
    readIfPresent(join(root, '.ci/run')),
  ].join('\n');
  const { offending, allowed } = setAsideAllowed(
    long.sort((a, b) => b.lines - a.lines),
    ALLOWED_FOR_NOW,
  );
  return {
    longFunctions: offending,
    allowedForNow: allowed,
    layerViolations,
    ...coreOrderReport(coreImports),
    unusedDependencies: unusedDependencies(
      manifest,
      imported,
      commands,
      binsIn(root),
      [...types.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? ''),
    ),
    undeclaredImports: undeclaredImports(manifest, imported),
    outsideReferences: [...outside, ...markdownOutsideReferences(root, all)],
    missingInDocs: checkDocs(root, all),
    ...conditions,
  };
}

/** What the rules read in a source's syntax find: step ids, languages, service calls. */
type SourceConditions = Pick<
  ArchitectureReport,
  'stepIdConditions' | 'languageTests' | 'serviceCalls'
>;

function addConditions(found: SourceConditions, file: string, text: string): void {
  if (decidesSteps(file)) found.stepIdConditions.push(...stepIdConditions(file, text));
  if (decidesSteps(file) && file !== CATALOGUE)
    found.languageTests.push(...languageTests(file, text));
  if (callsServicesOnlyThroughAdapters(file)) found.serviceCalls.push(...serviceCalls(file, text));
}

/** The shipped server and core code, the adapters aside; the emulator provides the services. */
function callsServicesOnlyThroughAdapters(file: string): boolean {
  return (
    within(file, 'src') && !within(file, ADAPTERS) && !within(file, 'src/local') && !isTest(file)
  );
}

/** The shipped code, where a step's behaviour is decided: src and the sidebar, the table aside. */
function decidesSteps(file: string): boolean {
  return (within(file, 'src') || within(file, 'sidebar')) && !isTest(file) && file !== STEP_TABLE;
}

const describe = (f: LongFunction) => `${f.lines} lines  ${f.file}:${f.line}  ${f.name}`;

export function formatArchitectureReport(report: ArchitectureReport): string[] {
  const lines: string[] = [];
  const section = (title: string, items: readonly string[]) => {
    lines.push(`${title} (${items.length})${items.length === 0 ? ': none' : ':'}`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section(`Functions over ${MAX_FUNCTION_LINES} lines`, report.longFunctions.map(describe));
  for (const f of report.allowedForNow) lines.push(`allowed for now: ${describe(f)}`);
  section('Imports that break the layers', report.layerViolations);
  lines.push(`The core's order, bottom-up: ${CORE_ORDER.join(' < ')}`);
  section("Imports against the core's order", report.orderViolations);
  section(
    'Cycles between core modules',
    report.moduleCycles.map((c) => c.join(' ⇄ ')),
  );
  section(
    'Cycles between core folders',
    report.folderCycles.map((c) => c.join(' ⇄ ')),
  );
  section('Unused dependencies', report.unusedDependencies);
  section('Packages imported but not declared in package.json', report.undeclaredImports);
  section('Citations the repository cannot follow', report.outsideReferences);
  section(
    'Names in the READMEs and docs/, or sections cited, that do not exist',
    report.missingInDocs,
  );
  section(
    `Step ids in a condition outside ${STEP_TABLE}`,
    report.stepIdConditions.map((c) => `${c.file}:${c.line}  ${c.text}`),
  );
  section(
    `Texts chosen by comparing the language outside ${CATALOGUE}`,
    report.languageTests.map((c) => `${c.file}:${c.line}  ${c.text}`),
  );
  section(
    `Apps Script services called outside ${ADAPTERS}`,
    report.serviceCalls.map((c) => `${c.file}:${c.line}  ${c.text}`),
  );
  return lines;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const report = checkArchitecture(root);
  for (const line of formatArchitectureReport(report)) console.log(line);
  const offences =
    report.longFunctions.length +
    report.layerViolations.length +
    report.orderViolations.length +
    report.moduleCycles.length +
    report.folderCycles.length +
    report.unusedDependencies.length +
    report.undeclaredImports.length +
    report.outsideReferences.length +
    report.missingInDocs.length +
    report.stepIdConditions.length +
    report.languageTests.length +
    report.serviceCalls.length;
  if (offences > 0) {
    console.log(
      `check:arch failed: ${offences} offence(s), in ${relative(process.cwd(), root) || '.'}`,
    );
    process.exitCode = 1;
  } else console.log('check:arch passed');
}
