import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { confirmationMessage } from '../../src/core/messages/confirmations';
import type { Invoice, JournalEvent } from '../../src/core/model';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, euros, event, invoice } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

const invoices: Invoice[] = [
  invoice({ number: 'F-1', due: '2026-03-02', amountCents: euros(600), contact: 'Claire Martin' }),
  invoice({ number: 'F-2', due: '2026-03-09', amountCents: euros(400), contact: 'Claire Martin' }),
];
const today = day('2026-03-20');

function confirm(recorded: JournalEvent) {
  const plan = planDunning({ invoices, events: [], settings: firm, today });
  return confirmationMessage({
    event: recorded,
    invoices,
    standings: plan.standings,
    settings: firm,
    today,
    language: 'fr',
  });
}

describe('written confirmations of what the client agreed', () => {
  it('restate a promise: the invoices, the sum and the promised date', () => {
    const message = confirm(
      event({
        on: '2026-03-20',
        type: 'promise',
        invoices: ['F-1', 'F-2'],
        date: day('2026-03-31'),
      }),
    );
    expect(message?.subject).toBe(
      'Confirmation de votre engagement de paiement — Atelier Dupont SARL',
    );
    expect(message?.body).toContain('Bonjour Claire Martin,');
    expect(message?.body).toContain(
      'nous prenons note de votre engagement à régler les factures F-1 et F-2, soit 1\u00a0000,00\u00a0€, au plus tard le 31 mars 2026.',
    );
  });

  it('restate a payment plan, instalment by instalment, and what a missed instalment causes', () => {
    const message = confirm(
      event({
        on: '2026-03-20',
        type: 'payment-plan',
        invoices: ['F-1'],
        instalments: [
          { date: day('2026-04-15'), amountCents: euros(300) },
          { date: day('2026-05-15'), amountCents: euros(300) },
        ],
      }),
    );
    expect(message?.subject).toBe('Confirmation de l’échéancier de paiement — Atelier Dupont SARL');
    expect(message?.body).toContain(
      '- 15 avril 2026 : 300,00\u00a0€\n- 15 mai 2026 : 300,00\u00a0€',
    );
    expect(message?.body).toContain('Total : 600,00\u00a0€ (facture F-1).');
    expect(message?.body).toContain(
      'Si une échéance n’est pas réglée à sa date, l’échéancier prend fin et nos relances reprennent pour la totalité du solde restant dû.',
    );
  });

  it('are not written for other answers', () => {
    expect(confirm(event({ on: '2026-03-20', type: 'dispute', detail: 'x' }))).toBeUndefined();
  });
});
