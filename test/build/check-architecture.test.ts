import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type ArchitectureReport,
  checkArchitecture,
  CORE_ORDER,
  outsideReferences,
  formatArchitectureReport,
  importsOf,
  languageTests,
  layerViolation,
  longFunctions,
  serviceCalls,
  setAsideAllowed,
  stepIdConditions,
  undeclaredImports,
  unusedDependencies,
} from '../../scripts/check-architecture';

let repositoryReport: ArchitectureReport | undefined;
/** This repository's report, made once for the tests that read it (it parses every file). */
const thisRepository = (): ArchitectureReport =>
  (repositoryReport ??= checkArchitecture(fileURLToPath(new URL('../..', import.meta.url))));

const lines = (count: number) => Array.from({ length: count }, (_, i) => `  n += ${i};`).join('\n');

describe('the architecture check', () => {
  it('names functions, arrows and methods past 60 lines with their length', () => {
    const source = [
      `export function long(): number {\n  let n = 0;\n${lines(60)}\n  return n;\n}`,
      `const arrow = (): number => {\n  let n = 0;\n${lines(59)}\n  return n;\n};`,
      `class Facade {\n  method(): number {\n    let n = 0;\n${lines(70)}\n    return n;\n  }\n}`,
      `function short(): number {\n  let n = 0;\n${lines(56)}\n  return n;\n}`,
    ].join('\n');
    expect(longFunctions('x.ts', source).map((f) => [f.name, f.lines])).toEqual([
      ['long', 64],
      ['arrow', 63],
      ['method', 74],
    ]);
  });

  it('keeps a function of exactly 60 lines and flags one of 61', () => {
    const of = (body: number) => `function f(): number {\n  let n = 0;\n${lines(body)}\n  return n;\n}`;
    expect(longFunctions('x.ts', of(56))).toEqual([]);
    expect(longFunctions('x.ts', of(57)).map((f) => f.lines)).toEqual([61]);
  });

  it('reads static, re-exported, type-only and dynamic imports', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../server/b';",
      "import { type C } from '../server/c';",
      "export { d } from './d';",
      "const e = await import('./e');",
    ].join('\n');
    expect(importsOf('x.ts', source)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: '../server/b', typeOnly: true },
      { specifier: '../server/c', typeOnly: true },
      { specifier: './d', typeOnly: false },
      { specifier: './e', typeOnly: false },
    ]);
  });

  it('refuses imports that cross the layers', () => {
    expect(layerViolation('src/core/a.ts', 'src/server/b', true, false)).toBeDefined();
    expect(layerViolation('src/core/a.ts', 'node:fs', false, false)).toBeDefined();
    expect(layerViolation('src/core/a.ts', 'date-fns/locale', false, false)).toBeUndefined();
    expect(layerViolation('src/server/a.ts', 'src/local/b', true, false)).toBeDefined();
    expect(layerViolation('src/local/runtime/a.ts', 'src/server/b', true, false)).toBeDefined();
    expect(layerViolation('sidebar/a.ts', 'src/server/index', true, false)).toBeDefined();
    expect(layerViolation('sidebar/a.ts', 'src/local/b', true, true)).toBeDefined();
  });

  it('lets the sidebar take types from the server and values from the pure core', () => {
    expect(layerViolation('sidebar/a.ts', 'src/server/index', true, true)).toBeUndefined();
    expect(layerViolation('sidebar/a.ts', 'src/core/values/labels', true, false)).toBeUndefined();
    expect(layerViolation('src/local/cli.ts', 'src/server/index', true, false)).toBeUndefined();
  });

  it('lets the offline runtime take types from the server, never values', () => {
    const source = [
      "import type * as ServerModule from '../../server/index';",
      "import { runDunning } from '../../server/run/run-dunning';",
    ].join('\n');
    const uses = importsOf('src/local/runtime/index.ts', source);
    expect(uses).toEqual([
      { specifier: '../../server/index', typeOnly: true },
      { specifier: '../../server/run/run-dunning', typeOnly: false },
    ]);
    expect(
      layerViolation('src/local/runtime/index.ts', 'src/server/index', true, true),
    ).toBeUndefined();
    expect(
      layerViolation('src/local/runtime/index.ts', 'src/server/run/run-dunning', true, false),
    ).toBe('the offline runtime imports only types from src/server');
  });

  it('sets aside the long functions allowed for now, by file and name, and prints them', () => {
    const long = [
      { file: 'src/a.ts', line: 1, name: 'build', lines: 90 },
      { file: 'src/b.ts', line: 5, name: 'build', lines: 80 },
      { file: 'src/a.ts', line: 200, name: 'other', lines: 70 },
    ];
    const { offending, allowed } = setAsideAllowed(long, [{ file: 'src/a.ts', name: 'build' }]);
    expect(offending.map((f) => `${f.file} ${f.name}`)).toEqual(['src/b.ts build', 'src/a.ts other']);
    expect(allowed.map((f) => `${f.file} ${f.name}`)).toEqual(['src/a.ts build']);
    const printed = formatArchitectureReport({
      longFunctions: offending,
      allowedForNow: allowed,
      layerViolations: [],
      orderViolations: [],
      moduleCycles: [],
      folderCycles: [],
      unusedDependencies: [],
      undeclaredImports: [],
      outsideReferences: [],
      missingInDocs: [],
      stepIdConditions: [],
      languageTests: [],
      serviceCalls: [],
    });
    expect(printed).toContain('Functions over 60 lines (2):');
    expect(printed).toContain('allowed for now: 90 lines  src/a.ts:1  build');
  });

  it('finds the dependencies nothing imports, runs or types', () => {
    const manifest = {
      dependencies: { exceljs: '1', 'pdf-lib': '1', tsx: '1' },
      devDependencies: { '@types/node': '1', '@types/mailparser': '1', '@types/gone': '1' },
    };
    const bins = (name: string) => (name === 'tsx' ? ['tsx'] : []);
    expect(
      unusedDependencies(manifest, new Set(['exceljs', 'mailparser']), 'tsx scripts/build.ts', bins, [
        'node',
      ]),
    ).toEqual(['@types/gone', 'pdf-lib']);
  });

  it('finds the packages a file imports that package.json does not declare, builtins aside', () => {
    const manifest = {
      dependencies: { exceljs: '1', jspdf: '1' },
      devDependencies: { vitest: '1' },
    };
    expect(
      undeclaredImports(
        manifest,
        new Set(['exceljs', 'vitest', 'fflate', 'fs', 'node:path', '@babel/runtime', 'jspdf']),
      ),
    ).toEqual(['@babel/runtime', 'fflate']);
  });

  describe('the step as data', () => {
    const found = (source: string) =>
      stepIdConditions('src/core/x.ts', source).map((c) => `${c.line}: ${c.text}`);

    it('refuses a step id compared, switched on, or tested in a condition', () => {
      const source = [
        "if (step.id === 'contentieux') go();",
        "const late = 'appel' !== next.step;",
        "switch (step) { case 'relance-2': break; }",
        "if (history.steps['mise-en-demeure']) go();",
        "const seen = history.steps['mise-en-demeure'] !== undefined;",
        "const kind = isLetter(`relance-2`) ? 1 : 2;",
        "while (!done('pre-echeance')) go();",
        "const known = 'appel' in texts;",
        "const late = ladder.filter((s) => order(s.id) >= order('relance-1'));",
        "const cap = order(daysLate > 30 ? 'relance-2' : 'relance-1');",
      ].join('\n');
      expect(found(source)).toEqual([
        "1: 'contentieux'",
        "2: 'appel'",
        "3: 'relance-2'",
        "4: 'mise-en-demeure'",
        "5: 'mise-en-demeure'",
        '6: `relance-2`',
        "7: 'pre-echeance'",
        "8: 'appel'",
        "9: 'relance-1'",
        "10: 'relance-2'",
        "10: 'relance-1'",
      ]);
    });

    it('refuses a list or a set of step ids, and a name standing for one', () => {
      const source = [
        "const COURTEOUS = new Set(['pre-echeance', 'relance-1']);",
        "const claiming = ['relance-2', 'contentieux'] as const;",
        "const cited = reminders.has('appel');",
        "const ok = STEP_IDS.includes('appel');",
        "const NOTICE = 'mise-en-demeure';",
        "class Rules { readonly call = 'appel' as StepId; }",
      ].join('\n');
      expect(found(source)).toEqual([
        "1: 'pre-echeance'",
        "1: 'relance-1'",
        "2: 'relance-2'",
        "2: 'contentieux'",
        "3: 'appel'",
        "4: 'appel'",
        "5: 'mise-en-demeure'",
        "6: 'appel'",
      ]);
    });

    it('lets a step id be data: a value given, a key, a type', () => {
      const source = [
        "const action = { step: 'relance-1', client };",
        "const ladder = [step('appel', 8, 0)];",
        "const TEXTS = { 'relance-2': { fr: 'Rappel' } };",
        "const names: Partial<Record<'appel', string>> = {};",
        "if (state === 'contentieux-ish' || state === 'paid') go();",
        "record(step ?? 'mise-en-demeure');",
      ].join('\n');
      expect(found(source)).toEqual([]);
    });

    it('finds no step id in a condition in this repository outside the step table', () => {
      expect(thisRepository().stepIdConditions).toEqual([]);
    });
  });

  it('passes this repository: every package it declares is used and every package it imports is declared', () => {
    const report = thisRepository();
    expect(report.unusedDependencies).toEqual([]);
    expect(report.undeclaredImports).toEqual([]);
  });
});

describe('one catalogue of words', () => {
  const found = (source: string) =>
    languageTests('src/core/x.ts', source).map((c) => `${c.line}: ${c.text}`);

  it('refuses a text chosen by comparing the language, however it is written', () => {
    const source = [
      "const word = language === 'fr' ? 'facture' : 'invoice';",
      "if (language === 'en') return 'Dear Sir,';",
      "const fr = input.action.language === 'fr';",
      "const english = 'en' !== lang ? 0 : 1;",
      "switch (language) { case 'en': break; }",
      'const late = language == `fr`;',
    ].join('\n');
    expect(found(source)).toEqual([
      "1: 'fr'",
      "2: 'en'",
      "3: 'fr'",
      "4: 'en'",
      "5: 'en'",
      '6: `fr`',
    ]);
  });

  it('lets a language be data: a key, an argument, an index, a type', () => {
    const source = [
      "const TEXT = { fr: 'facture', en: 'invoice' };",
      "const amount = formatEuros(cents, 'fr');",
      "const title = TEXT['en'];",
      "const known: Record<'fr' | 'en', string> = TEXT;",
      "const ok = isLanguage(value) ? value : fail('fr');",
    ].join('\n');
    expect(found(source)).toEqual([]);
  });

  it('finds them in src and the sidebar, the catalogue and the tests aside', () => {
    const test = "export const f = (language: string) => language === 'fr';\n";
    const report = checkFakeTree({
      'src/core/words/catalogue.ts': test,
      'src/server/a.ts': test,
      'sidebar/b.ts': test,
      'test/c.test.ts': test,
      'scripts/d.ts': test,
    });
    expect(report.languageTests.map((c) => c.file)).toEqual(['sidebar/b.ts', 'src/server/a.ts']);
    expect(formatArchitectureReport(report)).toContain(
      'Texts chosen by comparing the language outside src/core/words/catalogue.ts (2):',
    );
  });

  it('finds none in this repository', () => {
    expect(thisRepository().languageTests).toEqual([]);
  });
});

describe('each Apps Script service through an adapter', () => {
  const found = (source: string) =>
    serviceCalls('src/server/run/x.ts', source).map((c) => `${c.line}: ${c.text}`);

  it('names every call to a service global, with its line', () => {
    const source = [
      'SpreadsheetApp.flush();',
      'const who = Session.getEffectiveUser().getEmail();',
      'const mode = ScriptApp.AuthMode.FULL;',
      "const doc = DocumentApp.openById('id');",
      "const file = Drive.Files.get('id');",
    ].join('\n');
    expect(found(source)).toEqual([
      '1: SpreadsheetApp.flush',
      '2: Session.getEffectiveUser',
      '3: ScriptApp.AuthMode',
      '4: DocumentApp.openById',
      '5: Drive.Files',
    ]);
  });

  it('lets a comment, a type or a property of the same name be', () => {
    const source = [
      '// SpreadsheetApp.flush() applies the pending writes',
      'type Sheet = GoogleAppsScript.Spreadsheet.Sheet;',
      'const fake = { SpreadsheetApp: { flush: () => 0 } };',
      'fake.SpreadsheetApp.flush();',
    ].join('\n');
    expect(found(source)).toEqual([]);
  });

  it('finds them in src outside the adapters, the emulator and the tests aside', () => {
    const call = 'export const f = () => SpreadsheetApp.flush();\n';
    const report = checkFakeTree({
      'src/server/adapters/sheets.ts': call,
      'src/server/run/a.ts': call,
      'src/server/entry/b.ts': call,
      'src/server/index.ts': call,
      'src/core/c.ts': call,
      'src/local/runtime/d.ts': call,
      'test/e.test.ts': call,
      'scripts/f.ts': call,
    });
    expect(report.serviceCalls.map((c) => c.file)).toEqual([
      'src/core/c.ts',
      'src/server/entry/b.ts',
      'src/server/index.ts',
      'src/server/run/a.ts',
    ]);
    expect(formatArchitectureReport(report)).toContain(
      'Apps Script services called outside src/server/adapters (4):',
    );
  });

  it('finds none in this repository', () => {
    expect(thisRepository().serviceCalls).toEqual([]);
  });
});

/** A throwaway repository holding the given files, checked, then removed. */
function checkFakeTree(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'relance-arch-'));
  try {
    for (const [path, text] of Object.entries({ 'package.json': '{}', ...files })) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return checkArchitecture(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe("the core's order", () => {
  it('is printed bottom-up on every run', () => {
    const printed = formatArchitectureReport(checkFakeTree({}));
    expect(printed).toContain(`The core's order, bottom-up: ${CORE_ORDER.join(' < ')}`);
    expect(CORE_ORDER.slice(0, 4)).toEqual(['values', 'steps', 'model', 'words']);
  });

  it('lets a folder import the folders before it and its own', () => {
    const report = checkFakeTree({
      'src/core/model.ts': "import type { Day } from './values/day';\nexport type D = Day;\n",
      'src/core/values/day.ts': 'export type Day = number;\n',
      'src/core/reports/a.ts': "import type { D } from '../model';\nimport { b } from './b';\n",
      'src/core/reports/b.ts': "import type { Day } from '../values/day';\nexport const b = 1;\n",
    });
    expect(report.orderViolations).toEqual([]);
    expect(report.moduleCycles).toEqual([]);
    expect(report.folderCycles).toEqual([]);
  });

  it('fails on an import that runs against the order, even a type-only one', () => {
    const report = checkFakeTree({
      'src/core/values/labels.ts': "import type { R } from '../reports/run-report';\n",
      'src/core/reports/run-report.ts': 'export type R = string;\n',
    });
    expect(report.orderViolations).toEqual([
      'src/core/values/labels → src/core/reports/run-report: values comes before reports in the core\'s order: values may not import reports',
    ]);
    expect(formatArchitectureReport(report)).toContain("Imports against the core's order (1):");
  });

  it('fails on a folder that has no place in the order', () => {
    const report = checkFakeTree({
      'src/core/misc/a.ts': "import { b } from '../values/b';\n",
      'src/core/values/b.ts': 'export const b = 1;\n',
    });
    expect(report.orderViolations).toEqual([
      "src/core/misc/a → src/core/values/b: src/core/misc has no place in the core's order",
    ]);
  });

  it('fails on two modules of one folder that import each other round a cycle', () => {
    const report = checkFakeTree({
      'src/core/sheets/a.ts': "import { b } from './b';\nexport const a = b;\n",
      'src/core/sheets/b.ts': "import type { C } from './c';\nexport const b = 1;\n",
      'src/core/sheets/c.ts': "import { a } from './a';\nexport type C = typeof a;\n",
      'src/core/sheets/d.ts': "import { a } from './a';\n",
    });
    expect(report.orderViolations).toEqual([]);
    expect(report.moduleCycles).toEqual([
      ['src/core/sheets/a', 'src/core/sheets/b', 'src/core/sheets/c'],
    ]);
    expect(formatArchitectureReport(report)).toContain('Cycles between core modules (1):');
  });

  it('fails on two folders that import each other', () => {
    const report = checkFakeTree({
      'src/core/dunning/a.ts': "import { b } from '../messages/b';\nexport const a = b;\n",
      'src/core/messages/b.ts': 'export const b = 1;\n',
      'src/core/messages/c.ts': "import { a } from '../dunning/a';\n",
    });
    expect(report.folderCycles).toEqual([['dunning', 'messages']]);
    expect(report.moduleCycles).toEqual([]);
    expect(report.orderViolations).toHaveLength(1);
  });

  it('is typechecked without DOM, Node or Apps Script types', () => {
    const config = JSON.parse(
      readFileSync(new URL('../../src/core/tsconfig.json', import.meta.url), 'utf8'),
    ) as { compilerOptions: { lib: string[]; types: string[] } };
    expect(config.compilerOptions.types).toEqual([]);
    expect(config.compilerOptions.lib.filter((lib) => /dom|node|webworker/i.test(lib))).toEqual([]);
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { scripts: Record<string, string> };
    expect(manifest.scripts['typecheck']).toContain('tsc -p src/core/tsconfig.json');
  });

  it('passes this repository: no import against the order, no cycle', () => {
    const report = thisRepository();
    expect(report.orderViolations).toEqual([]);
    expect(report.moduleCycles).toEqual([]);
    expect(report.folderCycles).toEqual([]);
  });
});

describe('citations', () => {
  // Built from parts, so that this file does not cite what it tests.
  const issue = ['iss', 'ue'].join('');
  const design = ['DES', 'IGN'].join('');

  it('refuses an issue number, a section of the outside design file, an outside path', () => {
    const text = [
      `// Stops before six minutes (${issue} 11, item 7).`,
      `/** One conversation per client (${design} §3). */`,
      `// See ${issue}s #19 and /work/shared/domain/french-dunning-law.md.`,
    ].join('\n');
    expect(outsideReferences('src/a.ts', text).map((line) => line.split(':')[1])).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('accepts a cited rule, a repository doc, a reference URL, an invoice’s issue date', () => {
    const text = [
      '// Code de commerce L441-10; docs/architecture.md, « Acting safely ».',
      '// https://github.com/nodejs/node/issues/60888',
      `// the ${issue} date of an invoice, RFC 5321 §4.5.3.1.3`,
    ].join('\n');
    expect(outsideReferences('src/a.ts', text)).toEqual([]);
  });

  it('finds them in the sources and in README.md and docs/ of a tree', () => {
    const report = checkFakeTree({
      'src/core/values/a.ts': `// Unicode NFC (${issue} 10).\nexport const a = 1;\n`,
      'docs/notes.md': `# Notes\n\nAs agreed in ${design} §5.\n`,
    });
    expect(report.outsideReferences).toEqual([
      `src/core/values/a.ts:1: // Unicode NFC (${issue} 10).`,
      `docs/notes.md:3: As agreed in ${design} §5.`,
    ]);
    expect(formatArchitectureReport(report)).toContain(
      'Citations the repository cannot follow (2):',
    );
  });

  it('passes this repository', () => {
    const report = thisRepository();
    expect(report.outsideReferences).toEqual([]);
    expect(report.missingInDocs).toEqual([]);
  });
});
