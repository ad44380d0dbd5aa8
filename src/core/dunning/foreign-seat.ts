/**
 * Whether a debtor's address lies outside France, and in which country: a French injonction de
 * payer is not open against it (CPC 1406: the judge of the debtor's residence). The European
 * order for payment (Regulation (EC) No 1896/2006) serves the EU Member States except Denmark
 * (its article 2(3)).
 */
import { normalizeKey } from '../values/keys';

const EU: Record<string, readonly string[]> = {
  Allemagne: ['allemagne', 'germany', 'deutschland'],
  Autriche: ['autriche', 'austria', 'osterreich'],
  Belgique: ['belgique', 'belgium', 'belgie'],
  Bulgarie: ['bulgarie', 'bulgaria'],
  Chypre: ['chypre', 'cyprus'],
  Croatie: ['croatie', 'croatia'],
  Espagne: ['espagne', 'spain', 'espana'],
  Estonie: ['estonie', 'estonia'],
  Finlande: ['finlande', 'finland'],
  Grèce: ['grece', 'greece'],
  Hongrie: ['hongrie', 'hungary'],
  Irlande: ['irlande', 'ireland'],
  Italie: ['italie', 'italy', 'italia'],
  Lettonie: ['lettonie', 'latvia'],
  Lituanie: ['lituanie', 'lithuania'],
  Luxembourg: ['luxembourg'],
  Malte: ['malte', 'malta'],
  'Pays-Bas': ['pays bas', 'netherlands', 'nederland', 'the netherlands'],
  Pologne: ['pologne', 'poland', 'polska'],
  Portugal: ['portugal'],
  'République tchèque': ['republique tcheque', 'tchequie', 'czech republic', 'czechia'],
  Roumanie: ['roumanie', 'romania'],
  Slovaquie: ['slovaquie', 'slovakia'],
  Slovénie: ['slovenie', 'slovenia'],
  Suède: ['suede', 'sweden', 'sverige'],
};

const OUTSIDE: Record<string, readonly string[]> = {
  'Royaume-Uni': [
    'royaume uni',
    'united kingdom',
    'uk',
    'england',
    'angleterre',
    'scotland',
    'ecosse',
    'wales',
  ],
  Danemark: ['danemark', 'denmark', 'danmark'],
  Suisse: ['suisse', 'switzerland', 'schweiz'],
  Monaco: ['monaco'],
  Norvège: ['norvege', 'norway'],
  'États-Unis': ['etats unis', 'usa', 'united states', 'us'],
  Canada: ['canada'],
};

/** Monaco's postcodes (98000) look French: the Principality is not France. */
const MONACO_POSTCODE = /(?:^|\D)980\d\d(?!\d)/;

/** A UK postcode (« EC2A 4NE », « SW1A 1AA ») ends a British address that names no country. */
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b/;

const COUNTRY_OF_WORD = new Map<string, { name: string; eu: boolean }>([
  ...Object.entries(EU).flatMap(([name, words]) =>
    words.map((w): [string, { name: string; eu: boolean }] => [w, { name, eu: true }]),
  ),
  ...Object.entries(OUTSIDE).flatMap(([name, words]) =>
    words.map((w): [string, { name: string; eu: boolean }] => [w, { name, eu: false }]),
  ),
]);

/** The country of an address outside France, or undefined for a French (or unclear) one. */
export function foreignCountryOf(address: string): { name: string; eu: boolean } | undefined {
  const parts = address.split(/[,\n]/).map((p) => normalizeKey(p));
  const last = parts[parts.length - 1] ?? '';
  const named = COUNTRY_OF_WORD.get(last);
  if (named !== undefined) return named;
  if (last === 'france') return undefined;
  if (MONACO_POSTCODE.test(address)) return { name: 'Monaco', eu: false };
  if (UK_POSTCODE.test(address)) return { name: 'Royaume-Uni', eu: false };
  return undefined;
}
