/**
 * The pieces the requête rests on, numbered for the bordereau (« le bordereau des documents
 * justificatifs produits à l'appui de la requête », Code de procédure civile art. 1407): each
 * invoice claimed, each reminder the Journal says was sent, the mise en demeure with its LRAR
 * number, posting day and, once recorded, its first presentation (« AR reçu »), the scan of the
 * avis de réception when the user linked one, and the relevé de compte of the day. Only what took
 * place is produced: a message « fait », a posting recorded (journal-fold.ts, contacts).
 */
import type { InvoiceWithStanding } from '../dunning/invoice-standing';
import type { JournalEvent, StepId } from '../model';
import { FORMAL_NOTICE, stepDefinition } from '../steps';
import { CHANNEL_LABELS, STEP_LABELS } from '../words/labels';
import type { Day } from '../values/day';
import { PIECE_WORDS } from '../words/dossier';
import { dossierFileName } from './file-names';
import type { Piece, PieceKind, PieceSource } from './types';

/** Reminders produced as pieces: the written messages before the mise en demeure (not the call). */
const isWrittenReminder = (step: StepId): boolean => {
  const { tone, formalNotice } = stepDefinition(step);
  return tone !== 'none' && !formalNotice;
};

type Unnumbered = Omit<Piece, 'number' | 'fileName'> & { day?: Day };

const concerns = (event: JournalEvent, numbers: ReadonlySet<string>): boolean =>
  event.invoices.some((n) => numbers.has(n));

function invoicePiece(facts: InvoiceWithStanding): Unnumbered {
  const { invoice, standing } = facts;
  return {
    kind: 'invoice',
    title: PIECE_WORDS.invoice.fr(
      invoice.number,
      invoice.issueDate,
      standing.dueDate,
      invoice.amountCents,
    ),
    source: { kind: 'invoice-link', invoice: invoice.number, url: invoice.invoiceLink ?? '' },
    invoices: [invoice.number],
  };
}

function reminderPiece(event: JournalEvent, numbers: ReadonlySet<string>): Unnumbered {
  const step = event.step === undefined ? PIECE_WORDS.someReminder.fr : STEP_LABELS[event.step].fr;
  // « Courrier de rappel … par courrier » says it twice: a letter's channel goes without saying.
  const channel =
    event.channel === undefined || event.channel === 'letter'
      ? undefined
      : CHANNEL_LABELS[event.channel].fr;
  // A letter goes to the debtor's postal address; an email names its recipients.
  const to = event.channel !== 'email' ? [] : (event.recipients ?? []);
  const about = event.invoices.filter((n) => numbers.has(n));
  const source: PieceSource = {
    kind: 'journal-event',
    eventId: event.id,
    day: event.day,
    recipients: event.recipients ?? [],
    ...(event.subject === undefined ? {} : { subject: event.subject }),
    ...(event.link === undefined || event.link === '' ? {} : { link: event.link }),
  };
  return {
    kind: 'reminder',
    title: PIECE_WORDS.reminder.fr({ step, day: event.day, channel, to, invoices: about }),
    source,
    invoices: about,
    day: event.day,
  };
}

function isReminder(event: JournalEvent): boolean {
  return (
    event.type === 'sent' &&
    event.state === 'done' &&
    event.step !== undefined &&
    isWrittenReminder(event.step)
  );
}

interface Notice {
  posting: JournalEvent;
  letter?: JournalEvent;
  receipt?: JournalEvent;
}

/** Each recorded posting of a mise en demeure, with its letter and its acknowledgement. */
function noticesOf(events: readonly JournalEvent[], numbers: ReadonlySet<string>): Notice[] {
  const postings = events.filter(
    (e) =>
      e.type === 'registered-letter-posted' &&
      e.state === 'done' &&
      (e.step ?? FORMAL_NOTICE) === FORMAL_NOTICE &&
      concerns(e, numbers),
  );
  return postings.map((posting, i) => {
    const next = postings[i + 1]?.day;
    const same = (e: JournalEvent) => e.invoices.some((n) => posting.invoices.includes(n));
    const letter = events
      .filter(
        (e) =>
          e.type === 'letter-to-post' &&
          e.step === FORMAL_NOTICE &&
          e.day <= posting.day &&
          same(e),
      )
      .pop();
    const receipt = events.find(
      (e) =>
        e.type === 'receipt-acknowledged' &&
        e.day >= posting.day &&
        (next === undefined || e.day < next) &&
        same(e),
    );
    return {
      posting,
      ...(letter === undefined ? {} : { letter }),
      ...(receipt === undefined ? {} : { receipt }),
    };
  });
}

function noticePieces(notice: Notice, numbers: ReadonlySet<string>): Unnumbered[] {
  const { posting, letter, receipt } = notice;
  const postedOn = posting.date ?? posting.day;
  const presentedOn = receipt === undefined ? undefined : (receipt.date ?? receipt.day);
  const about = posting.invoices.filter((n) => numbers.has(n));
  const number = (posting.detail ?? '').trim();
  const source = letter ?? posting;
  const med: Unnumbered = {
    kind: 'formal-notice',
    title: PIECE_WORDS.formalNotice.fr(number, postedOn, presentedOn, about),
    source: {
      kind: 'journal-event',
      eventId: source.id,
      day: source.day,
      recipients: source.recipients ?? [],
      ...(source.subject === undefined ? {} : { subject: source.subject }),
      ...(source.link === undefined || source.link === '' ? {} : { link: source.link }),
    },
    invoices: about,
    registeredLetter: { number, postedOn, ...(presentedOn === undefined ? {} : { presentedOn }) },
    day: postedOn,
  };
  const scan = receipt?.link?.trim() ?? '';
  if (presentedOn === undefined || scan === '') return [med];
  return [
    med,
    {
      kind: 'receipt',
      title: PIECE_WORDS.receipt.fr(number, presentedOn),
      source: { kind: 'document-link', url: scan },
      invoices: about,
      day: presentedOn,
    },
  ];
}

function numbered(pieces: readonly Unnumbered[]): Piece[] {
  return pieces.map(({ day, ...piece }, i) => {
    const number = i + 1;
    const kind: PieceKind = piece.kind;
    return {
      ...piece,
      number,
      fileName: dossierFileName({
        number,
        kind,
        invoices: piece.invoices,
        ...(day === undefined ? {} : { day }),
      }),
    };
  });
}

/**
 * The numbered pieces: the invoices (oldest due first), the reminders and the mises en demeure in
 * the order they were sent, then the relevé de compte of `today`.
 */
export function dossierPieces(
  invoices: readonly InvoiceWithStanding[],
  events: readonly JournalEvent[],
  today: Day,
): Piece[] {
  const numbers = new Set(invoices.map((f) => f.invoice.number));
  const past = events.filter((e) => e.day <= today).sort((a, b) => a.day - b.day);
  const letters: Unnumbered[] = [
    ...past
      .filter((e) => isReminder(e) && concerns(e, numbers))
      .map((e) => reminderPiece(e, numbers)),
    ...noticesOf(past, numbers).flatMap((n) => noticePieces(n, numbers)),
  ].sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
  return numbered([
    ...invoices.map(invoicePiece),
    ...letters,
    {
      kind: 'statement',
      title: PIECE_WORDS.statement.fr(today),
      source: { kind: 'statement', statedOn: today },
      invoices: [...numbers],
      day: today,
    },
  ]);
}
