import { describe, expect, it } from 'vitest';
import { clientTypeWrites } from '../../src/core/sheets/client-type-cell';
import { readClientDirectory } from '../../src/core/sheets/client-directory';
import type { Cell } from '../../src/core/values/cells';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import { settings } from '../fixtures';

/** The tab after the writes, read back as a run reads it. */
function applied(rows: Cell[][], writes: ReturnType<typeof clientTypeWrites>): Cell[][] {
  if (!writes.ok) throw new Error(writes.reason.fr);
  const result = rows.map((row) => [...row]);
  for (const { row, column, value } of writes.cells) {
    while (result.length < row) result.push([]);
    const line = result[row - 1] as Cell[];
    while (line.length < column) line.push('');
    line[column - 1] = value;
  }
  return result;
}

/** The type a run reads for an invoice of `client` whose row leaves the type blank. */
const typeOf = (rows: Cell[][], client: string) => {
  const directory = readClientDirectory(rows);
  if (!directory.found) throw new Error('no header');
  const reading = readInvoiceTable(
    [
      ['N° facture', 'Client', 'Échéance', 'Montant TTC'],
      ['F-1', client, '2026-03-02', 100],
    ],
    { settings: settings(), clients: directory.directory },
  );
  if (!reading.found) throw new Error(reading.text.fr);
  return reading.invoices[0]?.clientType;
};

describe('the type chosen in the sidebar', () => {
  it('creates the Clients tab when there is none', () => {
    const writes = clientTypeWrites(undefined, 'SCI Alpha', 'non-trader');
    expect(writes.ok && writes.createTab).toBe(true);
    expect(typeOf(applied([], writes), 'SCI Alpha')).toBe('non-trader');
  });

  it('fills the client’s row, adding the Type client column the tab lacks', () => {
    const rows: Cell[][] = [
      ['Raison sociale', 'Courriel'],
      ['Alpha', 'a@alpha.fr'],
      ['Mme Roux', 'roux@mail.fr'],
    ];
    const writes = clientTypeWrites(rows, 'Mme Roux', 'consumer');
    expect(writes.ok && writes.cells).toEqual([
      { row: 1, column: 3, value: 'Type client' },
      { row: 3, column: 3, value: 'particulier' },
    ]);
    expect(typeOf(applied(rows, writes), 'Mme Roux')).toBe('consumer');
  });

  it('adds a row for a client the tab does not list', () => {
    const rows: Cell[][] = [
      ['Client', 'Type client'],
      ['Alpha', 'SAS'],
    ];
    const writes = clientTypeWrites(rows, 'Commune de Lorient', 'public-buyer');
    expect(typeOf(applied(rows, writes), 'Commune de Lorient')).toBe('public-buyer');
    expect(typeOf(applied(rows, writes), 'Alpha')).toBe('trader');
  });

  it('refuses a tab whose header it cannot find', () => {
    expect(clientTypeWrites([['notes'], ['x']], 'Alpha', 'trader').ok).toBe(false);
  });
});
