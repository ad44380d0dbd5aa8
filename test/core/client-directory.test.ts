import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/sheets/cells';
import {
  isClientDirectoryName,
  joinClientDirectory,
  readClientDirectory,
} from '../../src/core/sheets/client-directory';
import { withholdIncompleteActions } from '../../src/core/messages/compose';
import { planDunning } from '../../src/core/dunning/engine';
import { validateSettings } from '../../src/core/settings/settings-validate';
import { day, invoice } from '../fixtures';
import { clientKeyOf } from '../../src/core/values/parse-values';
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

describe('the Clients tab', () => {
  it('is recognised by its name and its headers, like the invoice tab', () => {
    expect(['Clients', 'Fichier clients', 'Customers'].every(isClientDirectoryName)).toBe(true);
    const reading = readClientDirectory(TAB);
    expect(reading.found).toBe(true);
    if (!reading.found) return;
    expect(reading.clients.get(clientKeyOf('Garage Martin'))).toMatchObject({
      emails: ['compta@garage-martin.fr'],
      contact: 'Paul Martin',
      civility: 'monsieur',
      address: '4 rue du Port, 29200 Brest',
      siren: '812 345 678',
    });
  });

  it('fills what the invoice row leaves blank, and a value on the invoice row wins', () => {
    const reading = readClientDirectory(TAB);
    if (!reading.found) throw new Error('not found');
    const [filled, kept] = joinClientDirectory(
      [
        invoice({ number: 'F-1', client: 'GARAGE  Martin', emails: [] }),
        invoice({
          number: 'F-2',
          client: 'Garage Martin',
          contact: 'Anne Martin',
          address: '1 place X',
        }),
      ],
      reading.clients,
    );
    expect(filled).toMatchObject({
      emails: ['compta@garage-martin.fr'],
      contact: 'Paul Martin',
      civility: 'monsieur',
      address: '4 rue du Port, 29200 Brest',
    });
    expect(kept).toMatchObject({ contact: 'Anne Martin', address: '1 place X' });
  });

  it('holds back a mise en demeure for a client with no postal address anywhere, naming the field', () => {
    const invoices = [invoice({ number: 'F-9', client: 'Boulangerie Roux', due: '2026-01-05' })];
    const today = day('2026-03-06');
    const plan = planDunning({ invoices, events: [], settings: firm, today });
    expect(plan.actions[0]?.step).toBe('relance-2');
    const med = {
      ...plan,
      actions: plan.actions.map((a) => ({
        ...a,
        step: 'mise-en-demeure' as const,
        channel: 'registered-letter' as const,
      })),
    };
    const checked = withholdIncompleteActions(med, firm, invoices);
    expect(checked.actions).toEqual([]);
    expect(checked.problems.at(-1)?.message).toBe(
      'Mise en demeure non préparée pour Boulangerie Roux : il manque l’adresse postale du client. Complétez la colonne « Adresse » de l’onglet des factures ou de l’onglet Clients.',
    );
  });
});
