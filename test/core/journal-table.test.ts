import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/values/cells';
import { formatIsoDay } from '../../src/core/values/day';
import {
  alignInvoiceNumbers,
  JOURNAL_COLUMNS,
  journalHeaders,
  journalRow,
  journalRows,
  readJournal,
  splitInvoiceList,
} from '../../src/core/sheets/journal-table';
import { textCell } from '../../src/core/sheets/output-cells';
import { day, euros, event } from '../fixtures';

const header = journalHeaders('fr') as Cell[];

describe('the Journal tab', () => {
  it('writes an event as a row that reads back as the same event', () => {
    const event = {
      id: 'evt-1',
      day: day('2026-03-04'),
      type: 'payment-plan' as const,
      client: 'Hôtel du Port',
      invoices: ['F-1', 'F-2'],
      state: 'done' as const,
      amountCents: euros(1200),
      instalments: [
        { date: day('2026-04-10'), amountCents: euros(500) },
        { date: day('2026-05-10'), amountCents: euros(700) },
      ],
    };
    const row = journalRow(event, Date.parse('2026-03-04T08:00:00Z'), 'fr').map((cell): Cell =>
      typeof cell === 'object' && 'instantMs' in cell ? { day: day('2026-03-04') } : (cell as Cell),
    );
    const reading = readJournal([header, row]);
    expect(reading.problems).toEqual([]);
    expect(reading.events[0]).toMatchObject({
      id: 'evt-1',
      type: 'payment-plan',
      invoices: ['F-1', 'F-2'],
      amountCents: 120000,
    });
    expect(
      reading.events[0]?.instalments?.map((i) => [formatIsoDay(i.date), i.amountCents]),
    ).toEqual([
      ['2026-04-10', 50000],
      ['2026-05-10', 70000],
    ]);
    expect(reading.rows).toEqual([2]);
  });

  it('reads the events a user typed, in French labels, with any column order', () => {
    const reading = readJournal([
      ['Type', 'Date et heure', 'Client', 'Factures', 'Montant', 'Date'],
      ['Promesse', '05/03/2026', 'Garage Lefèvre', 'F-9', '', '12/03/2026'],
      ['Paiement', { day: day('2026-03-06') }, 'Garage Lefèvre', 'F-9', '500,00 €', ''],
    ]);
    expect(reading.events.map((e) => [e.type, e.state, formatIsoDay(e.day)])).toEqual([
      ['promise', 'done', '2026-03-05'],
      ['payment', 'done', '2026-03-06'],
    ]);
    expect(reading.events[0]?.id).toMatch(/^u-/);
  });

  it('writes user text as it is, into columns the adapter formats as plain text', () => {
    const row = journalRow(
      {
        id: 'x',
        day: day('2026-03-04'),
        type: 'note',
        client: '=HYPERLINK("http://evil")',
        invoices: [],
        state: 'done',
        detail: '+33 6 12 34 56 78',
      },
      0,
      'fr',
    );
    expect(row[1]).toBe('=HYPERLINK("http://evil")');
    expect(row[11]).toBe('+33 6 12 34 56 78');
    const kinds = new Map(JOURNAL_COLUMNS.map((c) => [c.key, c.kind]));
    expect([kinds.get('client'), kinds.get('invoices'), kinds.get('detail')]).toEqual([
      'text',
      'text',
      'text',
    ]);
  });

  it('reads one invoice per line, and older lists written with ", "', () => {
    expect(splitInvoiceList('F-1,2\nA;B')).toEqual(['F-1,2', 'A;B']);
    expect(splitInvoiceList('F-1,2')).toEqual(['F-1,2']);
    expect(splitInvoiceList('A;B')).toEqual(['A;B']);
    expect(splitInvoiceList('F-1, F-2; F-3')).toEqual(['F-1', 'F-2', 'F-3']);
  });

  it('turns an unusable typed row into a problem with its row and column, and goes on', () => {
    const reading = readJournal([
      header,
      ['05/03/2026', 'Garage', 'F-9', 'Appel de courtoisie'],
      ['05/03/2026', 'Garage', 'F-9', 'Paiement', '', '', '', '', '', 'beaucoup'],
      ['05/03/2026', 'Garage', 'F-9', 'Note'],
    ]);
    expect(reading.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Type'],
      [3, 'Montant'],
    ]);
    expect(reading.events).toHaveLength(1);
  });
});

/**
 * Type and État cells exactly as Journals were written before the keys became English: in French,
 * in English, and as the older keys a user could type. Literal on purpose: a label changed in the
 * labels table must still read these rows.
 */
// prettier-ignore
const WRITTEN_BEFORE = [
  // French type, English type, former key; French state, English state, former key; new keys
  ['Envoi',             'Sent',                     'envoi',             'fait',       'done',        'fait',       'sent',                     'done'],
  ['Appel',             'Call',                     'appel',             'fait',       'done',        'fait',       'call',                     'done'],
  ['Courrier à poster', 'Letter to post',           'courrier-a-poster', 'à faire',    'to do',       'a-faire',    'letter-to-post',           'to-do'],
  ['LRAR postée',       'Registered letter posted', 'lrar-postee',       'fait',       'done',        'fait',       'registered-letter-posted', 'done'],
  ['AR reçu',           'Receipt acknowledged',     'ar-recu',           'fait',       'done',        'fait',       'receipt-acknowledged',     'done'],
  ['Promesse',          'Promise',                  'promesse',          'fait',       'done',        'fait',       'promise',                  'done'],
  ['Litige',            'Dispute',                  'litige',            'fait',       'done',        'fait',       'dispute',                  'done'],
  ['Litige résolu',     'Dispute resolved',         'litige-resolu',     'fait',       'done',        'fait',       'dispute-resolved',         'done'],
  ['Échéancier',        'Payment plan',             'echeancier',        'fait',       'done',        'fait',       'payment-plan',             'done'],
  ['Délai accordé',     'Delay granted',            'delai-accorde',     'fait',       'done',        'fait',       'delay-granted',            'done'],
  ['Suspension',        'Hold',                     'suspension',        'fait',       'done',        'fait',       'hold',                     'done'],
  ['Reprise',           'Resume',                   'reprise',           'fait',       'done',        'fait',       'resume',                   'done'],
  ['Paiement',          'Payment',                  'paiement',          'fait',       'done',        'fait',       'payment',                  'done'],
  ['Tâche',             'Task',                     'tache',             'à faire',    'to do',       'a-faire',    'task',                     'to-do'],
  ['Tâche faite',       'Task done',                'tache-faite',       'fait',       'done',        'fait',       'task-done',                'done'],
  ['Note',              'Note',                     'note',              'fait',       'done',        'fait',       'note',                     'done'],
  ['Envoi',             'Sent',                     'envoi',             'prévu',      'planned',     'prevu',      'sent',                     'planned'],
  ['Envoi',             'Sent',                     'envoi',             'en cours',   'in progress', 'en-cours',   'sent',                     'in-progress'],
  ['Envoi',             'Sent',                     'envoi',             'à vérifier', 'to verify',   'a-verifier', 'sent',                     'to-verify'],
  ['Envoi',             'Sent',                     'envoi',             'échec',      'failed',      'echec',      'sent',                     'failed'],
  ['Envoi',             'Sent',                     'envoi',             'reporté',    'deferred',    'reporte',    'sent',                     'deferred'],
  ['Envoi',             'Sent',                     'envoi',             'aperçu',     'preview',     'apercu',     'sent',                     'preview'],
] as const;

describe('a Journal written before the keys became English', () => {
  const journalOf = (language: 'fr' | 'en', type: 0 | 1 | 2, state: 3 | 4 | 5) =>
    readJournal([
      journalHeaders(language) as Cell[],
      ...WRITTEN_BEFORE.map((row, i): Cell[] => [
        '05/03/2026',
        'Garage Lefèvre',
        'F-9',
        row[type],
        '',
        '',
        '',
        '',
        '',
        '100,00 €',
        '12/03/2026',
        '15/04/2026 : 100,00 €',
        `evt-${i}`,
        row[state],
      ]),
    ]);
  const expected = WRITTEN_BEFORE.map((row) => [row[6], row[7]]);

  it('reads every French Type and État label back to the same event', () => {
    const reading = journalOf('fr', 0, 3);
    expect(reading.problems).toEqual([]);
    expect(reading.events.map((e) => [e.type, e.state])).toEqual(expected);
  });

  it('reads every English Type and State label back to the same event', () => {
    const reading = journalOf('en', 1, 4);
    expect(reading.problems).toEqual([]);
    expect(reading.events.map((e) => [e.type, e.state])).toEqual(expected);
  });

  it('reads the former French keys a user typed back to the same event', () => {
    const reading = journalOf('fr', 2, 5);
    expect(reading.problems).toEqual([]);
    expect(reading.events.map((e) => [e.type, e.state])).toEqual(expected);
  });

  it('writes the same French and English labels as before', () => {
    for (const [i, row] of WRITTEN_BEFORE.entries()) {
      const event = journalOf('fr', 0, 3).events[i];
      if (event === undefined) throw new Error(`row ${i} not read`);
      for (const [language, type, state] of [
        ['fr', row[0], row[3]],
        ['en', row[1], row[4]],
      ] as const) {
        const written = journalRow(event, 0, language);
        expect([written[3], written[13]]).toEqual([type, state]);
      }
    }
  });
});

describe('the Journal’s « Étape » column, which names the steps by their French ids', () => {
  const STEPS_WRITTEN = [
    ['pre-echeance', 'before-due'],
    ['relance-1', 'reminder-1'],
    ['appel', 'phone-call'],
    ['relance-2', 'reminder-2'],
    ['mise-en-demeure', 'demand-letter'],
    ['contentieux', 'court-claim'],
  ] as const;
  const rowsWith = (steps: readonly string[]) =>
    readJournal([
      header,
      ...steps.map((step, i): Cell[] => [
        '05/03/2026',
        'Garage Lefèvre',
        'F-9',
        'Envoi',
        step,
        'Email',
        '',
        '',
        '',
        '',
        '',
        '',
        `R-${i}`,
        'fait',
      ]),
    ]);

  it('reads the rows already written back to each step', () => {
    const reading = rowsWith(STEPS_WRITTEN.map(([written]) => written));
    expect(reading.problems).toEqual([]);
    expect(reading.events.map((e) => e.step)).toEqual(STEPS_WRITTEN.map(([, step]) => step));
  });

  it('writes each step as it wrote it before, in either language', () => {
    for (const [written, step] of STEPS_WRITTEN)
      for (const language of ['fr', 'en'] as const) {
        const row = journalRow(event({ on: '2026-03-05', step }), 0, language);
        expect(row[4]).toBe(written);
      }
  });
});

describe('text written where Sheets would read it as typed input', () => {
  it('gets an apostrophe when Sheets could read it as a number, date, boolean or formula', () => {
    for (const text of [
      '000123',
      '007',
      '12.50',
      '12,5',
      '03/2026',
      '1 234,50 €',
      'VRAI',
      '=1+1',
      '+33 6',
      '12/03',
      '1/2',
      'mars 2026',
      'févr. 2026',
      'March 2026',
    ])
      expect(textCell(text), text).toBe(`'${text}`);
    for (const text of [
      'Boulangerie Martin',
      '1 à 30 jours',
      'F-1,2',
      '',
      'Taux de recouvrement (mars 2026)',
    ])
      expect(textCell(text), text).toBe(text);
  });
});

describe('the Journal’s invoice numbers against the invoice tab’s', () => {
  const events = (numbers: string[]) =>
    numbers.map((n, i) => ({
      id: `e-${i}`,
      day: day('2026-03-04'),
      type: 'sent' as const,
      client: 'Hôtel du Port',
      invoices: [n],
      state: 'done' as const,
    }));

  it('takes the tab’s spelling for the same number in another compatibility form', () => {
    const tab = ['ＦＡ００１', 'F\u00a012', 'ﬁche-3', 'N°①'];
    const aligned = alignInvoiceNumbers(events(['FA001', 'F 12', 'fiche-3', 'N°1']), tab);
    expect(aligned.map((e) => e.invoices[0])).toEqual(tab);
  });

  it('keeps case and inner spaces apart, and numbers the tab does not have as they are', () => {
    const journal = events(['fa001', 'FA 001', 'F-404']);
    const aligned = alignInvoiceNumbers(journal, ['FA001']);
    expect(aligned.map((e) => e.invoices[0])).toEqual(['fa001', 'FA 001', 'F-404']);
    expect(aligned[0]).toBe(journal[0]);
  });
});

describe('an event over more invoices than a cell holds (50,000 characters)', () => {
  const numbers = Array.from(
    { length: 4_100 },
    (_, i) => `FAC-2026-${String(i + 1).padStart(6, '0')}`,
  );
  const big = event({ on: '2026-03-16', invoices: numbers, step: 'reminder-2', state: 'planned' });

  it('is written in rows whose every cell holds at most 50,000 characters', () => {
    const rows = journalRows(big, 0, 'fr');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows)
      for (const cell of row)
        if (typeof cell === 'string') expect(cell.length).toBeLessThanOrEqual(50_000);
  });

  it('is read back as one event covering every invoice, its state from the first row', () => {
    const rows = journalRows(big, Date.UTC(2026, 2, 16, 8), 'fr');
    const cells = rows.map((row) =>
      row.map((c): Cell => (typeof c === 'object' ? { day: big.day } : c)),
    );
    const state = JOURNAL_COLUMNS.findIndex((c) => c.key === 'state');
    const first = cells[0];
    if (first === undefined) throw new Error('no row');
    first[state] = 'fait';
    const reading = readJournal([header, ...cells]);
    expect(reading.events).toHaveLength(1);
    expect(reading.events[0]?.invoices).toEqual(numbers);
    expect(reading.events[0]?.state).toBe('done');
    expect(reading.problems).toEqual([]);
  });

  it('keeps one row for an event whose invoices fit', () => {
    expect(
      journalRows(event({ on: '2026-03-16', invoices: ['F-1', 'F-2'] }), 0, 'fr'),
    ).toHaveLength(1);
  });
});
