import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/sheets/cells';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import { attentionLine, parseCivility, salutation } from '../../src/core/messages/addressing';
import { day, settings } from '../fixtures';

const HEADER: Cell[] = [
  'N° facture',
  'Client',
  'Email',
  'Échéance',
  'Montant TTC',
  'Contact',
  'Civilité',
];

function readWith(civility: string) {
  const rows: Cell[][] = [
    HEADER,
    [
      'F-1',
      'Garage Martin',
      'a@garage.fr',
      { day: day('2026-03-02') },
      100,
      'Paul Martin',
      civility,
    ],
  ];
  const result = readInvoiceTable(rows, { settings: settings() });
  if (!result.found) throw new Error(result.message);
  return result;
}

describe('the Civilité column', () => {
  it('reads M., Mme, Madame, Monsieur and their English synonyms', () => {
    expect(['M.', 'Monsieur', 'Mr', 'MR.', 'Mister'].map(parseCivility)).toEqual(
      Array(5).fill('monsieur'),
    );
    expect(['Mme', 'Madame', 'Mrs', 'Ms', 'Mlle'].map(parseCivility)).toEqual(
      Array(5).fill('madame'),
    );
    expect(readWith('Mme').invoices[0]?.civility).toBe('madame');
    expect(readWith('M.').invoices[0]?.civility).toBe('monsieur');
  });

  it('keeps « Dr » and « Docteur »: the letter opens « Docteur, », for the attention « du Docteur »', () => {
    expect(['Dr', 'Dr.', 'Docteur', 'Doctor'].map(parseCivility)).toEqual(Array(4).fill('docteur'));
    expect(readWith('Dr').invoices[0]?.civility).toBe('docteur');
    expect(salutation('docteur', 'fr')).toBe('Docteur,');
    expect(attentionLine('Paul Martin', 'docteur', 'fr')).toBe(
      'À l’attention du Docteur Paul Martin',
    );
    expect(salutation('docteur', 'en')).toBe('Dear Doctor,');
  });

  it('reports a civilité it cannot read and keeps the invoice, addressed « Madame, Monsieur, »', () => {
    const reading = readWith('Capitaine');
    expect(reading.invoices).toHaveLength(1);
    expect(reading.invoices[0]?.civility).toBeUndefined();
    expect(reading.problems[0]?.message).toBe(
      'Civilité « Capitaine » non reconnue : écrivez M., Mme, Madame, Monsieur ou Dr. La lettre commencera par « Madame, Monsieur, ».',
    );
    expect(salutation(undefined, 'fr')).toBe('Madame, Monsieur,');
  });
});
