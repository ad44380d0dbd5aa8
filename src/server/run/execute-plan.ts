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
 * What each action does is the core's order (core/plan/action-order); this file calls the
 * adapters in that order, measures (the clock, the quotas, the documents' sizes, the Journal's
 * rows) and hands the measures back to the core (core/plan/action-outcome), which decides.
 */
import {
  firstRowsOf,
  orderOf,
  stampJournalRows,
  type ActionOrder,
  type DocumentOrder,
} from '../../core/plan/action-order';
import {
  beforeActing,
  carriedOutcome,
  deferredForTime,
  failedOutcome,
  journalLeftReason,
  journalRetryReason,
  packAttachments,
  reportOf,
  settledEvent,
  untriedActions,
  waitingForQuota,
  type Outcome,
} from '../../core/plan/action-outcome';
import type { ExecutionPlan, ExecutionStep } from '../../core/plan/execution';
import type { JournalEvent, Language } from '../../core/model';
import type { ReportAction } from '../../core/reports/run-report';
import type { Settings } from '../../core/settings/settings';
import type { Day } from '../../core/values/day';
import type { JournalSheet } from '../adapters/journal';
import { invoiceAttachment, makeLetter, makeStatement } from '../adapters/letters';
import { remainingDailyQuota, sendMail } from '../adapters/mail';
import { flushSheets } from '../adapters/sheets';
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
  /** The language of the report's reasons; the Journal's stay in French. */
  language: Language;
}

/**
 * The steps the day's quotas allow (core/plan/quota), the quotas read only when a step counts
 * against one; the others wait without a Journal row.
 */
function withinQuota(
  steps: readonly ExecutionStep[],
  { settings, language }: ExecutionContext,
): { attempted: ExecutionStep[]; waiting: ReportAction[] } {
  if (!usesQuota(steps)) return { attempted: [...steps], waiting: [] };
  const remaining = remainingDailyQuota();
  const { attempted, waiting } = allocateQuota(steps, settings.sending, {
    remainingEmails: remaining,
    documentsLeft: documentsLeft(remaining),
  });
  return {
    attempted,
    waiting: waiting.map(({ step, reason }) => reportOf(step, 'deferred', language, reason)),
  };
}

/**
 * Carries the plan out. Only the steps the day's quota allows are tried, and they are journaled
 * « prévu » a batch at a time, as many as the time left allows at the pace of the steps done so
 * far: what cannot go in this execution, by quota or by time, waits without a Journal row and is
 * planned again at the next run (a backlog of thousands adds no row for what does not go).
 */
export function carryOut(plan: ExecutionPlan, context: ExecutionContext): CarriedOut {
  const untried = untriedActions(plan, context.language);
  if (untried !== undefined) return { actions: untried, events: [], left: 'nothing' };
  const { attempted, waiting } = withinQuota(plan.steps, context);
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
  for (const step of queue) done.actions.push(deferredForTime(step, context.language));
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
 * each action. Once a quota is spent, the batch's emails wait without a Journal row.
 */
function carryOutBatch(
  steps: readonly ExecutionStep[],
  context: ExecutionContext,
  done: StepsDone,
) {
  const going = steps.filter((step) => {
    const waits = waitingForQuota(step, done.quotaExhausted, context.language);
    if (waits !== undefined) done.actions.push(waits);
    return waits === undefined;
  });
  if (going.length === 0) return;
  const orders = going.map((step) => orderOf(step, context));
  const rows = orders.map((order) => stampJournalRows(order.journalRows, Date.now()));
  const firstRows = firstRowsOf(orders, context.journal.append(rows.flat()));
  flushSheets();
  orders.forEach((order, i) => carryOutAction(order, firstRows[i] ?? 0, context, done));
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
  order: ActionOrder,
  row: number,
  context: ExecutionContext,
  done: StepsDone,
  outcome: Outcome,
): void {
  let reason = outcome.reason;
  try {
    context.journal.setState(row, outcome.state, reason?.fr);
  } catch (error) {
    reason = journalRetryReason(reason, error);
    try {
      context.journal.setState(row, outcome.state, reason.fr);
    } catch {
      reason = journalLeftReason(reason);
    }
  }
  if (outcome.quotaSpent) done.quotaExhausted = true;
  done.events.push(settledEvent(order, outcome.state));
  done.actions.push(reportOf(order.step, outcome.kind, context.language, reason));
}

function carryOutAction(
  order: ActionOrder,
  row: number,
  context: ExecutionContext,
  done: StepsDone,
): void {
  const early = beforeActing(order, {
    outOfTime: outOfTime(done),
    quotaSpent: done.quotaExhausted,
  });
  if (early !== undefined) {
    settle(order, row, context, done, early);
    return;
  }
  const startedMs = Date.now();
  try {
    settle(order, row, context, done, act(order, row, context));
  } finally {
    const tookMs = Date.now() - startedMs;
    done.pace = {
      steps: done.pace.steps + 1,
      totalMs: done.pace.totalMs + tookMs,
      longestMs: Math.max(done.pace.longestMs, tookMs),
    };
  }
}

/** The action itself: « en cours », its documents and email; how it ended, as the core says. */
function act(order: ActionOrder, row: number, context: ExecutionContext): Outcome {
  context.journal.setState(row, 'in-progress');
  flushSheets();
  let sent = false;
  try {
    const made = order.documents.map((document) => makeDocument(document, row, context));
    const packing = packAttachments(
      order,
      made.map((blob) => (blob === undefined ? undefined : blob.getBytes().length)),
    );
    if (order.email !== undefined)
      sendMail({
        ...order.email,
        subject: packing.message.subject,
        body: packing.message.body,
        attachments: made.filter(
          (blob, i): blob is GoogleAppsScript.Base.Blob =>
            blob !== undefined && packing.goes[i] === true,
        ),
      });
    sent = true;
    return carriedOutcome(order, packing.detail);
  } catch (error) {
    return failedOutcome(order, error, sent);
  }
}

/**
 * Makes or reads one document of the order: undefined when it cannot be read, or when an
 * optional one fails to be made (the core says which are optional).
 */
function makeDocument(
  document: DocumentOrder,
  row: number,
  context: ExecutionContext,
): GoogleAppsScript.Base.Blob | undefined {
  try {
    return madeBy(document, row, context);
  } catch (error) {
    if (document.optional) return undefined;
    throw error;
  }
}

/** The adapter call each kind of document takes; a letter is linked in the action's Journal row. */
function madeBy(
  document: DocumentOrder,
  row: number,
  context: ExecutionContext,
): GoogleAppsScript.Base.Blob | undefined {
  switch (document.kind) {
    case 'letter': {
      const { templateId, fileName, client, variables } = document;
      const letter = makeLetter(templateId, fileName, client, variables);
      context.journal.setLink(row, letter.url, document.journalLink);
      return letter.pdf;
    }
    case 'statement':
      return makeStatement(document.blocks, document.fileName, document.client);
    case 'invoice-copy':
      return invoiceAttachment(document.fileId);
  }
}
