/**
 * The penalties and indemnity a letter claimed on an invoice then paid late stay on the account
 * (Action.keptInvoices): a message that lists them says what its list holds, and its total
 * counts every sum it lists. A reminder before the due date claims nothing: it lists none.
 */
import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { composeAction } from '../../src/core/messages/compose';
import type { Invoice, StepId } from '../../src/core/model';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, euros, event, invoice } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

/** 1 200 € due 2 March 2026, paid on 25 March: 1 200 € × 12,15 % × 23 / 365 = 9,19 € + 40 €. */
const paidLate = invoice({
  number: 'F-OLD',
  due: '2026-03-02',
  amountCents: euros(1200),
  paidCents: euros(1200),
  markedPaid: true,
  paymentDate: day('2026-03-25'),
});
/** The courrier de rappel of 17 March claimed F-OLD's penalties and indemnity. */
const claimed = [event({ on: '2026-03-17', step: 'reminder-2', invoices: ['F-OLD'] })];
const next = invoice({ number: 'F-NEW', due: '2026-04-10', amountCents: euros(500), row: 3 });

function body(step: StepId, today: string): string {
  const invoices: Invoice[] = [paidLate, next];
  const standings = planDunning({
    invoices,
    events: claimed,
    settings: firm,
    today: day(today),
  }).standings;
  const text = composeAction({
    action: {
      step,
      client: next.client,
      invoices: ['F-NEW'],
      keptInvoices: ['F-OLD'],
      language: 'fr',
    },
    invoices,
    standings,
    settings: firm,
    today: day(today),
    events: claimed,
  }).body;
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('the penalties kept on an invoice paid late', () => {
  it('are counted in the total of the first reminder that lists them', () => {
    const text = body('reminder-1', '2026-04-15');
    expect(text).toContain('nous n’avons pas encore reçu le règlement des sommes suivantes :');
    expect(text).toContain(
      'facture n° F-OLD, échue le 2 mars 2026 et réglée après son échéance : 49,19 €',
    );
    expect(text).toContain(
      'Total restant dû : 500,00 € sur les factures, plus 49,19 € de pénalités et d’indemnité restant dues.',
    );
  });

  it('make the courrier de rappel call the invoices’ balance its principal, not its total', () => {
    // Its next sentence states the penalties and indemnities, the kept ones included.
    const text = body('reminder-2', '2026-04-20');
    expect(text).toContain('les sommes suivantes restent dues');
    expect(text).toContain('Principal restant dû : 500,00 €.');
    expect(text).not.toContain('Total restant dû : 500,00 €');
  });

  it('are not listed in a reminder before the due date, which claims nothing', () => {
    const text = body('before-due', '2026-04-06');
    expect(text).not.toContain('F-OLD');
    expect(text).toContain('Montant total : 500,00 €.');
  });
});

describe('an invoice not yet due', () => {
  it('is « à échéance le … », not « échue le … », in the reminder before its due date', () => {
    const text = body('before-due', '2026-04-06');
    expect(text).toContain('- Facture n° F-NEW, à échéance le 10 avril 2026 : 500,00 € restant dû');
    expect(text).not.toContain('échue le 10 avril');
  });
});

describe('a reminder before the due date of two invoices', () => {
  it('speaks of the payments and the invoices in the plural', () => {
    const second = invoice({
      number: 'F-NEW-2',
      due: '2026-04-11',
      amountCents: euros(300),
      row: 4,
    });
    const invoices: Invoice[] = [next, second];
    const plan = planDunning({ invoices, events: [], settings: firm, today: day('2026-04-06') });
    const message = composeAction({
      action: {
        step: 'before-due',
        client: next.client,
        invoices: ['F-NEW', 'F-NEW-2'],
        language: 'fr',
      },
      invoices,
      standings: plan.standings,
      settings: firm,
      today: day('2026-04-06'),
      events: [],
    });
    expect(message.subject).toMatch(/^Rappel : échéance prochaine de vos 2 factures/);
    expect(message.body).toContain(
      'nous vous rappelons que les règlements suivants arrivent à échéance prochainement :',
    );
  });
});
