/**
 * The INSEE code of a commune (Code officiel géographique), as a user writes it in a
 * « Code commune » cell.
 */

/** A commune code as INSEE writes it: five digits, or 2A/2B and three digits for Corsica. */
const COMMUNE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

/**
 * Paris, Lyon and Marseille are single communes whose arrondissements have codes of their own
 * (75101…, 69381…, 13201…): a court follows the commune.
 */
function communeOfArrondissement(code: string): string {
  if (/^751(?:0[1-9]|1\d|20)$/.test(code)) return '75056';
  if (/^6938[1-9]$/.test(code)) return '69123';
  if (/^132(?:0[1-9]|1[0-6])$/.test(code)) return '13055';
  return code;
}

/** The commune code written in a cell, or undefined when it is not one. */
export function communeCodeOf(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  return COMMUNE_CODE.test(code) ? communeOfArrondissement(code) : undefined;
}
