/**
 * Relance stays within Google's per-message limits by design
 * (https://developers.google.com/apps-script/guides/services/quotas, « Current limitations »).
 */
import { describe, expect, it } from 'vitest';
import { planDay } from '../../src/core/plan/plan-day';
import { planDunning } from '../../src/core/dunning/engine';
import { composeAction } from '../../src/core/messages/compose';
import { MESSAGE_LIMITS, utf8Length } from '../../src/core/messages/message-limits';
import type { Invoice } from '../../src/core/model';
import type { Settings } from '../../src/core/settings/settings';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import example from '../../samples/settings.example.json';
import { day, euros, invoice } from '../fixtures';

const firm: Settings = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

const today = day('2026-03-20');
const addresses = (count: number) => Array.from({ length: count }, (_, i) => `compta${i}@alpha.fr`);

function withCopy(copyToSelf: boolean): Settings {
  return { ...firm, sending: { ...firm.sending, copyToSelf } };
}

describe('recipients per message', () => {
  it('holds back a client whose Email cell holds 50 addresses when a copy goes to the user: 51 recipients', () => {
    const invoices = [
      invoice({ number: 'A-1', client: 'Alpha', due: '2026-03-10', emails: addresses(50), row: 7 }),
    ];
    const { plan } = planDay({ invoices, events: [], settings: withCopy(true), today });
    expect(plan.actions).toEqual([]);
    const problem = plan.problems.find((p) => p.invoice === 'A-1');
    expect(problem?.row).toBe(7);
    expect(problem?.column).toBe('Email');
    expect(problem?.text.fr).toMatch(/51 destinataires/);
    expect(problem?.text.fr).toMatch(/50 par message/);
    expect(plan.standings[0]?.problems.join(' ')).toMatch(/51 destinataires/);
  });

  it('counts the addresses of every invoice of the client, each once', () => {
    const invoices = [
      invoice({ number: 'A-1', client: 'Alpha', due: '2026-03-10', emails: addresses(30) }),
      invoice({
        number: 'A-2',
        client: 'Alpha',
        due: '2026-03-11',
        emails: addresses(51).slice(21),
      }),
    ];
    const { plan } = planDay({ invoices, events: [], settings: withCopy(false), today });
    expect(plan.actions).toEqual([]);
    expect(plan.problems.some((p) => /51 destinataires/.test(p.text.fr))).toBe(true);
  });

  it('sends to 50 addresses when no copy goes to the user, and to 49 with the copy', () => {
    for (const [count, copy] of [
      [50, false],
      [49, true],
    ] as const) {
      const invoices = [
        invoice({ number: 'A-1', client: 'Alpha', due: '2026-03-10', emails: addresses(count) }),
      ];
      const { plan } = planDay({ invoices, events: [], settings: withCopy(copy), today });
      expect(plan.actions.map((a) => a.to.length)).toEqual([count]);
    }
  });
});

function manyInvoices(count: number): Invoice[] {
  return Array.from({ length: count }, (_, i) =>
    invoice({
      number: `F2026-${String(i + 1).padStart(5, '0')}`,
      client: 'Grossiste Dupont',
      due: '2026-01-10',
      amountCents: euros(120 + i),
      row: i + 2,
    }),
  );
}

function composeFor(step: 'reminder-1' | 'reminder-2', invoices: Invoice[]) {
  const plan = planDunning({ invoices, events: [], settings: firm, today });
  return composeAction({
    action: {
      step,
      client: 'Grossiste Dupont',
      invoices: invoices.map((i) => i.number),
      language: 'fr',
    },
    invoices,
    standings: plan.standings,
    settings: firm,
    today,
    events: [],
    attachments: {
      invoiceCopies: [],
      letter: step === 'reminder-2',
      statement: step === 'reminder-2',
    },
  });
}

describe('the email body', () => {
  it('stays under 200 KB for 4,100 invoices, lists the first ones and says how many more the relevé details', () => {
    const message = composeFor('reminder-2', manyInvoices(4_100));
    expect(utf8Length(message.body)).toBeLessThan(MESSAGE_LIMITS.bodyBytes);
    expect(message.body).toContain('F2026-00001');
    expect(message.body).not.toContain('F2026-04100');
    expect(message.body).toMatch(
      /et 4\s000 autres factures, détaillées dans le relevé de compte joint/,
    );
  });

  it('says only how many more when no relevé goes with the email', () => {
    const message = composeFor('reminder-1', manyInvoices(300));
    expect(message.body).toMatch(/et 200 autres factures/);
    expect(message.body).not.toMatch(/relevé/);
  });

  it('lists every invoice of a letter, whatever their number', () => {
    const message = composeFor('reminder-2', manyInvoices(300));
    expect(message.letter).toContain('F2026-00300');
  });

  it('lists all of a hundred invoices, with no sentence about others', () => {
    const message = composeFor('reminder-2', manyInvoices(100));
    expect(message.body).toContain('F2026-00100');
    expect(message.body).not.toMatch(/autres factures/);
  });
});
