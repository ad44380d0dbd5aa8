import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { composeAction } from '../../src/core/messages/compose';
import type { Invoice } from '../../src/core/model';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, euros, invoice } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

function memo(invoices: Invoice[], today: string): string {
  const standings = planDunning({
    invoices,
    events: [],
    settings: firm,
    today: day(today),
  }).standings;
  return composeAction({
    action: {
      step: 'court-claim',
      client: invoices[0]?.client ?? '',
      invoices: invoices.map((i) => i.number),
      language: 'fr',
    },
    invoices,
    standings,
    settings: firm,
    today: day(today),
    events: [],
  }).body;
}

const claim = (amount: number, overrides: Partial<Invoice> = {}) => [
  invoice({
    number: 'F-1',
    client: 'Garage Martin',
    due: '2026-06-01',
    amountCents: euros(amount),
    address: '12 rue de la Gare, 44000 Nantes',
    ...overrides,
  }),
];

describe('the recourse memo', () => {
  it('offers the simplified procedure up to 5 000 €', () => {
    expect(memo(claim(3000), '2026-09-01')).toMatch(/procédure simplifiée.*5 000 €/);
  });

  it('does not offer it for 10 405,99 €', () => {
    const text = memo(claim(10405.99), '2026-09-01');
    expect(text).not.toMatch(/procédure simplifiée/);
    expect(text).toMatch(/société de recouvrement/);
  });

  it('proposes no agency nor commissaire de justice against a public buyer', () => {
    const text = memo(claim(3000, { clientType: 'public-buyer' }), '2026-09-01');
    expect(text).toMatch(/Intérêts moratoires/);
    expect(text).not.toMatch(/Confier le dossier|Pénalités de retard/);
    expect(text).toMatch(/aucune voie d’exécution forcée.*personne publique/);
  });

  it('says which route applies to a London debtor, and offers no French court', () => {
    const text = memo(claim(3000, { address: '10 Market Street, London EC2A 4NE' }), '2026-09-01');
    expect(text).toMatch(/Voie de recours :/);
    expect(text).toMatch(/Royaume-Uni/);
    expect(text).not.toMatch(/Cerfa|tribunal de commerce|Confier le dossier/i);
  });

  it('states the prescription limit, and warns when it is less than 90 days away', () => {
    // A consumer invoiced on 1 October 2024: time-barred after 1 October 2026.
    const consumer = claim(900, { clientType: 'consumer', issueDate: day('2024-10-01') });
    const early = memo(consumer, '2026-06-01');
    expect(early).toContain('au plus tard le 1er octobre 2026');
    expect(early).not.toContain('ATTENTION');
    expect(memo(consumer, '2026-07-15')).toMatch(/ATTENTION : moins de 90 jours/);
  });
});

describe('the mise en demeure to a debtor established abroad', () => {
  const notice = (address: string, language: 'fr' | 'en') => {
    const invoices = claim(3000, { address });
    const standings = planDunning({
      invoices,
      events: [],
      settings: firm,
      today: day('2026-09-01'),
    }).standings;
    return composeAction({
      action: { step: 'demand-letter', client: 'Garage Martin', invoices: ['F-1'], language },
      invoices,
      standings,
      settings: firm,
      today: day('2026-09-01'),
      events: [],
    });
  };

  it('announces no French injonction de payer to a London debtor, in the letter and its email', () => {
    const composed = notice('10 Market Street, London EC2A 4NE', 'fr');
    for (const text of [composed.letter ?? '', composed.body]) {
      expect(text).not.toMatch(/injonction de payer/);
      expect(text).toMatch(/procédure judiciaire de recouvrement devant la juridiction compétente/);
    }
    expect(notice('10 Market Street, London EC2A 4NE', 'en').letter).not.toMatch(/injonction/);
  });

  it('still announces the injonction de payer to a debtor in Nantes', () => {
    expect(notice('12 rue de la Gare, 44000 Nantes', 'fr').letter).toMatch(
      /requête en injonction de payer/,
    );
  });
});
