/**
 * Which invoices a requête en injonction de payer may claim, and which wait. The injonction is
 * for a debt that is certain, liquid and due (Code de procédure civile art. 1405): an invoice
 * goes into the dossier once its own mise en demeure was posted and its deadline passed (Code
 * civil 1344: the debtor is then in default; the deadline is the one the notice states,
 * formalNoticeTerms). A contested invoice (a dispute) or a time-barred one stops the dossier:
 * the judge of an injonction rules on the documents alone and would refuse a debt that is not
 * certain or no longer due. Invoices paid late whose claimed penalties and indemnity are still
 * owed stay on the account (invoice-standing.ts, keptPenalties), as in the relevé.
 */
import { formalNoticeTerms } from '../dunning/conversation';
import { debtorCalendar } from '../dunning/debtor-calendar';
import { standingOf, type InvoiceWithStanding } from '../dunning/invoice-standing';
import { foldHistory } from '../dunning/journal-fold';
import type { JournalEvent } from '../model';
import type { Day } from '../values/day';
import { clientKeyOf, keyText } from '../values/keys';
import { inBoth, WORDS } from '../words/catalogue';
import type { DossierInput, DossierRefusal } from './types';

export interface DossierScope {
  /** Open invoices whose mise en demeure expired: the requête claims them. */
  claimed: InvoiceWithStanding[];
  /** Invoices paid late whose claimed penalties and indemnity are still owed. */
  kept: InvoiceWithStanding[];
  leftOut: { invoice: string; text: { fr: string; en: string } }[];
  refusals: DossierRefusal[];
}

/**
 * The events of one invoice and the client's client-wide ones (no invoice named: a hold, a
 * dispute of the whole account…), in day order, up to today. A client-wide event names its client
 * as the invoice tab does (journal-fold.ts); another client's is not this one's.
 */
function eventsOfInvoice(input: DossierInput, number: string) {
  const names = new Set([input.client.name, ...input.invoices.map((i) => i.client)].map(keyText));
  const ours = (e: JournalEvent) =>
    e.invoices.length === 0 &&
    (names.has(keyText(e.client)) || clientKeyOf(e.client) === input.client.clientKey);
  return input.events
    .filter((e) => e.day <= input.today && (e.invoices.includes(number) || ours(e)))
    .sort((a, b) => a.day - b.day);
}

/** Where each of the client's invoices stands today: the engine's own reading (standingOf). */
export function standingsOf(input: DossierInput): InvoiceWithStanding[] {
  return input.invoices.map((invoice) => {
    const history = foldHistory(eventsOfInvoice(input, invoice.number));
    return standingOf(invoice, history, input.settings, input.today);
  });
}

/** The last day of the mise en demeure's deadline, once its posting is recorded. */
export function formalNoticeDeadline(
  facts: InvoiceWithStanding,
  input: DossierInput,
): Day | undefined {
  const { posting } = facts.history;
  if (posting === undefined) return undefined;
  const calendar = debtorCalendar(facts.invoice.address ?? input.client.address, {
    alsaceMoselle: input.settings.alsaceMoselle,
  });
  return formalNoticeTerms(posting, calendar).deadline;
}

interface Sorting {
  scope: DossierScope;
  unposted: string[];
  pending: Map<Day, string[]>;
}

function sortOne(facts: InvoiceWithStanding, input: DossierInput, sorting: Sorting): void {
  const { standing, invoice } = facts;
  const { scope } = sorting;
  switch (standing.state) {
    case 'paid':
      if (standing.interestCents + standing.indemnityCents > 0) scope.kept.push(facts);
      return;
    case 'not-due':
      return;
    case 'dispute':
      scope.refusals.push({
        code: 'disputed',
        invoice: invoice.number,
        text: inBoth(WORDS.dossierDisputed, invoice.number),
      });
      return;
    case 'prescribed':
      scope.refusals.push({
        code: 'time-barred',
        invoice: invoice.number,
        text: inBoth(WORDS.dossierTimeBarred, invoice.number, standing.prescriptionDay),
      });
      return;
    case 'promise':
    case 'payment-plan':
    case 'hold':
      scope.leftOut.push({
        invoice: invoice.number,
        text: inBoth(WORDS.dossierWaiting, invoice.number, standing.state),
      });
      return;
    default:
      sortByNotice(facts, input, sorting);
  }
}

function sortByNotice(facts: InvoiceWithStanding, input: DossierInput, sorting: Sorting): void {
  const deadline = formalNoticeDeadline(facts, input);
  if (deadline === undefined) sorting.unposted.push(facts.invoice.number);
  else if (input.today > deadline) sorting.scope.claimed.push(facts);
  else
    sorting.pending.set(deadline, [...(sorting.pending.get(deadline) ?? []), facts.invoice.number]);
}

/** Each invoice still waiting for its notice's posting or deadline, and why. */
function leftForLater(sorting: Sorting): DossierScope['leftOut'] {
  return [
    ...sorting.unposted.map((n) => ({ invoice: n, text: inBoth(WORDS.dossierNoPosting, [n]) })),
    ...[...sorting.pending].flatMap(([deadline, numbers]) =>
      numbers.map((n) => ({
        invoice: n,
        text: inBoth(WORDS.dossierDeadlinePending, [n], deadline),
      })),
    ),
  ];
}

/**
 * The invoices the dossier claims, those it leaves for later, and the reasons it cannot be made.
 * Invoices still waiting for their notice's posting or deadline are left out when others are
 * ready (each invoice goes its own way to the recourse); when none is ready, they are the reason.
 */
export function dossierScope(
  facts: readonly InvoiceWithStanding[],
  input: DossierInput,
): DossierScope {
  const scope: DossierScope = { claimed: [], kept: [], leftOut: [], refusals: [] };
  const sorting: Sorting = { scope, unposted: [], pending: new Map() };
  for (const f of facts) sortOne(f, input, sorting);
  const waiting: DossierRefusal[] = [];
  if (sorting.unposted.length > 0)
    waiting.push({ code: 'no-posting', text: inBoth(WORDS.dossierNoPosting, sorting.unposted) });
  for (const [deadline, numbers] of [...sorting.pending].sort((a, b) => a[0] - b[0]))
    waiting.push({
      code: 'deadline-not-passed',
      text: inBoth(WORDS.dossierDeadlinePending, numbers, deadline),
    });
  if (scope.claimed.length > 0) scope.leftOut.push(...leftForLater(sorting));
  else {
    // Nothing ready: what waits is the reason, a client's answer (promise, plan, hold) too.
    scope.refusals.push(...waiting);
    scope.refusals.push(
      ...scope.leftOut.map((l) => ({
        code: 'answer-pending' as const,
        invoice: l.invoice,
        text: l.text,
      })),
    );
    scope.leftOut = [];
  }
  if (scope.claimed.length === 0 && scope.refusals.length === 0)
    scope.refusals.push({
      code: 'nothing-due',
      text: inBoth(WORDS.dossierNothingDue, input.client.name),
    });
  return scope;
}
