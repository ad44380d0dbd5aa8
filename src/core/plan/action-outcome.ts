/**
 * What the core makes of what the executor measured while carrying out an action
 * (docs/architecture.md, « Acting safely »): which documents go with the email and what the
 * email then says, and, from a service's answer or error, the action's final state, its outcome
 * in the run report, the Journal's reason and whether later emails must wait for the quota.
 */
import {
  attachmentsLeftOutSentence,
  fitAttachments,
  MESSAGE_LIMIT_FAILURES,
} from '../messages/message-limits';
import { NO_ATTACHMENTS, type Attachments, type ComposedMessage } from '../messages/compose';
import type { EventState, JournalEvent, Language } from '../model';
import { reportAction, type ReportAction } from '../reports/run-report';
import { errorParts } from '../values/error-parts';
import { classifyGoogleError, type DailyQuotaKind } from '../values/google-errors';
import { frenchOnly, inBoth, inEach, WORDS, type Entry } from '../words/catalogue';
import { EXECUTION_WORDS } from '../words/execution';
import type { ActionOrder, DocumentOrder } from './action-order';
import {
  composeWithAttachments,
  doneState,
  type ExecutionPlan,
  type ExecutionStep,
} from './execution';

/** What the Journal says of an action deferred because Google said a daily quota is spent. */
const QUOTA_DEFERRALS: Record<DailyQuotaKind, Entry<string>> = {
  'email-daily-quota': WORDS.emailQuota,
  'documents-daily-quota': WORDS.documentsQuota,
};

/**
 * How an action ends: its Journal state, its outcome in the report, and its reason in both
 * languages: the Journal writes the French, the run report the run's language.
 */
export interface Outcome {
  state: EventState;
  kind: ReportAction['outcome'];
  reason?: Entry<string>;
  /** A daily quota is spent: every later action that sends an email waits for the next passage. */
  quotaSpent: boolean;
}

const outcome = (
  state: EventState,
  kind: ReportAction['outcome'],
  reason: Entry<string> | undefined,
  quotaSpent = false,
): Outcome => ({ state, kind, ...(reason === undefined ? {} : { reason }), quotaSpent });

/** Sentences said one after the other, in each language. */
const joined = (sentences: readonly Entry<string>[]): Entry<string> =>
  inEach((language) => sentences.map((s) => s[language]).join(' '));

/** « Échec : … », in each language with that language's cause. */
const failedFor = (cause: Entry<string>): Entry<string> =>
  inEach((language) => EXECUTION_WORDS.actionFailed[language](cause[language]));

/** An action as the run report lists it, with its outcome and its reason in the run's language. */
export function reportOf(
  step: ExecutionStep,
  kind: ReportAction['outcome'],
  language: Language,
  reason?: Entry<string>,
): ReportAction {
  const action = reportAction(step.action, kind);
  action.subject = step.message.subject;
  if (reason !== undefined) action.reason = reason[language];
  return action;
}

/** The report of a day that carries nothing out (a preview, a held day); undefined otherwise. */
export function untriedActions(
  plan: ExecutionPlan,
  language: Language,
): ReportAction[] | undefined {
  if (plan.preview)
    return plan.steps.map((s) =>
      reportOf(s, 'preview', language, EXECUTION_WORDS.previewNothingSent),
    );
  const held = plan.holdReason;
  if (held !== undefined) return plan.steps.map((s) => reportOf(s, 'deferred', language, held));
  return undefined;
}

/** An action the execution has no time left for: it waits, without a Journal row. */
export function deferredForTime(step: ExecutionStep, language: Language): ReportAction {
  return reportOf(step, 'deferred', language, WORDS.timeBudget);
}

/** An action that sends an email once a daily quota is spent waits, without a Journal row. */
export function waitingForQuota(
  step: ExecutionStep,
  quotaSpent: boolean,
  language: Language,
): ReportAction | undefined {
  return step.sendsEmail && quotaSpent
    ? reportOf(step, 'deferred', language, WORDS.emailQuota)
    : undefined;
}

/**
 * How a journaled action ends without acting, told what the executor measured: out of time, a
 * quota spent since it was journaled, or refused before anything runs; undefined when it goes.
 */
export function beforeActing(
  order: ActionOrder,
  measured: { outOfTime: boolean; quotaSpent: boolean },
): Outcome | undefined {
  if (measured.outOfTime) return outcome('deferred', 'deferred', WORDS.timeBudget);
  if (order.step.sendsEmail && measured.quotaSpent)
    return outcome('deferred', 'deferred', WORDS.emailQuota);
  if (order.refusal !== undefined) return outcome('failed', 'failed', failedFor(order.refusal));
  return undefined;
}

/** What goes with the email, what it says, and what the Journal says of what did not go. */
export interface Packing {
  /** For each of the order's documents: whether it is attached. */
  goes: boolean[];
  /** The message, composed again when something planned does not go: it claims only what goes. */
  message: ComposedMessage;
  detail?: Entry<string>;
}

/** Where each document sits in the list measured against Google's limits (letter, relevé, copies). */
function fitSlots(documents: readonly DocumentOrder[], bytes: readonly (number | undefined)[]) {
  const at = (kind: DocumentOrder['kind']) => documents.findIndex((d) => d.kind === kind);
  const letter = at('letter');
  const statement = at('statement');
  // The letter's and the relevé's places are kept even when absent (0 bytes): the order Google
  // counts them in; an unreadable copy takes none.
  const slots: { document: number; bytes: number }[] = [
    { document: letter, bytes: letter < 0 ? 0 : (bytes[letter] ?? 0) },
    { document: statement, bytes: statement < 0 ? 0 : (bytes[statement] ?? 0) },
  ];
  documents.forEach((d, i) => {
    const size = bytes[i];
    if (d.kind === 'invoice-copy' && size !== undefined) slots.push({ document: i, bytes: size });
  });
  return { letter, statement, slots };
}

/**
 * Which of the documents made go with the email, within Google's attachment limits
 * (message-limits.ts), told each one's size (undefined: not made, or not readable), and the
 * message composed again when something planned does not go.
 */
export function packAttachments(
  order: ActionOrder,
  bytes: readonly (number | undefined)[],
): Packing {
  const { documents, step } = order;
  const { letter, statement, slots } = fitSlots(documents, bytes);
  const fits = fitAttachments(slots.map((s) => s.bytes));
  const goes = documents.map(() => false);
  slots.forEach((slot, k) => {
    if (slot.document >= 0 && bytes[slot.document] !== undefined && fits[k] === true)
      goes[slot.document] = true;
  });
  const copies = documents.flatMap((d, i) =>
    d.kind === 'invoice-copy' && bytes[i] !== undefined ? [{ number: d.invoiceNumber, i }] : [],
  );
  const made = (i: number) => i >= 0 && bytes[i] !== undefined;
  const copied = copies.filter((c) => goes[c.i] === true).map((c) => c.number);
  const statementGoes = statement >= 0 && goes[statement] === true;
  const letterGoes = letter >= 0 && goes[letter] === true;
  const message = messageSaying(step, {
    invoiceCopies: copied,
    statement: statementGoes,
    ...(letter < 0 ? {} : { letter: letterGoes }),
  });
  const left = {
    letter: made(letter) && !letterGoes,
    statement: made(statement) && !statementGoes,
    invoices: copies.filter((c) => goes[c.i] !== true).map((c) => c.number),
  };
  const detail = sentDetail(documents, bytes, left);
  return { goes, message, ...(detail === undefined ? {} : { detail }) };
}

/**
 * The step's message when what goes is what was planned; else composed again with what goes
 * (`letter` absent when the step makes none): a text never claims a missing attachment.
 */
function messageSaying(
  step: ExecutionStep,
  going: Pick<Attachments, 'invoiceCopies' | 'statement'> & { letter?: boolean },
): ComposedMessage {
  const planned = step.compose.attachments;
  const asPlanned =
    planned === undefined ||
    (going.invoiceCopies.length === planned.invoiceCopies.length &&
      going.statement === planned.statement &&
      going.letter !== false);
  return asPlanned
    ? step.message
    : composeWithAttachments(step, { ...(planned ?? NO_ATTACHMENTS), ...going });
}

/** What the Journal says of a sent action: what could not be read, what did not fit; or nothing. */
function sentDetail(
  documents: readonly DocumentOrder[],
  bytes: readonly (number | undefined)[],
  left: { letter: boolean; statement: boolean; invoices: readonly string[] },
): Entry<string> | undefined {
  const unreadable = documents.flatMap((d, i) =>
    d.kind === 'invoice-copy' && bytes[i] === undefined ? [d.link] : [],
  );
  const notes = [
    ...(unreadable.length === 0 ? [] : [inBoth(WORDS.invoiceNotAttached, unreadable)]),
    ...(left.letter || left.statement || left.invoices.length > 0
      ? [attachmentsLeftOutSentence(left)]
      : []),
  ];
  return notes.length === 0 ? undefined : joined(notes);
}

/** An action carried out: « fait », or « à faire » for a task or a letter to post. */
export function carriedOutcome(order: ActionOrder, detail?: Entry<string>): Outcome {
  const state = doneState(order.step);
  return outcome(state, state === 'to-do' && !order.step.sendsEmail ? 'task' : 'sent', detail);
}

/**
 * An action a service failed, told the error and whether its message had already gone. Once
 * sent, nothing makes it look unsent. Before, a daily quota defers it and every later email
 * (values/google-errors); a limit on one message fails it with the reason in French; any other
 * error fails it with Google's own text, and it is tried again at a later run.
 */
export function failedOutcome(order: ActionOrder, error: unknown, sent: boolean): Outcome {
  const message = errorParts(error).message;
  if (sent) return outcome(doneState(order.step), 'sent', inBoth(WORDS.failedAfterSend, message));
  const known = classifyGoogleError(error);
  if (known?.reaction === 'defer')
    return outcome('deferred', 'deferred', QUOTA_DEFERRALS[known.kind], true);
  // Google's own text is the same in both languages.
  const failure = known === undefined ? frenchOnly(message) : MESSAGE_LIMIT_FAILURES[known.kind];
  return outcome('failed', 'failed', failedFor(failure));
}

const joinReasons = (first: Entry<string> | undefined, second: Entry<string>): Entry<string> =>
  joined(first === undefined ? [second] : [first, second]);

/** The reason written at the second try, the first write of the state having failed with `error`. */
export function journalRetryReason(
  reason: Entry<string> | undefined,
  error: unknown,
): Entry<string> {
  return joinReasons(reason, inBoth(WORDS.journalWriteFailed, errorParts(error).message));
}

/** The reason reported when the state could not be written at all: the row stays « en cours ». */
export function journalLeftReason(reason: Entry<string> | undefined): Entry<string> {
  return joinReasons(reason, WORDS.journalLeftInProgress);
}

/** The action's Journal event as it now stands. */
export function settledEvent(order: ActionOrder, state: EventState): JournalEvent {
  return { ...order.step.event, state };
}
