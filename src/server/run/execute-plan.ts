/**
 * Carries out an execution plan decided by the core, safely (DESIGN §5):
 * - every action is journaled "prévu" in one write and flushed before anything goes out;
 * - just before an action, its row turns "en cours" and is flushed; just after, "fait" (or
 *   "à faire" for a task). A run killed in between leaves "en cours", which the next run turns
 *   into "à vérifier" and never resends blindly;
 * - the remaining email quota is checked before each message; past it, the rest is deferred;
 * - past the time budget, the rest is deferred and a one-off trigger continues in a minute.
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
} from '../../core/dunning/execution';
import { journalRow } from '../../core/sheets/journal-table';
import type { Invoice, InvoicePlan, JournalEvent } from '../../core/model';
import { reportAction, type ReportAction } from '../../core/reports/run-report';
import type { Settings } from '../../core/settings/settings';
import { formatIsoDay, type Day } from '../../core/values/day';
import type { JournalSheet } from '../adapters/journal';
import { invoiceAttachment, makeLetter, makeStatement } from '../adapters/letters';
import { QUOTA_ERROR_PATTERN, remainingDailyQuota, sendMail } from '../adapters/mail';

/** Apps Script stops an execution at 6 minutes; Relance stops taking new work at 4.5. */
export const TIME_BUDGET_MS = 270_000;
export const CONTINUATION_HANDLER = 'continueRun';
export const CONTINUATION_DELAY_MS = 60_000;

export interface ExecutionContext {
  settings: Settings;
  today: Day;
  startMs: number;
  userEmail: string;
  invoices: readonly Invoice[];
  plans: readonly InvoicePlan[];
  journal: JournalSheet;
}

function scheduleContinuation(): void {
  const pending = ScriptApp.getProjectTriggers().some(
    (t) => t.getHandlerFunction() === CONTINUATION_HANDLER,
  );
  if (!pending)
    ScriptApp.newTrigger(CONTINUATION_HANDLER).timeBased().after(CONTINUATION_DELAY_MS).create();
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
 * Makes the step's letter and relevé, reads the invoice copies, and returns them with the message
 * composed again when something planned could not be attached: the text claims only what goes.
 */
function gatherAttachments(
  step: ExecutionStep,
  context: ExecutionContext,
  row: number,
): { blobs: GoogleAppsScript.Base.BlobSource[]; unreadable: string[]; message: ComposedMessage } {
  const { settings, journal } = context;
  const blobs: GoogleAppsScript.Base.BlobSource[] = [];
  const name = `${formatIsoDay(context.today)} ${step.action.step} ${step.action.client}`;
  if (step.makesLetter) {
    const templateId = settings.letterTemplateIds[step.action.step]?.[step.action.language];
    if (templateId === undefined)
      throw new Error(
        'Modèle de courrier introuvable : utilisez « Créer les modèles de courrier ».',
      );
    const variables = buildTemplateVariables(step.compose);
    const letter = makeLetter(templateId, name, step.action.client, variables);
    journal.setLink(row, letter.url, `${name}.pdf`);
    blobs.push(letter.pdf);
  }
  let statementAttached = false;
  if (step.statement !== undefined) {
    // The relevé rides along; if Docs fails to make it, the email goes and says nothing of it.
    try {
      blobs.push(makeStatement(step.statement, `${name} relevé de compte`, step.action.client));
      statementAttached = true;
    } catch {
      statementAttached = false;
    }
  }
  const unreadable: string[] = [];
  const copied: string[] = [];
  if (step.attachInvoices) {
    for (const invoice of step.compose.invoices) {
      const link = invoice.invoiceLink ?? '';
      if (!step.invoiceLinks.includes(link)) continue;
      const id = driveFileId(link);
      const pdf = id === undefined ? undefined : invoiceAttachment(id);
      if (pdf !== undefined) {
        blobs.push(pdf);
        copied.push(invoice.number);
      } else unreadable.push(link);
    }
  }
  const planned = step.compose.attachments;
  const asPlanned =
    planned === undefined ||
    (copied.length === planned.invoiceCopies.length && statementAttached === planned.statement);
  const message = asPlanned
    ? step.message
    : composeWithAttachments(step, {
        ...(planned ?? NO_ATTACHMENTS),
        invoiceCopies: copied,
        statement: statementAttached,
      });
  return { blobs, unreadable, message };
}

/**
 * Why an email cannot go now, if so: the day's quota is used up (every later email waits), or
 * this one client has more recipients than what is left (only that client waits: issue 11).
 */
function quotaHold(
  step: ExecutionStep,
  settings: Settings,
  exhausted: boolean,
): string | undefined {
  if (exhausted) return EXECUTION_MESSAGES.quota;
  const recipients = step.action.to.length + (settings.sending.copyToSelf ? 1 : 0);
  const left = remainingDailyQuota() - settings.sending.quotaReserve;
  if (left <= 0) return EXECUTION_MESSAGES.quota;
  if (recipients > left) return EXECUTION_MESSAGES.tooManyRecipients(recipients, left);
  return undefined;
}

export function carryOut(
  plan: ExecutionPlan,
  context: ExecutionContext,
): { actions: ReportAction[]; events: JournalEvent[] } {
  if (plan.preview)
    return {
      actions: plan.steps.map((s) => outcomeOf(s, 'preview', 'Aperçu : rien n’a été envoyé.')),
      events: [],
    };
  if (plan.holdReason !== undefined) {
    return {
      actions: plan.steps.map((s) => outcomeOf(s, 'deferred', plan.holdReason)),
      events: [],
    };
  }
  if (plan.steps.length === 0) return { actions: [], events: [] };

  const { settings, journal } = context;
  const language = settings.sending.defaultLanguage;
  const first = journal.append(plan.steps.map((s) => journalRow(s.event, Date.now(), language)));
  SpreadsheetApp.flush();

  const actions: ReportAction[] = [];
  const events: JournalEvent[] = [];
  let quotaExhausted = false;
  let outOfTime = false;
  plan.steps.forEach((step, i) => {
    const row = first + i;
    const finish = (
      state: JournalEvent['state'],
      outcome: ReportAction['outcome'],
      reason?: string,
    ) => {
      journal.setState(row, state, reason);
      events.push({ ...step.event, state });
      actions.push(outcomeOf(step, outcome, reason));
    };
    if (outOfTime || Date.now() - context.startMs > TIME_BUDGET_MS) {
      outOfTime = true;
      finish('reporte', 'deferred', EXECUTION_MESSAGES.timeBudget);
      return;
    }
    const hold = step.sendsEmail ? quotaHold(step, settings, quotaExhausted) : undefined;
    if (hold !== undefined) {
      quotaExhausted ||= hold === EXECUTION_MESSAGES.quota;
      finish('reporte', 'deferred', hold);
      return;
    }
    journal.setState(row, 'en-cours');
    SpreadsheetApp.flush();
    try {
      const { blobs: attachments, unreadable, message } = gatherAttachments(step, context, row);
      if (step.sendsEmail) {
        sendMail({
          to: step.action.to,
          subject: message.subject,
          body: message.body,
          senderName: settings.sending.senderName || settings.firm.name,
          replyTo: settings.sending.replyTo || settings.firm.email,
          bccSelf: settings.sending.copyToSelf ? context.userEmail : '',
          attachments,
        });
      }
      const state = doneState(step);
      finish(
        state,
        state === 'a-faire' && !step.sendsEmail ? 'task' : 'sent',
        unreadable.length === 0 ? undefined : EXECUTION_MESSAGES.invoiceNotAttached(unreadable),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (QUOTA_ERROR_PATTERN.test(message)) {
        quotaExhausted = true;
        finish('reporte', 'deferred', EXECUTION_MESSAGES.quota);
      } else finish('echec', 'failed', `Échec : ${message}`);
    }
  });
  if (outOfTime) scheduleContinuation();
  return { actions, events };
}
