import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/values/cells';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import {
  attentionLine,
  greeting,
  parseCivility,
  salutation,
} from '../../src/core/words/addressing';
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
      Array(5).fill('sir'),
    );
    expect(['Mme', 'Madame', 'Mrs', 'Ms', 'Mlle'].map(parseCivility)).toEqual(
      Array(5).fill('madam'),
    );
    expect(readWith('Mme').invoices[0]?.civility).toBe('madam');
    expect(readWith('M.').invoices[0]?.civility).toBe('sir');
  });

  it('keeps « Dr » written in the Civilité column: the contact is greeted « Docteur »', () => {
    const [invoice] = readWith('Dr').invoices;
    expect(invoice).toMatchObject({ contact: 'Dr Paul Martin' });
    expect(invoice?.civility).toBeUndefined();
    expect(greeting(invoice?.contact, invoice?.civility, 'fr')).toBe('Bonjour Docteur,');
    expect(attentionLine(invoice?.contact, invoice?.civility, 'fr')).toBe(
      'À l’attention du Docteur Paul Martin',
    );
  });

  it('reports a civilité it cannot read and keeps the invoice, addressed « Madame, Monsieur, »', () => {
    const reading = readWith('Capitaine');
    expect(reading.invoices).toHaveLength(1);
    expect(reading.invoices[0]?.civility).toBeUndefined();
    expect(reading.problems[0]?.message).toBe(
      'Civilité « Capitaine » non reconnue : écrivez M., Mme, Madame, Monsieur, ou un titre (Dr, Pr, Me) avec le nom du contact. La lettre commencera par « Madame, Monsieur, ».',
    );
    expect(salutation(undefined, 'fr')).toBe('Madame, Monsieur,');
  });
});
