/**
 * Random invoice tabs as users fill them — names in any script, amounts with every separator,
 * odd amounts, many addresses — read, planned and composed: no email reaches two clients, no
 * action claims another amount than the sheet, and nothing throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toExecutionPlan } from '../../src/core/plan/execution';
import { planDunning } from '../../src/core/dunning/engine';
import type { Cell } from '../../src/core/values/cells';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import { day, settings } from '../fixtures';

const TODAY = day('2026-03-20');
const HEADER: Cell[] = ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Montant payé'];

/** Letters of several scripts: a client's name is made of them, distinct per client. */
const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  '山田中佐藤鈴木高橋伊渡辺',
  'αβγδεζηθικλμνξοπρστυφχψω',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  'अआइईउऊएऐओऔकखगघचछजझ',
];
const PREFIXES = ['', 'ООО ', '株式会社', 'SARL ', 'شركة ', '— '];

/** A name that only client `index` has: the index written in one script's letters. */
function nameOf(index: number, alphabet: string, prefix: string): string {
  const letters = [...alphabet];
  let n = index;
  let token = '';
  do {
    token += letters[n % letters.length];
    n = Math.floor(n / letters.length);
  } while (n > 0);
  return `${prefix}${token}`;
}

/** How a user may write the same name again: other case, extra spaces. */
function respell(name: string, variant: number): string {
  if (variant === 1) return name.toUpperCase();
  if (variant === 2) return `  ${name.replace(/ /g, '   ')} `;
  return name;
}

function frenchAmount(cents: number): string {
  const units = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${units},${String(cents % 100).padStart(2, '0')} €`;
}

function englishAmount(cents: number): string {
  const units = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${units}.${String(cents % 100).padStart(2, '0')}`;
}

/** An amount cell: well written (with the cents it says) or odd (to be refused). */
const amountArbitrary = fc.oneof(
  fc.integer({ min: 1, max: 5_000_000 }).chain((cents) =>
    fc.constantFrom<[Cell, number | undefined]>(
      [cents / 100, cents],
      [frenchAmount(cents), cents],
      [englishAmount(cents), cents],
      [
        frenchAmount(cents)
          .replace(/\u00a0/g, '.')
          .replace(' €', ''),
        cents,
      ],
    ),
  ),
  fc.constantFrom<[Cell, number | undefined]>(
    ['1234,565', undefined],
    ['12,3,4', undefined],
    ['0,001', undefined],
    ['$500', undefined],
    ['12 CHF', undefined],
    ['#REF!', undefined],
    ['', undefined],
    ['-50', undefined],
  ),
);

const rowArbitrary = fc.record({
  client: fc.integer({ min: 0, max: 5 }),
  variant: fc.integer({ min: 0, max: 2 }),
  addresses: fc.integer({ min: 0, max: 55 }),
  dueOffset: fc.integer({ min: -80, max: 10 }),
  amount: amountArbitrary,
  paidPercent: fc.constantFrom(0, 0, 25, 100),
});

const tabArbitrary = fc.record({
  alphabets: fc.array(fc.constantFrom(...ALPHABETS), { minLength: 6, maxLength: 6 }),
  prefix: fc.constantFrom(...PREFIXES),
  rows: fc.array(rowArbitrary, { minLength: 1, maxLength: 25 }),
});

describe('random invoice tabs', () => {
  it('never email two clients at once, never claim another amount than the sheet, never throw', () => {
    fc.assert(
      fc.property(tabArbitrary, ({ alphabets, prefix, rows }) => {
        const clientOfAddress = new Map<string, number>();
        const clientOfInvoice = new Map<string, number>();
        const owed = new Map<string, number>();
        const grid: Cell[][] = [HEADER];
        rows.forEach((row, i) => {
          const number = `F-${i + 1}`;
          const name = nameOf(row.client, alphabets[row.client] ?? '', prefix);
          const emails = Array.from({ length: row.addresses }, (_, j) => {
            const address = `c${row.client}-${j % 7}-${i}@client${row.client}.fr`;
            clientOfAddress.set(address, row.client);
            return address;
          });
          const [amountCell, cents] = row.amount;
          const paid = cents === undefined ? 0 : Math.floor((cents * row.paidPercent) / 100);
          clientOfInvoice.set(number, row.client);
          if (cents !== undefined) owed.set(number, cents - paid);
          grid.push([
            number,
            respell(name, row.variant),
            emails.join(i % 2 === 0 ? '; ' : ', '),
            { day: (TODAY + row.dueOffset) as never },
            amountCell,
            paid === 0 ? '' : paid / 100,
          ]);
        });

        const reading = readInvoiceTable(grid, { settings: settings() });
        if (!reading.found) throw new Error(reading.text.fr);
        for (const invoice of reading.invoices)
          expect(owed.has(invoice.number), `${invoice.number} is readable`).toBe(true);
        const plan = planDunning({
          invoices: reading.invoices,
          events: [],
          settings: settings(),
          today: TODAY,
        });
        const execution = toExecutionPlan({
          plan,
          invoices: reading.invoices,
          settings: settings(),
          today: TODAY,
          mode: 'preview',
        });
        for (const step of execution.steps) {
          const { action } = step;
          const clients = new Set(action.invoices.map((n) => clientOfInvoice.get(n)));
          expect(clients.size, action.key).toBe(1);
          const [client] = [...clients];
          for (const address of action.to) expect(clientOfAddress.get(address)).toBe(client);
          const claimed = action.invoices.reduce((sum, n) => sum + (owed.get(n) ?? NaN), 0);
          expect(action.balanceCents, action.key).toBe(claimed);
          expect(action.to.length).toBeLessThanOrEqual(50 * action.invoices.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
