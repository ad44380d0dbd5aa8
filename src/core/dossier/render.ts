/** The requête and the bordereau as plain text, as a court clerk reads them. */
import type { Language } from '../model';
import { formatEnglishDay, formatEuros, formatFrenchDay } from '../words/format';
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
      fr: `Dossier d’injonction de payer non préparé : ${result.refusals.map((r) => r.text.fr).join(' ')}`,
      en: `Order-for-payment dossier not prepared: ${result.refusals.map((r) => r.text.en).join(' ')}`,
    };
  const { dossier } = result;
  const total = dossier.breakdown.totalCents;
  const count = dossier.pieces.length;
  return {
    fr: `Dossier d’injonction de payer préparé : ${formatEuros(total, 'fr')} arrêtés au ${formatFrenchDay(dossier.today)}, ${count} ${count > 1 ? 'pièces' : 'pièce'}, ${dossier.court.name}.`,
    en: `Order-for-payment dossier prepared: ${formatEuros(total, 'en')} as at ${formatEnglishDay(dossier.today)}, ${count} ${count > 1 ? 'pieces' : 'piece'}, ${dossier.court.name}.`,
  };
}
