import { describe, expect, it } from 'vitest';
import { courtFor } from '../../src/core/dunning/court';
import type { ClientType } from '../../src/core/model';
import type { Cell } from '../../src/core/values/cells';
import { readClientDirectory } from '../../src/core/sheets/client-directory';
import { readInvoiceTable } from '../../src/core/sheets/invoice-table';
import { settings } from '../fixtures';

const court = (address: string, clientType: ClientType = 'trader', tribunal?: string) =>
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
      kind: 'economic-activities-court',
      name,
      cerfa: '12946',
    });
  });

  it('is no court for a civil debtor in its ressort: an SCI goes to the tribunal judiciaire', () => {
    expect(court('5 avenue de Paris, 78000 Versailles', 'non-trader')).toMatchObject({
      kind: 'judicial-court',
      cerfa: '12948',
    });
  });
});

describe('the ressort by commune code (Code de l’organisation judiciaire, tableau IV)', () => {
  it('sends Villeurbanne (69266) to Lyon and Villefranche-sur-Saône (69264) to its own court', () => {
    expect(court('12 cours Émile Zola, 69100 Villeurbanne').name).toBe(
      'Tribunal des activités économiques de Lyon',
    );
    const out = court('Place de la Mairie, 69400 Villefranche-sur-Saône');
    expect(out).toMatchObject({
      kind: 'commercial-court',
      name: 'Tribunal de commerce de Villefranche-sur-Saône – Tarare',
    });
    expect(out.check).toMatch(/tribunal judiciaire de Villefranche-sur-Saône, hors du ressort/);
  });

  it('reads the commune the city names when its postcode is shared', () => {
    // 22300 covers Lannion and eight other communes: the city tells which.
    expect(court('Quai d’Aiguillon, 22300 Lannion').name).toBe(
      'Tribunal des activités économiques de Saint-Brieuc',
    );
  });

  it('reads a CEDEX address by its city', () => {
    expect(court('BP 3021, 69441 Lyon Cedex 03').name).toBe(
      'Tribunal des activités économiques de Lyon',
    );
  });

  it('takes a commune code written in the Code commune column', () => {
    expect(
      courtFor({ clientType: 'trader', address: 'BP 12, 69380', communeCode: '69266' }).name,
    ).toBe('Tribunal des activités économiques de Lyon');
  });

  it('follows the commune of a Lyon or Marseille arrondissement', () => {
    expect(courtFor({ clientType: 'trader', address: '', communeCode: '13206' }).name).toBe(
      'Tribunal des activités économiques de Marseille',
    );
  });

  it('tells Auxerre (TAE) from Sens and Joigny (tribunal judiciaire de Sens)', () => {
    expect(court('1 place de l’Hôtel de Ville, 89000 Auxerre').name).toBe(
      'Tribunal des activités économiques d’Auxerre',
    );
    expect(court('Quai du Port au Bois, 89300 Joigny').name).toBe('Tribunal de commerce de Sens');
  });

  it('keeps Rouen and Dieppe apart from the TAE of Le Havre, naming both possible courts', () => {
    const rouen = court('Place du Vieux-Marché, 76000 Rouen');
    expect(rouen.kind).toBe('commercial-court');
    expect(rouen.candidates).toEqual([
      'Tribunal de commerce de Rouen',
      'Tribunal de commerce de Dieppe',
    ]);
    expect(court('1 rue de Paris, 76400 Fécamp').name).toBe(
      'Tribunal des activités économiques du Havre',
    );
  });
});

describe('a seat Relance cannot place for sure', () => {
  it('names the communes of a shared postcode, the candidates and the official lookup', () => {
    // 69380 covers Lissieu, Chasselay, Lozanne…: none is in Relance's table, the city names none.
    const result = court('ZA du Bois Dieu, 69380');
    expect(result.kind).toBe('commercial-court');
    expect(result.candidates).toEqual([
      'Tribunal des activités économiques de Lyon',
      'Tribunal de commerce de Villefranche-sur-Saône – Tarare',
    ]);
    expect(result.check).toMatch(/69380 couvre plusieurs communes \(Alix, .*Chasselay/);
    expect(result.check).toMatch(/https:\/\/www\.justice\.fr\/recherche\/annuaire/);
    expect(result.check).toMatch(/colonne Code commune.*colonne Tribunal de l’onglet Clients/);
  });

  it('asks for a commune of a split department that its table does not list', () => {
    const result = court('Route de Lyon, 69380 Chasselay');
    expect(result.candidates).toHaveLength(2);
    expect(result.check).toMatch(/Chasselay \(code commune 69049\) n’est pas dans la table/);
  });

  it('names the official directory for a department it has no data for', () => {
    expect(court('ZA des Près, 44300 Nantes').check).toMatch(/justice\.fr/);
  });

  it('takes the tribunal the user settled in the Clients tab', () => {
    const settled = court(
      'ZA du Bois Dieu, 69380 Lissieu',
      'trader',
      'Tribunal des activités économiques de Lyon',
    );
    expect(settled.name).toBe('Tribunal des activités économiques de Lyon');
    expect(settled.candidates).toBeUndefined();
  });
});

describe('a debtor outside France (CPC 1406)', () => {
  it('in London gets no French injonction: the English courts', () => {
    const result = court('10 Market Street, London EC2A 4NE');
    expect(result.kind).toBe('abroad');
    expect(result.cerfa).toBeUndefined();
    expect(result.procedure).toMatch(/pas d’injonction de payer française ni européenne/);
  });

  it('in the EU gets the European order for payment (Reg. (EC) No 1896/2006)', () => {
    const result = court('Rue de la Loi 16, 1000 Bruxelles, Belgique');
    expect(result).toMatchObject({ kind: 'abroad', name: 'Injonction de payer européenne' });
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
    expect(court('Place du Centre, 22200 Guingamp').kind).toBe('economic-activities-court');
  });

  it('places Dinan in the ressort of the tribunal judiciaire of Saint-Malo, outside the TAE', () => {
    const dinan = court('Place Du Guesclin, 22100 Dinan');
    expect(dinan.kind).toBe('commercial-court');
    expect(dinan.check).toMatch(
      /Dinan \(code commune 22050\) relève du tribunal judiciaire de Saint-Malo/,
    );
  });
});

describe('the Tribunal and Code commune columns of the Clients tab', () => {
  const joined = (directoryRows: Cell[][], address: string) => {
    const directory = readClientDirectory(directoryRows);
    if (!directory.found) throw new Error('no header');
    const reading = readInvoiceTable(
      [
        ['N° facture', 'Client', 'Adresse', 'Échéance', 'Montant TTC'],
        ['F-1', 'Garage Dubois', address, '2026-03-02', 100],
      ],
      { settings: settings(), clients: directory.directory },
    );
    if (!reading.found) throw new Error(reading.message);
    const invoice = reading.invoices[0];
    if (invoice === undefined) throw new Error('no invoice');
    return { invoice, problems: reading.problems };
  };

  it('lets a Tribunal written once win over a shared postcode', () => {
    const { invoice } = joined(
      [
        ['Client', 'Type client', 'Tribunal'],
        ['Garage Dubois', 'SARL', 'Tribunal de commerce de Villefranche-sur-Saône – Tarare'],
      ],
      'Route de Lyon, 69380 Chasselay',
    );
    expect(invoice.clientType).toBe('trader');
    expect(courtFor(invoice).name).toBe('Tribunal de commerce de Villefranche-sur-Saône – Tarare');
  });

  it('places the client by the Code commune written there', () => {
    const { invoice } = joined(
      [
        ['Client', 'Type client', 'Code commune'],
        ['Garage Dubois', 'SARL', '69266'],
      ],
      'BP 12, 69380',
    );
    expect(invoice.communeCode).toBe('69266');
    expect(courtFor(invoice).name).toBe('Tribunal des activités économiques de Lyon');
  });

  it('names the cell of a Code commune it cannot read, and asks by the postcode instead', () => {
    const { invoice, problems } = joined(
      [
        ['Client', 'Type client', 'Code commune'],
        ['Garage Dubois', 'SARL', '6926'],
      ],
      'BP 12, 69380',
    );
    expect(invoice.communeCode).toBeUndefined();
    expect(problems).toContainEqual(
      expect.objectContaining({
        column: 'Clients › Code commune',
        message: expect.stringMatching(/Code commune « 6926 » illisible/),
      }),
    );
    expect(courtFor(invoice).candidates).toHaveLength(2);
  });
});

describe('Monaco', () => {
  it('is not France, though its postcode looks French', () => {
    expect(court('2 boulevard des Moulins, 98000 Monaco').kind).toBe('abroad');
  });
});
