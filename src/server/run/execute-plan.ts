/**
 * Carries out an execution plan decided by the core, safely (docs/architecture.md, « Acting safely »):
 * - actions are journaled "prévu" a batch at a time, each batch in one write flushed before
 *   anything of it goes out, as many as the time left allows at the pace of the actions done;
 * - just before an action, its row turns "en cours" and is flushed; just after, "fait" (or
 *   "à faire" for a task). A run killed in between leaves "en cours", which the next run turns
 *   into "à vérifier" and never resends blindly;
 * - only the actions the day's email quota and the execution's time allow are journaled and
 *   tried; the rest is deferred without a Journal row, and planned again at the next run;
 * - once a message is sent, nothing that fails afterwards makes it look unsent: the row says
 *   « fait » with what failed, or stays « en cours » (then « à vérifier ») if the Journal itself
 *   cannot be written;
 * - past the time budget, the rest is deferred: it waits for the next firing of the one hourly
 *   trigger (core/dunning/night-schedule), never for a second trigger made here.
 */
import {
  buildTemplateVariables,
  NO_ATTACHMENTS,
  type ComposedMessage,
} from '../../core/messages/compose';
import {
  composeWithAttachments,
  driveFileId,
  doneState,
  EXECUTION_MESSAGES,
  type ExecutionPlan,
  type ExecutionStep,
  QUOTA_DEFERRALS,
} from '../../core/plan/execution';
import { journalRows } from '../../core/sheets/journal-table';
import type { JournalEvent } from '../../core/model';
import { reportAction, type ReportAction } from '../../core/reports/run-report';
import type { Settings } from '../../core/settings/settings';
import { formatIsoDay, type Day } from '../../core/values/day';
import { safeFileName } from '../../core/values/file-name';
import { classifyGoogleError } from '../../core/values/google-errors';
import { messageOf } from '../adapters/error-message';
import type { JournalSheet } from '../adapters/journal';
import { invoiceAttachment, makeLetter, makeStatement } from '../adapters/letters';
import { remainingDailyQuota, sendMail } from '../adapters/mail';
import { flushSheets } from '../adapters/sheets';
import {
  attachmentsLeftOutSentence,
  fitAttachments,
  MESSAGE_LIMIT_FAILURES,
} from '../../core/messages/message-limits';
import { documentsLeft } from '../adapters/documents-quota';
import { allocateQuota, usesQuota } from '../../core/plan/quota';
import { leftAfterExecution, type NightLeft } from '../../core/dunning/night-schedule';
import {
  actionDeadline,
  actionsInNextBatch,
  tooLateForAnotherAction,
  type ActionPace,
} from '../../core/plan/time-budget';

export interface ExecutionContext {
  settings: Settings;
  today: Day;
  startMs: number;
  userEmail: string;
  journal: JournalSheet;
  /** Time to keep free after the actions (core/plan/time-budget); 0 when unknown. */
  afterActionsMs?: number;
}

function outcomeOf(
  step: ExecutionStep,
  outcome: ReportAction['outcome'],
  reason?: string,
): ReportAction {
  const action = reportAction(step.action, outcome);
  action.subject = step.message.subject;
  if (reason !== undefined) action.reason = reason;
  return action;
}

/**
 * The steps the day's quotas allow (core/plan/quota), the quotas read only when a step counts
 * against one; the others wait without a Journal row.
 */
function withinQuota(
  steps: readonly ExecutionStep[],
  settings: Settings,
): { attempted: ExecutionStep[]; waiting: ReportAction[] } {
  if (!usesQuota(steps)) return { attempted: [...steps], waiting: [] };
  const remaining = remainingDailyQuota();
  const { attempted, waiting } = allocateQuota(steps, settings.sending, {
    remainingEmails: remaining,
    documentsLeft: documentsLeft(remaining),
  });
  return {
    attempted,
    waiting: waiting.map(({ step, reason }) => outcomeOf(step, 'deferred', reason)),
  };
}

/**
 * Carries the plan out. Only the steps the day's quota allows are tried, and they are journaled
 * « prévu » a batch at a time, as many as the time left allows at the pace of the steps done so
 * far: what cannot go in this execution, by quota or by time, waits without a Journal row and is
 * planned again at the next run (a backlog of thousands adds no row for what does not go).
 */
export function carryOut(plan: ExecutionPlan, context: ExecutionContext): CarriedOut {
  if (plan.preview)
    return {
      actions: plan.steps.map((s) => outcomeOf(s, 'preview', 'Aperçu : rien n’a été envoyé.')),
      events: [],
      left: 'nothing',
    };
  if (plan.holdReason !== undefined) {
    return {
      actions: plan.steps.map((s) => outcomeOf(s, 'deferred', plan.holdReason)),
      events: [],
      left: 'nothing',
    };
  }
  const { attempted, waiting } = withinQuota(plan.steps, context.settings);
  if (attempted.length === 0)
    return {
      actions: waiting,
      events: [],
      left: leftAfterExecution({ outOfTime: false, heldByQuota: waiting.length > 0 }),
    };
  const done: StepsDone = {
    actions: [],
    events: [],
    quotaExhausted: false,
    outOfTime: false,
    deadlineMs: actionDeadline(context.startMs, Date.now(), context.afterActionsMs),
    pace: { steps: 0, totalMs: 0, longestMs: 0 },
  };
  let queue = attempted;
  while (queue.length > 0 && !outOfTime(done)) {
    const size = batchSize(done, queue.length);
    carryOutBatch(queue.slice(0, size), context, done);
    queue = queue.slice(size);
  }
  for (const step of queue)
    done.actions.push(outcomeOf(step, 'deferred', EXECUTION_MESSAGES.timeBudget));
  const left = leftAfterExecution({
    outOfTime: done.outOfTime,
    heldByQuota: done.quotaExhausted || waiting.length > 0,
  });
  return { actions: [...done.actions, ...waiting], events: done.events, left };
}

/**
 * Past the deadline, or too close to it for a step as long as the longest done so far: the
 * execution takes no further step (it would end past the time kept for the Suivi).
 */
function outOfTime(done: StepsDone): boolean {
  if (!done.outOfTime && tooLateForAnotherAction(Date.now(), done.pace, done.deadlineMs))
    done.outOfTime = true;
  return done.outOfTime;
}

/** Steps to journal next (core/plan/time-budget). */
function batchSize(done: StepsDone, left: number): number {
  return actionsInNextBatch(Date.now(), done.pace, done.deadlineMs, left);
}

/**
 * Journals a batch « prévu » in one write, flushed before anything goes out, then carries out
 * each step. Once the email quota is spent, the batch's emails wait without a Journal row.
 */
function carryOutBatch(
  steps: readonly ExecutionStep[],
  context: ExecutionContext,
  done: StepsDone,
) {
  const going = steps.filter((step) => {
    if (!(step.sendsEmail && done.quotaExhausted)) return true;
    done.actions.push(outcomeOf(step, 'deferred', EXECUTION_MESSAGES.quota));
    return false;
  });
  if (going.length === 0) return;
  const language = context.settings.sending.defaultLanguage;
  // An action over thousands of invoices may take several rows (journalRows): each step's state
  // is written on its first.
  const rows = going.map((s) => journalRows(s.event, Date.now(), language));
  let next = context.journal.append(rows.flat());
  const firstRows = rows.map((stepRows) => {
    const first = next;
    next += stepRows.length;
    return first;
  });
  flushSheets();
  going.forEach((step, i) => carryOutStep(step, firstRows[i] ?? next, context, done));
  // The last action's state, durable now rather than at the end of the execution.
  flushSheets();
}

/** What was carried out, and what the run leaves for a later firing of the hourly trigger. */
export interface CarriedOut {
  actions: ReportAction[];
  events: JournalEvent[];
  left: NightLeft;
}

interface StepsDone {
  actions: ReportAction[];
  events: JournalEvent[];
  quotaExhausted: boolean;
  outOfTime: boolean;
  deadlineMs: number;
  /** The steps carried out so far, timed: how many fit in the time left. */
  pace: ActionPace;
}

/**
 * Writes an action's final state. A failing Journal write is tried once more; if it fails again,
 * the row stays « en cours » and the next run turns it « à vérifier »: never sent twice blindly.
 */
function settle(
  step: ExecutionStep,
  row: number,
  context: ExecutionContext,
  done: StepsDone,
  outcome: { state: JournalEvent['state']; kind: ReportAction['outcome']; reason?: string },
): void {
  let reason = outcome.reason;
  try {
    context.journal.setState(row, outcome.state, reason);
  } catch (error) {
    reason = joinReasons(reason, EXECUTION_MESSAGES.journalWriteFailed(messageOf(error)));
    try {
      context.journal.setState(row, outcome.state, reason);
    } catch {
      reason = joinReasons(reason, EXECUTION_MESSAGES.journalLeftInProgress);
    }
  }
  done.events.push({ ...step.event, state: outcome.state });
  done.actions.push(outcomeOf(step, outcome.kind, reason));
}

const joinReasons = (first: string | undefined, second: string) =>
  first === undefined ? second : `${first} ${second}`;

function carryOutStep(
  step: ExecutionStep,
  row: number,
  context: ExecutionContext,
  done: StepsDone,
): void {
  const finish = (state: JournalEvent['state'], kind: ReportAction['outcome'], reason?: string) =>
    settle(step, row, context, done, { state, kind, ...(reason === undefined ? {} : { reason }) });
  if (outOfTime(done)) {
    finish('deferred', 'deferred', EXECUTION_MESSAGES.timeBudget);
    return;
  }
  if (step.sendsEmail && done.quotaExhausted) {
    finish('deferred', 'deferred', EXECUTION_MESSAGES.quota);
    return;
  }
  const startedMs = Date.now();
  try {
    tryStep(step, row, context, done, finish);
  } finally {
    const tookMs = Date.now() - startedMs;
    done.pace = {
      steps: done.pace.steps + 1,
      totalMs: done.pace.totalMs + tookMs,
      longestMs: Math.max(done.pace.longestMs, tookMs),
    };
  }
}

/** The step itself: « en cours », its attachments and email, then its final state. */
function tryStep(
  step: ExecutionStep,
  row: number,
  context: ExecutionContext,
  done: StepsDone,
  finish: (state: JournalEvent['state'], kind: ReportAction['outcome'], reason?: string) => void,
): void {
  context.journal.setState(row, 'in-progress');
  flushSheets();
  let sent = false;
  try {
    const gathered = gatherAttachments(step, context, row);
    if (step.sendsEmail) sendStep(step, context, gathered);
    sent = true;
    const state = doneState(step);
    finish(state, state === 'to-do' && !step.sendsEmail ? 'task' : 'sent', sentDetail(gathered));
  } catch (error) {
    const message = messageOf(error);
    if (sent) {
      // Whatever fails once the message is gone must not make it look unsent: it was sent.
      const state = doneState(step);
      finish(state, 'sent', EXECUTION_MESSAGES.failedAfterSend(message));
    } else {
      const known = classifyGoogleError(error);
      if (known?.reaction === 'defer') {
        done.quotaExhausted = true;
        finish('deferred', 'deferred', QUOTA_DEFERRALS[known.kind]);
      } else {
        const reason = known === undefined ? message : MESSAGE_LIMIT_FAILURES[known.kind];
        finish('failed', 'failed', `Échec : ${reason}`);
      }
    }
  }
}

/** What an action carries: its letter, its relevé, the invoice copies that could be read. */
interface Gathered {
  blobs: GoogleAppsScript.Base.BlobSource[];
  unreadable: string[];
  /** What did not fit within Google's 25 MB of attachments, said in the Journal. */
  leftOut?: string;
  /** The message, composed again when something planned could not be attached. */
  message: ComposedMessage;
}

/**
 * Makes the step's letter and relevé, reads the invoice copies, keeps what fits within Google's
 * attachment limits (message-limits.ts), and returns them with the message composed again when
 * something planned does not go: the text claims only what goes.
 */
function gatherAttachments(step: ExecutionStep, context: ExecutionContext, row: number): Gathered {
  const name = `${formatIsoDay(context.today)} ${step.action.step} ${safeFileName(step.action.client)}`;
  const letter = step.makesLetter ? makeStepLetter(step, context, row, name) : undefined;
  const statement = attachStatement(step, name);
  const copies = readInvoiceCopies(step);
  const candidates = [letter, statement, ...copies.blobs];
  const fits = fitAttachments(candidates.map((b) => (b === undefined ? 0 : b.getBytes().length)));
  const goes = (i: number) => candidates[i] !== undefined && fits[i] === true;
  const blobs = candidates.filter((b, i): b is GoogleAppsScript.Base.Blob => goes(i));
  const copied = copies.copied.filter((_, i) => goes(i + 2));
  const left = {
    letter: letter !== undefined && !goes(0),
    statement: statement !== undefined && !goes(1),
    invoices: copies.copied.filter((_, i) => !goes(i + 2)),
  };
  const planned = step.compose.attachments;
  const asPlanned =
    planned === undefined ||
    (copied.length === planned.invoiceCopies.length &&
      goes(1) === planned.statement &&
      (letter === undefined || goes(0)));
  const message = asPlanned
    ? step.message
    : composeWithAttachments(step, {
        ...(planned ?? NO_ATTACHMENTS),
        invoiceCopies: copied,
        statement: goes(1),
        ...(letter === undefined ? {} : { letter: goes(0) }),
      });
  const gathered: Gathered = { blobs, unreadable: copies.unreadable, message };
  if (left.letter || left.statement || left.invoices.length > 0)
    gathered.leftOut = attachmentsLeftOutSentence(left);
  return gathered;
}

/** The step's letter, made from its template and linked in the Journal row. */
function makeStepLetter(
  step: ExecutionStep,
  context: ExecutionContext,
  row: number,
  name: string,
): GoogleAppsScript.Base.Blob {
  const templateId = context.settings.letterTemplateIds[step.action.step]?.[step.action.language];
  if (templateId === undefined)
    throw new Error('Modèle de courrier introuvable : utilisez « Créer les modèles de courrier ».');
  const variables = buildTemplateVariables(step.compose);
  const letter = makeLetter(templateId, name, step.action.client, variables);
  context.journal.setLink(row, letter.url, `${name}.pdf`);
  return letter.pdf;
}

/** The relevé rides along; if Docs fails to make it, the email goes and says nothing of it. */
function attachStatement(
  step: ExecutionStep,
  name: string,
): GoogleAppsScript.Base.Blob | undefined {
  if (step.statement === undefined) return undefined;
  try {
    return makeStatement(step.statement, `${name} relevé de compte`, step.action.client);
  } catch {
    return undefined;
  }
}

/** The invoice PDFs named in « Lien facture » that the add-in can read, and the links it cannot. */
function readInvoiceCopies(step: ExecutionStep): {
  blobs: GoogleAppsScript.Base.Blob[];
  copied: string[];
  unreadable: string[];
} {
  const result = {
    blobs: [] as GoogleAppsScript.Base.Blob[],
    copied: [] as string[],
    unreadable: [] as string[],
  };
  if (!step.attachInvoices) return result;
  for (const invoice of step.compose.invoices) {
    const link = invoice.invoiceLink ?? '';
    if (!step.invoiceLinks.includes(link)) continue;
    const id = driveFileId(link);
    const pdf = id === undefined ? undefined : invoiceAttachment(id);
    if (pdf === undefined) result.unreadable.push(link);
    else {
      result.blobs.push(pdf);
      result.copied.push(invoice.number);
    }
  }
  return result;
}

/** What the Journal says of a sent step: what could not be read, what did not fit; or nothing. */
function sentDetail(gathered: Gathered): string | undefined {
  const notes = [
    ...(gathered.unreadable.length === 0
      ? []
      : [EXECUTION_MESSAGES.invoiceNotAttached(gathered.unreadable)]),
    ...(gathered.leftOut === undefined ? [] : [gathered.leftOut]),
  ];
  return notes.length === 0 ? undefined : notes.join(' ');
}

function sendStep(step: ExecutionStep, context: ExecutionContext, gathered: Gathered): void {
  const { settings } = context;
  sendMail({
    to: step.action.to,
    subject: gathered.message.subject,
    body: gathered.message.body,
    senderName: settings.sending.senderName || settings.firm.name,
    replyTo: settings.sending.replyTo || settings.firm.email,
    bccSelf: settings.sending.copyToSelf ? context.userEmail : '',
    attachments: gathered.blobs,
  });
}
