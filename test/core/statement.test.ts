import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { buildStatement } from '../../src/core/messages/statement';
import { statementBlocks } from '../../src/core/messages/statement-layout';
import type { Invoice, JournalEvent } from '../../src/core/model';
import { day, euros, event, invoice, settings } from '../fixtures';

const CLIENT = 'Garage Martin';
const invoices: Invoice[] = [
  invoice({ number: 'F-1', client: CLIENT, due: '2025-06-20', amountCents: euros(1000) }),
  invoice({ number: 'F-2', client: CLIENT, due: '2025-07-10', amountCents: euros(2000) }),
];
const events: JournalEvent[] = [
  event({
    on: '2025-07-20',
    type: 'payment',
    client: CLIENT,
    invoices: ['F-2'],
    amountCents: euros(500),
  }),
];
const today = day('2025-07-31');

function statementOf(list: Invoice[] = invoices) {
  const base = settings();
  const plan = planDunning({ invoices: list, events, settings: base, today });
  return buildStatement({
    client: CLIENT,
    invoices: list,
    standings: plan.standings,
    events,
    settings: base,
    today,
  });
}

describe('the relevé de compte', () => {
  it('adds up invoices, payments, balance, penalties by half-year and indemnities', () => {
    const statement = statementOf();
    // F-1: 1 000 € late from 21/06/2025. H1 2025 (ECB 3,15 % on 1 Jan + 10 = 13,15 %):
    //   21–30/06, 10 days: 100 000 c × 13,15 % × 10 / 365 = 360,27 c;
    //   H2 2025 (ECB 2,15 % on 1 Jul + 10 = 12,15 %): 1–31/07, 31 days: 1 031,92 c.
    //   Total 1 392,19 c → 13,92 €; lines 3,60 € + 10,32 € (the spare cent to the larger remainder).
    // F-2: 2 000 € late from 11/07/2025, 500 € paid on 20/07:
    //   11–20/07, 10 days on 2 000 €: 665,75 c; 21–31/07, 11 days on 1 500 €: 549,25 c.
    //   Total 1 215,00 c → 12,15 €; lines 6,66 € + 5,49 €.
    expect(statement.penalties.map((p) => [p.invoice, p.days, p.ratePercent, p.cents])).toEqual([
      ['F-1', 10, 13.15, 360],
      ['F-1', 31, 12.15, 1032],
      ['F-2', 10, 12.15, 666],
      ['F-2', 11, 12.15, 549],
    ]);
    expect(statement.penalties[0]?.ecbPercent).toBe(3.15);
    expect(statement.payments).toEqual([
      { day: day('2025-07-20'), invoice: 'F-2', amountCents: euros(500) },
    ]);
    expect(statement.totals).toEqual({
      amountCents: euros(3000),
      paidCents: euros(500),
      balanceCents: euros(2500),
      interestCents: euros(26.07),
      indemnityCents: euros(80),
      claimedCents: euros(2606.07),
    });
  });

  it('shows a consumer neither penalties nor indemnities', () => {
    const consumer = invoices.map((i) => ({ ...i, clientType: 'consumer' as const }));
    const statement = statementOf(consumer);
    expect(statement.penalties).toEqual([]);
    expect(statement.totals.claimedCents).toBe(euros(2500));
  });

  it('lays out the tables a reader finds in the PDF, totals included', () => {
    const blocks = statementBlocks(statementOf(), { firm: settings().firm, language: 'fr' });
    const text = blocks
      .map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text))
      .join('\n');
    expect(text).toContain('Relevé de compte au 31 juillet 2025');
    expect(text).toContain(
      'F-2 | — | 10/07/2025 | 2\u00a0000,00\u00a0€ | 500,00\u00a0€ | 1\u00a0500,00\u00a0€',
    );
    expect(text).toContain(
      'Total |  |  | 3\u00a0000,00\u00a0€ | 500,00\u00a0€ | 2\u00a0500,00\u00a0€',
    );
    expect(text).toContain(
      'F-1 | 21/06/2025 – 30/06/2025 | 10 | 1\u00a0000,00\u00a0€ | 13,15\u00a0% (BCE 3,15\u00a0% + 10 points) | 3,60\u00a0€',
    );
    expect(text).toContain('Total des pénalités au 31 juillet 2025 : 26,07\u00a0€');
    expect(text).toContain(
      'Indemnités forfaitaires pour frais de recouvrement (article D441-5 du Code de commerce) : 2 factures × 40,00\u00a0€ = 80,00\u00a0€',
    );
    expect(text).toContain('Total dû au 31 juillet 2025 : 2\u00a0606,07\u00a0€');
  });
});

describe('the relevé de compte of a public buyer', () => {
  const publicBuyer = invoices.map((i) => ({ ...i, clientType: 'public-buyer' as const }));

  it('charges the ECB rate of the half-year the interest started in, + 8 points, for the whole delay', () => {
    const statement = statementOf(publicBuyer);
    // Code de la commande publique R2192-31: ECB rate on the first day of the half-year in which
    // the interest started to run, + 8 points, kept for the whole delay.
    // F-1: late from 21/06/2025 (H1 2025, ECB 3,15 %): 11,15 % on both half-years.
    //   21–30/06, 10 days: 100 000 c × 11,15 % × 10 / 365 = 305,48 c;
    //   1–31/07, 31 days: 100 000 c × 11,15 % × 31 / 365 = 946,99 c. Total 1 252,47 c → 12,52 €;
    //   lines 3,05 € + 9,47 € (the spare cent to the larger remainder).
    // F-2: late from 11/07/2025 (H2 2025, ECB 2,15 %): 10,15 %.
    //   11–20/07, 10 days on 2 000 €: 556,16 c; 21–31/07, 11 days on 1 500 €: 458,84 c.
    //   Total 1 015,00 c → 10,15 €; lines 5,56 € + 4,59 €.
    // Indemnities: 2 × 40 € (D2192-35). Claimed: 2 500 + 22,67 + 80 = 2 602,67 €.
    expect(
      statement.penalties.map((p) => [p.invoice, p.days, p.ratePercent, p.ecbPercent, p.cents]),
    ).toEqual([
      ['F-1', 10, 11.15, 3.15, 305],
      ['F-1', 31, 11.15, 3.15, 947],
      ['F-2', 10, 10.15, 2.15, 556],
      ['F-2', 11, 10.15, 2.15, 459],
    ]);
    expect(statement.totals).toMatchObject({
      interestCents: euros(22.67),
      indemnityCents: euros(80),
      claimedCents: euros(2602.67),
    });
  });

  it('cites the Code de la commande publique and the ECB rate + 8 points, never L441-10', () => {
    const blocks = statementBlocks(statementOf(publicBuyer), {
      firm: settings().firm,
      language: 'fr',
    });
    const text = blocks
      .map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : b.text))
      .join('\n');
    expect(text).toContain('R2192-31 du Code de la commande publique');
    expect(text).toContain(
      'F-2 | 21/07/2025 – 31/07/2025 | 11 | 1\u00a0500,00\u00a0€ | 10,15\u00a0% (BCE 2,15\u00a0% + 8 points) | 4,59\u00a0€',
    );
    expect(text).toContain('Total des intérêts moratoires au 31 juillet 2025 : 22,67\u00a0€');
    expect(text).toContain(
      'Indemnités forfaitaires pour frais de recouvrement (article D2192-35 du Code de la commande publique) : 2 factures × 40,00\u00a0€ = 80,00\u00a0€',
    );
    expect(text).toContain('Total dû au 31 juillet 2025 : 2\u00a0602,67\u00a0€');
    expect(text).not.toMatch(/L441-10|D441-5|\+ 10 points/);
  });
});
