/**
 * What a second adversarial pass found Relance misreading in the invoice tab: statuses that mean
 * paid, cancelled or disputed, ambiguous amounts and dates, addresses that are not one address.
 * Each case either reads the right value or becomes a problem naming the cell, and waits.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/sheets/cells';
import { planDunning } from '../../src/core/dunning/engine';
import { readInvoiceTable, type InvoiceTableReading } from '../../src/core/sheets/invoice-table';
import { day, settings } from '../fixtures';

type Found = Extract<InvoiceTableReading, { found: true }>;

function read(rows: Cell[][]): Found {
  const result = readInvoiceTable(rows, { settings: settings() });
  if (!result.found) throw new Error(result.message);
  return result;
}

/** The invoices chased on 20 March 2026 (due on 2 March). */
function chased(rows: Cell[][]): string[] {
  const { invoices } = read(rows);
  return planDunning({
    invoices,
    events: [],
    settings: settings(),
    today: day('2026-03-20'),
  }).actions.flatMap((a) => a.invoices);
}

const DUE = '2026-03-02';

function withStatus(status: string): Cell[][] {
  return [
    ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Statut'],
    ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, '1 000,00', status],
  ];
}

describe('statuses', () => {
  it.each([
    'Payée par virement',
    'Acquittée',
    'Réglée le 05/03/2026',
    'Payé intégralement',
    'Soldée',
    'PAYÉE',
    'Encaissée le 4 mars',
    'Paid in full',
    'Annulée et remplacée par R-99',
    'Annulée',
    'Avoir',
    'Avoir n° 12',
    'Litige en cours',
    'En litige',
    'Contestée',
    'Contestée par le client',
    'Disputed',
  ])('never chases an invoice whose status is « %s », and says nothing is wrong', (status) => {
    expect(chased(withStatus(status))).toEqual([]);
    expect(read(withStatus(status)).problems).toEqual([]);
  });

  it.each(['En retard', 'Non payée', 'À payer', 'Impayée depuis le 2 mars', 'Relancée', ''])(
    'chases an invoice whose status is « %s »',
    (status) => {
      expect(chased(withStatus(status))).toEqual(['F-1']);
    },
  );

  it.each(['Payée partiellement', 'Réglée en partie', 'Acompte reçu'])(
    'reads « %s » as partly paid: without the amount paid the row is a problem, never the whole amount',
    (status) => {
      const reading = read(withStatus(status));
      expect(reading.invoices).toEqual([]);
      expect(reading.problems).toEqual([
        expect.objectContaining({
          column: 'Statut',
          message: expect.stringMatching(/partiellement payée/),
        }),
      ]);
    },
  );

  it('shows an invoice in dispute as such, rather than dropping it', () => {
    const [invoice] = read(withStatus('Litige en cours')).invoices;
    expect(invoice).toMatchObject({ number: 'F-1', markedDisputed: true });
  });

  it.each([
    'Payée sauf 200 €',
    'Réglée mais relancer',
    'Payée ? à vérifier en retard',
    'À voir avec Paul',
    'Bof',
  ])(
    'makes the row a problem naming the Statut cell when the status « %s » is unknown',
    (status) => {
      const reading = read(withStatus(status));
      expect(reading.invoices).toEqual([]);
      expect(reading.problems).toEqual([
        expect.objectContaining({
          row: 2,
          column: 'Statut',
          value: status,
          message: expect.stringMatching(/^Statut « .* » non reconnu/),
        }),
      ]);
      expect(chased(withStatus(status))).toEqual([]);
    },
  );
});
