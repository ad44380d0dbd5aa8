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
import { formatEuros, formatFrenchDay } from '../words/format';
import type { Cents } from '../values/money';
import { joinList } from '../words/wording';
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

const euros = (cents: number): string => formatEuros(cents as Cents, 'fr');
const day = (d: Day): string => formatFrenchDay(d);
const heading = (text: string): RequeteLine => ({ style: 'heading', text });
const paragraph = (text: string): RequeteLine => ({ style: 'paragraph', text });
const item = (text: string): RequeteLine => ({ style: 'item', text });

/** « du Tribunal des activités économiques de Lyon »; a name the user wrote otherwise, as is. */
function courtAddress(court: Court): string {
  return /^tribunal\b/i.test(court.name)
    ? `À Madame ou Monsieur le Président du ${court.name.charAt(0).toLowerCase()}${court.name.slice(1)}`
    : `À Madame ou Monsieur le Président — ${court.name}`;
}

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
  return `${numbers.length > 1 ? 'pièces' : 'pièce'} n° ${joinList(numbers, 'fr')}`;
}

function reminderDays(pieces: readonly Piece[]): string {
  const days = pieces.flatMap((p) =>
    p.kind === 'reminder' && p.source.kind === 'journal-event' ? [`le ${day(p.source.day)}`] : [],
  );
  return joinList(days, 'fr');
}

function factsLines(parts: RequeteParts): RequeteLine[] {
  const { breakdown, pieces } = parts;
  const open = breakdown.invoices.filter((i) => !i.paidLate).map((i) => i.number);
  const kept = breakdown.invoices.filter((i) => i.paidLate).map((i) => i.number);
  const several = open.length > 1;
  const lines = [
    paragraph(
      `Le demandeur a facturé au débiteur les prestations ou fournitures décrites ${several ? 'aux factures' : 'à la facture'} n° ${joinList(open, 'fr')} (${pieceNumbers(pieces, 'invoice', open)}). ${several ? 'Ces factures sont demeurées impayées' : 'Cette facture est demeurée impayée'} à l’échéance convenue, en tout ou partie.`,
    ),
  ];
  for (const number of kept)
    lines.push(
      paragraph(
        `La facture n° ${number} (${pieceNumbers(pieces, 'invoice', [number])}), réglée en principal après son échéance, reste redevable des pénalités de retard courues jusqu’au jour de son paiement et de l’indemnité forfaitaire pour frais de recouvrement.`,
      ),
    );
  if (pieces.some((p) => p.kind === 'reminder'))
    lines.push(
      paragraph(
        `Le débiteur a été relancé ${reminderDays(pieces)} (${pieceNumbers(pieces, 'reminder')}), sans résultat.`,
      ),
    );
  for (const notice of pieces.filter((p) => p.kind === 'formal-notice'))
    lines.push(paragraph(noticeSentence(notice, parts.deadlines)));
  lines.push(
    paragraph(
      'La créance est ainsi certaine, liquide et exigible. Le demandeur est fondé à en poursuivre le recouvrement par la voie de l’injonction de payer.',
    ),
  );
  return lines;
}

function noticeSentence(notice: Piece, deadlines: RequeteParts['deadlines']): string {
  const lrar = notice.lrar;
  if (lrar === undefined) return '';
  const presented = lrar.presentedOn === undefined ? '' : `, présentée le ${day(lrar.presentedOn)}`;
  const deadline = deadlines.find((d) => d.number === lrar.number)?.deadline;
  const expired =
    deadline === undefined
      ? ''
      : ` Le délai de huit jours qu’elle lui accordait a expiré le ${day(deadline)} sans paiement.`;
  return `Par lettre recommandée avec avis de réception${lrar.number === '' ? '' : ` n° ${lrar.number}`}, déposée le ${day(lrar.postedOn)}${presented}, le débiteur a été mis en demeure de payer (pièce n° ${notice.number}).${expired}`;
}

function invoiceLines(i: BreakdownInvoice): RequeteLine[] {
  const issued = i.issueDate === undefined ? '' : ` du ${day(i.issueDate)}`;
  const lastPayment = i.payments[i.payments.length - 1];
  const settled =
    i.paidLate && lastPayment !== undefined ? `, réglée le ${day(lastPayment.day)}` : '';
  const lines: RequeteLine[] = [
    paragraph(
      `Facture n° ${i.number}${issued}, échue le ${day(i.dueDate)}${settled} : ${euros(i.amountCents)}`,
    ),
    ...i.payments.map((p) => item(`règlement reçu le ${day(p.day)} : − ${euros(p.amountCents)}`)),
  ];
  if (!i.paidLate) lines.push(item(`reste dû en principal : ${euros(i.principalCents)}`));
  for (const p of i.penalties)
    lines.push(
      item(
        `pénalités de retard du ${day(p.from)} au ${day(p.to)} (${p.days} ${p.days > 1 ? 'jours' : 'jour'}) sur ${euros(p.baseCents)} au taux de ${p.rateText} : ${euros(p.cents)}`,
      ),
    );
  if (i.penaltiesPaidCents !== undefined)
    lines.push(item(`pénalités déjà réglées : − ${euros(i.penaltiesPaidCents)}`));
  if (i.penaltiesPaidCents !== undefined)
    lines.push(item(`pénalités de retard restant dues : ${euros(i.penaltiesCents)}`));
  else if (i.penalties.length > 1)
    lines.push(item(`total des pénalités de retard de la facture : ${euros(i.penaltiesCents)}`));
  if (i.indemnityCents > 0)
    lines.push(
      item(`indemnité forfaitaire pour frais de recouvrement : ${euros(i.indemnityCents)}`),
    );
  return lines;
}

function breakdownLines(b: AmountBreakdown): RequeteLine[] {
  const totals = [
    item(`Total en principal : ${euros(b.principalCents)}`),
    ...(b.penaltiesCents > 0
      ? [item(`Total des pénalités de retard : ${euros(b.penaltiesCents)}`)]
      : []),
    ...(b.indemnityCents > 0
      ? [item(`Total des indemnités forfaitaires : ${euros(b.indemnityCents)}`)]
      : []),
    paragraph(`Somme totale réclamée, arrêtée au ${day(b.statedOn)} : ${euros(b.totalCents)}`),
  ];
  return [heading('Décompte de la créance'), ...b.invoices.flatMap(invoiceLines), ...totals];
}

function signatureLines(firm: FirmIdentity, blanks: Blank[]): RequeteLine[] {
  blanks.push({
    label: 'Lieu et date de la requête, et signature',
    rule: 'article 57 du Code de procédure civile',
  });
  const who = firm.signatory.trim() === '' ? firm.name : `${firm.signatory}, pour ${firm.name}`;
  return [
    { style: 'signature', text: `Fait à ${BLANK}, le ${BLANK}` },
    { style: 'signature', text: `${who}` },
    { style: 'signature', text: 'Signature :' },
  ];
}

/** The requête's lines, and the mentions left blank to fill in by hand. */
export function requeteLines(parts: RequeteParts): { lines: RequeteLine[]; blanks: Blank[] } {
  const creditor = creditorText(parts.firm);
  const debtor = debtorText(parts.client);
  const blanks = [...creditor.blanks, ...debtor.blanks];
  const { breakdown, pieces } = parts;
  const lines: RequeteLine[] = [
    { style: 'title', text: 'Requête en injonction de payer' },
    paragraph('(articles 1405 à 1407 du Code de procédure civile)'),
    paragraph(courtAddress(parts.court)),
    heading('Le demandeur'),
    paragraph(creditor.text),
    heading('Contre le débiteur'),
    paragraph(debtor.text),
    heading('Objet de la demande'),
    paragraph(
      `Le demandeur sollicite une ordonnance enjoignant au débiteur de lui payer la somme de ${euros(breakdown.totalCents)}, arrêtée au ${day(breakdown.statedOn)}, selon le décompte ci-après.`,
    ),
    heading('Exposé des faits et des moyens'),
    ...factsLines(parts),
    ...breakdownLines(breakdown),
    heading('Fondement de la créance'),
    ...breakdown.basis.map(paragraph),
    heading('Pièces produites'),
    paragraph(
      'Au soutien de la requête sont produites les pièces suivantes, selon le bordereau joint :',
    ),
    ...pieces.map((p) => item(`Pièce n° ${p.number} : ${p.title}`)),
    ...signatureLines(parts.firm, blanks),
  ];
  return { lines, blanks };
}

/** « de Garage Martin », « d’Atelier Durand »: the French elision before a vowel. */
function ofName(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûü]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** The bordereau: numbered, the same pieces in the same order as the folder's files. */
export function bordereauLines(parts: {
  firm: FirmIdentity;
  client: DossierClient;
  court: Court;
  pieces: readonly Piece[];
}): RequeteLine[] {
  return [
    { style: 'title', text: 'Bordereau des pièces communiquées' },
    paragraph(
      `Requête en injonction de payer ${ofName(parts.firm.name)} contre ${parts.client.name}, ${courtAddress(parts.court).replace(/^À /, 'adressée à ')}.`,
    ),
    ...parts.pieces.map((p) =>
      item(`Pièce n° ${p.number} : ${p.title} — fichier « ${p.fileName} »`),
    ),
  ];
}
