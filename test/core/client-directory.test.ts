import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/values/cells';
import { isClientDirectoryName, readClientDirectory } from '../../src/core/sheets/client-directory';
import { readInvoiceTable, type InvoiceTableReading } from '../../src/core/sheets/invoice-table';
import { withholdIncompleteActions } from '../../src/core/messages/compose';
import { planDunning } from '../../src/core/dunning/engine';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, invoice, settings } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

const TAB: Cell[][] = [
  ['Fichier clients'],
  [],
  [
    'Raison sociale',
    'Courriel',
    'Interlocuteur',
    'Civilité',
    'Adresse postale',
    'Type client',
    'SIREN',
  ],
  [
    'Garage Martin',
    'compta@garage-martin.fr',
    'Paul Martin',
    'M.',
    '4 rue du Port, 29200 Brest',
    'Commerçant',
    '812 345 678',
  ],
  ['Boulangerie Roux', 'roux@boulangerie.fr', '', 'Mme', '', '', ''],
];

type Found = Extract<InvoiceTableReading, { found: true }>;

/** The invoice rows read with the Clients tab `directory`. */
function readWith(directory: Cell[][], rows: Cell[][]): Found {
  const clients = readClientDirectory(directory);
  if (!clients.found) throw new Error('no Clients tab');
  const reading = readInvoiceTable(
    [['N° facture', 'Client', 'Email', 'Contact', 'Adresse', 'Échéance', 'Montant TTC'], ...rows],
    { settings: settings(), clients: clients.directory },
  );
  if (!reading.found) throw new Error(reading.text.fr);
  return reading;
}

/** A Clients tab of one client, Garage Martin, with the given columns. */
const oneClient = (headers: string[], values: Cell[]): Cell[][] => [
  ['Raison sociale', ...headers],
  ['Garage Martin', ...values],
];

const F1: Cell[] = ['F-1', 'Garage Martin', '', '', '', '2026-01-05', '1 200,00'];

describe('the Clients tab', () => {
  it('is recognised by its name and its headers, like the invoice tab', () => {
    expect(['Clients', 'Fichier clients', 'Customers'].every(isClientDirectoryName)).toBe(true);
    const reading = readClientDirectory(TAB);
    expect(reading.found && reading.headerRow).toBe(3);
  });

  it('fills what the invoice row leaves blank, and a value on the invoice row wins', () => {
    const reading = readWith(TAB, [
      ['F-1', 'GARAGE  Martin', '', '', '', '2026-03-02', '100'],
      ['F-2', 'Garage Martin', '', 'Anne Martin', '1 place X', '2026-03-02', '100'],
    ]);
    const [filled, kept] = reading.invoices;
    expect(filled).toMatchObject({
      emails: ['compta@garage-martin.fr'],
      contact: 'Paul Martin',
      civility: 'sir',
      address: '4 rue du Port, 29200 Brest',
      clientType: 'trader',
    });
    expect(kept).toMatchObject({ contact: 'Anne Martin', address: '1 place X' });
  });

  it('gives the engine its « Type client »: a « Particulier » there is charged no penalties nor 40 €', () => {
    const reading = readWith(
      oneClient(['Courriel', 'Type client'], ['a@garage.fr', 'Particulier']),
      [F1],
    );
    expect(reading.invoices[0]?.clientType).toBe('consumer');
    const plan = planDunning({
      invoices: reading.invoices,
      events: [],
      settings: settings(),
      today: day('2026-03-20'),
    });
    expect(plan.standings[0]).toMatchObject({ interestCents: 0, indemnityCents: 0 });
  });

  it('never chases a consumer debt of 2023 whose « Particulier » is in the Clients tab: it is prescribed', () => {
    const reading = readWith(
      oneClient(['Courriel', 'Type client'], ['a@garage.fr', 'Particulier']),
      [['F-1', 'Garage Martin', '', '', '', '2023-06-05', '1 200,00']],
    );
    const plan = planDunning({
      invoices: reading.invoices,
      events: [],
      settings: settings(),
      today: day('2026-03-20'),
    });
    expect(plan.actions).toEqual([]);
    expect(plan.standings[0]).toMatchObject({ state: 'prescribed', interestCents: 0 });
  });

  it('gives the engine a public buyer named in the Clients tab', () => {
    const reading = readWith(oneClient(['Courriel', 'Type'], ['a@mairie.fr', 'Acheteur public']), [
      F1,
    ]);
    expect(reading.invoices[0]?.clientType).toBe('public-buyer');
  });

  it('refuses a cell of 95 addresses in the Clients tab as the invoice tab does, naming the Clients cell', () => {
    const many = Array.from({ length: 95 }, (_, i) => `compta${i}@garage.fr`).join('; ');
    const reading = readWith(oneClient(['Courriel'], [many]), [F1]);
    expect(reading.invoices).toEqual([]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Clients › Courriel',
        invoice: 'F-1',
        text: expect.objectContaining({
          fr: expect.stringMatching(/^95 adresses dans une seule cellule/),
        }),
      }),
    ]);
  });

  it('refuses a 600,000-character email cell in the Clients tab at once, as « cellule trop longue »', () => {
    const start = performance.now();
    const reading = readWith(oneClient(['Courriel'], ['a'.repeat(600_000)]), [F1]);
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        column: 'Clients › Courriel',
        text: expect.objectContaining({ fr: expect.stringMatching(/^Cellule trop longue/) }),
      }),
    ]);
  });

  it('says a #N/A in the Clients tab is a formula error, not a missing email', () => {
    const reading = readWith(oneClient(['Courriel'], ['#N/A']), [F1]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        column: 'Clients › Courriel',
        text: expect.objectContaining({ fr: expect.stringMatching(/erreur de formule \(#N\/A\)/) }),
      }),
    ]);
  });

  it('makes « jean dupont@garage.fr » in the Clients tab a problem, never sent to « dupont@garage.fr »', () => {
    const reading = readWith(oneClient(['Courriel'], ['jean dupont@garage.fr']), [F1]);
    expect(reading.invoices).toEqual([]);
    expect(reading.problems).toEqual([
      expect.objectContaining({ column: 'Clients › Courriel', value: 'jean dupont@garage.fr' }),
    ]);
  });

  it('keeps the title « Dr » of the Clients tab before its contact’s name', () => {
    const reading = readWith(
      oneClient(['Courriel', 'Interlocuteur', 'Civilité'], ['a@garage.fr', 'Paul Martin', 'Dr']),
      [F1],
    );
    expect(reading.problems).toEqual([]);
    expect(reading.invoices[0]?.contact).toBe('Dr Paul Martin');
  });

  it('says so when it cannot read a civility of the Clients tab, rather than dropping it silently', () => {
    const reading = readWith(oneClient(['Courriel', 'Civilité'], ['a@garage.fr', 'Capitaine']), [
      F1,
    ]);
    expect(reading.invoices).toHaveLength(1);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        column: 'Clients › Civilité',
        severity: 'warning',
        text: expect.objectContaining({
          fr: expect.stringMatching(/Civilité « Capitaine » non reconnue/),
        }),
      }),
    ]);
  });

  it('holds back a mise en demeure for a client with no postal address anywhere, naming the field', () => {
    const invoices = [invoice({ number: 'F-9', client: 'Boulangerie Roux', due: '2026-01-05' })];
    const today = day('2026-03-06');
    const plan = planDunning({ invoices, events: [], settings: firm, today });
    expect(plan.actions[0]?.step).toBe('reminder-2');
    const med = {
      ...plan,
      actions: plan.actions.map((a) => ({
        ...a,
        step: 'demand-letter' as const,
        channel: 'registered-letter' as const,
      })),
    };
    const checked = withholdIncompleteActions(med, firm, invoices);
    expect(checked.actions).toEqual([]);
    expect(checked.problems.at(-1)?.text.fr).toBe(
      'Mise en demeure non préparée pour Boulangerie Roux : il manque l’adresse postale du client. Complétez la colonne « Adresse » de l’onglet des factures ou de l’onglet Clients.',
    );
  });
});
