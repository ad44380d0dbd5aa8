import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { composeAction, type ComposeInput } from '../../src/core/messages/compose';
import type { Invoice, JournalEvent, Language, StepId } from '../../src/core/model';
import type { Settings } from '../../src/core/settings/settings';
import { validateSettings } from '../../src/core/settings-input/settings-validate';
import { day, euros, event, invoice } from '../fixtures';
import example from '../../samples/settings.example.json';

const firm = (() => {
  const result = validateSettings(example);
  if (!result.ok) throw new Error('example settings invalid');
  return result.settings;
})();

const CLIENT = 'Garage Martin';
const twoInvoices: Invoice[] = [
  invoice({ number: 'F-1', client: CLIENT, due: '2025-06-20', amountCents: euros(1000) }),
  invoice({ number: 'F-2', client: CLIENT, due: '2025-07-10', amountCents: euros(2000) }),
];
const payment = event({
  on: '2025-07-20',
  type: 'payment',
  client: CLIENT,
  invoices: ['F-2'],
  amountCents: euros(500),
});
const reminders: JournalEvent[] = [
  event({ on: '2025-06-23', client: CLIENT, invoices: ['F-1'], step: 'reminder-1' }),
  event({
    on: '2025-07-01',
    type: 'call',
    client: CLIENT,
    invoices: ['F-1'],
    step: 'phone-call',
    detail: 'Rappellera',
  }),
  event({ on: '2025-07-08', client: CLIENT, invoices: ['F-1'], step: 'reminder-2' }),
];

function compose(
  step: StepId,
  options: {
    invoices?: Invoice[];
    events?: JournalEvent[];
    today?: string;
    language?: Language;
    settings?: Settings;
    attachments?: ComposeInput['attachments'];
  } = {},
) {
  const invoices = options.invoices ?? twoInvoices;
  const events = options.events ?? [payment, ...reminders];
  const settings = options.settings ?? firm;
  const today = day(options.today ?? '2025-07-31');
  const plan = planDunning({ invoices, events, settings, today });
  const input: ComposeInput = {
    action: {
      step,
      client: invoices[0]?.client ?? '',
      invoices: invoices.map((i) => i.number),
      language: options.language ?? 'fr',
    },
    invoices,
    standings: plan.standings,
    settings,
    today,
    events,
  };
  if (options.attachments !== undefined) input.attachments = options.attachments;
  return composeAction(input);
}

describe('the mise en demeure', () => {
  it('demands one sum with its breakdown: principal, penalties still running, indemnities', () => {
    const letter = compose('demand-letter').letter ?? '';
    // Principal 2 500,00 € (3 000 € less 500 € paid); penalties 13,92 € + 12,15 € = 26,07 € (see
    // the relevé test); indemnities 2 × 40 € = 80 €; 2 500,00 + 26,07 + 80,00 = 2 606,07 €.
    expect(letter.match(/la somme de/g)).toHaveLength(1);
    expect(letter).toContain('la somme de 2\u00a0606,07\u00a0€');
    expect(letter).toContain('principal restant dû : 2\u00a0500,00\u00a0€');
    expect(letter).toContain(
      'pénalités de retard arrêtées au 31 juillet 2025 : 26,07\u00a0€, qui continuent de courir jusqu’au complet paiement',
    );
    expect(letter).toContain(
      'indemnités forfaitaires pour frais de recouvrement : 2 × 40,00\u00a0€ = 80,00\u00a0€',
    );
  });

  it('cites the dates of the earlier reminders', () => {
    const letter = compose('demand-letter').letter ?? '';
    expect(letter).toContain(
      'Malgré nos relances du 23 juin 2025 (email), du 1er juillet 2025 (appel téléphonique) et du 8 juillet 2025 (courrier de rappel)',
    );
  });

  it('gives eight days from its first presentation, and no date before the posting is known', () => {
    const late = [invoice({ number: 'F-9', client: CLIENT, due: '2026-11-02' })];
    const letter = compose('demand-letter', {
      invoices: late,
      events: [],
      today: '2026-12-16',
    }).letter;
    // Printed on Wednesday 16/12, posted whenever the user goes to the post office: a date
    // counted from the printing would contradict the copy that cites the real posting.
    expect(letter).toContain(
      'dans un délai de huit jours à compter de sa première présentation, la somme de',
    );
    expect(letter).not.toMatch(/au plus tard/);
  });

  it('dates the deadline from the recorded posting, moved past Christmas to a business day', () => {
    const late = [invoice({ number: 'F-9', client: CLIENT, due: '2026-11-02' })];
    const posted = event({
      on: '2026-12-17',
      type: 'registered-letter-posted',
      client: CLIENT,
      invoices: ['F-9'],
      step: 'demand-letter',
      detail: '1A 234 567 8901 2',
      date: day('2026-12-17'),
    });
    const copy = compose('demand-letter', {
      invoices: late,
      events: [posted],
      today: '2026-12-17',
    }).body;
    // Posted Thursday 17/12/2026, presented two business days later (La Poste's J+2): Monday
    // 21/12; + 8 days = Tuesday 29/12 (Christmas and the weekend are inside the eight days).
    expect(copy).toContain('prévue le 21 décembre 2026, soit au plus tard le 29 décembre 2026');
  });

  it('says it was sent by registered post only once the posting is recorded, with its number and date', () => {
    const before = compose('demand-letter').body;
    expect(before).not.toMatch(/recommandée/);
    const posted = event({
      on: '2025-08-01',
      type: 'registered-letter-posted',
      client: CLIENT,
      invoices: ['F-1', 'F-2'],
      step: 'demand-letter',
      detail: '1A 234 567 8901 2',
      date: day('2025-08-01'),
    });
    const after = compose('demand-letter', {
      events: [payment, ...reminders, posted],
      today: '2025-08-01',
    }).body;
    // Posted Friday 1/8/2025, presented Tuesday 5/8 (J+2): + 8 days = Wednesday 13/8.
    expect(after).toContain(
      'lettre recommandée avec accusé de réception n° 1A 234 567 8901 2, postée le 1er août 2025',
    );
    expect(after).toContain('au plus tard le 13 août 2025');
  });

  it('carries an annex of the penalties by half-year at the ECB rate + 10 points', () => {
    const letter = compose('demand-letter').letter ?? '';
    expect(letter).toContain('Annexe : pénalités de retard par semestre (taux BCE + 10 points)');
    expect(letter).toContain(
      'F-1 : du 21/06/2025 au 30/06/2025, 10 jours sur 1\u00a0000,00\u00a0€ à 13,15\u00a0% (BCE 3,15\u00a0% + 10 points) : 3,60\u00a0€',
    );
  });

  it('leaves procedure costs to the judge in the consumer version, and charges no fee', () => {
    const consumer = twoInvoices.map((i) => ({ ...i, clientType: 'consumer' as const }));
    const letter = compose('demand-letter', { invoices: consumer }).letter ?? '';
    expect(letter).toContain('la somme de 2\u00a0500,00\u00a0€');
    expect(letter).not.toMatch(/à votre charge|40,00|pénalités de retard arrêtées/);
    expect(letter).toContain('dépens');
    expect(letter).toContain('article 1344-1 du Code civil');
  });
});

describe('facts the engine carries on the action', () => {
  it('win over the journal: the posting, its deadline and the earlier steps', () => {
    const invoices = twoInvoices;
    const today = day('2025-08-04');
    const plan = planDunning({ invoices, events: [], settings: firm, today });
    const message = composeAction({
      action: {
        step: 'demand-letter',
        client: CLIENT,
        invoices: ['F-1', 'F-2'],
        language: 'fr',
        posting: { number: '1A 999', day: day('2025-08-01') },
        deadline: day('2025-08-12'),
        earlierSteps: [{ step: 'reminder-2', day: day('2025-07-08') }],
      },
      invoices,
      standings: plan.standings,
      settings: firm,
      today,
    });
    expect(message.body).toContain('n° 1A 999, postée le 1er août 2025');
    expect(message.body).toContain('au plus tard le 12 août 2025');
    expect(message.letter).toContain('Malgré notre relance du 8 juillet 2025 (courrier de rappel)');
  });
});

describe('claims in a message are true', () => {
  it('mentions a copy of the invoice only when one is attached', () => {
    const one = [invoice({ due: '2026-03-02' })];
    const without = compose('reminder-1', { invoices: one, events: [], today: '2026-03-04' }).body;
    expect(without).not.toMatch(/copie|ci-joint/);
    const withCopy = compose('reminder-1', {
      invoices: one,
      events: [],
      today: '2026-03-04',
      attachments: { invoiceCopies: ['F-001'], letter: false, statement: false },
    }).body;
    expect(withCopy).toContain('Vous trouverez ci-joint une copie de la facture F-001.');
  });

  it('lists the letter and the relevé attached to a courrier de rappel, and nothing when none is', () => {
    const attached = compose('reminder-2', {
      attachments: { invoiceCopies: [], letter: true, statement: true },
    }).body;
    expect(attached).toContain(
      'Vous trouverez ci-joint notre courrier de rappel et le relevé de votre compte.',
    );
    expect(compose('reminder-2').body).not.toMatch(/ci-joint/);
  });
});

describe('deadlines and wording', () => {
  it('moves a courrier de rappel’s deadline off Christmas to the next business day', () => {
    const late = [invoice({ number: 'F-9', client: CLIENT, due: '2026-11-25' })];
    const body = compose('reminder-2', { invoices: late, events: [], today: '2026-12-17' }).body;
    expect(body).toContain('au plus tard le 28 décembre 2026');
    expect(body).not.toContain('25 décembre');
  });

  it('agrees in number with one invoice or several', () => {
    const one = [invoice({ number: 'F-9', client: CLIENT, due: '2026-11-25' })];
    expect(
      compose('reminder-2', { invoices: one, events: [], today: '2026-12-17' }).letter,
    ).toContain('la facture suivante reste impayée');
    expect(compose('reminder-2').letter).toContain('les factures suivantes restent impayées');
  });

  it('opens a letter with « Madame, » or « Madame, Monsieur, », never with the contact’s name', () => {
    const withContact = twoInvoices.map((i) => ({ ...i, contact: 'Paul Lefèvre' }));
    const letter = compose('reminder-2', { invoices: withContact }).letter ?? '';
    expect(letter).toContain('À l’attention de Paul Lefèvre');
    expect(letter).toContain('\nMadame, Monsieur,\n');
    expect(letter).not.toContain('Paul Lefèvre,');
    const madame = twoInvoices.map((i) => ({
      ...i,
      contact: 'Claire Martin',
      civility: 'madam' as const,
    }));
    const toHer = compose('reminder-2', { invoices: madame }).letter ?? '';
    expect(toHer).toContain('À l’attention de Madame Claire Martin');
    expect(toHer).toContain('\nMadame,\n');
  });

  it('quotes a broken promise in the next message', () => {
    const promise = event({
      on: '2025-07-15',
      type: 'promise',
      client: CLIENT,
      invoices: ['F-1'],
      date: day('2025-07-22'),
    });
    const body = compose('reminder-2', { events: [payment, ...reminders, promise] }).body;
    expect(body).toContain(
      'Le 15 juillet 2025, vous nous aviez annoncé un règlement pour le 22 juillet 2025 : il ne nous est pas parvenu.',
    );
  });
});

describe('the letters to a public buyer', () => {
  const publicBuyer = twoInvoices.map((i) => ({ ...i, clientType: 'public-buyer' as const }));

  it('claims moratory interest at the ECB rate + 8 points and 40 € under the Code de la commande publique', () => {
    // Figures worked out in statement.test.ts: F-1 at 11,15 % (started in H1 2025, ECB 3,15 %),
    // F-2 at 10,15 % (H2 2025, ECB 2,15 %); 12,52 € + 10,15 € = 22,67 €; 2 × 40 €;
    // The eight days are for the principal, 2 500 €: the interest and the indemnities are paid
    // within 45 days after it (R2192-36).
    const letter = compose('demand-letter', { invoices: publicBuyer }).letter ?? '';
    expect(letter.match(/la somme de/g)).toHaveLength(1);
    expect(letter).toContain('la somme de 2\u00a0500,00\u00a0€, principal restant dû');
    expect(letter).toContain('intérêts moratoires, 22,67\u00a0€ arrêtés au 31 juillet 2025');
    expect(letter).toContain(
      'dans les quarante-cinq jours suivant la mise en paiement du principal (article R2192-36)',
    );
    expect(letter).toContain('articles L2192-13 et R2192-31 du Code de la commande publique');
    expect(letter).toContain('2 × 40,00\u00a0€ = 80,00\u00a0€ (article D2192-35');
    expect(letter).toContain(
      'F-1 : du 01/07/2025 au 31/07/2025, 31 jours sur 1\u00a0000,00\u00a0€ à 11,15\u00a0% (BCE 3,15\u00a0% + 8 points) : 9,47\u00a0€',
    );
    expect(letter).toContain('taux BCE + 8 points, fixe pour toute la durée du retard');
    expect(letter).not.toMatch(/L441-10|D441-5|10 points/);
  });

  it('gives the reminder letter and the email each invoice’s fixed rate and the right articles', () => {
    for (const text of [
      compose('reminder-2', { invoices: publicBuyer }).letter ?? '',
      compose('reminder-2', { invoices: publicBuyer }).body,
    ]) {
      expect(text).toContain(
        'Conformément aux articles L2192-13 et R2192-31 du Code de la commande publique, ce retard fait courir de plein droit des intérêts moratoires au taux de la BCE majoré de huit points, soit 11,15\u00a0% pour la facture F-1 et 10,15\u00a0% pour la facture F-2 : 22,67\u00a0€ à ce jour',
      );
      expect(text).toContain(
        '(article D2192-35 du Code de la commande publique), soit 80,00\u00a0€',
      );
      expect(text).not.toMatch(/L441-10|D441-5/);
    }
    const english = compose('reminder-2', { invoices: publicBuyer, language: 'en' }).body;
    expect(english).toContain(
      'articles L2192-13 and R2192-31 of the French Public Procurement Code',
    );
    expect(english).toContain('11.15% for invoice F-1 and 10.15% for invoice F-2');
  });

  it('announces a référé-provision before the administrative court, not an injonction de payer', () => {
    const letter = compose('demand-letter', { invoices: publicBuyer }).letter ?? '';
    expect(letter).toContain(
      'nous saisirons sans autre avis le tribunal administratif d’une demande de référé-provision (article R541-1 du Code de justice administrative)',
    );
    expect(letter).not.toContain('injonction de payer');
  });

  it('names the public procurement articles in the recourse memo', () => {
    const memo = compose('court-claim', { invoices: publicBuyer }).body;
    expect(memo).toContain(
      'Intérêts moratoires (R2192-31 du Code de la commande publique) à ce jour : 22,67\u00a0€',
    );
    expect(memo).toContain('Indemnités forfaitaires (D2192-35) : 80,00\u00a0€');
    expect(memo).not.toMatch(/L441-10|D441-5/);
  });
});

describe('the recourse memo', () => {
  const withAddress = (clientType: NonNullable<Invoice['clientType']>, address: string) =>
    twoInvoices.map((i) => ({ ...i, clientType, address }));

  it('names the court and the form that fit the client’s type and seat', () => {
    const strasbourg = compose('court-claim', {
      invoices: withAddress('trader', '3 rue du Dôme, 67000 Strasbourg'),
    }).body;
    expect(strasbourg).toContain('Juridiction : Tribunal judiciaire (chambre commerciale)');
    expect(strasbourg).toContain('Cerfa n° 12948');
    expect(strasbourg).not.toMatch(/tribunal de commerce du siège|12946/);

    const lyon = compose('court-claim', {
      invoices: withAddress('trader', '8 quai Saint-Vincent, 69001 Lyon'),
    }).body;
    expect(lyon).toContain('Juridiction : Tribunal des activités économiques de Lyon');
    expect(lyon).toContain('Cerfa n° 12946');

    const sci = compose('court-claim', {
      invoices: withAddress('non-trader', '4 allée des Tilleuls, 44000 Nantes'),
    }).body;
    expect(sci).toContain('Juridiction : Tribunal judiciaire');
    expect(sci).toContain('Cerfa n° 12948');
    expect(sci).not.toMatch(/tribunal de commerce/i);
  });

  it('sends a public buyer’s claim to the administrative court, without an injonction de payer form', () => {
    const memo = compose('court-claim', {
      invoices: withAddress('public-buyer', 'Mairie, 44000 Nantes'),
    }).body;
    expect(memo).toContain('Juridiction : Tribunal administratif');
    expect(memo).toContain('Référé-provision (article R541-1 du Code de justice administrative)');
    expect(memo).not.toMatch(/Cerfa|tribunal de commerce/i);
  });

  it('stays in English for an English-speaking user, the court keeping its French name', () => {
    const memo = compose('court-claim', {
      invoices: withAddress('trader', '3 rue du Dôme, 67000 Strasbourg'),
      language: 'en',
    }).body;
    expect(memo).toContain('Court: Tribunal judiciaire (chambre commerciale)');
    expect(memo).toContain('Cerfa form 12948');
    expect(memo).not.toMatch(/Requête|Vérifiez|président du tribunal/);
  });
});
