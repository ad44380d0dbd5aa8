/**
 * The rates behind the penalties, half-year by half-year: the contractual rate never below three
 * times the taux d'intérêt légal of its half-year (L441-10), and an ECB rate past the shipped
 * table never stated as a figure until the user confirms it.
 */
import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { legalInterestRateOn } from '../../src/core/dunning/penalties';
import { buildTemplateVariables } from '../../src/core/messages/variables';
import type { Invoice, JournalEvent } from '../../src/core/model';
import type { Settings } from '../../src/core/settings/settings';
import { day, euros, event, invoice, settings } from '../fixtures';

function contractual(ratePercent: number): Settings {
  return settings({
    penalties: {
      ...settings().penalties,
      mode: 'contractual',
      contractualRatePercent: ratePercent,
    },
  });
}

function planOn(today: string, invoices: Invoice[], base: Settings, events: JournalEvent[] = []) {
  return planDunning({ invoices, events, settings: base, today: day(today) });
}

describe('the contractual rate’s floor, half-year by half-year (L441-10)', () => {
  const late2024 = invoice({ number: 'C-1', due: '2023-12-31', amountCents: euros(10000) });

  it('reads the taux d’intérêt légal of each half-year from the arrêtés', () => {
    expect(
      [
        '2023-03-01',
        '2023-09-01',
        '2024-03-01',
        '2024-09-01',
        '2025-03-01',
        '2025-09-01',
        '2026-03-01',
      ].map((d) => legalInterestRateOn(day(d))),
    ).toEqual([2.06, 4.22, 5.07, 4.92, 3.71, 2.76, 2.62]);
  });

  it('applies 15,21 % in January 2024 to a contractual 8 %, and says so', () => {
    // 10 000 € × 15,21 % × 31/365 = 129,18 € (8 % would give 67,95 €).
    const plan = planOn('2024-01-31', [late2024], contractual(8));
    expect(plan.standings[0]?.interestCents).toBe(euros(129.18));
    expect(plan.problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        text: expect.objectContaining({
          fr: expect.stringContaining(
            'Taux contractuel de 8\u00a0% inférieur au plancher du semestre commençant le 1er janvier 2024 : trois fois le taux d’intérêt légal, 3 × 5,07\u00a0% = 15,21\u00a0%',
          ),
        }),
      }),
    );
  });

  it('checks each half-year against its own floor across 1 July', () => {
    // 10 000 € due 15/06/2024 at a contractual 8 %, on 15/07/2024:
    // 16–30/06: 15 days at 3 × 5,07 % = 15,21 % → 62,5068 €;
    // 1–15/07: 15 days at 3 × 4,92 % = 14,76 % → 60,6575 €   → 123,16 €
    const across = invoice({ number: 'C-2', due: '2024-06-15', amountCents: euros(10000) });
    const plan = planOn('2024-07-15', [across], contractual(8));
    expect(plan.standings[0]?.interestCents).toBe(euros(123.16));
    expect(plan.problems.filter((p) => p.text.fr.startsWith('Taux contractuel'))).toHaveLength(2);
  });

  it('applies a contractual rate above the floor as agreed, without a word', () => {
    // 10 000 € × 16 % × 31/365 = 135,89 €
    const plan = planOn('2024-01-31', [late2024], contractual(16));
    expect(plan.standings[0]?.interestCents).toBe(euros(135.89));
    expect(plan.problems).toEqual([]);
  });

  it('warns that the floor cannot be checked past the legal interest rate table', () => {
    const late = invoice({ number: 'C-3', due: '2026-07-31', amountCents: euros(1000) });
    const plan = planOn('2026-08-20', [late], contractual(12));
    expect(plan.problems.map((p) => p.text.fr)).toContainEqual(
      expect.stringContaining(
        'Le taux d’intérêt légal du semestre commençant le 1er juillet 2026 n’est pas encore dans la table de Relance',
      ),
    );
  });
});

describe('an ECB rate past the shipped table', () => {
  const late = invoice({ number: 'E-1', due: '2026-10-15', amountCents: euros(2000) });
  const ladder = [
    event({ on: '2026-10-19', step: 'reminder-1', invoices: ['E-1'] }),
    event({ on: '2026-10-23', type: 'call', step: 'phone-call', invoices: ['E-1'] }),
  ];

  function reminderVariables(base: Settings) {
    const today = day('2026-11-02');
    const plan = planOn('2026-11-02', [late], base, ladder);
    const action = plan.actions[0];
    if (action === undefined) throw new Error('no action');
    expect(action.step).toBe('reminder-2');
    return buildTemplateVariables({
      action,
      invoices: [late],
      standings: plan.standings,
      settings: base,
      today,
      events: ladder,
    });
  }

  it('is named without a figure, and the amounts are marked provisional', () => {
    const variables = reminderVariables(settings());
    expect(variables['taux_penalites']).toBe(
      '10 points au-dessus du taux BCE en vigueur au 1er juillet 2026',
    );
    // 2 000 € × 12,15 % (the last known rate, 2,15 % + 10) × 18/365 = 11,98 €, provisional.
    expect(variables['penalites']).toBe('11,98\u00a0€ (provisoire)');
    expect(variables['total_reclame']).toBe('2\u00a0051,98\u00a0€ (provisoire)');
    const annex = variables['annexe_penalites'] as { taux: string; montant: string }[];
    expect(annex[0]?.taux).toBe('taux BCE en vigueur au 1er juillet 2026 + 10 points');
    expect(JSON.stringify(variables)).not.toContain('12,15');
  });

  it('is stated once the user confirmed the rate of 1 July', () => {
    const confirmed = settings({
      penalties: {
        ...settings().penalties,
        extraEcbRates: [
          {
            from: '2026-07-01',
            ratePercent: 2.15,
            confirmedOn: '2026-11-02',
            confirmedBy: 'a@b.fr',
          },
        ],
      },
    });
    const variables = reminderVariables(confirmed);
    expect(variables['taux_penalites']).toBe('12,15\u00a0%');
    expect(variables['penalites']).toBe('11,98\u00a0€');
    const annex = variables['annexe_penalites'] as { taux: string }[];
    expect(annex[0]?.taux).toBe('12,15\u00a0% (BCE 2,15\u00a0% + 10 points)');
  });
});
