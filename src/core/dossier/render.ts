/** The requête and the bordereau as plain text, as a court clerk reads them. */
import type { Dossier, RequeteLine } from './types';

function linesText(lines: readonly RequeteLine[]): string {
  return lines.map((line) => (line.style === 'item' ? `- ${line.text}` : line.text)).join('\n\n');
}

export function requeteText(dossier: Dossier): string {
  return linesText(dossier.requete.lines);
}

export function bordereauText(dossier: Dossier): string {
  return linesText(dossier.bordereau);
}
