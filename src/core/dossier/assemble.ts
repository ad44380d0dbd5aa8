/**
 * The dossier for the judge of an injonction de payer, or the refusal that says what is missing.
 */
import type { DossierInput, DossierResult } from './types';

/** The dossier of one client on `today`, or every reason it cannot be made yet. */
export function assembleDossier(input: DossierInput): DossierResult {
  return {
    ok: false,
    refusals: [
      {
        code: 'nothing-due',
        text: {
          fr: `Dossier pas encore disponible pour ${input.client.name}.`,
          en: `Dossier not available yet for ${input.client.name}.`,
        },
      },
    ],
  };
}
