import { describe, expect, it } from 'vitest';
import { courtFor } from '../../src/core/dunning/court';
import type { ClientType } from '../../src/core/model';
import { readClientDirectory } from '../../src/core/sheets/client-directory';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import { settings } from '../fixtures';

const court = (address: string, clientType: ClientType = 'commercant', tribunal?: string) =>
  courtFor(tribunal === undefined ? { clientType, address } : { clientType, address, tribunal });

describe('the tribunal des activités économiques (arrêté du 5 juillet 2024, art. 2)', () => {
  it.each([
    ['12 cours Émile Zola, 69100 Villeurbanne', 'Tribunal des activités économiques de Lyon'],
    [
      '3 rue de Paris, 92100 Boulogne-Billancourt',
      'Tribunal des activités économiques de Nanterre',
    ],
    ['1 place des Saisons, 92400 Courbevoie', 'Tribunal des activités économiques de Nanterre'],
    [
      '5 avenue Charles de Gaulle, 92200 Neuilly-sur-Seine',
      'Tribunal des activités économiques de Nanterre',
    ],
    ['Zone des Paluds, 13400 Aubagne', 'Tribunal des activités économiques de Marseille'],
    ['40 rue Paradis, 13001 Marseille', 'Tribunal des activités économiques de Marseille'],
    ['2 rue de Paris, 76600 Le Havre', 'Tribunal des activités économiques du Havre'],
    ['8 place de la République, 72000 Le Mans', 'Tribunal des activités économiques du Mans'],
    ['Route de Pernes, 84200 Carpentras', 'Tribunal des activités économiques d’Avignon'],
    ['5 avenue de Paris, 78000 Versailles', 'Tribunal des activités économiques de Versailles'],
  ])('covers %s: %s', (address, name) => {
    expect(court(address)).toMatchObject({
      kind: 'tribunal-des-activites-economiques',
      name,
      cerfa: '12946',
    });
  });

  it('is no court for a civil debtor in its ressort: an SCI goes to the tribunal judiciaire', () => {
    expect(court('5 avenue de Paris, 78000 Versailles', 'non-commercant')).toMatchObject({
      kind: 'tribunal-judiciaire',
      cerfa: '12948',
    });
  });
});

describe('a seat Relance cannot place for sure', () => {
  it('names the candidates and the official directory for a shared department', () => {
    const result = court('Place de la Mairie, 69400 Villefranche-sur-Saône');
    expect(result.kind).toBe('tribunal-de-commerce');
    expect(result.candidates).toEqual([
      'Tribunal des activités économiques de Lyon',
      'Tribunal de commerce de Villefranche-sur-Saône – Tarare',
    ]);
    expect(result.check).toMatch(/justice\.fr.*colonne Tribunal de l’onglet Clients/);
  });

  it('names the official directory for a department it has no data for', () => {
    expect(court('ZA des Près, 44300 Nantes').check).toMatch(/justice\.fr/);
  });

  it('takes the tribunal the user settled in the Clients tab', () => {
    const settled = court(
      'Place de la Mairie, 69400 Villefranche-sur-Saône',
      'commercant',
      'Tribunal de commerce de Villefranche-sur-Saône – Tarare',
    );
    expect(settled.name).toBe('Tribunal de commerce de Villefranche-sur-Saône – Tarare');
    expect(settled.candidates).toBeUndefined();
  });
});

describe('a debtor outside France (CPC 1406)', () => {
  it('in London gets no French injonction: the English courts', () => {
    const result = court('10 Market Street, London EC2A 4NE');
    expect(result.kind).toBe('etranger');
    expect(result.cerfa).toBeUndefined();
    expect(result.procedure).toMatch(/pas d’injonction de payer française ni européenne/);
  });

  it('in the EU gets the European order for payment (Reg. (EC) No 1896/2006)', () => {
    const result = court('Rue de la Loi 16, 1000 Bruxelles, Belgique');
    expect(result).toMatchObject({ kind: 'etranger', name: 'Injonction de payer européenne' });
    expect(result.procedure).toMatch(/1896\/2006/);
  });

  it('in Denmark does not, Denmark being outside that regulation (art. 2(3))', () => {
    expect(court('Nyhavn 1, 1051 København, Danemark').name).toMatch(/Danemark/);
  });
});

describe('the Côtes-d’Armor, shared with the tribunal judiciaire of Saint-Malo', () => {
  it('sends Saint-Brieuc and Guingamp to the TAE of Saint-Brieuc', () => {
    expect(court('1 rue Jouallan, 22000 Saint-Brieuc').name).toBe(
      'Tribunal des activités économiques de Saint-Brieuc',
    );
    expect(court('Place du Centre, 22200 Guingamp').kind).toBe(
      'tribunal-des-activites-economiques',
    );
  });

  it('asks for Dinan, with the candidates', () => {
    expect(court('Place Du Guesclin, 22100 Dinan').candidates?.[0]).toBe(
      'Tribunal des activités économiques de Saint-Brieuc',
    );
  });
});

describe('the Tribunal column of the Clients tab', () => {
  it('settles the court of a client whose postcode is shared', () => {
    const directory = readClientDirectory([
      ['Client', 'Type client', 'Tribunal'],
      ['Garage Dubois', 'SARL', 'Tribunal de commerce de Villefranche-sur-Saône – Tarare'],
    ]);
    if (!directory.found) throw new Error('no header');
    const reading = readInvoiceTable(
      [
        ['N° facture', 'Client', 'Adresse', 'Échéance', 'Montant TTC'],
        [
          'F-1',
          'Garage Dubois',
          'Place de la Mairie, 69400 Villefranche-sur-Saône',
          '2026-03-02',
          100,
        ],
      ],
      { settings: settings(), clients: directory.directory },
    );
    if (!reading.found) throw new Error(reading.message);
    const joined = reading.invoices[0];
    if (joined === undefined) throw new Error('no invoice');
    expect(joined.clientType).toBe('commercant');
    expect(courtFor(joined).name).toBe('Tribunal de commerce de Villefranche-sur-Saône – Tarare');
  });
});

describe('Monaco', () => {
  it('is not France, though its postcode looks French', () => {
    expect(court('2 boulevard des Moulins, 98000 Monaco').kind).toBe('etranger');
  });
});
