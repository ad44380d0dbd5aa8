/**
 * What the wiring needs around a dossier, decided here so that Drive and the workspace only
 * write: the lines of a piece as PDF paragraphs, the page of record of a reminder or of the mise
 * en demeure, the Journal's row, and the sentences the sidebar and the CLI show.
 */
import type { JournalEvent, Language } from '../model';
import type { LetterBlock } from '../messages/letter-template';
import { formatDayFor } from '../words/format';
import type { Day } from '../values/day';
import type { Dossier, DossierRefusal, Piece, RequeteLine } from './types';

/** A bullet's indent from the margin, in points (a quarter inch, as Docs indents a list). */
const ITEM_INDENT_PT = 18;
/** Room above the signature line for a handwritten signature, in points. */
const SIGNATURE_SPACE_PT = 48;

/** The requête's, the bordereau's or a piece's lines as the paragraphs of a Doc. */
export function linesToBlocks(lines: readonly RequeteLine[]): LetterBlock[] {
  return lines.map((line): LetterBlock => {
    const block: LetterBlock = {
      kind: 'paragraph',
      text: line.style === 'item' ? `• ${line.text}` : line.text,
      heading: line.style === 'title',
      bold: line.style === 'title' || line.style === 'heading',
    };
    if (line.style === 'item') block.indentStartPt = ITEM_INDENT_PT;
    if (line.style === 'signature') block.spacingBeforePt = SIGNATURE_SPACE_PT;
    return block;
  });
}

/**
 * The page of record of a reminder or of the mise en demeure, when the core gives no lines of
 * its own: the bordereau's title, the day it went, to whom, its subject, the registered letter's
 * number, posting day and first presentation, and where the sent document is kept.
 */
export function pieceRecordLines(piece: Piece): RequeteLine[] {
  const lines: RequeteLine[] = [{ style: 'title', text: `Pièce n° ${piece.number}` }];
  lines.push({ style: 'heading', text: piece.title });
  const source = piece.source;
  if (source.kind === 'journal-event') {
    lines.push({ style: 'paragraph', text: `Date d’envoi : ${formatDayFor('fr', source.day)}` });
    if (source.recipients.length > 0)
      lines.push({ style: 'paragraph', text: `Destinataires : ${source.recipients.join(', ')}` });
    if (source.subject !== undefined)
      lines.push({ style: 'paragraph', text: `Objet : ${source.subject}` });
  }
  if (piece.lrar !== undefined) {
    const { number, postedOn, presentedOn } = piece.lrar;
    lines.push({
      style: 'paragraph',
      text: `Lettre recommandée avec accusé de réception n° ${number}, postée le ${formatDayFor('fr', postedOn)}.`,
    });
    lines.push({
      style: 'paragraph',
      text:
        presentedOn === undefined
          ? 'Avis de réception : non reçu à ce jour.'
          : `Avis de réception : première présentation le ${formatDayFor('fr', presentedOn)}.`,
    });
  }
  if (source.kind === 'journal-event' && source.link !== undefined)
    lines.push({ style: 'paragraph', text: `Document envoyé : ${source.link}` });
  return lines;
}

/** What the sidebar, the CLI and the Journal say of a refusal: each reason, in the language. */
export function refusalSentences(
  refusals: readonly DossierReason[],
  language: Language,
): string[] {
  return refusals.map((r) => r.text[language]);
}

/** A reason a dossier waits: the core's refusal, or a file the wiring could not read. */
export type DossierReason = Pick<DossierRefusal, 'invoice' | 'text'>;

/** An invoice PDF the link names but the add-in cannot read: the dossier waits for it. */
export function unreadableInvoiceRefusal(invoice: string, link: string): DossierReason {
  return {
    invoice,
    text: {
      fr: `Facture ${invoice} : le PDF de « Lien facture » (${link}) est illisible ou à la corbeille. Déposez la facture dans Drive et collez son lien.`,
      en: `Invoice ${invoice}: the PDF of « Lien facture » (${link}) cannot be read or is in the trash. Put the invoice in Drive and paste its link.`,
    },
  };
}

/** A document linked in the Journal (a scanned AR) that the add-in cannot read. */
export function unreadableDocumentRefusal(title: string, link: string): DossierReason {
  return {
    text: {
      fr: `${title} : le document lié dans le Journal (${link}) est illisible ou à la corbeille. Remettez-le dans Drive ou retirez son lien.`,
      en: `${title}: the document linked in the Journal (${link}) cannot be read or is in the trash. Put it back in Drive or remove its link.`,
    },
  };
}

const MADE: Record<Language, (d: Dossier, files: number) => string> = {
  fr: (d, files) =>
    `Dossier d’injonction de payer préparé : ${files} fichiers (requête, bordereau, ${d.pieces.length} pièces) à déposer au ${d.court.name}.`,
  en: (d, files) =>
    `Injunction-to-pay dossier prepared: ${files} files (application, list, ${d.pieces.length} pieces) to file with the ${d.court.name}.`,
};

/** What is said of a dossier just made: how many files, for which court. */
export function dossierMadeSentence(dossier: Dossier, files: number, language: Language): string {
  return MADE[language](dossier, files);
}

/** The Journal's row of a dossier made, linked to its ZIP. */
export function dossierMadeEvent(
  dossier: Dossier,
  made: { id: string; files: number; zipUrl: string },
  language: Language,
): JournalEvent {
  return {
    id: made.id,
    day: dossier.today,
    type: 'note',
    client: dossier.client,
    invoices: [...new Set(dossier.breakdown.invoices.map((i) => i.number))],
    detail: dossierMadeSentence(dossier, made.files, language),
    link: made.zipUrl,
    state: 'done',
  };
}

/** The Journal's row of a dossier refused: what is missing, in the Journal's language. */
export function dossierRefusedEvent(
  refused: { id: string; client: string; today: Day; refusals: readonly DossierReason[] },
  language: Language,
): JournalEvent {
  const head =
    language === 'fr'
      ? 'Dossier d’injonction de payer refusé :'
      : 'Injunction-to-pay dossier refused:';
  return {
    id: refused.id,
    day: refused.today,
    type: 'note',
    client: refused.client,
    invoices: [
      ...new Set(refused.refusals.flatMap((r) => (r.invoice === undefined ? [] : [r.invoice]))),
    ],
    detail: `${head} ${refusalSentences(refused.refusals, language).join(' ')}`,
    state: 'done',
  };
}

/** Said when the day's dossier of this client is already in Drive: where it is. */
export function existingDossierSentence(folderName: string, language: Language): string {
  return language === 'fr'
    ? `Le dossier du jour existe déjà : « ${folderName} ». Il n’a pas été refait ; supprimez-le pour le refaire.`
    : `Today's dossier already exists: « ${folderName} ». It was not made again; delete it to remake it.`;
}

/** The Journal's row of a dossier that could not be written (Drive or Docs failed). */
export function dossierFailedEvent(
  failed: { id: string; client: string; today: Day; message: string },
  language: Language,
): JournalEvent {
  const head =
    language === 'fr'
      ? 'Dossier d’injonction de payer non préparé, à refaire depuis la fiche client :'
      : 'Injunction-to-pay dossier not prepared, to redo from the client view:';
  return {
    id: failed.id,
    day: failed.today,
    type: 'note',
    client: failed.client,
    invoices: [],
    detail: `${head} ${failed.message}`,
    state: 'done',
  };
}
