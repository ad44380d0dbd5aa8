/**
 * The commune of a debtor's seat, by its INSEE code (Code officiel géographique): written by the
 * user (« Code commune », in the invoice tab or the Clients tab), or derived from the address's
 * postcode and city name when the data leaves a single commune (tae-communes.ts).
 */
import { communeCodeOf } from '../values/commune-code';
import { normalizeKey } from '../values/keys';
import { COMMUNE_COURTS, POSTCODE_COMMUNES } from './tae-communes';

export interface Commune {
  code: string;
  name?: string;
}

export interface Seat {
  postcode?: string;
  department?: string;
  /** The city written after the postcode (« 69100 Villeurbanne » → « Villeurbanne »). */
  city?: string;
  /** The commune, when the code was written or the postcode and city leave only one. */
  commune?: Commune;
  /** The communes sharing the postcode, when the city does not tell which one. */
  sharing?: Commune[];
}

export function departmentOfCommune(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) =>
    normalizeKey(s)
      .replace(/\bste\b/g, 'sainte')
      .replace(/\bst\b/g, 'saint')
      .replace(/\bcedex\b.*$/, '')
      .trim();
  return key(a) === key(b);
}

function communesOfPostcode(postcode: string): Commune[] {
  const listed = POSTCODE_COMMUNES[postcode];
  if (listed === undefined) return [];
  return listed.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return { code: entry.slice(0, space), name: entry.slice(space + 1) };
  });
}

/** The listed communes of a department whose name is the city's. */
function communesNamed(department: string, city: string): Commune[] {
  return Object.entries(COMMUNE_COURTS)
    .filter(([code, [name]]) => departmentOfCommune(code) === department && sameName(name, city))
    .map(([code, [name]]) => ({ code, name }));
}

function communeOfAddress(postcode: string, department: string, city: string | undefined) {
  const sharing = communesOfPostcode(postcode);
  const named = city === undefined ? [] : sharing.filter((c) => sameName(c.name ?? '', city));
  if (named.length === 1) return { commune: named[0] };
  if (sharing.length === 1) return { commune: sharing[0] };
  if (sharing.length > 1) return { sharing };
  // A postcode the table does not hold (a CEDEX, a commune not listed): the city's name alone.
  const byName = city === undefined ? [] : communesNamed(department, city);
  return byName.length === 1 ? { commune: byName[0] } : {};
}

/** The seat of an address (its last five-digit group is the postcode), and its commune. */
export function seatOf(address: string, communeCode?: string): Seat {
  const written = communeCodeOf(communeCode ?? '');
  const fromCode =
    written === undefined
      ? {}
      : {
          commune: { code: written, ...nameOf(written) },
          department: departmentOfCommune(written),
        };
  const matches = [...address.matchAll(/(?:^|\D)(\d{5})(?!\d)([^,\n]*)/g)];
  const last = matches[matches.length - 1];
  const postcode = last?.[1];
  if (postcode === undefined) return fromCode;
  const department = postcode.startsWith('97') ? postcode.slice(0, 3) : postcode.slice(0, 2);
  const cityText = (last?.[2] ?? '').trim();
  const city = cityText === '' ? undefined : cityText;
  const seat: Seat = { postcode, department, ...(city === undefined ? {} : { city }) };
  if (written !== undefined) return { ...seat, ...fromCode };
  const found = communeOfAddress(postcode, department, city);
  return {
    ...seat,
    ...(found.commune === undefined ? {} : { commune: found.commune }),
    ...(found.sharing === undefined ? {} : { sharing: found.sharing }),
  };
}

function nameOf(code: string): { name?: string } {
  const listed = COMMUNE_COURTS[code];
  return listed === undefined ? {} : { name: listed[0] };
}
