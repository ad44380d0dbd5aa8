import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import type { ClientType, Invoice, JournalEvent, Plan } from '../../src/core/model';
import { clientTypeOfId } from '../../src/core/model';
import { clientTypeFault, parseClientType } from '../../src/core/sheets/client-type';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import { day, euros, event, invoice, settings } from '../fixtures';

function plan(invoices: Invoice[], events: JournalEvent[], today: string): Plan {
  return planDunning({ invoices, events, settings: settings(), today: day(today) });
}

/** What a cell says, what Relance reads, and the rule that says so. */
const FORMS: [string, ClientType, string][] = [
  ['Commerçant', 'trader', 'Code de commerce L121-1'],
  ['SARL', 'trader', 'commercial by form, Code de commerce L210-1'],
  ['SAS', 'trader', 'L210-1'],
  ['SASU', 'trader', 'L210-1 (SAS with one partner)'],
  ['EURL', 'trader', 'L210-1 (SARL with one partner)'],
  ['SA', 'trader', 'L210-1'],
  ['SNC', 'trader', 'L210-1'],
  ['Société commerciale', 'trader', 'L110-1, L210-1'],
  ['SCI', 'non-trader', 'société civile, Code civil 1845'],
  ['Société civile immobilière', 'non-trader', 'Code civil 1845'],
  ['SCP', 'non-trader', 'société civile professionnelle, Code civil 1845'],
  ['SCM', 'non-trader', 'société civile de moyens, Code civil 1845'],
  ['SELARL', 'non-trader', 'profession libérale, loi n° 90-1258 art. 1'],
  ['SELAS', 'non-trader', 'loi n° 90-1258 art. 1'],
  ['Profession libérale', 'non-trader', 'civil activity, not an act of commerce'],
  ['Avocat', 'non-trader', 'profession libérale'],
  ['Architecte', 'non-trader', 'profession libérale'],
  ['Association', 'non-trader', 'loi du 1er juillet 1901'],
  ['Association loi 1901', 'non-trader', 'loi du 1er juillet 1901'],
  ['EARL', 'non-trader', 'agricultural activity is civil, Code rural L311-1'],
  ['GAEC', 'non-trader', 'Code rural L311-1'],
  ['Exploitant agricole', 'non-trader', 'Code rural L311-1'],
  ['Syndicat de copropriété', 'non-trader', 'loi n° 65-557 du 10 juillet 1965'],
  ['Particulier', 'consumer', 'Code de la consommation, article liminaire'],
  ['Personne physique', 'consumer', 'article liminaire (the case that claims least)'],
  ['Client particulier', 'consumer', 'article liminaire'],
  ['Consumer', 'consumer', 'article liminaire'],
  ['Acheteur public', 'public-buyer', 'Code de la commande publique L2'],
  ['Commune', 'public-buyer', 'CCP L1211-1, collectivité territoriale'],
  ['Mairie', 'public-buyer', 'CCP L1211-1'],
  ['EPCI', 'public-buyer', 'CCP L1211-1, groupement de collectivités'],
  ['Département', 'public-buyer', 'CCP L1211-1'],
  ['Région', 'public-buyer', 'CCP L1211-1'],
  ['Hôpital', 'public-buyer', 'établissement public de santé, CCP L1211-1'],
  ['CHU', 'public-buyer', 'CCP L1211-1'],
  ['État', 'public-buyer', 'CCP L1211-1'],
  ['Ministère', 'public-buyer', 'CCP L1211-1 (the State)'],
];

describe('the client type column', () => {
  it.each(FORMS)('reads « %s » as %s (%s)', (text, type) => {
    expect(parseClientType(text)).toBe(type);
  });

  it.each([
    ['Pro', /ambigu.*commerçant.*non commerçant/],
    ['Entreprise', /ambigu/],
    ['Auto-entrepreneur', /ambigu.*nature de l’activité/],
    ['Micro-entrepreneur', /ambigu.*nature de l’activité/],
    ['Artisan', /ambigu/],
    ['grossiste?', /« grossiste\? » non reconnu/],
    ['', /Type client manquant/],
  ])('does not guess « %s »: it says why', (text, why) => {
    expect(parseClientType(text)).toBeUndefined();
    expect(clientTypeFault(text)).toMatch(why);
  });

  it('leaves an invoice row without a type when its cell is empty or « Pro »', () => {
    const header = ['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Type client'];
    const row = (number: string, type: string) => [
      number,
      `Client ${number}`,
      'compta@client.fr',
      { day: day('2026-03-02') },
      1200,
      type,
    ];
    const reading = readInvoiceTable(
      [header, row('F-1', 'SCI'), row('F-2', ''), row('F-3', 'Pro')],
      { settings: settings() },
    );
    expect(reading.found && reading.invoices.map((i) => i.clientType)).toEqual([
      'non-trader',
      undefined,
      undefined,
    ]);
    expect(reading.found && reading.invoices[2]?.clientTypeText).toBe('Pro');
  });
});

describe('a client whose type Relance cannot read', () => {
  // Mme Sophie Leroy, a consumer whose type cell was left empty: 1 500 € due 1 September 2026.
  const leroy = (overrides: Partial<Invoice> = {}) => {
    const { clientType: _ignored, ...base } = invoice({
      client: 'Mme Sophie Leroy',
      number: 'F2026-0301',
      due: '2026-09-01',
      amountCents: euros(1500),
      address: '9 rue Victor Hugo, 69100 Villeurbanne',
      row: 7,
    });
    return { ...base, ...overrides };
  };
  const chased = [
    event({
      on: '2026-09-03',
      client: 'Mme Sophie Leroy',
      invoices: ['F2026-0301'],
      step: 'reminder-1',
    }),
    event({
      on: '2026-09-09',
      client: 'Mme Sophie Leroy',
      invoices: ['F2026-0301'],
      step: 'phone-call',
      type: 'call',
    }),
    event({
      on: '2026-09-16',
      client: 'Mme Sophie Leroy',
      invoices: ['F2026-0301'],
      step: 'reminder-2',
    }),
  ];

  it('is charged no penalty and no 40 € indemnity', () => {
    const standing = plan([leroy()], chased, '2026-11-02').standings[0];
    expect(standing?.interestCents).toBe(0);
    expect(standing?.indemnityCents).toBe(0);
  });

  it('gets no mise en demeure, and a problem naming its row and the accepted values', () => {
    const result = plan([leroy()], chased, '2026-11-02');
    expect(result.actions).toEqual([]);
    const problem = result.problems.find((p) => p.invoice === 'F2026-0301');
    expect(problem).toMatchObject({ row: 7, column: 'Type client' });
    expect(problem?.text.fr).toMatch(/Type client manquant.*Mme Sophie Leroy/);
    expect(problem?.text.fr).toMatch(/commerçant, non commerçant, particulier ou acheteur public/);
    expect(problem?.text.fr).toMatch(/onglet Clients/);
  });

  it('is one problem for the client, naming each of its open rows', () => {
    const second = { ...leroy(), number: 'F2026-0302', row: 9 };
    const problems = plan([leroy(), second], chased, '2026-11-02').problems.filter(
      (p) => p.column === 'Type client',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.text.fr).toMatch(/lignes 7, 9/);
  });

  it('names the legacy « Pro » it could not read', () => {
    const result = plan([leroy({ clientTypeText: 'Pro' })], chased, '2026-11-02');
    expect(result.problems.find((p) => p.invoice === 'F2026-0301')?.text.fr).toMatch(
      /« Pro » ambigu/,
    );
  });

  it('still gets its courteous first reminder, with no penalty', () => {
    const result = plan([leroy()], [], '2026-09-03');
    expect(result.actions.map((a) => a.step)).toEqual(['reminder-1']);
    expect(result.actions[0]?.clientType).toBeUndefined();
  });

  it('gets its mise en demeure once the user says what it is', () => {
    const result = plan([leroy({ clientType: 'consumer' })], chased, '2026-11-02');
    expect(result.actions.map((a) => a.step)).toEqual(['demand-letter']);
    expect(result.problems.filter((p) => p.invoice === 'F2026-0301')).toEqual([]);
  });

  it('is no client of known type when two of its rows disagree', () => {
    const second = { ...leroy({ clientType: 'trader' }), number: 'F2026-0302', row: 8 };
    const result = plan([leroy({ clientType: 'consumer' }), second], chased, '2026-11-02');
    expect(result.actions).toEqual([]);
    expect(result.problems.map((p) => p.text.fr).join(' ')).toMatch(
      /Types différents.*ligne 7 : particulier, ligne 8 : commerçant/,
    );
  });
});

describe('a client type id sent by the sidebar', () => {
  it.each([
    ['trader', 'trader'],
    ['public-buyer', 'public-buyer'],
    ['commercant', 'trader'],
    ['non-commercant', 'non-trader'],
    ['particulier', 'consumer'],
    ['acheteur-public', 'public-buyer'],
  ])(
    'reads « %s » as %s (the French ids are those a sidebar opened before still sends)',
    (id, type) => {
      expect(clientTypeOfId(id)).toBe(type);
    },
  );

  it.each(['Commerçant', 'pro', 'constructor', ''])('refuses « %s »', (id) => {
    expect(clientTypeOfId(id)).toBeUndefined();
  });
});
