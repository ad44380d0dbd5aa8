import { describe, expect, it } from 'vitest';
import type { ExecutionStep } from '../../src/core/plan/execution';
import { checkEventInput } from '../../src/core/dunning/record-event';
import { templateFor } from '../../src/core/messages/compose';
import { renderParagraphs } from '../../src/core/messages/templates';
import { buildTemplateVariables } from '../../src/core/messages/variables';
import type { Invoice, JournalEvent } from '../../src/core/model';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { formatIsoDay, type Day } from '../../src/core/values/day';
import { day, euros, event, invoice, nightOn } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

/** 1 200 € due Monday 2 March 2026, chased up to its reminder letter of 17 March. */
const due = invoice({ due: '2026-03-02', amountCents: euros(1200) });
const upToLetter = [
  event({ on: '2026-03-04', step: 'reminder-1' }),
  event({ on: '2026-03-10', step: 'phone-call', type: 'call', detail: 'Paiera fin mars' }),
  event({ on: '2026-03-17', step: 'reminder-2' }),
];
/** The mise en demeure printed on Wednesday 1 April 2026, to post. */
const letter = event({
  on: '2026-04-01',
  step: 'demand-letter',
  type: 'letter-to-post',
  state: 'to-do',
});

function posting(postedOn: string, recordedOn: string): JournalEvent {
  return event({
    on: recordedOn,
    type: 'registered-letter-posted',
    step: 'demand-letter',
    date: day(postedOn),
    detail: '1A 123 456 7890 1',
  });
}

function stepOn(today: string, events: JournalEvent[], invoices: Invoice[] = [due]) {
  const { plan, steps } = nightOn(today, firm, invoices, events);
  return { plan, step: steps[0] };
}

/** The text with every kind of space as a plain one, for reading sums. */
const plain = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function claimedSum(text: string | undefined): string | undefined {
  return /la somme de ([\d ]+,\d\d €)|Somme réclamée : ([\d ]+,\d\d €)/
    .exec(plain(text))
    ?.slice(1)
    .find((s) => s !== undefined);
}

describe('the mise en demeure and its email copy', () => {
  it('state the same sum, with penalties stopped on the same day as the letter', () => {
    const made = stepOn('2026-04-01', upToLetter).step as ExecutionStep;
    // Posted Thursday 2 April, recorded only on Monday 6 April: the copy goes that day.
    const events = [...upToLetter, letter, posting('2026-04-02', '2026-04-06')];
    const copy = stepOn('2026-04-06', events).step as ExecutionStep;
    expect(copy.action.formalNoticeCopy).toBe(true);
    // 1 200 € × 12,15 % × 30 / 365 = 11,98 € from 3 March to 1 April, + 40 € = 1 251,98 €.
    expect(claimedSum(made.message.letter)).toBe('1 251,98 €');
    expect(claimedSum(copy.message.body)).toBe('1 251,98 €');
    expect(plain(made.message.letter)).toContain('arrêtées au 1er avril 2026 : 11,98 €');
    expect(plain(copy.message.body)).toContain('arrêtées au 1er avril 2026 : 11,98 €');
  });

  /**
   * F-001 unpaid and F-002 (300 €) claimed in the courrier de rappel of 17 March, then paid on
   * 25 March: the mise en demeure made on 1 April, and its email copy once posted.
   */
  function withInvoicePaidLate(): { made: ExecutionStep; copy: ExecutionStep } {
    const paidLate = invoice({
      number: 'F-002',
      amountCents: euros(300),
      paidCents: euros(300),
      markedPaid: true,
      paymentDate: day('2026-03-25'),
      row: 3,
    });
    const both = upToLetter.map((e) => ({ ...e, invoices: ['F-001', 'F-002'] }));
    const made = stepOn('2026-04-01', both, [due, paidLate]).step as ExecutionStep;
    const events = [...both, letter, posting('2026-04-02', '2026-04-06')];
    const copy = stepOn('2026-04-06', events, [due, paidLate]).step as ExecutionStep;
    return { made, copy };
  }

  it('state the same sum when an invoice paid late keeps the penalties a letter claimed', () => {
    // F-002 (300 €) was claimed in the courrier de rappel of 17 March, then paid on 25 March:
    // its penalties to that day and its 40 € stay on the account, in the letter and the copy.
    const { made, copy } = withInvoicePaidLate();
    expect(copy.action.formalNoticeCopy).toBe(true);
    expect(plain(made.message.letter)).toContain('2 × 40,00 € = 80,00 €');
    expect(claimedSum(copy.message.body)).toBe(claimedSum(made.message.letter));
    // Every euro claimed is on a line: F-002's 40 € and its penalties from 3 to 25 March:
    // 300 € × 12,15 % × 23 / 365 = 2,30 €.
    const kept =
      '- Pénalités de retard et indemnité forfaitaire restant dues : facture n° F-002, échue le 2 mars 2026 et réglée après son échéance : 42,30 €';
    expect(plain(made.message.letter)).toContain(kept);
    expect(plain(copy.message.body)).toContain(kept);
    // The Google Docs letter renders its template paragraph by paragraph: the line is whole there.
    const paragraphs = (templateFor('demand-letter', 'fr', firm).letter ?? '').split('\n');
    const docs = renderParagraphs(paragraphs, buildTemplateVariables(made.compose));
    expect(docs.map((p) => plain(p ?? undefined))).toContain(kept);
  });

  it('introduce an unpaid invoice and the penalties kept on one paid late as sums, not invoices', () => {
    // F-001 is unpaid; F-002, paid late, is no invoice still due: only its penalties stay.
    const { made, copy } = withInvoicePaidLate();
    expect(plain(made.message.letter)).toContain(
      'Malgré nos relances du 4 mars 2026 (email), du 10 mars 2026 (appel téléphonique) et du 17 mars 2026 (courrier de rappel), les sommes suivantes restent dues :',
    );
    expect(plain(made.message.letter)).not.toContain('la facture suivante reste impayée');
    expect(plain(copy.message.body)).toContain(
      'nous vous avons mis en demeure de régler les sommes suivantes :',
    );
  });

  it('still introduce a single unpaid invoice as « la facture suivante »', () => {
    const made = stepOn('2026-04-01', upToLetter).step as ExecutionStep;
    expect(plain(made.message.letter)).toContain('la facture suivante reste impayée :');
    const events = [...upToLetter, letter, posting('2026-04-02', '2026-04-06')];
    const copy = stepOn('2026-04-06', events).step as ExecutionStep;
    expect(plain(copy.message.body)).toContain('mis en demeure de régler la facture suivante :');
  });

  it('mark a provisional sum once, in one bracket', () => {
    // Due 1 October 2026: its penalties run at the ECB rate of 1 July 2026, past the table and
    // unconfirmed, so the sum is provisional.
    const autumn = invoice({ due: '2026-10-01', amountCents: euros(1200) });
    const chased = [
      event({ on: '2026-10-05', step: 'reminder-1' }),
      event({ on: '2026-10-20', step: 'reminder-2' }),
      event({ on: '2026-11-02', step: 'demand-letter', type: 'letter-to-post', state: 'to-do' }),
      posting('2026-11-03', '2026-11-03'),
    ];
    const body = plain(stepOn('2026-11-03', chased, [autumn]).step?.message.body);
    expect(body).toMatch(
      /Somme réclamée à titre provisoire : [\d ]+,\d\d € \(principal 1 200,00 €, pénalités de retard arrêtées au 2 novembre 2026 : [\d ]+,\d\d €, indemnités forfaitaires : 40,00 €\), à régler/,
    );
    expect(body).not.toContain('(provisoire)');
  });

  it('attaches to the copy the relevé of the letter’s day', () => {
    const events = [...upToLetter, letter, posting('2026-04-02', '2026-04-06')];
    const copy = stepOn('2026-04-06', events).step as ExecutionStep;
    const text = plain(JSON.stringify(copy.statement));
    expect(text).toContain('11,98 €');
    expect(text).not.toContain('13,98 €'); // the penalties of 6 April
  });
});

describe('the deadline of a mise en demeure', () => {
  it('counts from a first presentation expected two business days after the posting', () => {
    // Posted Wednesday 2 December 2026: La Poste presents it by Friday 4 (J+2); + 8 days =
    // Saturday 12, moved to Monday 14 December.
    const events = [...upToLetter, letter, posting('2026-12-02', '2026-12-02')];
    const { plan, step } = stepOn('2026-12-02', events);
    expect(formatIsoDay(plan.actions[0]?.deadline as Day)).toBe('2026-12-14');
    expect(plain(step?.message.body)).toContain(
      'à compter de la première présentation de la lettre, prévue le 4 décembre 2026, soit au plus tard le 14 décembre 2026',
    );
    expect(plain(step?.message.body)).not.toContain('10 décembre');
  });

  it('counts from the presentation the acknowledgement of receipt gives, once recorded', () => {
    const events = [
      ...upToLetter,
      letter,
      posting('2026-12-02', '2026-12-02'),
      event({
        on: '2026-12-04',
        type: 'receipt-acknowledged',
        step: 'demand-letter',
        date: day('2026-12-03'),
      }),
    ];
    // Presented Thursday 3 December + 8 days = Friday 11 December.
    const { plan, step } = stepOn('2026-12-04', events);
    expect(plan.actions[0]?.formalNoticeCopy).toBe(true);
    expect(formatIsoDay(plan.actions[0]?.deadline as Day)).toBe('2026-12-11');
    expect(plain(step?.message.body)).toContain(
      'première présentation de la lettre, le 3 décembre 2026, soit au plus tard le 11 décembre 2026',
    );
  });

  it('never states a deadline already past when the posting is recorded late', () => {
    // Posted Thursday 19 November 2026, recorded Friday 4 December: from the posting the
    // deadline would be 1 December. Eight days from the recording: Saturday 12, Monday 14.
    const events = [...upToLetter, letter, posting('2026-11-19', '2026-12-04')];
    const { plan, step } = stepOn('2026-12-04', events);
    expect(formatIsoDay(plan.actions[0]?.deadline as Day)).toBe('2026-12-14');
    expect(plain(step?.message.body)).toContain('au plus tard le 14 décembre 2026');
    expect(plain(step?.message.body)).not.toMatch(/27 novembre|1er décembre 2026/);
  });

  it('makes the recourse wait for the deadline recomputed from a late recording', () => {
    const copy = event({ on: '2026-12-04', step: 'demand-letter', type: 'sent' });
    const events = [...upToLetter, letter, posting('2026-11-19', '2026-12-04'), copy];
    expect(stepOn('2026-12-09', events).plan.actions).toEqual([]);
    expect(stepOn('2026-12-14', events).plan.actions).toEqual([]);
    const waited = stepOn('2026-12-14', events).plan.standings[0];
    expect(formatIsoDay(waited?.nextDate as Day)).toBe('2026-12-15');
    expect(stepOn('2026-12-15', events).plan.actions.map((a) => a.step)).toEqual(['court-claim']);
  });

  it('waits for the deadline on the debtor’s calendar: Good Friday in Strasbourg', () => {
    // Posted Wednesday 10 March 2027, recorded Thursday 18 March: eight days from the recording
    // end on Good Friday 26 March, a holiday in Alsace-Moselle only (Code du travail L3134-13);
    // Monday 29 is Easter Monday. The Strasbourg debtor has until Tuesday 30 March and the
    // recourse waits for Wednesday 31; a Lyon debtor's deadline stays on Friday 26, the recourse
    // on the next business day, Tuesday 30.
    const strasbourg = { ...due, address: '4 route de Colmar, 67000 Strasbourg' };
    const copy = event({ on: '2027-03-18', step: 'demand-letter', type: 'sent' });
    const events = [...upToLetter, letter, posting('2027-03-10', '2027-03-18'), copy];
    const waited = stepOn('2027-03-22', events, [strasbourg]).plan.standings[0];
    expect(formatIsoDay(waited?.nextDate as Day)).toBe('2027-03-31');
    const lyon = { ...due, address: '12 rue de la République, 69002 Lyon' };
    const elsewhere = stepOn('2027-03-22', events, [lyon]).plan.standings[0];
    expect(formatIsoDay(elsewhere?.nextDate as Day)).toBe('2027-03-30');
  });
});

describe('recording the posting of a registered letter', () => {
  const context = {
    client: 'Boulangerie Martin',
    today: day('2026-12-28'),
    id: 'ev-1',
    balances: new Map([['F-001', 120000]]),
  };
  const input = {
    clientKey: 'boulangerie martin',
    type: 'registered-letter-posted' as const,
    invoices: ['F-001'],
    detail: '1A 123 456 7890 1',
  };
  const refusal = (date: string) => {
    const result = checkEventInput({ ...input, date }, context);
    return result.ok ? undefined : result.errors.find((e) => e.field === 'date')?.message;
  };

  it('refuses a posting on Christmas Day, in French', () => {
    expect(refusal('2026-12-25')).toBe(
      'Le 25 décembre 2026 est un jour férié : les bureaux de poste sont fermés. Indiquez la date figurant sur la preuve de dépôt.',
    );
  });

  it('refuses a posting on a Sunday and on Easter Monday', () => {
    expect(refusal('2026-12-27')).toMatch(/^Le 27 décembre 2026 est un dimanche/);
    expect(refusal('2026-04-06')).toMatch(/jour férié/);
  });

  it('accepts a posting on a Saturday', () => {
    expect(refusal('2026-12-26')).toBeUndefined();
  });
});

describe('recording the acknowledgement of receipt', () => {
  const context = {
    client: 'Boulangerie Martin',
    today: day('2026-12-07'),
    id: 'ev-2',
    balances: new Map([['F-001', 120000]]),
  };

  it('needs the date of the first presentation, not after today', () => {
    const input = {
      clientKey: 'boulangerie martin',
      type: 'receipt-acknowledged' as const,
      invoices: ['F-001'],
    };
    const missing = checkEventInput(input, context);
    expect(missing.ok ? [] : missing.errors.map((e) => e.message)).toEqual([
      'Indiquez la date de première présentation portée sur l’avis de réception.',
    ]);
    const ahead = checkEventInput({ ...input, date: '2026-12-08' }, context);
    expect(ahead.ok).toBe(false);
    const ok = checkEventInput({ ...input, date: '2026-12-03' }, context);
    expect(ok.ok && ok.event).toMatchObject({
      type: 'receipt-acknowledged',
      step: 'demand-letter',
      date: day('2026-12-03'),
    });
  });
});

describe('the mise en demeure of a public buyer', () => {
  const hospital = invoice({
    due: '2026-03-02',
    amountCents: euros(1200),
    clientType: 'public-buyer',
  });
  const events = [...upToLetter, letter, posting('2026-04-02', '2026-04-02')];

  it('asks for the principal within eight days and the intérêts moratoires within 45 days after it', () => {
    const made = stepOn('2026-04-01', upToLetter, [hospital]).step as ExecutionStep;
    const text = plain(made.message.letter);
    expect(text).toContain('la somme de 1 200,00 €, principal restant dû');
    expect(text).toContain('quarante-cinq jours suivant la mise en paiement du principal');
    expect(text).not.toContain('pénalités de retard');
  });

  it('says « intérêts moratoires » in the email copy, never « pénalités de retard »', () => {
    const copy = stepOn('2026-04-02', events, [hospital]).step as ExecutionStep;
    expect(copy.action.formalNoticeCopy).toBe(true);
    const text = plain(copy.message.body);
    expect(text).toContain('Principal à régler : 1 200,00 €, dans un délai de huit jours');
    expect(text).toContain('intérêts moratoires');
    expect(text).not.toMatch(/pénalités de retard|Somme réclamée/);
  });
});
