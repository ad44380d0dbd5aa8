import { describe, expect, it } from 'vitest';
import {
  composeAction,
  requiredMentions,
  withholdIncompleteActions,
} from '../../src/core/messages/compose';
import { DEFAULT_TEXTS } from '../../src/core/words/default-texts';
import { planDunning } from '../../src/core/dunning/engine';
import type { Invoice, Language, StepId } from '../../src/core/model';
import { STEP_IDS } from '../../src/core/model';
import type { Settings } from '../../src/core/settings/settings';
import {
  checkTemplate,
  findPlaceholders,
  renderParagraphs,
  renderTemplate,
  TemplateError,
} from '../../src/core/messages/templates';
import { repeatedRow } from '../../src/core/messages/letter-template';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, euros, invoice, settings } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

function compose(
  step: StepId,
  invoices: Invoice[],
  today: string,
  language: Language = 'fr',
  base: Settings = firm,
) {
  const plan = planDunning({ invoices, events: [], settings: base, today: day(today) });
  return composeAction({
    action: {
      step,
      client: invoices[0]?.client ?? '',
      invoices: invoices.map((i) => i.number),
      language,
    },
    invoices,
    standings: plan.standings,
    settings: base,
    today: day(today),
  });
}

describe('rendering templates', () => {
  it('fills placeholders, repeats the invoice list and shows sections only when they apply', () => {
    const text =
      'Bonjour {{ contact }}\n{{#factures}}- {{numero}} : {{solde}}\n{{/factures}}{{#pro}}Pénalités{{/pro}}{{^pro}}Particulier{{/pro}}';
    expect(
      renderTemplate(text, {
        contact: 'Claire',
        factures: [
          { numero: 'F-1', solde: '10 €' },
          { numero: 'F-2', solde: '5 €' },
        ],
        pro: false,
      }),
    ).toBe('Bonjour Claire\n- F-1 : 10 €\n- F-2 : 5 €\nParticulier');
  });

  it('reports an unknown placeholder with the closest known one, and an unclosed section', () => {
    expect(checkTemplate('Bonjour {{contcat}}')).toEqual([
      {
        fr: 'Champ inconnu : {{contcat}}. Vouliez-vous dire {{contact}} ?',
        en: 'Unknown field: {{contcat}}. Did you mean {{contact}}?',
      },
    ]);
    expect(checkTemplate('{{#factures}} {{numero}}')).toEqual([
      {
        fr: 'La section {{#factures}} n’est pas fermée.',
        en: 'The section {{#factures}} is not closed.',
      },
    ]);
  });

  it('refuses to save settings whose template names an unknown field', () => {
    const result = validateSettings({
      templates: { 'relance-1': { fr: { subject: 'Facture {{numero_facture}}', body: 'x' } } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({
        path: 'templates.relance-1.fr.subject',
        message: expect.stringMatching(/Champ inconnu : \{\{numero_facture\}\}/),
      });
  });

  it('says so in English to the English settings screen', () => {
    const result = validateSettings(
      { templates: { 'relance-1': { fr: { subject: 'Facture {{numero_facture}}', body: 'x' } } } },
      { unknownKeys: 'refuse', language: 'en' },
    );
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/: Unknown field: \{\{numero_facture\}\}\.$/),
    ]);
  });
});

describe('a letter kept as a Google Doc', () => {
  const scope = {
    contact: 'Claire Martin',
    pro: true,
    factures: [{ numero: 'F-1' }, { numero: 'F-2' }],
  };

  it('shows or drops whole paragraphs with a section that spans them', () => {
    expect(
      renderParagraphs(
        [
          'Madame {{contact}},',
          '{{#pro}}',
          'Pénalités dues.',
          '{{/pro}}',
          '{{^pro}}Particulier.{{/pro}}',
          'Fin.',
        ],
        scope,
      ),
    ).toEqual(['Madame Claire Martin,', null, 'Pénalités dues.', null, null, 'Fin.']);
  });

  it('refuses a section left open, so no letter goes out with its end hidden', () => {
    expect(() => renderParagraphs(['{{#pro}}Pénalités.', 'Signature'], scope)).toThrow(
      TemplateError,
    );
    expect(() => renderParagraphs(['Texte.{{/pro}}'], scope)).toThrow(/n’est pas ouverte/);
  });

  it('repeats the table row that holds an invoice field once per invoice', () => {
    expect(repeatedRow(['Facture | Échéance', '{{numero}} | {{echeance}}'], scope)).toEqual({
      row: 1,
      items: [{ numero: 'F-1' }, { numero: 'F-2' }],
    });
    expect(repeatedRow(['{{facture}} | {{montant}}'], scope)).toEqual({ row: 0, items: [] });
    expect(repeatedRow(['Total | {{total_du}}'], scope)).toBeUndefined();
  });
});

describe('the default texts', () => {
  it('use only known placeholders, in every step and both languages', () => {
    for (const step of STEP_IDS) {
      for (const language of ['fr', 'en'] as const) {
        const text = DEFAULT_TEXTS[step][language];
        for (const part of [text.subject, text.body, text.letter ?? ''])
          expect(checkTemplate(part), `${step} ${language}`).toEqual([]);
      }
    }
  });

  it('carry the invoice, its dates, the balance, days late, the payment means and the creditor', () => {
    const message = compose(
      'reminder-1',
      [
        invoice({
          number: 'F2026-0042',
          due: '2026-03-02',
          amountCents: euros(1234.56),
          issueDate: day('2026-01-31'),
          contact: 'Claire Martin',
        }),
      ],
      '2026-03-04',
    );
    expect(message.subject).toBe('Facture en attente de règlement — Atelier Dupont SARL');
    for (const part of [
      'Bonjour Claire Martin',
      'F2026-0042',
      '31 janvier 2026',
      '2 mars 2026',
      '1\u00a0234,56\u00a0€',
      '2 jours de retard',
      'FR76 3000 6000 0112 3456 7890 189',
      'https://paiement.atelier-dupont.fr/facture',
      'SIRET 812 345 678 00013',
      'oubli',
    ]) {
      expect(message.body).toContain(part);
    }
    expect(message.body).not.toMatch(/\{\{|\}\}/);
  });

  it('rise in firmness: the reminder letter asks for payment within 8 days with penalties and the 40 € indemnity', () => {
    const message = compose(
      'reminder-2',
      [invoice({ due: '2026-02-10', amountCents: euros(2000) })],
      '2026-03-04',
    );
    expect(message.letter).toContain('sous huit jours, soit au plus tard le 12 mars 2026');
    expect(message.letter).toContain('quarante euros (40 €)');
    expect(message.letter).toMatch(/taux annuel de 12,15\u00a0%/);
    expect(message.letter).toContain('mise en demeure');
  });

  it('call the mise en demeure by its name, cite the Civil Code and announce the injonction de payer', () => {
    const message = compose(
      'demand-letter',
      [
        invoice({
          due: '2026-01-10',
          amountCents: euros(2000),
          address: '12 rue des Lilas, 75011 Paris',
        }),
      ],
      '2026-03-04',
    );
    expect(message.letter).toContain('MISE EN DEMEURE DE PAYER');
    expect(message.letter).toContain('article 1344');
    expect(message.letter).toContain('huit jours');
    expect(message.letter).toContain('injonction de payer');
    expect(message.letter).toContain('12 rue des Lilas, 75011 Paris');
    expect(message.letter).toMatch(/la somme de 2\u00a0\d{3},\d{2}\u00a0€, qui se décompose ainsi/);
  });

  it('state a deadline on a business day: a letter of Thursday 17 December 2026 says 28 décembre', () => {
    // 17 December + 8 days = Friday 25 December, Christmas; then the weekend.
    const message = compose('reminder-2', [invoice({ due: '2026-11-25' })], '2026-12-17');
    expect(message.body).toContain('au plus tard le 28 décembre 2026');
    expect(message.body).not.toContain('25 décembre');
  });

  it('never mention penalties or the indemnity to a consumer', () => {
    const message = compose(
      'demand-letter',
      [invoice({ due: '2026-01-10', clientType: 'consumer' })],
      '2026-03-04',
    );
    expect(message.letter).not.toContain('40 €');
    expect(message.letter).not.toContain('L441-10');
    expect(message.letter).toContain('MISE EN DEMEURE');
  });

  it('speak English to a client whose Langue is EN', () => {
    const message = compose(
      'reminder-1',
      [
        invoice({
          client: 'Brightside Ltd',
          due: '2026-03-02',
          language: 'en',
          contact: 'John Smith',
        }),
      ],
      '2026-03-04',
      'en',
    );
    expect(message.subject).toBe('Invoice awaiting payment — Atelier Dupont SARL');
    expect(message.body).toContain('Dear John Smith');
    expect(message.body).toContain('2 March 2026');
    expect(message.body).toContain('€1,200.00');
  });

  it('give the call script what to ask', () => {
    const message = compose(
      'phone-call',
      [invoice({ due: '2026-03-02', phone: '01 42 11 22 33', contact: 'Claire' })],
      '2026-03-10',
    );
    expect(message.body).toContain('01 42 11 22 33');
    expect(message.body).toContain('À quelle date le paiement sera-t-il effectué');
    expect(message.body).toContain('échéancier');
  });

  it('list every placeholder they use in the documented list', () => {
    expect(findPlaceholders(DEFAULT_TEXTS['reminder-2'].fr.letter ?? '')).toEqual(
      expect.arrayContaining(['factures', 'total_du', 'date_limite', 'siret']),
    );
  });
});

describe('mandatory mentions', () => {
  it('hold back a mise en demeure without SIRET and say what to complete', () => {
    const noSiret: Settings = { ...firm, firm: { ...firm.firm, siret: '' } };
    expect(requiredMentions('demand-letter', noSiret)).toEqual(['votre SIRET']);
    expect(requiredMentions('reminder-1', noSiret)).toEqual([]);
    const plan = planDunning({
      invoices: [invoice({ due: '2026-01-05' })],
      events: [],
      settings: noSiret,
      today: day('2026-03-06'),
    });
    expect(plan.actions).toHaveLength(1);
    const checked = withholdIncompleteActions(plan, noSiret);
    expect(checked.actions).toEqual([]);
    expect(checked.problems[0]?.text.fr).toMatch(/non envoyée : il manque votre SIRET/);
  });

  it('note the held-back action on its invoice without touching the plan it was given', () => {
    const noSiret: Settings = { ...firm, firm: { ...firm.firm, siret: '' } };
    const plan = planDunning({
      invoices: [invoice({ number: 'F-77', due: '2026-01-05' })],
      events: [],
      settings: noSiret,
      today: day('2026-03-06'),
    });
    const before = JSON.stringify(plan);
    const checked = withholdIncompleteActions(plan, noSiret);
    expect(JSON.stringify(plan)).toBe(before);
    const standing = checked.standings.find((entry) => entry.number === 'F-77');
    expect(standing?.problems.join(' ')).toMatch(/il manque votre SIRET/);
  });

  it('ask for the firm’s name and a payment means before any email goes', () => {
    expect(requiredMentions('reminder-1', settings())).toEqual([
      'la raison sociale de votre entreprise',
      'un moyen de paiement (IBAN ou lien de paiement)',
    ]);
  });
});
