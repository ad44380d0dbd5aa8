/**
 * What the user's invoice tab may hold, as an adversarial pass found it: names in any
 * script, invoicing-tool exports with a remaining balance, statuses, currencies, odd amounts,
 * long cells. Each test says what the user sees.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/values/cells';
import { planDunning } from '../../src/core/dunning/engine';
import { readInvoiceTable, type InvoiceTableReading } from '../../src/core/sheets/invoice-table';
import { day, settings } from '../fixtures';

type Found = Extract<InvoiceTableReading, { found: true }>;

function read(rows: Cell[][]): Found {
  const result = readInvoiceTable(rows, { settings: settings() });
  if (!result.found) throw new Error(result.text.fr);
  return result;
}

/** Plans 2026-03-20 for an invoice tab whose invoices fell due on 2 March. */
function actionsOf(rows: Cell[][]) {
  const { invoices } = read(rows);
  return planDunning({ invoices, events: [], settings: settings(), today: day('2026-03-20') })
    .actions;
}

const DUE = '2026-03-02';

describe('client identity', () => {
  it('sends four emails to four clients whose names differ only in Cyrillic or Japanese letters', () => {
    const actions = actionsOf([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', 'ООО Ромашка', 'romashka@example.ru', DUE, '2500'],
      ['F-2', 'ООО Берёзка', 'berezka@example.ru', DUE, '2500'],
      ['F-3', '株式会社山田', 'yamada@example.jp', DUE, '2500'],
      ['F-4', '株式会社田中', 'tanaka@example.jp', DUE, '2500'],
    ]);
    expect(actions).toHaveLength(4);
    expect(actions.map((a) => [a.client, a.to, a.invoices])).toEqual(
      expect.arrayContaining([
        ['ООО Ромашка', ['romashka@example.ru'], ['F-1']],
        ['ООО Берёзка', ['berezka@example.ru'], ['F-2']],
        ['株式会社山田', ['yamada@example.jp'], ['F-3']],
        ['株式会社田中', ['tanaka@example.jp'], ['F-4']],
      ]),
    );
  });

  it('tells apart names made only of signs, and names whose letters differ by a Cyrillic breve', () => {
    const { invoices } = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', '***', 'a@example.fr', DUE, '10'],
      ['F-2', '+++', 'b@example.fr', DUE, '10'],
      ['F-3', 'Зайка', 'c@example.fr', DUE, '10'],
      ['F-4', 'Заика', 'd@example.fr', DUE, '10'],
    ]);
    expect(new Set(invoices.map((i) => i.clientKey)).size).toBe(4);
  });

  it('still groups one client written with other case, accents and spaces', () => {
    const { invoices } = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', 'Hôtel du Port', 'a@hotel.fr', DUE, '10'],
      ['F-2', '  HOTEL  du port ', 'a@hotel.fr', DUE, '10'],
      ['F-3', 'Ｈôtel du Port', 'a@hotel.fr', DUE, '10'],
    ]);
    expect(new Set(invoices.map((i) => i.clientKey)).size).toBe(1);
  });

  it('merges two spellings of one client only when a « Code client » column says so', () => {
    const header = ['N° facture', 'Code client', 'Client', 'Email', 'Échéance', 'Montant TTC'];
    const merged = actionsOf([
      header,
      ['F-1', 'C042', 'SARL Dupont', 'compta@dupont.fr', DUE, '100'],
      ['F-2', 'C042', 'Dupont SARL', 'compta@dupont.fr', DUE, '200'],
    ]);
    expect(merged.map((a) => a.invoices)).toEqual([['F-1', 'F-2']]);
    const apart = actionsOf([
      header,
      ['F-1', 'C042', 'SARL Dupont', 'compta@dupont.fr', DUE, '100'],
      ['F-2', 'C043', 'SARL Dupont', 'compta@dupont.fr', DUE, '200'],
    ]);
    expect(apart.map((a) => a.invoices)).toEqual([['F-1'], ['F-2']]);
  });
});

describe('amounts', () => {
  it('reports « 1234,565 » as a problem instead of claiming 1 234 565,00 €', () => {
    const result = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', 'SCI Les Tilleuls', 'a@sci.fr', DUE, '1234,565'],
    ]);
    expect(result.invoices).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Montant TTC',
        text: expect.objectContaining({ fr: expect.stringMatching(/plus de deux décimales/) }),
      }),
    ]);
  });

  it('warns about a payment larger than the invoice and keeps the invoice as settled', () => {
    const result = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Montant payé'],
      ['F-1', 'SCI Les Tilleuls', 'a@sci.fr', DUE, '100', '150'],
    ]);
    expect(result.invoices.map((i) => i.number)).toEqual(['F-1']);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        text: expect.objectContaining({ fr: expect.stringMatching(/trop-perçu/) }),
      }),
    ]);
    const plan = planDunning({
      invoices: result.invoices,
      events: [],
      settings: settings(),
      today: day('2026-03-20'),
    });
    expect(plan.actions).toEqual([]);
  });
});

describe('the remaining balance of an invoicing-tool export', () => {
  const header = (balance: string) => [
    'Numéro',
    'Client',
    'Email client',
    'Échéance',
    'Montant TTC',
    balance,
  ];

  it.each([
    'Reste dû',
    'Restant dû',
    'Reste à payer',
    'Solde',
    'Open balance',
    'Balance due',
    'Amount due',
  ])('chases the 1 400,00 € left of a 2 400,00 € invoice when « %s » says so', (balance) => {
    // The 1 000,00 € paid count from the day after their payment date (L441-10).
    const actions = actionsOf([
      [...header(balance), 'Date de paiement'],
      ['F-1', 'Garage Lefèvre', 'compta@garage.fr', DUE, '2 400,00', '1 400,00', '2026-03-05'],
    ]);
    expect(actions.map((a) => a.balanceCents)).toEqual([140000]);
  });

  it('reports a remaining balance that disagrees with amount − paid, and goes on with it', () => {
    const result = read([
      [...header('Reste dû'), 'Montant payé'],
      ['F-1', 'Garage Lefèvre', 'compta@garage.fr', DUE, '2 400,00', '1 400,00', '500,00'],
    ]);
    expect(result.invoices).toHaveLength(1);
    const [invoice] = result.invoices;
    expect((invoice?.amountCents ?? 0) - (invoice?.paidCents ?? 0)).toBe(140000);
    expect(result.problems).toEqual([
      expect.objectContaining({
        column: 'Reste dû',
        severity: 'warning',
        text: expect.objectContaining({ fr: expect.stringMatching(/ne correspond pas/) }),
      }),
    ]);
  });
});

describe('statuses', () => {
  const rows = (status: string): Cell[][] => [
    ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Montant payé', 'Statut'],
    ['F-1', 'Garage Lefèvre', 'compta@garage.fr', DUE, '1000', '', status],
  ];

  it.each(['Annulée', 'Avoir', 'Void', 'Credit note', 'Brouillon', 'Draft'])(
    'never chases an invoice whose status is « %s »',
    (status) => {
      expect(actionsOf(rows(status))).toEqual([]);
      expect(read(rows(status)).problems).toEqual([]);
    },
  );

  it.each(['Payée', 'Paid'])('takes « %s » as settled', (status) => {
    expect(read(rows(status)).invoices[0]?.markedPaid).toBe(true);
    expect(actionsOf(rows(status))).toEqual([]);
  });

  it.each(['En retard', 'Overdue', 'À payer', 'Envoyée'])('chases « %s »', (status) => {
    expect(actionsOf(rows(status)).map((a) => a.balanceCents)).toEqual([100000]);
  });

  it.each(['Partiellement payée', 'Partially paid'])(
    'reports « %s » with no amount paid instead of claiming the whole invoice',
    (status) => {
      const result = read(rows(status));
      expect(result.invoices).toEqual([]);
      expect(result.problems[0]?.text.fr).toMatch(/partiellement payée/);
    },
  );

  it('chases the rest of a partly paid invoice when the amount paid is given', () => {
    const partly = rows('Partiellement payée');
    (partly[0] as Cell[]).push('Date de paiement');
    (partly[1] as Cell[]).push('2026-03-05');
    (partly[1] as Cell[])[5] = '400';
    expect(actionsOf(partly).map((a) => a.balanceCents)).toEqual([60000]);
  });
});

describe('currencies', () => {
  const rows = (currency: string): Cell[][] => [
    ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Devise'],
    ['F-1', 'Brightside Ltd', 'ap@brightside.co.uk', DUE, '500', currency],
  ];

  it.each(['USD', 'CHF', 'GBP'])(
    'leaves out a %s invoice and says Relance chases in euros only',
    (c) => {
      const result = read(rows(c));
      expect(result.invoices).toEqual([]);
      expect(result.problems[0]).toMatchObject({
        column: 'Devise',
        value: c,
        text: expect.objectContaining({
          fr: expect.stringMatching(/Relance ne relance qu’en euros/),
        }),
      });
    },
  );

  it.each(['EUR', '€', 'Euro', ''])('chases an invoice in « %s »', (c) => {
    expect(actionsOf(rows(c)).map((a) => a.balanceCents)).toEqual([50000]);
  });

  it('leaves out an amount written in dollars even without a currency column', () => {
    const result = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', 'Brightside Ltd', 'ap@brightside.co.uk', DUE, '$500.00'],
    ]);
    expect(result.invoices).toEqual([]);
    expect(result.problems[0]?.text.fr).toMatch(/Relance ne relance qu’en euros/);
  });
});

describe('recipients and cell sizes', () => {
  it('reports a cell of more than 50 addresses and leaves the row out', () => {
    const many = Array.from({ length: 51 }, (_, i) => `c${i}@client.fr`).join('; ');
    const result = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', 'Garage Lefèvre', many, DUE, '10'],
      ['F-2', 'Hôtel du Port', 'a@hotel.fr', DUE, '10'],
    ]);
    expect(result.invoices.map((i) => i.number)).toEqual(['F-2']);
    expect(result.problems[0]).toMatchObject({
      row: 2,
      text: expect.objectContaining({ fr: expect.stringMatching(/51 adresses/) }),
    });
  });

  it('refuses a 5 MB cell as « cellule trop longue » and reads the other rows at once', () => {
    const huge = 'Garage '.repeat(750_000);
    const started = Date.now();
    const result = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', huge, `${'a'.repeat(60_000)}@x.fr; b@x.fr`, DUE, '10'],
      ['F-2', 'Hôtel du Port', 'a@hotel.fr', DUE, '10'],
    ]);
    const elapsed = Date.now() - started;
    expect(result.invoices.map((i) => i.number)).toEqual(['F-2']);
    expect(result.problems[0]).toMatchObject({
      row: 2,
      column: 'Client',
      text: expect.objectContaining({ fr: expect.stringMatching(/Cellule trop longue/) }),
    });
    // The counts grouped as French writes them, whatever locales the runtime's Intl carries.
    expect(result.problems[0]?.text.fr).toContain('caractères, 50\u00a0000 au plus');
    expect(result.problems[0]?.value.length).toBeLessThan(200);
    expect(elapsed).toBeLessThan(10_000);
  });
});
