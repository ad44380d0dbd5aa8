/**
 * The dossier for the judge of an injonction de payer (Code de procédure civile art. 1405 to
 * 1407): the requête, the breakdown of the sum, the numbered pieces and their bordereau; or every
 * reason it cannot be made yet, in French and English. Pure: the day is an argument, the wiring
 * reads the sheets and the Journal and writes the files.
 */
import type { InvoiceWithStanding } from '../dunning/invoice-standing';
import { buildStatement } from '../messages/statement';
import type { Day } from '../values/day';
import { amountBreakdown } from './breakdown';
import { dossierFolderName } from './file-names';
import { dossierPieces } from './pieces';
import { courtRefusal, debtorRefusals, firmRefusals, invoiceLinkRefusals } from './refusals';
import { bordereauLines, requeteLines } from './requete';
import { WORDS } from '../words/catalogue';
import { dossierScope, formalNoticeDeadline, standingsOf } from './scope';
import { recomposedText } from './recompose';
import type { DossierInput, DossierRefusal, DossierResult, Piece } from './types';

const byDueDate = (a: InvoiceWithStanding, b: InvoiceWithStanding): number =>
  a.standing.dueDate - b.standing.dueDate || a.invoice.number.localeCompare(b.invoice.number);

function statementOf(input: DossierInput, facts: readonly InvoiceWithStanding[]) {
  return buildStatement({
    client: input.client.name,
    invoices: facts.map((f) => f.invoice),
    standings: facts.map((f) => f.standing),
    events: input.events.filter((e) => e.day <= input.today),
    settings: input.settings,
    today: input.today,
  });
}

/** The deadline of each mise en demeure the claimed invoices were under, by LRAR number. */
function deadlinesOf(claimed: readonly InvoiceWithStanding[], input: DossierInput) {
  const deadlines = new Map<string, Day>();
  for (const f of claimed) {
    const deadline = formalNoticeDeadline(f, input);
    const number = f.history.posting?.number.trim() ?? '';
    if (deadline !== undefined && !deadlines.has(number)) deadlines.set(number, deadline);
  }
  return [...deadlines].map(([number, deadline]) => ({ number, deadline }));
}

/** Each reminder or notice the Journal links no document for gets its text recomposed. */
function withTexts(pieces: Piece[], input: DossierInput): Piece[] {
  return pieces.map((piece) => {
    if (piece.source.kind !== 'journal-event') return piece;
    const { eventId } = piece.source;
    const event = input.events.find((e) => e.id === eventId);
    const text = event === undefined ? undefined : recomposedText(event, input);
    return text === undefined ? piece : { ...piece, text };
  });
}

/** The dossier of one client on `today`, or every reason it cannot be made yet. */
export function assembleDossier(input: DossierInput): DossierResult {
  const { client, settings, today } = input;
  const facts = standingsOf(input);
  const scope = dossierScope(facts, input);
  const { court, refusal } = courtRefusal(client);
  const covered = [...scope.claimed, ...scope.kept].sort(byDueDate);
  const refusals: DossierRefusal[] = [
    ...(refusal === undefined ? [] : [refusal]),
    ...debtorRefusals(client),
    ...firmRefusals(settings.firm),
    ...scope.refusals,
    ...invoiceLinkRefusals(covered),
  ];
  const professional = client.clientType !== undefined && client.clientType !== 'consumer';
  const statement = statementOf(input, covered);
  if (professional && statement.provisional)
    refusals.push({ code: 'rate-unconfirmed', text: WORDS.dossierRateUnconfirmed });
  if (refusals.length > 0) return { ok: false, refusals };
  const breakdown = amountBreakdown(covered, statement, professional, settings.penalties);
  const pieces = withTexts(dossierPieces(covered, input.events, today), input);
  const parts = { court, firm: settings.firm, client, breakdown, pieces, today };
  const requete = requeteLines({ ...parts, deadlines: deadlinesOf(scope.claimed, input) });
  return {
    ok: true,
    dossier: {
      client: client.name,
      today,
      court,
      requete: { court, lines: requete.lines },
      breakdown,
      pieces,
      bordereau: bordereauLines(parts),
      blanks: requete.blanks,
      leftOut: scope.leftOut,
      statement,
      folderName: dossierFolderName(client.name, today),
    },
  };
}
