/**
 * What a second adversarial pass found Relance misreading in the invoice tab: statuses that mean
 * paid, cancelled or disputed, ambiguous amounts and dates, addresses that are not one address.
 * Each case either reads the right value or becomes a problem naming the cell, and waits.
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
          text: expect.objectContaining({ fr: expect.stringMatching(/partiellement payée/) }),
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
          text: expect.objectContaining({
            fr: expect.stringMatching(/^Statut « .* » non reconnu/),
          }),
        }),
      ]);
      expect(chased(withStatus(status))).toEqual([]);
    },
  );
});

function withAmount(amount: Cell, header = 'Montant TTC'): Cell[][] {
  return [
    ['N° facture', 'Client', 'Email', 'Échéance', header],
    ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, amount],
  ];
}

describe('amounts', () => {
  it.each(['123,565', '12,500', '1,000', '1.234', '999.999', '-1,500'])(
    'makes « %s » a problem naming the Montant TTC cell: three digits after one separator may be thousands or decimals',
    (amount) => {
      const reading = read(withAmount(amount));
      expect(reading.invoices).toEqual([]);
      expect(reading.problems).toEqual([
        expect.objectContaining({
          row: 2,
          column: 'Montant TTC',
          value: amount,
          text: expect.objectContaining({ fr: expect.stringMatching(/^Montant ambigu/) }),
        }),
      ]);
    },
  );

  it.each([
    ['1 234,56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1.234.567', 123456700],
    ['12,50', 1250],
    ['1 200,00 € TTC', 120000],
    ['EUR 12', 1200],
    [1234.5, 123450],
  ])('reads « %s » as %i cents', (amount, cents) => {
    expect(read(withAmount(amount)).invoices[0]?.amountCents).toBe(cents);
  });

  it('chases the amount including VAT when the tab has « Montant », « TVA » and « Montant TTC », and says so', () => {
    const reading = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant', 'TVA', 'Montant TTC'],
      ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, '1 000,00', '200,00', '1 200,00'],
    ]);
    expect(reading.invoices[0]?.amountCents).toBe(120000);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'Montant',
        severity: 'warning',
        text: expect.objectContaining({
          fr: expect.stringMatching(/montant TTC de la colonne « Montant TTC »/),
        }),
      }),
    ]);
  });

  it('makes a row a problem when two amount columns, neither marked TTC, disagree', () => {
    const reading = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant', 'Total'],
      ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, '1 000,00', '1 200,00'],
      ['F-2', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, '500,00', '500,00'],
    ]);
    expect(reading.invoices.map((i) => i.number)).toEqual(['F-2']);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Total',
        text: expect.objectContaining({ fr: expect.stringMatching(/TTC/) }),
      }),
    ]);
  });

  it('makes a row whose unquoted « 1 234,56 » spilled into an extra cell a problem, never 1 234,00 €', () => {
    // A comma CSV: « F-1,SCI Les Tilleuls,compta@tilleuls.fr,2026-03-02,1 234,56 » read as six fields.
    const reading = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, '1 234', '56'],
    ]);
    expect(reading.invoices).toEqual([]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 2,
        value: '56',
        text: expect.objectContaining({ fr: expect.stringMatching(/guillemets/) }),
      }),
    ]);
  });

  it('makes a « Reste dû » larger than the amount a problem instead of chasing it', () => {
    const reading = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Reste dû'],
      ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, '1 000,00', '10 000,00'],
    ]);
    expect(reading.invoices).toEqual([]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Reste dû',
        text: expect.objectContaining({ fr: expect.stringMatching(/dépasse le montant/) }),
      }),
    ]);
  });

  it('calls « abc » in Montant payé unreadable, not a foreign currency', () => {
    const reading = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Montant payé'],
      ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, '1 000,00', 'abc'],
    ]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        column: 'Montant payé',
        text: expect.objectContaining({ fr: expect.stringMatching(/illisible/) }),
      }),
    ]);
  });

  it.each(['Euro (EUR)', '€', 'EUR', 'euros'])(
    'reads the currency « %s » as the euro',
    (currency) => {
      const reading = read([
        ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Devise'],
        ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, '1 000,00', currency],
      ]);
      expect(reading.problems).toEqual([]);
      expect(reading.invoices).toHaveLength(1);
    },
  );

  it.each(['12 USD', '$12', 'CHF 1 000,00'])(
    'still refuses « %s » as a foreign currency',
    (amount) => {
      expect(read(withAmount(amount)).problems).toEqual([
        expect.objectContaining({
          text: expect.objectContaining({ fr: expect.stringMatching(/devise étrangère/) }),
        }),
      ]);
    },
  );
});

function withDueDates(...dates: Cell[]): Cell[][] {
  return [
    ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
    ...dates.map((due, i) => [`F-${i + 1}`, 'SCI Les Tilleuls', 'compta@tilleuls.fr', due, '100']),
  ];
}

const dueDays = (reading: Found) => reading.invoices.map((i) => [i.number, i.dueDate]);

describe('dates', () => {
  it('reads a column holding « 02/19/2026 » month-first: « 03/12/2026 » is 12 March, « 01/02/2026 » 2 January', () => {
    const reading = read(withDueDates('02/19/2026', '03/12/2026', '01/02/2026'));
    expect(reading.problems).toEqual([]);
    expect(dueDays(reading)).toEqual([
      ['F-1', day('2026-02-19')],
      ['F-2', day('2026-03-12')],
      ['F-3', day('2026-01-02')],
    ]);
  });

  it('reads a column holding « 19/02/2026 » day-first', () => {
    const reading = read(withDueDates('19/02/2026', '03/12/2026'));
    expect(dueDays(reading)).toEqual([
      ['F-1', day('2026-02-19')],
      ['F-2', day('2026-12-03')],
    ]);
  });

  it('makes each ambiguous date a problem naming the cell when nothing in the table settles the order', () => {
    const reading = read(withDueDates('03/12/2026', '01/02/2026', '05/05/2026', '2026-03-02'));
    expect(dueDays(reading)).toEqual([
      ['F-3', day('2026-05-05')],
      ['F-4', day('2026-03-02')],
    ]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Échéance',
        value: '03/12/2026',
        text: expect.objectContaining({
          fr: expect.stringMatching(
            /^Date ambiguë : « 03\/12\/2026 » peut se lire 3 décembre ou 12 mars/,
          ),
        }),
      }),
      expect.objectContaining({ row: 3, column: 'Échéance', value: '01/02/2026' }),
    ]);
  });

  it('settles a column by the table’s other date column, one export having one convention', () => {
    const reading = read([
      ['N° facture', 'Client', 'Email', 'Date', 'Échéance', 'Montant TTC'],
      ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', '12/25/2025', '01/02/2026', '100'],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.invoices[0]).toMatchObject({
      issueDate: day('2025-12-25'),
      dueDate: day('2026-01-02'),
    });
  });

  it('asks about the ambiguous dates of a column that mixes both orders, and reads the others as written', () => {
    const reading = read(withDueDates('19/02/2026', '02/20/2026', '03/12/2026'));
    expect(dueDays(reading)).toEqual([
      ['F-1', day('2026-02-19')],
      ['F-2', day('2026-02-20')],
    ]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 4,
        text: expect.objectContaining({ fr: expect.stringMatching(/mélange/) }),
      }),
    ]);
  });

  it('asks about a real date a French spreadsheet may have swapped, when the column’s text dates are month-first', () => {
    // Google Sheets in French turns « 03/12/2026 » into 3 December and keeps « 02/19/2026 » as text.
    const reading = read(
      withDueDates('02/19/2026', { day: day('2026-12-03') }, { day: day('2026-02-20') }),
    );
    expect(dueDays(reading)).toEqual([
      ['F-1', day('2026-02-19')],
      ['F-3', day('2026-02-20')],
    ]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'Échéance',
        text: expect.objectContaining({
          fr: expect.stringMatching(
            /^Date peut-être inversée .* le 3 décembre ; elle peut aussi être le 12 mars/,
          ),
        }),
      }),
    ]);
  });

  it('reads real dates as they are in a column whose text dates are day-first or absent', () => {
    const reading = read(withDueDates('19/02/2026', { day: day('2026-12-03') }));
    expect(reading.problems).toEqual([]);
    expect(reading.invoices[1]?.dueDate).toBe(day('2026-12-03'));
  });

  it.each(['10/03/99', '15/03/26', '15-03-26'])(
    'makes the two-digit year of « %s » a problem, never 2099',
    (date) => {
      const reading = read(withDueDates(date, '15/03/2026'));
      expect(reading.invoices.map((i) => i.number)).toEqual(['F-2']);
      expect(reading.problems).toEqual([
        expect.objectContaining({
          row: 2,
          column: 'Échéance',
          text: expect.objectContaining({ fr: expect.stringMatching(/^Année à deux chiffres/) }),
        }),
      ]);
    },
  );
});

describe('addresses', () => {
  it('makes « jean dupont@client-space.fr » a problem naming the Email cell, and sends to nobody', () => {
    const rows: Cell[][] = [
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', 'SCI Les Tilleuls', 'jean dupont@client-space.fr', DUE, '100'],
    ];
    const reading = read(rows);
    expect(reading.invoices).toEqual([]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'Email',
        text: expect.objectContaining({
          fr: expect.stringMatching(/« jean dupont@client-space\.fr »/),
        }),
      }),
    ]);
    expect(chased(rows)).toEqual([]);
  });

  it('holds the row back when one of its addresses does not parse, rather than sending to the others only', () => {
    const reading = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', 'SCI Les Tilleuls', 'jean dupont@x.fr; compta@x.fr', DUE, '100'],
    ]);
    expect(reading.invoices).toEqual([]);
    expect(reading.problems).toEqual([
      expect.objectContaining({ column: 'Email', severity: 'error' }),
    ]);
  });

  it('sends one email to « a@x.fr » and « A@x.fr » written on two invoices of one client', () => {
    const { invoices } = read([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC'],
      ['F-1', 'SCI Les Tilleuls', 'a@x.fr', '2026-01-02', '100'],
      ['F-2', 'SCI Les Tilleuls', 'A@x.fr', '2026-01-02', '100'],
    ]);
    const plan = planDunning({
      invoices,
      events: [],
      settings: settings(),
      today: day('2026-03-20'),
    });
    expect(plan.actions.map((a) => a.to)).toEqual([['a@x.fr']]);
  });
});

describe('each problem in French and in English', () => {
  const texts = (rows: Cell[][]) => read(rows).problems.map((p) => p.text);

  it('says an ambiguous amount in both, the cell’s label in each language', () => {
    expect(texts(withAmount('1,000'))).toEqual([
      {
        fr: 'Montant ambigu : « 1,000 » peut se lire avec un séparateur de milliers ou avec trois décimales. Écrivez-le sans ambiguïté, comme 1 234,56 ou 12,50.',
        en: 'Amount ambiguous: « 1,000 » can be read with a thousands separator or with three decimals. Write it unambiguously, like 1 234,56 or 12,50.',
      },
    ]);
  });

  it('names the months of an ambiguous date in each language', () => {
    const [text] = texts(withDueDates('19/02/2026', '02/20/2026', '03/12/2026'));
    expect(text?.fr).toContain('3 décembre ou 12 mars');
    expect(text?.en).toContain('3 December or 12 March');
  });

  it('writes the sums of a balance that disagrees in each language’s way', () => {
    const [text] = texts([
      ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Montant payé', 'Reste dû'],
      ['F-1', 'SCI Les Tilleuls', 'compta@tilleuls.fr', DUE, '1 000,00', '100', '800'],
    ]);
    expect(text?.fr).toContain('(800,00\u00a0€)');
    expect(text?.en).toContain('(€800.00)');
  });

  it('says why no invoice table was found in both', () => {
    const reading = readInvoiceTable([['Nom', 'Montant TTC']], { settings: settings() });
    expect(reading.found ? undefined : reading.text.en).toMatch(/^No invoice table found/);
    expect(reading.found ? undefined : reading.text.fr).toMatch(/^Aucun tableau de factures/);
  });
});
