/**
 * Every Apps Script service method the bundle calls has at least one conformance test. Both lists
 * are read from the code (service-methods.ts); the reporter prints the count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLE_ENTRY,
  bundleMethods,
  conformanceFiles,
  conformanceMethods,
  createProgram,
  type Uses,
} from './service-methods';

declare module 'vitest' {
  interface TaskMeta {
    /** How many service methods the bundle calls, and how many a conformance test calls too. */
    serviceMethods?: { called: number; covered: number };
  }
}

let bundle: Uses = new Map();
let covered: Uses = new Map();

beforeAll(() => {
  const program = createProgram([BUNDLE_ENTRY, ...conformanceFiles()]);
  bundle = bundleMethods(program);
  covered = conformanceMethods(program);
});

describe('conformance coverage of the bundle’s service calls', () => {
  it('finds the bundle’s calls through Google’s types, chained calls included', () => {
    expect([...bundle.keys()]).toEqual(
      expect.arrayContaining([
        'Mail.MailApp.sendEmail',
        'Spreadsheet.SpreadsheetApp.getActiveSpreadsheet',
        'Spreadsheet.Range.setValues',
        'Document.Body.getParagraphs',
      ]),
    );
  });

  it('counts a facade’s method as the Google method it emulates', () => {
    const rangeFacadeCalls = covered.get('Spreadsheet.Range.setValues') ?? [];
    expect(rangeFacadeCalls.some((where) => where.includes('spreadsheet-range.test.ts'))).toBe(
      true,
    );
    expect(covered.has('Lock.Lock.tryLock')).toBe(true);
  });

  it('has a conformance test for every service method the bundle calls', ({ task }) => {
    const uncovered = [...bundle.keys()].filter((method) => !covered.has(method)).sort();
    task.meta.serviceMethods = { called: bundle.size, covered: bundle.size - uncovered.length };
    expect(uncovered.map((method) => `${method} (${bundle.get(method)?.[0] ?? ''})`)).toEqual([]);
  });
});
