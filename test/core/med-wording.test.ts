import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { attentionLine, greeting } from '../../src/core/words/addressing';
import { confirmationMessage } from '../../src/core/messages/confirmations';
import { buildTemplateVariables } from '../../src/core/messages/compose';
import { DEFAULT_TEXTS } from '../../src/core/words/default-texts';
import { renderParagraphs } from '../../src/core/messages/templates';
import type { Invoice, JournalEvent } from '../../src/core/model';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, euros, event, invoice, nightOn } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

function step(today: string, invoices: Invoice[], events: JournalEvent[]) {
  const { plan, steps } = nightOn(today, firm, invoices, events);
  const [first] = steps;
  if (first === undefined) throw new Error(`no action on ${today}`);
  return { plan, step: first };
}

const plain = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the wording of the messages', () => {
  it('says « 1 jour de retard », not « 1 jours de retard »', () => {
    const due = invoice({ due: '2026-11-02' });
    // Due Monday 2 November: the first reminder on Wednesday 4, two days late.
    const { step: first } = step('2026-11-04', [due], []);
    expect(first.message.body).toContain('(2 jours de retard)');
    const lateByOne = invoice({ due: '2026-11-03' });
    const variables = buildTemplateVariables({
      action: { step: 'reminder-1', client: lateByOne.client, invoices: ['F-001'], language: 'fr' },
      invoices: [lateByOne],
      standings: planDunning({
        invoices: [lateByOne],
        events: [],
        settings: firm,
        today: day('2026-11-04'),
      }).standings,
      settings: firm,
      today: day('2026-11-04'),
    });
    const lines = variables.factures as { retard: string }[];
    expect(lines[0]?.retard).toBe('1 jour de retard');
  });

  it('heads a reminder letter about one invoice « rappel d’une facture impayée »', () => {
    const due = invoice({ due: '2026-11-02' });
    const events = [
      event({ on: '2026-11-04', step: 'reminder-1' }),
      event({ on: '2026-11-10', step: 'phone-call', type: 'call', detail: 'Sans réponse' }),
    ];
    const { step: letter } = step('2026-11-18', [due], events);
    expect(letter.action.step).toBe('reminder-2');
    expect(letter.message.letter).toContain('Objet : rappel d’une facture impayée');
    expect(letter.message.subject).not.toContain('1 facture');
    const two = [due, invoice({ number: 'F-002', due: '2026-11-03' })];
    const { step: both } = step('2026-11-18', two, events);
    expect(both.message.letter).toContain('Objet : rappel de 2 factures impayées');
  });

  it('greets a doctor « Bonjour Docteur, » and a contact with a civility by surname', () => {
    expect(greeting('Dr. Anne Petit', 'madam', 'fr')).toBe('Bonjour Docteur,');
    expect(greeting('Anne Petit', 'madam', 'fr')).toBe('Bonjour Madame Petit,');
    expect(greeting('Mme Anne Petit', undefined, 'fr')).toBe('Bonjour Madame Petit,');
    expect(greeting('Maître Paul Roux', undefined, 'fr')).toBe('Bonjour Maître,');
    expect(greeting('Anne Petit', undefined, 'fr')).toBe('Bonjour Anne Petit,');
    expect(greeting('Dr Anne Petit', undefined, 'en')).toBe('Dear Dr Petit,');
    expect(attentionLine('Dr. Anne Petit', 'madam', 'fr')).toBe(
      'À l’attention du Docteur Anne Petit',
    );
    expect(attentionLine('Mme Anne Petit', 'madam', 'fr')).toBe(
      'À l’attention de Madame Anne Petit',
    );
  });

  it('elides « de » before a contact whose name starts with a vowel: « À l’attention d’Anne Petit »', () => {
    expect(attentionLine('Anne Petit', undefined, 'fr')).toBe('À l’attention d’Anne Petit');
    expect(attentionLine('Émile Roux', undefined, 'fr')).toBe('À l’attention d’Émile Roux');
    expect(attentionLine('Yves Martin', undefined, 'fr')).toBe('À l’attention d’Yves Martin');
    expect(attentionLine('Claire Martin', undefined, 'fr')).toBe('À l’attention de Claire Martin');
  });

  it('never starts a paragraph of a consumer’s mise en demeure with a comma', () => {
    const consumer = invoice({ due: '2026-11-02', clientType: 'consumer' });
    for (const [type, who] of [
      ['consumer', consumer],
      ['trader', invoice({ due: '2026-11-02' })],
      ['public-buyer', invoice({ due: '2026-11-02', clientType: 'public-buyer' })],
    ] as const) {
      const today = day('2026-12-02');
      const variables = buildTemplateVariables({
        action: {
          step: 'demand-letter',
          client: who.client,
          invoices: ['F-001'],
          language: 'fr',
        },
        invoices: [who],
        standings: planDunning({ invoices: [who], events: [], settings: firm, today }).standings,
        settings: firm,
        today,
      });
      const letter = DEFAULT_TEXTS['demand-letter'].fr.letter ?? '';
      const paragraphs = renderParagraphs(letter.split('\n'), variables).filter(
        (p): p is string => p !== null,
      );
      expect(
        paragraphs.filter((p) => /^\s*[,.;]/.test(p)),
        type,
      ).toEqual([]);
      expect(paragraphs.join('\n'), type).toContain('la somme de');
    }
  });

  it('closes the mise en demeure’s email copy with a closing formula', () => {
    const due = invoice({ due: '2026-03-02', amountCents: euros(1200) });
    const events = [
      event({ on: '2026-04-01', step: 'demand-letter', type: 'letter-to-post', state: 'to-do' }),
      event({
        on: '2026-04-02',
        type: 'registered-letter-posted',
        step: 'demand-letter',
        date: day('2026-04-02'),
        detail: '1A 123 456 7890 1',
      }),
    ];
    const { step: copy } = step('2026-04-02', [due], events);
    expect(copy.action.formalNoticeCopy).toBe(true);
    expect(copy.message.body).toMatch(
      /Veuillez agréer, Madame, Monsieur, nos salutations distinguées\.\n\nCamille Dupont/,
    );
    expect(copy.message.body).toContain(
      'nous vous avons mis en demeure de régler la facture suivante :',
    );
  });
});

describe('a broken payment plan', () => {
  const due = invoice({ due: '2026-03-02', amountCents: euros(1200) });
  const events = [
    event({ on: '2026-03-04', step: 'reminder-1' }),
    event({
      on: '2026-03-06',
      type: 'payment-plan',
      instalments: [
        { date: day('2026-03-20'), amountCents: euros(600) },
        { date: day('2026-04-20'), amountCents: euros(600) },
      ],
    }),
  ];

  it('is mentioned by the next message, with the instalment missed', () => {
    // The instalment of 20 March unpaid, 3 days of grace: the ladder resumes on Tuesday 24.
    const { step: next } = step('2026-03-24', [due], events);
    expect(next.action.brokenPaymentPlan).toEqual({
      agreedOn: day('2026-03-06'),
      missedDay: day('2026-03-20'),
      missedCents: euros(600),
      invoices: ['F-001'],
    });
    expect(plain(next.message.body)).toContain(
      'Le 6 mars 2026, nous étions convenus d’un échéancier : l’échéance du 20 mars 2026 (600,00 €) ne nous est pas parvenue.',
    );
  });
});

describe('the confirmation of a promise', () => {
  const due = invoice({ due: '2026-03-02', amountCents: euros(1200) });
  const promise = event({ on: '2026-03-10', type: 'promise', date: day('2026-03-20') });

  function confirmation(clientType: NonNullable<Invoice['clientType']>) {
    const invoices = [{ ...due, clientType }];
    const today = day('2026-03-10');
    return confirmationMessage({
      event: promise,
      invoices,
      standings: planDunning({ invoices, events: [], settings: firm, today }).standings,
      settings: firm,
      today,
      language: 'fr',
    })?.body;
  }

  it('reserves the late-payment penalties and the indemnity of a business client', () => {
    expect(plain(confirmation('trader'))).toContain(
      'Cet engagement ne vaut pas renonciation aux pénalités de retard (article L441-10 du Code de commerce) ni à l’indemnité forfaitaire de 40 € par facture (article D441-5), qui restent dues jusqu’au complet paiement.',
    );
  });

  it('reserves the intérêts moratoires of a public buyer, and nothing for a consumer', () => {
    expect(plain(confirmation('public-buyer'))).toContain('intérêts moratoires');
    expect(plain(confirmation('public-buyer'))).not.toContain('L441-10');
    expect(plain(confirmation('consumer'))).not.toMatch(/pénalités|indemnité/);
  });
});
