import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/values/cells';
import { formatIsoDay } from '../../src/core/values/day';
import { readInvoiceTable, type InvoiceTableReading } from '../../src/core/sheets/invoice-table';
import { day, settings } from '../fixtures';

const HEADER: Cell[] = [
  'N° facture',
  'Client',
  'Email',
  'Date',
  'Échéance',
  'Montant TTC',
  'Montant payé',
  'Statut',
  'Type client',
  'Langue',
];

function read(rows: Cell[][], overrides = {}): Extract<InvoiceTableReading, { found: true }> {
  const result = readInvoiceTable(rows, { settings: settings(overrides) });
  if (!result.found) throw new Error(result.text.fr);
  return result;
}

const row = (
  number: string,
  amount: Cell = 1200,
  extra: Partial<Record<number, Cell>> = {},
): Cell[] => {
  const cells: Cell[] = [
    number,
    'Boulangerie Martin',
    'compta@boulangerie.fr',
    { day: day('2026-02-01') },
    { day: day('2026-03-02') },
    amount,
    '',
    '',
    '',
    '',
  ];
  for (const [index, value] of Object.entries(extra)) cells[Number(index)] = value as Cell;
  return cells;
};

describe('finding the invoice table', () => {
  it('finds the header on row 4 below the firm’s title and counts rows from there', () => {
    const result = read([
      ['Atelier Dupont — factures 2026'],
      [],
      ['Export du 01/03'],
      HEADER,
      row('F-1'),
    ]);
    expect(result.headerRow).toBe(4);
    expect(result.invoices[0]).toMatchObject({ number: 'F-1', row: 5, amountCents: 120000 });
  });

  it('maps English headers and headers written in any case or accent', () => {
    const result = read([
      [
        'INVOICE NUMBER',
        'customer',
        'E-mail',
        'Issue date',
        'Due date',
        'Amount',
        'Amount paid',
        'Status',
      ],
      [
        'A-1',
        'Brightside Ltd',
        'accounts@brightside.co.uk',
        '02/15/2026',
        '2026-03-02',
        '1,234.56',
        '',
        'Paid',
      ],
    ]);
    expect(result.invoices[0]).toMatchObject({
      number: 'A-1',
      amountCents: 123456,
      markedPaid: true,
    });
  });

  it('never takes "Date de paiement" for the issue date nor "Montant payé" for the amount', () => {
    const result = read([
      ['Montant payé', 'Date de paiement', 'Facture', 'Client', 'Montant', 'Échéance'],
      [100, '10/03/2026', 'F-9', 'SCI', 500, '25/03/2026'],
    ]);
    expect(result.mapping.paid?.header).toBe('Montant payé');
    expect(result.mapping.amount?.header).toBe('Montant');
    expect(result.invoices[0]).toMatchObject({ amountCents: 50000, paidCents: 10000 });
    expect(formatIsoDay(result.invoices[0]?.paymentDate ?? (0 as never))).toBe('2026-03-10');
  });

  it('lets the user override the mapping of a column', () => {
    const result = read(
      [
        ['Réf.', 'Société', 'À payer', 'Pour le'],
        ['X1', 'SCI', '100', '20/03/2026'],
      ],
      {
        columnOverrides: { amount: 'À payer', dueDate: 'Pour le' },
      },
    );
    expect(result.invoices[0]).toMatchObject({ number: 'X1', amountCents: 10000 });
  });

  it('says which columns are missing when there is no invoice table', () => {
    const result = readInvoiceTable(
      [
        ['Nom', 'Prénom'],
        ['Dupont', 'Jean'],
      ],
      { settings: settings() },
    );
    expect(result.found).toBe(false);
    if (!result.found) expect(result.text.fr).toMatch(/N° facture, Client, Montant TTC/);
  });
});

describe('reading rows', () => {
  it('computes the due date from the issue date and the payment terms when it is missing', () => {
    const result = read([HEADER, row('F-1', 100, { 4: '' })]);
    expect(formatIsoDay(result.invoices[0]?.dueDate ?? (0 as never))).toBe('2026-03-03');
  });

  it('reports a duplicate invoice number and keeps the first', () => {
    const result = read([HEADER, row('F-1'), row('F-1', 300)]);
    expect(result.invoices).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      row: 3,
      column: 'N° facture',
      text: expect.objectContaining({ fr: expect.stringMatching(/déjà ligne 2/) }),
    });
  });

  it('ignores blank rows and the total row at the bottom', () => {
    const result = read([
      HEADER,
      row('F-1'),
      [],
      ['', '', '', '', '', 2400],
      ['TOTAL TTC', '', '', '', '', 2400],
    ]);
    expect(result.invoices).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });

  it('never crashes on #REF! and says which cell to fix', () => {
    const result = read([HEADER, row('F-1', '#REF!')]);
    expect(result.invoices).toEqual([]);
    expect(result.problems[0]).toMatchObject({ row: 2, column: 'Montant TTC', value: '#REF!' });
  });

  it('reports each unusable row with a French sentence, leaves it out and keeps the rest', () => {
    const result = read([
      HEADER,
      row('F-1', '12,3,4'),
      row('', 100),
      row('F-3', -50),
      row('F-4', 100, { 4: '31/02/2026' }),
      row('F-5', 100, { 2: 'pas-une-adresse' }),
      row('F-6', 100, { 6: 150 }),
      row('F-7'),
    ]);
    // An overpayment (F-6) is a warning: the invoice is kept, settled.
    expect(result.invoices.map((i) => i.number)).toEqual(['F-6', 'F-7']);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Montant TTC'],
      [3, 'N° facture'],
      [4, 'Montant TTC'],
      [5, 'Échéance'],
      [6, 'Email'],
      [7, 'Montant payé'],
    ]);
    expect(result.problems[0]?.text.fr).toBe(
      'Montant illisible : « 12,3,4 ». Écrivez un nombre comme 1 234,56.',
    );
  });

  it('holds back a row with one invalid address among valid ones, and names the invalid one', () => {
    const result = read([HEADER, row('F-1', 100, { 2: 'ok@client.fr; faux@' })]);
    expect(result.invoices).toEqual([]);
    expect(result.problems[0]?.text.fr).toMatch(/^Adresse email invalide : « faux@ »/);
  });

  it('reads the consumer type, the language and a cancelled invoice', () => {
    const result = read([
      HEADER,
      row('F-1', 100, { 8: 'Particulier', 9: 'EN' }),
      row('F-2', 100, { 7: 'Annulée' }),
    ]);
    expect(result.invoices).toHaveLength(1);
    expect(result.invoices[0]).toMatchObject({ clientType: 'consumer', language: 'en' });
  });

  it('keeps an invoice number typed as a number without a decimal part', () => {
    expect(read([HEADER, row(1042 as unknown as string)]).invoices[0]?.number).toBe('1042');
  });

  it('never throws on random grids', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constantFrom('#N/A', '#REF!', 'Total', ''),
      fc.integer({ min: 0, max: 80000 }).map((d) => ({ day: d as never })),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }), (grid) => {
        readInvoiceTable([HEADER, ...grid], { settings: settings() });
        readInvoiceTable(grid, { settings: settings() });
      }),
    );
  });
});
