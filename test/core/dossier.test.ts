import { describe, expect, it } from 'vitest';
import { assembleDossier } from '../../src/core/dossier/assemble';
import {
  BORDEREAU_FILE_NAME,
  REQUETE_FILE_NAME,
  dossierFileName,
  dossierFolderName,
} from '../../src/core/dossier/file-names';
import { BLANK } from '../../src/core/dossier/parties';
import { bordereauText, dossierNoteText, requeteText } from '../../src/core/dossier/render';
import type { Dossier, DossierInput } from '../../src/core/dossier/types';
import { buildStatement } from '../../src/core/messages/statement';
import { formatEuros } from '../../src/core/words/format';
import { planDunning } from '../../src/core/dunning/engine';
import { day, euros, event, invoice } from '../fixtures';
import { CLIENT, client, firm, invoices, journal, scenario } from './dossier-scenario';

function dossierOf(input: DossierInput): Dossier {
  const result = assembleDossier(input);
  if (!result.ok) throw new Error(result.refusals.map((r) => r.text.fr).join('\n'));
  return result.dossier;
}

/** An amount as the requête prints it: « 1 200,00 € », with no-break spaces. */
const eur = (value: number) => formatEuros(euros(value));
const pct = (text: string) => `${text}\u00a0%`;

describe('the amount a requête claims, worked by hand', () => {
  // Legal rate of every half-year counted here: ECB main refinancing rate 2,15 % (in force on
  // 1 July 2025 and on 1 January 2026) + 10 points = 12,15 %. Interest = balance × 12,15 % ×
  // days / 365, each stretch exact, the invoice's total rounded once (penalties.ts), the
  // stretches then rounded so that they add up to it (statement.ts, allocateRounded).
  const { breakdown } = dossierOf(scenario());
  const line = (number: string) => breakdown.invoices.find((i) => i.number === number);

  it('runs F-101’s penalties on 1 200 € until its payment day, then on the 800 € left', () => {
    // 1 Dec → 31 Dec 2025: 31 days × 1 200 € = 120 000 × 12,15 × 31 / 36 500 = 1 238,301 c
    // 1 Jan → 20 Jan 2026 (the payment day still bears the former balance): 20 days
    //   = 120 000 × 12,15 × 20 / 36 500 = 798,904 c
    // 21 Jan → 31 Mar 2026: 11 + 28 + 31 = 70 days × 800 € = 80 000 × 12,15 × 70 / 36 500
    //   = 1 864,110 c
    // Total 3 901,315 c → 39,01 €; the stretches 12,38 + 7,99 (largest remainder, ,904) + 18,64.
    expect(line('F-101')?.penalties.map((p) => [p.days, p.baseCents, p.cents])).toEqual([
      [31, euros(1200), 1238],
      [20, euros(1200), 799],
      [70, euros(800), 1864],
    ]);
    expect(line('F-101')?.penaltiesCents).toBe(3901);
    expect(line('F-101')?.principalCents).toBe(euros(800));
    expect(line('F-101')?.payments).toEqual([{ day: day('2026-01-20'), amountCents: euros(400) }]);
  });

  it('runs F-102’s penalties on 800 € from 1 February to the day of the dossier', () => {
    // 1 Feb → 31 Mar 2026: 28 + 31 = 59 days: 80 000 × 12,15 × 59 / 36 500 = 1 571,178 c
    expect(line('F-102')?.penalties.map((p) => [p.days, p.cents])).toEqual([[59, 1571]]);
    expect(line('F-102')?.principalCents).toBe(euros(800));
  });

  it('keeps the penalties and the indemnity of F-100, paid late after the reminder letter', () => {
    // 1 Nov → 15 Dec 2025 (paid that day): 30 + 15 = 45 days × 500 €
    //   = 50 000 × 12,15 × 45 / 36 500 = 748,973 c → 7,49 €; and its 40 € (D441-5).
    expect(line('F-100')).toMatchObject({
      paidLate: true,
      principalCents: 0,
      penaltiesCents: 749,
      indemnityCents: euros(40),
    });
  });

  it('adds 40 € per late invoice and sums to 1 782,21 €', () => {
    // Principal 800 + 800 = 1 600,00 €; penalties 39,01 + 15,71 + 7,49 = 62,21 €;
    // indemnities 3 × 40 = 120,00 €; total 1 782,21 €.
    expect(breakdown).toMatchObject({
      principalCents: euros(1600),
      penaltiesCents: euros(62.21),
      indemnityCents: euros(120),
      totalCents: euros(1782.21),
    });
  });

  it('claims what the relevé de compte of the same day claims', () => {
    const input = scenario();
    const standings = planDunning({
      invoices: input.invoices,
      events: input.events,
      settings: firm,
      today: input.today,
    }).standings;
    const statement = buildStatement({
      client: CLIENT,
      invoices: input.invoices,
      standings,
      events: input.events,
      settings: firm,
      today: input.today,
    });
    expect(breakdown.totalCents).toBe(statement.totals.claimedCents);
  });

  it('states each figure in the requête, stretch by stretch, and the total', () => {
    const text = requeteText(dossierOf(scenario()));
    for (const figure of [
      `pénalités de retard du 1er décembre 2025 au 31 décembre 2025 (31 jours) sur ${eur(1200)} au taux de ${pct('12,15')} (BCE ${pct('2,15')} + 10 points) : ${eur(12.38)}`,
      `pénalités de retard du 21 janvier 2026 au 31 mars 2026 (70 jours) sur ${eur(800)}`,
      `règlement reçu le 20 janvier 2026 : − ${eur(400)}`,
      `reste dû en principal : ${eur(800)}`,
      `Somme totale réclamée, arrêtée au 31 mars 2026 : ${eur(1782.21)}`,
    ])
      expect(text).toContain(figure);
  });

  it('claims a consumer the principal only, with no indemnity', () => {
    const consumer = {
      ...client,
      clientType: 'consumer' as const,
      tribunal: 'Tribunal judiciaire de Paris',
    };
    const rows = invoices().map((i) => ({ ...i, clientType: 'consumer' as const }));
    const result = dossierOf(scenario({ client: consumer, invoices: rows }));
    expect(result.breakdown).toMatchObject({
      principalCents: euros(1600),
      penaltiesCents: 0,
      indemnityCents: 0,
      totalCents: euros(1600),
    });
    expect(result.breakdown.basis.join(' ')).not.toMatch(/L441-10/);
  });
});

describe('the parties as the requête names them', () => {
  it('names a company claimant by its form, capital, RCS, seat and representative', () => {
    const text = requeteText(dossierOf(scenario()));
    expect(text).toContain(
      'Atelier Durand, SARL au capital de 10 000 €, immatriculée au registre du commerce et des sociétés de Lyon sous le numéro 812 345 678, dont le siège social est situé 5 rue Mercière, 69002 Lyon, représentée par Claire Durand',
    );
  });

  it('takes the representative’s title from the signatory written « name, title »', () => {
    const signed = { ...firm, firm: { ...firm.firm, signatory: 'Claire Durand, gérante' } };
    const dossier = dossierOf(scenario({ settings: signed }));
    expect(requeteText(dossier)).toContain('représentée par Claire Durand, en qualité de gérante.');
    expect(dossier.blanks.map((b) => b.label)).not.toContain(
      'Qualité du représentant légal du demandeur (gérant, président…)',
    );
  });

  it('leaves the title of the company’s representative blank when the signatory gives none, and lists it', () => {
    const dossier = dossierOf(scenario());
    expect(requeteText(dossier)).toContain(`en qualité de ${BLANK}`);
    expect(dossier.blanks.map((b) => b.label)).toContain(
      'Qualité du représentant légal du demandeur (gérant, président…)',
    );
  });

  it('leaves a sole trader’s birth, nationality, profession and domicile blank, never invented', () => {
    const soleTrader = { ...firm, firm: { ...firm.firm, legalForm: 'EI', shareCapital: '' } };
    const dossier = dossierOf(scenario({ settings: soleTrader }));
    const text = requeteText(dossier);
    expect(dossier.blanks.map((b) => b.label)).toEqual(
      expect.arrayContaining([
        'Profession du demandeur',
        'Domicile du demandeur',
        'Nationalité du demandeur',
        'Date et lieu de naissance du demandeur',
      ]),
    );
    expect(text).toContain(
      'Claire Durand, entrepreneur (EI) exerçant sous le nom commercial « Atelier Durand »',
    );
    expect(text).toContain(`nationalité : ${BLANK}`);
    expect(text).toContain(`date et lieu de naissance : ${BLANK}`);
    expect(text).not.toMatch(/siège social est situé 5 rue Mercière/);
    expect(dossier.blanks.every((b) => b.rule.includes('Code de procédure civile'))).toBe(true);
  });

  it('names a company debtor by its name, form, SIREN and registered office', () => {
    expect(requeteText(dossierOf(scenario()))).toContain(
      'Garage Martin, SAS, SIREN 552 100 554, dont le siège social est situé 10 rue de Rivoli, 75004 Paris',
    );
  });

  it('names a consumer debtor by name and domicile, with no SIREN asked', () => {
    const consumer = {
      name: 'Sophie Leroy',
      clientKey: 'sophie leroy',
      clientType: 'consumer' as const,
      address: '3 rue des Lilas, 75011 Paris',
      tribunal: 'Tribunal judiciaire de Paris',
    };
    const rows = invoices().map((i) => ({ ...i, clientType: 'consumer' as const }));
    const text = requeteText(dossierOf(scenario({ client: consumer, invoices: rows })));
    expect(text).toContain('Sophie Leroy, demeurant 3 rue des Lilas, 75011 Paris.');
  });

  it('leaves the legal form of a professional debtor blank when Relance does not know it', () => {
    const { legalForm: _unknown, ...noForm } = client;
    const dossier = dossierOf(scenario({ client: noForm }));
    expect(requeteText(dossier)).toContain(`forme juridique : ${BLANK}`);
    expect(dossier.blanks.map((b) => b.label)).toContain(
      'Forme juridique du débiteur (société, ou entrepreneur individuel)',
    );
  });

  it('names a sole-trader debtor as a person', () => {
    const text = requeteText(dossierOf(scenario({ client: { ...client, legalForm: 'EI' } })));
    expect(text).toContain('Garage Martin, SIREN 552 100 554, demeurant 10 rue de Rivoli');
  });

  it('addresses the president of the court found by the debtor’s seat', () => {
    const dossier = dossierOf(scenario());
    expect(dossier.court.kind).toBe('economic-activities-court');
    expect(requeteText(dossier)).toContain(
      'À Madame ou Monsieur le Président du tribunal des activités économiques de Paris',
    );
  });

  it('keeps a place for the date and the signature', () => {
    const { requete } = dossierOf(scenario());
    expect(requete.lines.filter((l) => l.style === 'signature').map((l) => l.text)).toEqual([
      `Fait à ${BLANK}, le ${BLANK}`,
      'Claire Durand, pour Atelier Durand',
      'Signature :',
    ]);
  });

  it('states the mise en demeure, its presentation and the day its deadline expired', () => {
    expect(requeteText(dossierOf(scenario()))).toContain(
      'Par lettre recommandée avec avis de réception n° 1A 234 567 8901 2, déposée le 3 mars 2026, présentée le 5 mars 2026, le débiteur a été mis en demeure de payer (pièce n° 9). Le délai de huit jours qu’elle lui accordait a expiré le 13 mars 2026 sans paiement.',
    );
  });
});

describe('the pieces and their bordereau', () => {
  const dossier = dossierOf(scenario());

  it('numbers the invoices, the reminders in their order, the notice, its receipt and the relevé', () => {
    expect(dossier.pieces.map((p) => `${p.number} ${p.kind} ${p.invoices.join('+')}`)).toEqual([
      '1 invoice F-100',
      '2 invoice F-101',
      '3 invoice F-102',
      '4 reminder F-100',
      '5 reminder F-100',
      '6 reminder F-101',
      '7 reminder F-101',
      '8 reminder F-102',
      '9 formal-notice F-101+F-102',
      '10 receipt F-101+F-102',
      '11 statement F-100+F-101+F-102',
    ]);
  });

  it('lists in the bordereau exactly the pieces, in the same order, by their file names', () => {
    const items = dossier.bordereau.filter((l) => l.style === 'item').map((l) => l.text);
    expect(items).toEqual(
      dossier.pieces.map((p) => `Pièce n° ${p.number} : ${p.title} — fichier « ${p.fileName} »`),
    );
    expect(new Set(dossier.pieces.map((p) => p.fileName)).size).toBe(dossier.pieces.length);
  });

  it('names each file by the one function the wiring uses too', () => {
    for (const piece of dossier.pieces)
      expect(piece.fileName).toBe(
        dossierFileName({
          number: piece.number,
          kind: piece.kind,
          invoices: piece.invoices,
          ...(piece.kind === 'invoice'
            ? {}
            : {
                day:
                  piece.source.kind === 'journal-event'
                    ? (piece.registeredLetter?.postedOn ?? piece.source.day)
                    : piece.kind === 'receipt'
                      ? (piece.registeredLetter?.presentedOn ?? day('2026-03-05'))
                      : dossier.today,
              }),
        }),
      );
    expect(dossier.pieces.map((p) => p.fileName).slice(0, 4)).toEqual([
      'Pièce 01 - Facture F-100.pdf',
      'Pièce 02 - Facture F-101.pdf',
      'Pièce 03 - Facture F-102.pdf',
      'Pièce 04 - Relance du 2025-11-05.pdf',
    ]);
    expect([REQUETE_FILE_NAME, BORDEREAU_FILE_NAME]).toEqual([
      '00 - Requête en injonction de payer.pdf',
      '00 - Bordereau des pièces.pdf',
    ]);
    expect(dossier.folderName).toBe(dossierFolderName(CLIENT, day('2026-03-31')));
  });

  it('takes each invoice from its link and each reminder from its Journal row', () => {
    expect(dossier.pieces[1]?.source).toEqual({
      kind: 'invoice-link',
      invoice: 'F-101',
      url: 'https://drive.example/F-101.pdf',
    });
    expect(dossier.pieces[3]?.source).toMatchObject({
      kind: 'journal-event',
      day: day('2025-11-05'),
      recipients: ['compta@garage-martin.fr'],
      subject: 'Relance F-100',
    });
    expect(dossier.pieces[3]?.title).toBe(
      'Première relance du 5 novembre 2025 par email à compta@garage-martin.fr (facture F-100)',
    );
    // A letter's channel goes without saying: never « Courrier de rappel … par courrier ».
    expect(dossier.pieces[4]?.title).toBe('Courrier de rappel du 20 novembre 2025 (facture F-100)');
  });

  it('produces the mise en demeure letter with its LRAR number, posting and presentation', () => {
    const notice = dossier.pieces.find((p) => p.kind === 'formal-notice');
    expect(notice?.registeredLetter).toEqual({
      number: '1A 234 567 8901 2',
      postedOn: day('2026-03-03'),
      presentedOn: day('2026-03-05'),
    });
    expect(notice?.source).toMatchObject({
      eventId: 'med-letter',
      link: 'https://drive.example/mise-en-demeure.pdf',
    });
    expect(dossier.pieces.find((p) => p.kind === 'receipt')?.source).toEqual({
      kind: 'document-link',
      url: 'https://drive.example/avis-de-reception.pdf',
    });
  });

  it('says « avis de réception non enregistré » and produces no receipt before AR reçu', () => {
    const events = journal().filter((e) => e.type !== 'receipt-acknowledged');
    const { pieces } = dossierOf(scenario({ events }));
    expect(pieces.some((p) => p.kind === 'receipt')).toBe(false);
    expect(pieces.find((p) => p.kind === 'formal-notice')?.title).toContain(
      'avis de réception non enregistré',
    );
  });

  it('cites no reminder that did not go out (a call task still to do, an email to verify)', () => {
    const events = [
      ...journal(),
      event({
        on: '2026-02-10',
        client: CLIENT,
        type: 'task',
        step: 'phone-call',
        invoices: ['F-102'],
        state: 'to-do',
      }),
      event({
        on: '2026-02-12',
        client: CLIENT,
        type: 'sent',
        step: 'reminder-2',
        invoices: ['F-102'],
        state: 'to-verify',
      }),
    ];
    const { pieces } = dossierOf(scenario({ events }));
    expect(pieces.filter((p) => p.kind === 'reminder')).toHaveLength(5);
  });

  it('lists the requête’s pieces as the bordereau does', () => {
    const text = requeteText(dossier);
    for (const piece of dossier.pieces)
      expect(text).toContain(`Pièce n° ${piece.number} : ${piece.title}`);
    expect(bordereauText(dossier)).toContain(
      'Requête en injonction de payer d’Atelier Durand contre Garage Martin, adressée à Madame ou Monsieur le Président du tribunal des activités économiques de Paris.',
    );
  });

  it('leaves out an invoice whose own mise en demeure is still to come, and says why', () => {
    const later = invoice({
      number: 'F-103',
      client: CLIENT,
      address: client.address ?? '',
      due: '2026-03-10',
      amountCents: euros(300),
      invoiceLink: 'https://drive.example/F-103.pdf',
    });
    const result = dossierOf(scenario({ invoices: [...invoices(), later] }));
    expect(result.pieces.some((p) => p.invoices.includes('F-103') && p.kind === 'invoice')).toBe(
      false,
    );
    expect(result.leftOut).toEqual([expect.objectContaining({ invoice: 'F-103' })]);
    expect(result.leftOut[0]?.text.fr).toContain('Aucun envoi de mise en demeure');
  });

  it('recomposes the text of a reminder as it stood that day, and says it is a recomposition', () => {
    // 5 January 2026: F-101's 400 € came on 20 January, so the letter still claimed 1 200 €.
    const letter = dossier.pieces.find((p) => p.number === 7);
    expect(letter?.text?.caveat).toBe(
      'Texte recomposé par Relance pour le message du 5 janvier 2026, à partir de ses modèles et du Journal : le message lui-même est conservé dans la messagerie de l’expéditeur.',
    );
    expect(letter?.text?.paragraphs).toContain(`Total restant dû : ${eur(1200)}.`);
    expect(letter?.text?.paragraphs).toContain('Le 5 janvier 2026');
  });

  it('recomposes nothing for a letter whose PDF the Journal links: that file is the piece', () => {
    const notice = dossier.pieces.find((p) => p.kind === 'formal-notice');
    expect(notice?.text).toBeUndefined();
  });
});

describe('the Journal’s note of a dossier', () => {
  it('states the sum, the day, the number of pieces and the court', () => {
    expect(dossierNoteText(assembleDossier(scenario())).fr).toBe(
      `Dossier d’injonction de payer préparé : ${eur(1782.21)} arrêtés au 31 mars 2026, 11 pièces, Tribunal des activités économiques de Paris.`,
    );
  });

  it('states every reason of a refusal', () => {
    const { siren: _none, ...noSiren } = client;
    expect(dossierNoteText(assembleDossier(scenario({ client: noSiren }))).fr).toMatch(
      /^Dossier d’injonction de payer non préparé : SIREN du débiteur Garage Martin manquant/,
    );
  });
});

describe('each invoice under its own mise en demeure', () => {
  // F-103 (300 €, due 10 February 2026) got its own mise en demeure, posted Monday 16 March 2026
  // and presented Wednesday 18 March: eight days end on Thursday 26 March. On 31 March both
  // notices have expired: one dossier, two notices, each with its own deadline.
  const later = invoice({
    number: 'F-103',
    client: CLIENT,
    address: client.address ?? '',
    due: '2026-02-10',
    amountCents: euros(300),
    invoiceLink: 'https://drive.example/F-103.pdf',
  });
  const events = [
    ...journal(),
    event({
      on: '2026-03-16',
      client: CLIENT,
      type: 'registered-letter-posted',
      step: 'demand-letter',
      invoices: ['F-103'],
      date: day('2026-03-16'),
      detail: '1A 999',
    }),
    event({
      on: '2026-03-18',
      client: CLIENT,
      type: 'receipt-acknowledged',
      invoices: ['F-103'],
      date: day('2026-03-18'),
    }),
  ];
  const dossier = dossierOf(scenario({ invoices: [...invoices(), later], events }));

  it('produces both notices, in the order they were posted', () => {
    expect(
      dossier.pieces
        .filter((p) => p.kind === 'formal-notice')
        .map((p) => p.registeredLetter?.number),
    ).toEqual(['1A 234 567 8901 2', '1A 999']);
  });

  it('states when each notice’s deadline expired', () => {
    const text = requeteText(dossier);
    expect(text).toContain('a expiré le 13 mars 2026 sans paiement');
    expect(text).toContain(
      'Par lettre recommandée avec avis de réception n° 1A 999, déposée le 16 mars 2026, présentée le 18 mars 2026',
    );
    expect(text).toContain('a expiré le 26 mars 2026 sans paiement');
  });

  it('waits for the second notice’s deadline before claiming its invoice', () => {
    const early = dossierOf(
      scenario({ invoices: [...invoices(), later], events, today: day('2026-03-26') }),
    );
    expect(early.breakdown.invoices.map((i) => i.number)).toEqual(['F-100', 'F-101', 'F-102']);
    expect(early.leftOut.map((l) => l.text.fr)).toEqual([
      'Le délai de la mise en demeure de la facture F-103 court jusqu’au 26 mars 2026 : le dossier pourra être préparé à partir du lendemain.',
    ]);
  });
});

describe('what the Journal says of other clients', () => {
  it('ignores another client’s hold on its whole account', () => {
    const other = event({
      on: '2026-03-20',
      client: 'Boulangerie Martin',
      type: 'hold',
      invoices: [],
    });
    expect(dossierOf(scenario({ events: [...journal(), other] })).breakdown.totalCents).toBe(
      euros(1782.21),
    );
  });

  it('heeds this client’s own hold on its whole account', () => {
    const hold = event({ on: '2026-03-20', client: CLIENT, type: 'hold', invoices: [] });
    const result = assembleDossier(scenario({ events: [...journal(), hold] }));
    expect(result.ok ? [] : result.refusals.map((r) => r.text.fr)).toEqual([
      'Facture F-101 : la facture est en pause, elle attend avant tout recours.',
      'Facture F-102 : la facture est en pause, elle attend avant tout recours.',
    ]);
  });
});

describe('the basis of a contractual rate', () => {
  it('states the contractual rate and the legal floor it may not go below', () => {
    const contractual = {
      ...firm,
      penalties: { ...firm.penalties, mode: 'contractual' as const, contractualRatePercent: 15 },
    };
    const { breakdown } = dossierOf(scenario({ settings: contractual }));
    expect(breakdown.basis[1]).toContain(
      `au taux de ${pct('15')} prévu aux conditions de règlement`,
    );
    expect(breakdown.basis[1]).toContain(
      'trois fois le taux d’intérêt légal (article L441-10 du Code de commerce',
    );
  });
});
