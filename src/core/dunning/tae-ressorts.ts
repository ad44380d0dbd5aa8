/**
 * Where the twelve tribunaux des activités économiques sit and what they cover, as data.
 *
 * Source: arrêté du 5 juillet 2024 relatif à l'expérimentation du tribunal des activités
 * économiques (text read on lexbase.fr, reference L9637MMU, on 2026-12-05), article 2:
 * each TAE's ressort is the ressort of its tribunal judiciaire (Avignon: the tribunaux judiciaires
 * of Avignon and Carpentras), for four years from 1 January 2025 (article 1).
 *
 * A tribunal judiciaire's ressort is a list of cantons and communes (Code de l'organisation
 * judiciaire, annexe Tableau IV, « Siège et ressort … des tribunaux judiciaires », annex of
 * D211-1; read on legal.tricoteuses.fr on 2026-12-05: Haute-Vienne is the tribunal judiciaire of
 * Limoges, all cantons); an address gives a postcode, not a commune code. So the table lists:
 * - departments whose every commune lies in the ressort of one of these tribunaux judiciaires
 *   (Paris, Hauts-de-Seine, Yvelines, Sarthe, Haute-Vienne: each has no other tribunal
 *   judiciaire; Vaucluse: Avignon and Carpentras, both in the TAE of Avignon);
 * - not the Côtes-d'Armor: the region of Dinan belongs to the tribunal judiciaire of
 *   Saint-Malo (Ille-et-Vilaine), Guingamp and Lannion to Saint-Brieuc since 2011;
 * - in a department shared with another tribunal, only the postcodes whose every commune is in
 *   the city's own agglomeration within the ressort; any other postcode of that department is
 *   ambiguous, and the memo names the candidates and the official directory.
 * Checked on: 2026-12-05. Each name is written with its article (« du Havre », « du Mans »).
 */

export interface EconomicCourt {
  /** « Tribunal des activités économiques du Havre ». */
  name: string;
  seat: string;
}

const tae = (article: 'de' | 'du' | 'd’', seat: string): EconomicCourt => ({
  name: `Tribunal des activités économiques ${article === 'd’' ? 'd’' : `${article} `}${seat}`,
  seat,
});

export const ECONOMIC_ACTIVITIES_COURTS = {
  auxerre: tae('d’', 'Auxerre'),
  avignon: tae('d’', 'Avignon'),
  leHavre: tae('du', 'Havre'),
  leMans: tae('du', 'Mans'),
  limoges: tae('de', 'Limoges'),
  lyon: tae('de', 'Lyon'),
  marseille: tae('de', 'Marseille'),
  nancy: tae('de', 'Nancy'),
  nanterre: tae('de', 'Nanterre'),
  paris: tae('de', 'Paris'),
  saintBrieuc: tae('de', 'Saint-Brieuc'),
  versailles: tae('de', 'Versailles'),
} as const satisfies Record<string, EconomicCourt>;

type TaeKey = keyof typeof ECONOMIC_ACTIVITIES_COURTS;

/** Departments wholly within one TAE's ressort. */
export const TAE_OF_DEPARTMENT: Readonly<Record<string, TaeKey>> = {
  '72': 'leMans',
  '75': 'paris',
  '78': 'versailles',
  '84': 'avignon',
  '87': 'limoges',
  '92': 'nanterre',
};

/**
 * Departments shared between a TAE and other tribunaux de commerce: the TAE for the postcodes
 * listed, the candidates for any other postcode.
 */
export const SHARED_DEPARTMENTS: Readonly<
  Record<string, { tae: TaeKey; postcodes: readonly string[]; others: readonly string[] }>
> = {
  '13': {
    tae: 'marseille',
    postcodes: [
      ...Array.from({ length: 16 }, (_, i) => `130${String(i + 1).padStart(2, '0')}`),
      '13190', // Allauch
      '13260', // Cassis
      '13380', // Plan-de-Cuques
      '13400', // Aubagne
      '13470', // Carnoux-en-Provence
      '13600', // La Ciotat
    ],
    others: [
      'Tribunal de commerce d’Aix-en-Provence',
      'Tribunal de commerce de Salon-de-Provence',
      'Tribunal de commerce de Tarascon',
    ],
  },
  '22': {
    tae: 'saintBrieuc',
    postcodes: [
      '22000', // Saint-Brieuc
      '22190', // Plérin
      '22200', // Guingamp
      '22300', // Lannion
      '22360', // Langueux
      '22440', // Ploufragan
      '22950', // Trégueux
    ],
    others: [
      'le tribunal de commerce du ressort du tribunal judiciaire de Saint-Malo (région de Dinan)',
    ],
  },
  '54': {
    tae: 'nancy',
    postcodes: [
      '54000',
      '54100',
      '54130',
      '54140',
      '54220',
      '54270',
      '54320',
      '54500',
      '54510',
      '54520',
      '54600',
    ],
    others: ['Tribunal de commerce de Briey'],
  },
  '69': {
    tae: 'lyon',
    // Lyon and the communes of its métropole next to it.
    postcodes: [
      ...Array.from({ length: 9 }, (_, i) => `6900${i + 1}`),
      '69100', // Villeurbanne
      '69120', // Vaulx-en-Velin
      '69150', // Décines-Charpieu
      '69200', // Vénissieux
      '69300', // Caluire-et-Cuire
      '69500', // Bron
      '69600', // Oullins
      '69800', // Saint-Priest
    ],
    others: ['Tribunal de commerce de Villefranche-sur-Saône – Tarare'],
  },
  '76': {
    tae: 'leHavre',
    postcodes: ['76600', '76610', '76620', '76290', '76310', '76700'],
    others: ['Tribunal de commerce de Rouen', 'Tribunal de commerce de Dieppe'],
  },
  '89': {
    tae: 'auxerre',
    postcodes: ['89000'],
    others: ['Tribunal de commerce de Sens'],
  },
};

/** The official directory of the courts, for the user to settle an ambiguous seat. */
export const COURT_DIRECTORY =
  'l’annuaire des juridictions du ministère de la Justice (justice.fr, rubrique « Annuaires », https://www.justice.fr)';
