/**
 * No parser of a cell is worse than linear: a 600,000-character email cell once hung `init`.
 * Each parser reads a cell made of a repeated pattern at 5,000 and at 50,000 characters (the
 * Sheets cell limit); reading the long cell once must cost about as much as reading the short
 * one ten times, far from the hundred times a quadratic parser would take.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/values/cells';
import { parseCivility } from '../../src/core/words/addressing';
import { parseClientType } from '../../src/core/sheets/client-type';
import { readClientDirectory } from '../../src/core/sheets/client-directory';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import { parseStatus } from '../../src/core/sheets/invoice-status';
import {
  dateOrderEvidence,
  parseDay,
  parseEmails,
  readAmount,
} from '../../src/core/values/parse-values';
import { clientNameKey, normalizeKey } from '../../src/core/values/keys';
import { settings } from '../fixtures';

const SHORT = 5_000;
const LONG = 50_000;

/** The best of five timings of `read` over `cell`, `times` times in a row, in milliseconds. */
function bestTime(read: (cell: string) => unknown, cell: string, times: number): number {
  let best = Infinity;
  for (let trial = 0; trial < 5; trial += 1) {
    const start = performance.now();
    for (let i = 0; i < times; i += 1) read(cell);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Ten short readings against one long one: about 1 when linear, about 10 when quadratic. The
 * best of three measures, since a shared machine slows any one of them.
 */
function timeRatio(read: (cell: string) => unknown, pattern: string): number {
  const cellOf = (length: number) =>
    pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
  let best = Infinity;
  for (let measure = 0; measure < 3 && best >= 3; measure += 1) {
    const short = bestTime(read, cellOf(SHORT), LONG / SHORT);
    const long = bestTime(read, cellOf(LONG), 1);
    best = Math.min(best, long / Math.max(short, 0.5));
  }
  return best;
}

const invoiceRow = (cell: Cell) =>
  readInvoiceTable(
    [
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Statut', 'Civilité'],
      [cell, cell, cell, cell, cell, cell, cell],
    ],
    { settings: settings() },
  );

const clientRow = (cell: Cell) =>
  readClientDirectory([
    ['Client', 'Email', 'Type client', 'Civilité', 'Adresse'],
    ['Garage', cell, cell, cell, cell],
  ]);

const PARSERS: [string, (cell: string) => unknown][] = [
  ['parseEmails', parseEmails],
  ['readAmount', readAmount],
  ['parseDay', parseDay],
  ['dateOrderEvidence', dateOrderEvidence],
  ['parseStatus', parseStatus],
  ['parseCivility', parseCivility],
  ['parseClientType', parseClientType],
  ['normalizeKey', normalizeKey],
  ['clientNameKey', clientNameKey],
  ['an invoice row', invoiceRow],
  ['a Clients tab row', clientRow],
];

/** Patterns that made parsers backtrack: display names never closed, quotes, lone signs. */
const pattern = fc
  .array(fc.constantFrom('a', ' ', '<', '>', '"', '@', '.', ',', ';', '1', '/', 'é', '\n', '-'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((chars) => chars.join(''));

describe('every cell parser is linear up to the Sheets cell limit', () => {
  it.each(PARSERS)(
    '%s reads a 50,000-character cell in about ten times a 5,000-character one',
    (_name, read) => {
      fc.assert(
        fc.property(pattern, (p) => {
          expect(timeRatio(read, p)).toBeLessThan(3);
        }),
        { numRuns: 8, examples: [['a<'], ['a '], ['<'], ['"a'], ['a@a.'], ['1,']] },
      );
    },
  );
});
