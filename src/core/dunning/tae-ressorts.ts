/**
 * Where the twelve tribunaux des activités économiques sit and what they cover, as data.
 *
 * Source: arrêté du 5 juillet 2024 relatif à l'expérimentation du tribunal des activités
 * économiques (text read on lexbase.fr, reference L9637MMU, on 2026-12-05), article 2:
 * each TAE's ressort is the ressort of its tribunal judiciaire (Avignon: the tribunaux judiciaires
 * of Avignon and Carpentras), for four years from 1 January 2025 (article 1).
 *
 * A tribunal judiciaire's ressort is set by the Code de l'organisation judiciaire, annexe
 * Tableau IV (annex of D211-1), read on 2026-12-05 (Légifrance text as mirrored in the public
 * repository francois76/legifrance; the previous reading on legal.tricoteuses.fr agrees for
 * Haute-Vienne). Its « chambres de proximité » (La Flèche, Mantes-la-Jolie, Guingamp, Villeurbanne,
 * Lunéville…) are parts of their tribunal judiciaire, not tribunals of their own. So:
 * - whole departments, each with a single tribunal judiciaire (or, for Vaucluse, only the two of
 *   the TAE of Avignon): Sarthe (Le Mans, with the chambre de proximité of La Flèche), Paris,
 *   Yvelines (Versailles, with Mantes-la-Jolie, Poissy, Rambouillet, Saint-Germain-en-Laye),
 *   Vaucluse (Avignon with Pertuis; Carpentras with Orange), Haute-Vienne (Limoges), Hauts-de-Seine
 *   (Nanterre, with its chambres de proximité);
 * - split departments, where another tribunal judiciaire covers part of the department:
 *   Bouches-du-Rhône (Aix-en-Provence, Tarascon), Côtes-d'Armor (the region of Dinan: Saint-Malo),
 *   Meurthe-et-Moselle (Val de Briey), Rhône (Villefranche-sur-Saône), Seine-Maritime (Dieppe,
 *   Rouen), Yonne (Sens). Their communes are in tae-communes.ts, by commune code.
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
 * Departments split between a TAE's tribunal judiciaire and others: the TAE, and the tribunaux de
 * commerce of the rest of the department (Code de commerce, annexe 7-1).
 */
export const SPLIT_DEPARTMENTS: Readonly<
  Record<string, { tae: TaeKey; others: readonly string[] }>
> = {
  '13': {
    tae: 'marseille',
    others: [
      'Tribunal de commerce d’Aix-en-Provence',
      'Tribunal de commerce de Salon-de-Provence',
      'Tribunal de commerce de Tarascon',
    ],
  },
  '22': {
    tae: 'saintBrieuc',
    others: [
      'le tribunal de commerce du ressort du tribunal judiciaire de Saint-Malo (région de Dinan)',
    ],
  },
  '54': { tae: 'nancy', others: ['Tribunal de commerce de Briey'] },
  '69': { tae: 'lyon', others: ['Tribunal de commerce de Villefranche-sur-Saône – Tarare'] },
  '76': {
    tae: 'leHavre',
    others: ['Tribunal de commerce de Rouen', 'Tribunal de commerce de Dieppe'],
  },
  '89': { tae: 'auxerre', others: ['Tribunal de commerce de Sens'] },
};
