import { describe, expect, it } from 'vitest';
import { courtFor } from '../../src/core/dunning/court';
import { planDunning } from '../../src/core/dunning/engine';
import type { ClientType, Invoice, JournalEvent, Plan } from '../../src/core/model';
import { buildRunReport } from '../../src/core/reports/run-report';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { parseClientType } from '../../src/core/sheets/client-type';
import { suiviTable } from '../../src/core/sheets/suivi-table';
import { formatIsoDay, type Day } from '../../src/core/values/day';
import { day, euros, event, invoice, settings } from '../fixtures';

function plan(invoices: Invoice[], events: JournalEvent[], today: string, overrides = {}): Plan {
  return planDunning({ invoices, events, settings: settings(overrides), today: day(today) });
}

const consumer = (due: string) =>
  invoice({ client: 'Mme Julie Roux', number: 'F2023-0004', due, clientType: 'consumer' });
const business = (due: string) => invoice({ number: 'F2021-0050', due });

describe('prescription', () => {
  it('stops chasing a consumer two years after the due date (Code de la consommation L218-2)', () => {
    // Due 15 January 2023: chased until 15 January 2025, prescribed from the 16th.
    expect(plan([consumer('2023-01-15')], [], '2025-01-15').standings[0]?.state).toBe('active');
    const after = plan([consumer('2023-01-15')], [], '2025-01-16');
    expect(after.standings[0]?.state).toBe('prescribed');
    expect(after.actions).toEqual([]);
  });

  it('stops chasing a business five years after the due date (Code de commerce L110-4)', () => {
    // Due 1 March 2021: chased until 1 March 2026.
    expect(plan([business('2021-03-01')], [], '2026-03-02').standings[0]?.state).toBe('prescribed');
    expect(plan([business('2021-03-01')], [], '2026-02-27').standings[0]?.state).toBe('active');
  });

  it('starts again from a payment or a promise the client wrote (Code civil 2240)', () => {
    const paid = event({
      on: '2024-06-10',
      type: 'payment',
      client: 'Mme Julie Roux',
      invoices: ['F2023-0004'],
      amountCents: euros(100),
    });
    const afterPayment = plan([consumer('2023-01-15')], [paid], '2025-01-16').standings[0];
    expect(afterPayment?.state).toBe('active');
    expect(formatIsoDay(afterPayment?.prescriptionDay as Day)).toBe('2026-06-10');
    const promise = event({
      on: '2024-12-02',
      type: 'promise',
      client: 'Mme Julie Roux',
      invoices: ['F2023-0004'],
      date: day('2024-12-20'),
      link: 'Lettre de Mme Roux du 2 décembre 2024',
    });
    const afterPromise = plan([consumer('2023-01-15')], [promise], '2025-01-16').standings[0];
    expect(formatIsoDay(afterPromise?.prescriptionDay as Day)).toBe('2026-12-02');
  });

  it('shows « prescrite » in the Suivi and the report', () => {
    const result = plan([consumer('2023-01-15')], [], '2025-06-01');
    const row = suiviTable(result.standings, [], 'fr')[1];
    expect(row?.[5]).toBe('prescrite');
    expect(buildRunReport(result, 'Factures').invoices[0]?.state).toBe('prescribed');
  });

  it('warns ninety days before the limit, not ninety-one', () => {
    // Due 1 March 2024, consumer: prescribed after 1 March 2026; 1 December 2025 is 90 days before.
    const warned = plan([consumer('2024-03-01')], [], '2025-12-01');
    expect(warned.problems.map((p) => p.text.fr).join(' ')).toMatch(
      /F2023-0004.*prescrite.*1er mars 2026/,
    );
    expect(plan([consumer('2024-03-01')], [], '2025-11-30').problems).toEqual([]);
  });
});

describe('the court of a recourse', () => {
  const court = (clientType: ClientType, address: string) => courtFor({ clientType, address });

  it('names the tribunal de commerce and Cerfa 12946 for a commerçant in Nantes', () => {
    expect(court('trader', 'ZA des Près, 44300 Nantes')).toMatchObject({
      kind: 'commercial-court',
      cerfa: '12946',
    });
  });

  it('names the tribunal des activités économiques of Lyon for a commerçant seated in Lyon', () => {
    expect(court('trader', '8 quai Saint-Vincent, 69001 Lyon')).toMatchObject({
      kind: 'economic-activities-court',
      name: 'Tribunal des activités économiques de Lyon',
      cerfa: '12946',
    });
  });

  it('names the commercial chamber of the tribunal judiciaire in Strasbourg (67)', () => {
    expect(court('trader', '4 route de Colmar, 67000 Strasbourg')).toMatchObject({
      kind: 'judicial-court-commercial-chamber',
    });
    expect(court('trader', '2 rue Serpenoise, 57000 Metz').kind).toBe(
      'judicial-court-commercial-chamber',
    );
  });

  it('names the tribunal judiciaire and Cerfa 12948 for an SCI', () => {
    expect(court('non-trader', '5 avenue de Paris, 78000 Versailles')).toMatchObject({
      kind: 'judicial-court',
      cerfa: '12948',
    });
  });

  it('names the tribunal judiciaire and Cerfa 12948 for a consumer', () => {
    expect(court('consumer', '3 impasse des Roses, 31000 Toulouse')).toMatchObject({
      kind: 'judicial-court',
      cerfa: '12948',
    });
  });

  it('names the administrative court, without a Cerfa, for a public buyer', () => {
    const result = court('public-buyer', 'Hôtel de Ville, 56100 Lorient');
    expect(result.kind).toBe('administrative-court');
    expect(result.cerfa).toBeUndefined();
  });

  it('is carried on the recourse action', () => {
    const lyon = invoice({ due: '2026-03-02', address: '8 quai Saint-Vincent, 69001 Lyon' });
    const events = [
      event({ on: '2026-03-04', step: 'reminder-1' }),
      event({ on: '2026-03-10', step: 'phone-call', type: 'call' }),
      event({ on: '2026-03-17', step: 'reminder-2' }),
      event({ on: '2026-04-01', step: 'demand-letter', type: 'letter-to-post' }),
      event({
        on: '2026-04-02',
        type: 'registered-letter-posted',
        step: 'demand-letter',
        date: day('2026-04-02'),
        detail: '1A12345678901',
      }),
      event({ on: '2026-04-03', step: 'demand-letter', type: 'sent' }),
    ];
    const recourse = plan([lyon], events, '2026-04-17').actions[0];
    expect(recourse?.step).toBe('court-claim');
    expect(recourse?.court?.kind).toBe('economic-activities-court');
  });
});

describe('the client type column', () => {
  it('leaves an unknown value unread', () => {
    expect(parseClientType('grossiste?')).toBeUndefined();
    expect(parseClientType('')).toBeUndefined();
  });
});

describe('public buyers (Code de la commande publique)', () => {
  it('owe the ECB rate of the half-year the interest started + 8 points, fixed, and 40 €', () => {
    // 10 000 € due 15 February 2026: interest from 16 February, ECB rate on 1 January 2026 =
    // 2,15 %, so 10,15 % for the whole delay. Until 16 August 2026: 182 days.
    // 10 000 × 10,15 % × 182 / 365 = 506,11 €.
    const publicBuyer = invoice({
      client: 'Commune de Lorient',
      due: '2026-02-15',
      amountCents: euros(10000),
      clientType: 'public-buyer',
    });
    const extra = {
      penalties: {
        ...settings().penalties,
        extraEcbRates: [{ from: '2026-07-01', ratePercent: 1.5 }],
      },
    };
    const result = plan([publicBuyer], [], '2026-08-16', extra).standings[0];
    expect(result?.interestCents).toBe(50611);
    expect(result?.indemnityCents).toBe(4000);
  });
});

describe('the ECB rate table', () => {
  const late = invoice({ due: '2026-05-04' });

  it('says so when the run is past the last half-year it knows', () => {
    const messages = (today: string, overrides = {}) =>
      plan([late], [], today, overrides).problems.map((p) => p.text.fr);
    expect(messages('2026-06-30')).toEqual([]);
    expect(messages('2026-07-01').join(' ')).toMatch(/taux BCE.*1er juillet 2026/);
  });

  it('stops saying so once the settings add the rate of 1 July', () => {
    const penalties = {
      ...settings().penalties,
      extraEcbRates: [{ from: '2026-07-01', ratePercent: 2.15 }],
    };
    expect(plan([late], [], '2026-07-01', { penalties }).problems).toEqual([]);
  });
});

describe('a contractual penalty rate', () => {
  it('is refused below three times the legal interest rate (L441-10)', () => {
    // Legal interest rate H1 2026 (professional creditor): 2,62 % × 3 = 7,86 %.
    const low = validateSettings({
      penalties: { mode: 'contractual', contractualRatePercent: 7.5 },
    });
    expect(low.ok).toBe(false);
    if (!low.ok)
      expect(
        low.errors.find((e) => e.path === 'penalties.contractualRatePercent')?.message,
      ).toMatch(/7,86/);
    expect(
      validateSettings({ penalties: { mode: 'contractual', contractualRatePercent: 7.86 } }).ok,
    ).toBe(true);
  });
});
