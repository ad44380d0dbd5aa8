/** The requête and the bordereau as plain text, as a court clerk reads them. */
import type { Language } from '../model';
import { inBoth } from '../words/catalogue';
import { DOSSIER_WORDS } from '../words/dossier';
import type { Dossier, DossierResult, RequeteLine } from './types';

function linesText(lines: readonly RequeteLine[]): string {
  return lines.map((line) => (line.style === 'item' ? `- ${line.text}` : line.text)).join('\n\n');
}

export function requeteText(dossier: Dossier): string {
  return linesText(dossier.requete.lines);
}

export function bordereauText(dossier: Dossier): string {
  return linesText(dossier.bordereau);
}

/** The Journal's note of a dossier made or refused, in French and English. */
export function dossierNoteText(result: DossierResult): Record<Language, string> {
  if (!result.ok)
    return {
      fr: DOSSIER_WORDS.refusedNote.fr(result.refusals.map((r) => r.text.fr)),
      en: DOSSIER_WORDS.refusedNote.en(result.refusals.map((r) => r.text.en)),
    };
  const { dossier } = result;
  const { totalCents } = dossier.breakdown;
  return inBoth(
    DOSSIER_WORDS.preparedNote,
    totalCents,
    dossier.today,
    dossier.pieces.length,
    dossier.court.name,
  );
}
