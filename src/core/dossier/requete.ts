/**
 * The requête en injonction de payer, line by line, in French, as the clerk of the court reads
 * it. Its mentions, in the order a reader looks for them:
 * - the court it is brought before (Code de procédure civile art. 54, 1°);
 * - the claimant (art. 54, 3°) and the debtor (art. 57), see parties.ts;
 * - the object of the request (art. 54, 2°) with the facts and pleas, the reminders and the mise
 *   en demeure standing for the steps taken to settle it amicably (art. 54, 5°);
 * - « l'indication précise du montant de la somme réclamée avec le décompte des différents
 *   éléments de la créance, le fondement de celle-ci ainsi que le bordereau des documents
 *   justificatifs » (art. 1407, as worded by décret n° 2021-1322 du 11 octobre 2021, in force
 *   1 March 2022);
 * - the pieces (art. 57), then a place for the date and the signature (art. 57).
 */
import type { Court } from '../model';
import type { FirmIdentity } from '../settings/settings';
import type { Day } from '../values/day';
import { PARTY_WORDS, REQUETE_WORDS } from '../words/dossier';
import { BLANK, creditorText, debtorText } from './parties';
import type {
  AmountBreakdown,
  Blank,
  BreakdownInvoice,
  DossierClient,
  Piece,
  RequeteLine,
} from './types';

export interface RequeteParts {
  court: Court;
  firm: FirmIdentity;
  client: DossierClient;
  breakdown: AmountBreakdown;
  pieces: readonly Piece[];
  /** The last day of each mise en demeure's deadline, by the posting's LRAR number. */
  deadlines: readonly { number: string; deadline: Day }[];
  today: Day;
}

const R = REQUETE_WORDS;
const heading = (text: string): RequeteLine => ({ style: 'heading', text });
const paragraph = (text: string): RequeteLine => ({ style: 'paragraph', text });
const item = (text: string): RequeteLine => ({ style: 'item', text });

/** « pièce n° 2 », « pièces n° 2 et 3 »: the pieces of a kind, or of some invoices. */
function pieceNumbers(
  pieces: readonly Piece[],
  kind: Piece['kind'],
  invoices?: readonly string[],
): string {
  const numbers = pieces
    .filter(
      (p) => p.kind === kind && (invoices === undefined || invoices.includes(p.invoices[0] ?? '')),
    )
    .map((p) => String(p.number));
  return R.pieceNumbers.fr(numbers);
}

function reminderDays(pieces: readonly Piece[]): Day[] {
  return pieces.flatMap((p) =>
    p.kind === 'reminder' && p.source.kind === 'journal-event' ? [p.source.day] : [],
  );
}

function factsLines(parts: RequeteParts): RequeteLine[] {
  const { breakdown, pieces } = parts;
  const open = breakdown.invoices.filter((i) => !i.paidLate).map((i) => i.number);
  const kept = breakdown.invoices.filter((i) => i.paidLate).map((i) => i.number);
  const lines = [paragraph(R.invoiced.fr(open, pieceNumbers(pieces, 'invoice', open)))];
  for (const number of kept)
    lines.push(paragraph(R.paidLate.fr(number, pieceNumbers(pieces, 'invoice', [number]))));
  if (pieces.some((p) => p.kind === 'reminder'))
    lines.push(paragraph(R.reminded.fr(reminderDays(pieces), pieceNumbers(pieces, 'reminder'))));
  for (const notice of pieces.filter((p) => p.kind === 'formal-notice'))
    lines.push(paragraph(noticeSentence(notice, parts.deadlines)));
  lines.push(paragraph(R.claimCertain.fr));
  return lines;
}

function noticeSentence(notice: Piece, deadlines: RequeteParts['deadlines']): string {
  const letter = notice.registeredLetter;
  if (letter === undefined) return '';
  const deadline = deadlines.find((d) => d.number === letter.number)?.deadline;
  return R.noticeGiven.fr(letter, notice.number, deadline);
}

function invoiceLines(i: BreakdownInvoice): RequeteLine[] {
  const lastPayment = i.payments[i.payments.length - 1];
  const settled = i.paidLate && lastPayment !== undefined ? lastPayment.day : undefined;
  const lines: RequeteLine[] = [
    paragraph(
      R.invoiceClaimed.fr({
        number: i.number,
        issued: i.issueDate,
        due: i.dueDate,
        settled,
        amount: i.amountCents,
      }),
    ),
    ...i.payments.map((p) => item(R.paymentReceived.fr(p.day, p.amountCents))),
  ];
  if (!i.paidLate) lines.push(item(R.principalLeft.fr(i.principalCents)));
  for (const p of i.penalties) lines.push(item(R.penaltyStretch.fr(p)));
  if (i.penaltiesPaidCents !== undefined)
    lines.push(item(R.penaltiesPaid.fr(i.penaltiesPaidCents)));
  if (i.penaltiesPaidCents !== undefined) lines.push(item(R.penaltiesLeft.fr(i.penaltiesCents)));
  else if (i.penalties.length > 1) lines.push(item(R.invoicePenalties.fr(i.penaltiesCents)));
  if (i.indemnityCents > 0) lines.push(item(R.indemnity.fr(i.indemnityCents)));
  return lines;
}

function breakdownLines(b: AmountBreakdown): RequeteLine[] {
  const totals = [
    item(R.principalTotal.fr(b.principalCents)),
    ...(b.penaltiesCents > 0 ? [item(R.penaltiesTotal.fr(b.penaltiesCents))] : []),
    ...(b.indemnityCents > 0 ? [item(R.indemnitiesTotal.fr(b.indemnityCents))] : []),
    paragraph(R.totalClaimed.fr(b.statedOn, b.totalCents)),
  ];
  return [heading(R.breakdown.fr), ...b.invoices.flatMap(invoiceLines), ...totals];
}

function signatureLines(firm: FirmIdentity, blanks: Blank[]): RequeteLine[] {
  blanks.push({ label: R.signatureBlank.fr, rule: PARTY_WORDS.article57.fr });
  const who = firm.signatory.trim() === '' ? firm.name : R.signedFor.fr(firm.signatory, firm.name);
  return [
    { style: 'signature', text: R.madeAt.fr(BLANK) },
    { style: 'signature', text: `${who}` },
    { style: 'signature', text: R.signature.fr },
  ];
}

/** The requête's lines, and the mentions left blank to fill in by hand. */
export function requeteLines(parts: RequeteParts): { lines: RequeteLine[]; blanks: Blank[] } {
  const creditor = creditorText(parts.firm);
  const debtor = debtorText(parts.client);
  const blanks = [...creditor.blanks, ...debtor.blanks];
  const { breakdown, pieces } = parts;
  const lines: RequeteLine[] = [
    { style: 'title', text: R.title.fr },
    paragraph(R.articles.fr),
    paragraph(R.courtAddress.fr(parts.court.name)),
    heading(R.claimant.fr),
    paragraph(creditor.text),
    heading(R.againstDebtor.fr),
    paragraph(debtor.text),
    heading(R.object.fr),
    paragraph(R.objectText.fr(breakdown.totalCents, breakdown.statedOn)),
    heading(R.facts.fr),
    ...factsLines(parts),
    ...breakdownLines(breakdown),
    heading(R.basis.fr),
    ...breakdown.basis.map(paragraph),
    heading(R.pieces.fr),
    paragraph(R.piecesIntro.fr),
    ...pieces.map((p) => item(R.piece.fr(p.number, p.title))),
    ...signatureLines(parts.firm, blanks),
  ];
  return { lines, blanks };
}

/** The bordereau: numbered, the same pieces in the same order as the folder's files. */
export function bordereauLines(parts: {
  firm: FirmIdentity;
  client: DossierClient;
  court: Court;
  pieces: readonly Piece[];
}): RequeteLine[] {
  return [
    { style: 'title', text: R.bordereauTitle.fr },
    paragraph(R.bordereauIntro.fr(parts.firm.name, parts.client.name, parts.court.name)),
    ...parts.pieces.map((p) => item(R.bordereauPiece.fr(p.number, p.title, p.fileName))),
  ];
}
