import { describe, expect, it } from 'vitest';
import { checkEventInput, type EventInput } from '../../src/core/dunning/record-event';
import { day, euros } from '../fixtures';

const context = {
  client: 'Alpha',
  today: day('2026-03-20'),
  id: 'S-1',
  balances: new Map([
    ['F1', euros(1200)],
    ['F2', euros(300)],
  ]),
};

const answer = (overrides: Partial<EventInput>): EventInput => ({
  clientKey: 'alpha',
  type: 'payment-plan',
  invoices: ['F1'],
  ...overrides,
});

const errorsOf = (input: EventInput) => {
  const checked = checkEventInput(input, context);
  return checked.ok ? [] : checked.errors;
};

describe('a payment plan recorded from the sidebar', () => {
  it('is refused when its instalments do not cover the balance (10 € on 1 200 €)', () => {
    expect(errorsOf(answer({ instalments: [{ date: '2026-04-30', amountCents: 1000 }] }))).toEqual([
      {
        field: 'instalments',
        message:
          'Les échéances totalisent 10,00\u00a0€, moins que le solde dû de 1\u00a0200,00\u00a0€ : ajoutez une échéance ou augmentez les montants.',
      },
    ]);
  });

  it('covers the balance of every invoice it names', () => {
    const short = answer({
      invoices: ['F1', 'F2'],
      instalments: [
        { date: '2026-04-30', amountCents: euros(600) },
        { date: '2026-05-31', amountCents: euros(600) },
      ],
    });
    expect(errorsOf(short).map((e) => e.field)).toEqual(['instalments']);
    const full = answer({
      invoices: ['F1', 'F2'],
      instalments: [
        { date: '2026-04-30', amountCents: euros(750) },
        { date: '2026-05-31', amountCents: euros(750) },
      ],
    });
    expect(errorsOf(full)).toEqual([]);
  });

  it('refuses an instalment in the past or beyond three years', () => {
    const dates = ['2026-03-19', '2099-01-01'].map((date) =>
      errorsOf(answer({ instalments: [{ date, amountCents: euros(1200) }] })),
    );
    expect(dates[0]).toEqual([
      { field: 'instalments[0].date', message: 'Une échéance ne peut pas être passée.' },
    ]);
    expect(dates[1]).toEqual([
      { field: 'instalments[0].date', message: 'Échéance à plus de trois ans : vérifiez la date.' },
    ]);
  });
});

describe('a promise recorded from the sidebar', () => {
  it('refuses a promised date more than a year ahead, such as 2099', () => {
    for (const date of ['2099-12-31', '2027-03-22'])
      expect(errorsOf(answer({ type: 'promise', date }))).toEqual([
        {
          field: 'date',
          message:
            'La date promise est à plus d’un an : vérifiez-la, ou enregistrez plutôt un échéancier.',
        },
      ]);
    expect(errorsOf(answer({ type: 'promise', date: '2027-03-20' }))).toEqual([]);
  });
});
