/**
 * The court a recourse goes to, from the client's type and the postcode and city of its
 * address (the debtor's seat). Sources: the law notes (shared/domain/french-dunning-law.md):
 * - commercial debts: tribunal de commerce of the debtor's seat, requête en injonction de payer
 *   (CPC 1405 to 1407) on Cerfa 12946;
 * - since 1 January 2025, for four years, twelve tribunaux de commerce are tribunaux des
 *   activités économiques (arrêté du 5 juillet 2024) and keep that competence. Their
 *   jurisdiction covers more than their city; with no sourced table of postcodes, the city of
 *   the address is matched against the court's seat and the memo asks to check the court;
 * - Alsace-Moselle (57, 67, 68) has no tribunal de commerce: the chambre commerciale of the
 *   tribunal judiciaire;
 * - civil debtors (SCI, professions libérales, agriculteurs, associations) and consumers: the
 *   tribunal judiciaire, Cerfa 12948;
 * - a public buyer's contract is administrative: the tribunal administratif, référé-provision
 *   (Code de justice administrative R541-1), no injonction de payer
 *   (https://www.village-justice.com/articles/execution-des-marches-publics-passes-par-les-acheteurs-publics-refere-provision,31063.html).
 */
import type { ClientType, Court } from '../model';
import { normalizeKey } from '../values/parse-values';

/** Seats of the tribunaux des activités économiques (arrêté du 5 juillet 2024). */
export const ECONOMIC_ACTIVITIES_COURTS = [
  'Auxerre',
  'Avignon',
  'Le Havre',
  'Le Mans',
  'Limoges',
  'Lyon',
  'Marseille',
  'Nancy',
  'Nanterre',
  'Paris',
  'Saint-Brieuc',
  'Versailles',
] as const;

const ALSACE_MOSELLE = new Set(['57', '67', '68']);
const INJONCTION =
  'Requête en injonction de payer (articles 1405 à 1407 du Code de procédure civile)';
const CHECK_SEAT =
  'Vérifiez que ce tribunal est bien celui du siège du débiteur avant de déposer la requête.';

const TAE_OF_CITY = new Map<string, string>(
  ECONOMIC_ACTIVITIES_COURTS.map((city) => [normalizeKey(city), city]),
);

interface Seat {
  department?: string;
  city?: string;
}

/** Postcode (the last five-digit group) and the city written after it. */
export function seatOf(address: string): Seat {
  const matches = [...address.matchAll(/(?:^|\D)(\d{5})(?!\d)\s*([^,\n\d]*)/g)];
  const last = matches[matches.length - 1];
  if (last === undefined) return {};
  const postcode = last[1] ?? '';
  const department = postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2);
  const city = normalizeKey((last[2] ?? '').replace(/\bcedex\b.*$/i, ''))
    .replace(/\s+\d+(er|e|eme)?$/, '')
    .trim();
  return city === '' ? { department } : { department, city };
}

function commercialCourt(seat: Seat): Court {
  if (seat.department !== undefined && ALSACE_MOSELLE.has(seat.department))
    return {
      kind: 'chambre-commerciale-tj',
      name: 'Tribunal judiciaire (chambre commerciale)',
      cerfa: '12948',
      procedure: `${INJONCTION}, au président du tribunal judiciaire du siège du débiteur, chambre commerciale (Alsace-Moselle : pas de tribunal de commerce).`,
      check: CHECK_SEAT,
    };
  const tae = seat.city === undefined ? undefined : TAE_OF_CITY.get(seat.city);
  if (tae !== undefined)
    return {
      kind: 'tribunal-des-activites-economiques',
      name: `Tribunal des activités économiques de ${tae}`,
      cerfa: '12946',
      procedure: `${INJONCTION}, au président du tribunal des activités économiques de ${tae} (arrêté du 5 juillet 2024).`,
      check: `${CHECK_SEAT} Le ressort de ce tribunal dépasse la ville de ${tae}.`,
    };
  return {
    kind: 'tribunal-de-commerce',
    name: 'Tribunal de commerce',
    cerfa: '12946',
    procedure: `${INJONCTION}, au président du tribunal de commerce du siège du débiteur.`,
    check: `${CHECK_SEAT} Depuis le 1er janvier 2025, douze tribunaux de commerce sont des tribunaux des activités économiques (arrêté du 5 juillet 2024).`,
  };
}

/** The court and the form of a recourse against this client. */
export function courtFor(client: { clientType: ClientType; address?: string }): Court {
  const seat = seatOf(client.address ?? '');
  switch (client.clientType) {
    case 'commercant':
      return commercialCourt(seat);
    case 'acheteur-public':
      return {
        kind: 'tribunal-administratif',
        name: 'Tribunal administratif',
        procedure:
          'Référé-provision (article R541-1 du Code de justice administrative) : un marché public est un contrat administratif, l’injonction de payer ne s’applique pas.',
        check:
          'Vérifiez d’abord les clauses du marché (réclamation préalable prévue par le CCAG) et le tribunal administratif du ressort de l’acheteur.',
      };
    default:
      return {
        kind: 'tribunal-judiciaire',
        name: 'Tribunal judiciaire',
        cerfa: '12948',
        procedure: `${INJONCTION}, au tribunal judiciaire du domicile ou du siège du débiteur.`,
        check:
          client.clientType === 'particulier'
            ? `${CHECK_SEAT} Jusqu’à 5 000 €, la procédure simplifiée de recouvrement par un commissaire de justice est possible avec l’accord du débiteur.`
            : CHECK_SEAT,
      };
  }
}
