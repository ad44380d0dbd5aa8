/**
 * Which Apps Script service methods the bundle calls, and which ones the conformance tests call,
 * both read from the code by the TypeScript compiler against @types/google-apps-script:
 *
 * - the bundle: every member access in the program rooted at src/server/index.ts (what
 *   scripts/build.ts bundles) whose symbol is a method declared by Google's types;
 * - the conformance tests: the same in test/runtime/conformance/, where a receiver is either typed
 *   as Google's interface or is an offline facade, whose method then counts as the Google method
 *   it emulates (the class's `implements Emulates<G, …>` or the object's `satisfies Facade<G, …>`).
 *
 * A method is named as Google's namespace and interface name it: `Spreadsheet.Range.setValues`.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../../..');
export const BUNDLE_ENTRY = join(ROOT, 'src/server/index.ts');
export const CONFORMANCE_DIR = join(ROOT, 'test/runtime/conformance');
const GOOGLE_TYPES = '/node_modules/@types/google-apps-script/';
const NAMESPACE = 'GoogleAppsScript.';

/** Where a method is used: file (relative to the project) and line. */
export type Uses = Map<string, string[]>;

export function conformanceFiles(): string[] {
  return readdirSync(CONFORMANCE_DIR)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(CONFORMANCE_DIR, name));
}

export function createProgram(roots: readonly string[]): ts.Program {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram({ rootNames: [...roots], options: parsed.options });
}

const isGoogleDeclaration = (node: ts.Node) =>
  node.getSourceFile().fileName.replace(/\\/g, '/').includes(GOOGLE_TYPES);

/** `Spreadsheet.Range` for the symbol of GoogleAppsScript.Spreadsheet.Range; undefined if not Google's. */
function googleInterfaceName(checker: ts.TypeChecker, symbol: ts.Symbol | undefined) {
  const declaration = symbol?.declarations?.[0];
  if (symbol === undefined || declaration === undefined || !isGoogleDeclaration(declaration))
    return undefined;
  const name = checker.getFullyQualifiedName(symbol);
  return name.startsWith(NAMESPACE) ? name.slice(NAMESPACE.length) : name;
}

/** The Google method a declaration in Google's types stands for, if it is a method. */
function googleMethod(checker: ts.TypeChecker, declaration: ts.Declaration): string | undefined {
  if (!ts.isMethodSignature(declaration) || !ts.isInterfaceDeclaration(declaration.parent))
    return undefined;
  const owner = checker.getSymbolAtLocation(declaration.parent.name);
  const name = googleInterfaceName(checker, owner);
  return name === undefined ? undefined : `${name}.${declaration.name.getText()}`;
}

/** Google interfaces named as the first type argument of the references in a type node. */
function emulatedInterfaces(checker: ts.TypeChecker, node: ts.Node): ts.Symbol[] {
  const found: ts.Symbol[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isTypeReferenceNode(child) || ts.isExpressionWithTypeArguments(child)) {
      const first = child.typeArguments?.[0];
      const symbol = first === undefined ? undefined : checker.getTypeFromTypeNode(first).symbol;
      if (symbol !== undefined && googleInterfaceName(checker, symbol) !== undefined)
        found.push(symbol);
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** The type an expression is checked against where it stands: `satisfies T`, `const x: T = …`, `return …` in a function returning T. */
function checkedTypeAt(expression: ts.Node): ts.TypeNode | undefined {
  let node = expression;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isSatisfiesExpression(parent)) return parent.type;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node) return parent.type;
  if (ts.isArrowFunction(parent) && parent.body === node) return parent.type;
  if (!ts.isReturnStatement(parent)) return undefined;
  const fn = ts.findAncestor(parent, ts.isFunctionLike);
  return fn?.type;
}

/** The types an object literal is checked against, directly or through the variable holding it. */
function checkedTypesOf(checker: ts.TypeChecker, literal: ts.Node): ts.TypeNode[] {
  const direct = checkedTypeAt(literal);
  if (direct !== undefined) return [direct];
  let holder = literal.parent;
  while (ts.isParenthesizedExpression(holder)) holder = holder.parent;
  if (!ts.isVariableDeclaration(holder)) return [];
  const variable = checker.getSymbolAtLocation(holder.name);
  const found: ts.TypeNode[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isIdentifier(child) && checker.getSymbolAtLocation(child) === variable) {
      const type = checkedTypeAt(child);
      if (type !== undefined) found.push(type);
    }
    ts.forEachChild(child, visit);
  };
  visit(holder.getSourceFile());
  return found;
}

/** The Google method an offline facade's member emulates, read from the facade's declared type. */
function emulatedMethod(checker: ts.TypeChecker, declaration: ts.Declaration): string | undefined {
  const member = ts.getNameOfDeclaration(declaration)?.getText();
  const owner = declaration.parent;
  if (member === undefined || owner === undefined) return undefined;
  let typeNodes: readonly ts.Node[] = [];
  if (ts.isClassDeclaration(owner)) typeNodes = owner.heritageClauses ?? [];
  else if (ts.isObjectLiteralExpression(owner)) typeNodes = checkedTypesOf(checker, owner);
  const emulated = typeNodes
    .flatMap((node) => emulatedInterfaces(checker, node))
    .find((symbol) =>
      symbol.members
        ?.get(ts.escapeLeadingUnderscores(member))
        ?.declarations?.some(ts.isMethodSignature),
    );
  const name = googleInterfaceName(checker, emulated);
  return name === undefined ? undefined : `${name}.${member}`;
}

/** The Google method a member access reaches, whether typed as Google's or as a facade. */
function methodOf(checker: ts.TypeChecker, access: ts.PropertyAccessExpression) {
  const symbol = checker.getSymbolAtLocation(access.name);
  for (const declaration of symbol?.declarations ?? []) {
    const method = isGoogleDeclaration(declaration)
      ? googleMethod(checker, declaration)
      : emulatedMethod(checker, declaration);
    if (method !== undefined) return method;
  }
  return undefined;
}

/** The project's files the bundle is built from: src/server/index.ts and what it imports. */
function bundleFiles(program: ts.Program): Set<string> {
  const checker = program.getTypeChecker();
  const seen = new Set<string>();
  const pending = [BUNDLE_ENTRY];
  for (let fileName = pending.pop(); fileName !== undefined; fileName = pending.pop()) {
    const file = program.getSourceFile(fileName);
    if (file === undefined || file.isDeclarationFile || seen.has(fileName)) continue;
    seen.add(fileName);
    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      const target = specifier && checker.getSymbolAtLocation(specifier)?.valueDeclaration;
      if (target !== undefined && ts.isSourceFile(target)) pending.push(target.fileName);
    }
  }
  return seen;
}

/** Every Google method used in the given files, with where. */
function methodUses(
  program: ts.Program,
  files: ReadonlySet<string>,
  methodAt: (checker: ts.TypeChecker, access: ts.PropertyAccessExpression) => string | undefined,
): Uses {
  const checker = program.getTypeChecker();
  const uses: Uses = new Map();
  for (const file of program.getSourceFiles()) {
    if (!files.has(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      const method = ts.isPropertyAccessExpression(node) ? methodAt(checker, node) : undefined;
      if (method !== undefined) {
        const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const where = `${file.fileName.slice(ROOT.length + 1)}:${line}`;
        uses.set(method, [...(uses.get(method) ?? []), where]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

/** The Google methods the bundle calls (through Google's types only: the bundle knows no facade). */
export function bundleMethods(program: ts.Program): Uses {
  return methodUses(program, bundleFiles(program), (checker, access) => {
    const symbol = checker.getSymbolAtLocation(access.name);
    const declaration = symbol?.declarations?.find(isGoogleDeclaration);
    return declaration === undefined ? undefined : googleMethod(checker, declaration);
  });
}

/** The Google methods the conformance tests call, on Google-typed receivers or on facades. */
export function conformanceMethods(program: ts.Program): Uses {
  const files = new Set(conformanceFiles().map((f) => program.getSourceFile(f)?.fileName ?? f));
  return methodUses(program, files, methodOf);
}
