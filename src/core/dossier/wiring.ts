/**
 * What the wiring needs around a dossier, decided here so that Drive and the workspace only
 * write: the lines of a piece as PDF paragraphs, the page of record of a reminder or of the mise
 * en demeure, the Journal's row, and the sentences the sidebar and the CLI show.
 */
import type { JournalEvent, Language } from '../model';
import type { LetterBlock } from '../messages/letter-template';
import { inBoth, WORDS } from '../words/catalogue';
import { DOSSIER_WORDS, RECORD_WORDS } from '../words/dossier';
import type { Day } from '../values/day';
import { dossierNoteText } from './render';
import type { DossierRefusal, DossierResult, Piece, RequeteLine } from './types';

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
 * The page of a reminder or of the mise en demeure sent with no document kept: the bordereau's
 * title, the day it went, to whom, the registered letter's number, posting day and first
 * presentation; then its text as the core composes it again for that day, its caveat first.
 */
export function pieceRecordLines(piece: Piece): RequeteLine[] {
  const lines: RequeteLine[] = [
    { style: 'title', text: RECORD_WORDS.piece.fr(piece.number) },
    { style: 'heading', text: piece.title },
  ];
  const source = piece.source;
  if (source.kind === 'journal-event') {
    lines.push({ style: 'paragraph', text: RECORD_WORDS.sentOn.fr(source.day) });
    if (source.recipients.length > 0)
      lines.push({ style: 'paragraph', text: RECORD_WORDS.recipients.fr(source.recipients) });
  }
  if (piece.registeredLetter !== undefined)
    lines.push(...registeredLetterLines(piece.registeredLetter));
  const text = piece.text;
  if (text === undefined) {
    if (source.kind === 'journal-event' && source.subject !== undefined)
      lines.push({ style: 'paragraph', text: RECORD_WORDS.subject.fr(source.subject) });
    return lines;
  }
  lines.push({ style: 'paragraph', text: text.caveat });
  lines.push({ style: 'heading', text: RECORD_WORDS.subject.fr(text.subject) });
  for (const paragraph of text.paragraphs)
    for (const line of paragraph.split('\n')) lines.push({ style: 'paragraph', text: line });
  return lines;
}

function registeredLetterLines(letter: NonNullable<Piece['registeredLetter']>): RequeteLine[] {
  const { number, postedOn, presentedOn } = letter;
  return [
    { style: 'paragraph', text: RECORD_WORDS.lrarPosted.fr(number, postedOn) },
    {
      style: 'paragraph',
      text:
        presentedOn === undefined
          ? RECORD_WORDS.receiptNotYet.fr
          : RECORD_WORDS.receiptPresented.fr(presentedOn),
    },
  ];
}

/** What the sidebar, the CLI and the Journal say of a refusal: each reason, in the language. */
export function refusalSentences(
  refusals: readonly DossierRefusal[],
  language: Language,
): string[] {
  return refusals.map((r) => r.text[language]);
}

/** An invoice PDF the link names but the add-in cannot read: the dossier waits for it. */
export function unreadableInvoiceRefusal(invoice: string, link: string): DossierRefusal {
  return {
    code: 'invoice-link-missing',
    invoice,
    text: inBoth(DOSSIER_WORDS.unreadableInvoice, invoice, link),
  };
}

/**
 * A document kept in the Journal (the letter sent, a scanned AR) that the add-in cannot read:
 * the dossier waits for it, as for an invoice PDF.
 */
export function unreadableDocumentRefusal(title: string, link: string): DossierRefusal {
  return {
    code: 'invoice-link-missing',
    text: inBoth(DOSSIER_WORDS.unreadableDocument, title, link),
  };
}

/** The Journal's row of a dossier made or refused, in the Journal's language; made, its ZIP linked. */
export function dossierEvent(
  result: DossierResult,
  note: { id: string; client: string; today: Day; zipUrl?: string },
  language: Language,
): JournalEvent {
  const invoices = result.ok
    ? result.dossier.breakdown.invoices.map((i) => i.number)
    : result.refusals.flatMap((r) => (r.invoice === undefined ? [] : [r.invoice]));
  return {
    id: note.id,
    day: note.today,
    type: 'note',
    client: note.client,
    invoices: [...new Set(invoices)],
    detail: dossierNoteText(result)[language],
    ...(note.zipUrl === undefined ? {} : { link: note.zipUrl }),
    state: 'done',
  };
}

/**
 * A note the Journal already holds: the same client, the same day, the same words. Pressing the
 * button again on a dossier refused for the same reasons adds nothing the user has not read.
 */
export function alreadyNoted(events: readonly JournalEvent[], note: JournalEvent): boolean {
  return events.some(
    (e) =>
      e.type === 'note' &&
      e.client === note.client &&
      e.day === note.day &&
      e.detail === note.detail,
  );
}

/** The Journal's row of a dossier that could not be written (Drive or Docs failed). */
export function dossierFailedEvent(
  failed: { id: string; client: string; today: Day; message: string },
  language: Language,
): JournalEvent {
  return {
    id: failed.id,
    day: failed.today,
    type: 'note',
    client: failed.client,
    invoices: [],
    detail: WORDS.dossierNotPrepared[language](failed.message),
    state: 'done',
  };
}

/** Said when the day's dossier of this client is already in Drive: where it is. */
export function existingDossierSentence(folderName: string, language: Language): string {
  return WORDS.dossierExists[language](folderName);
}
