import { describe, expect, it } from 'vitest';
import { assembleDossier } from '../../src/core/dossier/assemble';
import type { DossierInput, DossierRefusal, RefusalCode } from '../../src/core/dossier/types';
import { day, euros, event, invoice } from '../fixtures';
import { CLIENT, client, firm, invoices, journal, scenario } from './dossier-scenario';

function refusalsOf(input: DossierInput): DossierRefusal[] {
  const result = assembleDossier(input);
  if (result.ok) throw new Error('the dossier was made');
  return result.refusals;
}

function refusal(input: DossierInput, code: RefusalCode): DossierRefusal {
  const found = refusalsOf(input).find((r) => r.code === code);
  if (found === undefined)
    throw new Error(
      `no « ${code} » among ${refusalsOf(input)
        .map((r) => r.code)
        .join(', ')}`,
    );
  return found;
}

const withRows = (change: (row: ReturnType<typeof invoices>[number]) => object) =>
  invoices().map((row) => ({ ...row, ...change(row) }));

describe('a dossier refused, saying what is missing', () => {
  it('refuses while no posting of the mise en demeure is recorded', () => {
    const events = journal().filter(
      (e) => e.type !== 'registered-letter-posted' && e.type !== 'receipt-acknowledged',
    );
    const text = refusal(scenario({ events }), 'no-posting').text;
    expect(text.fr).toBe(
      'Aucun envoi de mise en demeure n’est enregistré pour les factures F-101, F-102 : enregistrez « LRAR postée » (numéro et date de dépôt) dans la fiche client ou le Journal. Le juge de l’injonction de payer demande la preuve que le débiteur a été mis en demeure.',
    );
    expect(text.en).toMatch(/^No posting of a formal notice is recorded for invoices F-101, F-102/);
  });

  it('refuses while the mise en demeure’s deadline runs, and says until when', () => {
    // Presented on Thursday 5 March 2026: eight days end on Friday 13 March.
    const text = refusal(scenario({ today: day('2026-03-13') }), 'deadline-not-passed').text;
    expect(text.fr).toBe(
      'Le délai de la mise en demeure des factures F-101, F-102 court jusqu’au 13 mars 2026 : le dossier pourra être préparé à partir du lendemain.',
    );
    expect(assembleDossier(scenario({ today: day('2026-03-16') })).ok).toBe(true);
  });

  it('counts the deadline from the expected presentation while no AR is recorded', () => {
    // Posted Tuesday 3 March; expected presentation two business days later, Thursday 5 March;
    // eight days: Friday 13 March. Refused on the 13th, made on Monday the 16th.
    const events = journal().filter((e) => e.type !== 'receipt-acknowledged');
    expect(
      refusal(scenario({ events, today: day('2026-03-13') }), 'deadline-not-passed').text.fr,
    ).toContain('13 mars 2026');
  });

  it('refuses an invoice with no PDF link, naming it', () => {
    const rows = withRows((row) => (row.number === 'F-102' ? { invoiceLink: '' } : {}));
    const found = refusal(scenario({ invoices: rows }), 'invoice-link-missing');
    expect(found.invoice).toBe('F-102');
    expect(found.text.fr).toBe(
      'Facture F-102 : aucun fichier dans la colonne « Lien facture ». La facture est la première pièce du dossier (article 1407 du Code de procédure civile) : ajoutez le lien de son PDF.',
    );
  });

  it('refuses a debtor with no address', () => {
    const { address: _none, ...noAddress } = client;
    expect(refusal(scenario({ client: noAddress }), 'debtor-address-missing').text.fr).toBe(
      'Adresse du débiteur Garage Martin manquante : la requête doit indiquer son domicile ou son siège social (article 57 du Code de procédure civile), et le tribunal se choisit d’après elle. Indiquez-la dans la colonne Adresse ou l’onglet Clients.',
    );
  });

  it('refuses a company with no SIREN, or one that is not nine digits', () => {
    const { siren: _none, ...noSiren } = client;
    expect(refusal(scenario({ client: noSiren }), 'debtor-siren-missing').text.fr).toMatch(
      /^SIREN du débiteur Garage Martin manquant ou illisible \(9 chiffres\)/,
    );
    expect(
      refusal(scenario({ client: { ...client, siren: '5521' } }), 'debtor-siren-missing'),
    ).toBeDefined();
    expect(assembleDossier(scenario({ client: { ...client, siren: '55210055400013' } })).ok).toBe(
      true,
    );
  });

  it('asks no SIREN of a consumer', () => {
    const consumer = {
      ...client,
      clientType: 'consumer' as const,
      tribunal: 'Tribunal judiciaire de Paris',
    };
    const { siren: _none, ...noSiren } = consumer;
    const rows = withRows(() => ({ clientType: 'consumer' }));
    expect(assembleDossier(scenario({ client: noSiren, invoices: rows })).ok).toBe(true);
  });

  it('refuses while the client’s type is not settled', () => {
    const { clientType: _none, ...untyped } = client;
    const rows = invoices().map(({ clientType: _t, ...row }) => row);
    expect(
      refusal(scenario({ client: untyped, invoices: rows }), 'client-type-unknown').text.fr,
    ).toBe(
      'Le type du client Garage Martin n’est pas indiqué (commerçant, non commerçant, particulier ou acheteur public) : il décide du tribunal et de ce qui peut être réclamé. Indiquez-le dans la colonne Type client ou l’onglet Clients.',
    );
  });

  it('refuses a court it cannot name, naming the candidates of a shared ressort', () => {
    // Chasselay (69380) lies in the Rhône, shared between the tribunal judiciaire de Lyon (TAE)
    // and that of Villefranche-sur-Saône; Tableau IV's canton list does not name it.
    const chasselay = { ...client, address: '2 rue du Port, 69380 Chasselay' };
    const text = refusal(scenario({ client: chasselay }), 'court-unsettled').text;
    expect(text.fr).toMatch(/^Tribunal à préciser\. La commune Chasselay \(code commune 69049\)/);
    expect(text.fr).toContain('Tribunal des activités économiques de Lyon');
    expect(text.fr).toContain('Tribunal de commerce de Villefranche-sur-Saône');
    expect(text.en).toContain('candidates: Tribunal des activités économiques de Lyon');
  });

  it('refuses a court outside a TAE until one of the commercial courts of its ressort is named', () => {
    // Arles is in the ressort of the tribunal judiciaire de Tarascon, not in Marseille's TAE.
    const arles = { ...client, address: '4 rue de la République, 13200 Arles' };
    const text = refusal(scenario({ client: arles }), 'court-unsettled').text;
    expect(text.fr).toContain('hors du ressort du tribunal des activités économiques de Marseille');
    expect(text.fr).toContain('Tribunal de commerce de Tarascon');
  });

  it('refuses a tribunal de commerce or judiciaire Relance cannot name, until the Clients tab does', () => {
    const nantes = { ...client, address: '1 quai de la Fosse, 44000 Nantes' };
    expect(refusal(scenario({ client: nantes }), 'court-unsettled').text.fr).toContain(
      'Relance ne connaît pas le tribunal de commerce de ce siège',
    );
    const settled = { ...nantes, tribunal: 'Tribunal de commerce de Nantes' };
    const made = assembleDossier(scenario({ client: settled }));
    expect(made.ok && made.dossier.requete.lines[2]?.text).toBe(
      'À Madame ou Monsieur le Président du tribunal de commerce de Nantes',
    );
  });

  it('refuses a disputed invoice: a contested debt is not for the injonction', () => {
    const events = [
      ...journal(),
      event({ on: '2026-03-20', client: CLIENT, type: 'dispute', invoices: ['F-102'] }),
    ];
    const found = refusal(scenario({ events }), 'disputed');
    expect(found.invoice).toBe('F-102');
    expect(found.text.fr).toBe(
      'La facture F-102 est contestée par le client (litige) : une créance contestée ne relève pas de l’injonction de payer, qui suppose une créance certaine (article 1405 du Code de procédure civile). Réglez le litige (« Litige résolu ») ou retirez la facture du recours.',
    );
  });

  it('refuses an invoice marked « Litige » in the sheet too', () => {
    const rows = withRows((row) => (row.number === 'F-101' ? { markedDisputed: true } : {}));
    expect(refusal(scenario({ invoices: rows }), 'disputed').invoice).toBe('F-101');
  });

  it('refuses a time-barred invoice, with the day it became so', () => {
    // Due 15 January 2021: five years between merchants (Code de commerce L110-4), last day
    // 15 January 2026.
    const old = invoice({
      number: 'F-050',
      client: CLIENT,
      due: '2021-01-15',
      amountCents: euros(250),
      invoiceLink: 'https://drive.example/F-050.pdf',
    });
    const found = refusal(scenario({ invoices: [...invoices(), old] }), 'time-barred');
    expect(found.text.fr).toBe(
      'La facture F-050 est prescrite depuis le 15 janvier 2026 : elle ne peut plus être réclamée en justice. Marquez-la comme abandonnée avant de préparer le dossier.',
    );
  });

  it('sends a debtor in another EU state to the European order for payment', () => {
    const brussels = { ...client, address: 'Rue Neuve 12, 1000 Bruxelles, Belgique' };
    const text = refusal(scenario({ client: brussels }), 'debtor-abroad').text;
    expect(text.fr).toContain('Débiteur établi hors de France (Belgique)');
    expect(text.fr).toContain('règlement (CE) n° 1896/2006');
    expect(text.en).toContain('Regulation (EC) No 1896/2006');
  });

  it('sends a debtor outside the EU to its own courts', () => {
    const london = { ...client, address: '1 King Street, London EC2V 8AU, United Kingdom' };
    const text = refusal(scenario({ client: london }), 'debtor-abroad').text;
    expect(text.fr).toContain('Débiteur établi hors de l’Union européenne (Royaume-Uni)');
    expect(text.fr).toContain('juridictions et du droit de l’État du débiteur');
  });

  it('sends a public buyer to the tribunal administratif', () => {
    const town = { ...client, clientType: 'public-buyer' as const };
    const rows = withRows(() => ({ clientType: 'public-buyer' }));
    expect(refusal(scenario({ client: town, invoices: rows }), 'public-buyer').text.fr).toContain(
      'Référé-provision (article R541-1 du Code de justice administrative)',
    );
  });

  it('refuses while the claimant’s legal form is missing from the settings', () => {
    const noForm = { ...firm, firm: { ...firm.firm, legalForm: '' } };
    expect(refusal(scenario({ settings: noForm }), 'firm-identity-missing').text.fr).toBe(
      'Identité du demandeur incomplète dans les paramètres (article 54 du Code de procédure civile) : la forme juridique (SARL, SAS, EI…).',
    );
  });

  it('refuses provisional penalties: the ECB rate of July 2026 is not confirmed', () => {
    expect(refusal(scenario({ today: day('2026-07-15') }), 'rate-unconfirmed').text.fr).toMatch(
      /^Le taux BCE d’un semestre compté n’est pas encore confirmé/,
    );
    const confirmed = {
      ...firm,
      penalties: { ...firm.penalties, extraEcbRates: [{ from: '2026-07-01', ratePercent: 2.15 }] },
    };
    expect(assembleDossier(scenario({ settings: confirmed, today: day('2026-07-15') })).ok).toBe(
      true,
    );
  });

  it('refuses when nothing is overdue', () => {
    const paid = withRows((row) => ({
      paidCents: row.amountCents,
      paymentDate: day('2025-10-01'),
      markedPaid: true,
    }));
    expect(refusal(scenario({ invoices: paid, events: [] }), 'nothing-due').text.fr).toBe(
      'Aucune facture échue et impayée de Garage Martin à réclamer.',
    );
  });

  it('lists every missing piece at once', () => {
    const { address: _a, siren: _s, ...bare } = client;
    const rows = withRows((row) => (row.number === 'F-101' ? { invoiceLink: '' } : {}));
    const codes = refusalsOf(scenario({ client: bare, invoices: rows })).map((r) => r.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'debtor-address-missing',
        'debtor-siren-missing',
        'invoice-link-missing',
      ]),
    );
  });

  it('says every refusal in English too', () => {
    const { address: _a, siren: _s, ...bare } = client;
    for (const r of refusalsOf(scenario({ client: bare }))) expect(r.text.en).not.toBe('');
  });
});
