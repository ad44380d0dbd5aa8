import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkArchitecture,
  formatArchitectureReport,
  importsOf,
  layerViolation,
  longFunctions,
  setAsideAllowed,
  stepIdConditions,
  undeclaredImports,
  unusedDependencies,
} from '../../scripts/check-architecture';

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
      unusedDependencies: [],
      undeclaredImports: [],
      stepIdConditions: [],
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
      const report = checkArchitecture(fileURLToPath(new URL('../..', import.meta.url)));
      expect(report.stepIdConditions).toEqual([]);
    });
  });

  it('passes this repository: every package it declares is used and every package it imports is declared', () => {
    const report = checkArchitecture(fileURLToPath(new URL('../..', import.meta.url)));
    expect(report.unusedDependencies).toEqual([]);
    expect(report.undeclaredImports).toEqual([]);
  });
});
