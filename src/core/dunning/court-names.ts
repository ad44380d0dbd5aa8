/**
 * The courts' names as the law writes them (Code de l'organisation judiciaire; Code de justice
 * administrative), printed as they are in French in the requête and the client view. The
 * tribunaux des activités économiques are named in tae-ressorts.ts.
 */
export const COURT_NAMES = {
  commercial: 'Tribunal de commerce',
  judicial: 'Tribunal judiciaire',
  judicialCommercialChamber: 'Tribunal judiciaire (chambre commerciale)',
  administrative: 'Tribunal administratif',
} as const;
