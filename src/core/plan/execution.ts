/**
 * The day's actions as steps to carry out (docs/architecture.md, « Acting safely »), decided here
 * so that the executor only obeys: which action sends an email, makes a letter, creates a task,
 * is deferred or previewed, its message, and the journal event that records it, written ahead of
 * the work. What one step then does is its order (action-order.ts); how it ends, action-outcome.ts.
 */
import { isBusinessDay } from '../values/calendar';
import {
  composeAction,
  templateFor,
  type Attachments,
  type ComposedMessage,
  type ComposeInput,
} from '../messages/compose';
import type { LetterBlock } from '../messages/letter-template';
import { statementBlocks } from '../messages/statement-layout';
import { buildStatement } from '../messages/statement';
import { asStated } from '../messages/variables';
import { formatIsoDay, type Day } from '../values/day';
import type {
  Action,
  Channel,
  EventType,
  Invoice,
  InvoiceStanding,
  JournalEvent,
  Language,
  Plan,
} from '../model';
import type { Settings } from '../settings/settings';
import { WORDS, type Entry } from '../words/catalogue';
import { STEP_LABELS } from '../words/labels';
import { messageAttempts, messageEventId } from '../dunning/message-attempts';
import { driveFileId } from '../values/drive-link';
import { stepDefinition } from '../steps';

export type ExecutionKind = 'email' | 'letter' | 'registered-letter' | 'task';

export interface ExecutionStep {
  action: Action;
  kind: ExecutionKind;
  message: ComposedMessage;
  /** The journal event written ahead ('planned'), then marked as the work goes. */
  event: JournalEvent;
  /** Send an email (every kind but the plain task). */
  sendsEmail: boolean;
  /** Attach the invoice PDFs named in "Lien facture". */
  attachInvoices: boolean;
  /** Make the step's letter as a PDF. */
  makesLetter: boolean;
  /** The letter must be posted by the user (registered letter): a task too. */
  letterToPost: boolean;
  invoiceLinks: string[];
  /** The relevé de compte to attach as a PDF (from the courrier de rappel on). */
  statement?: LetterBlock[];
  /**
   * What the message was composed from, so that it can be composed again with what was really
   * attached (an unreadable « Lien facture »): a text never claims an attachment that is missing.
   */
  compose: ComposeInput;
}

export interface ExecutionPlan {
  steps: ExecutionStep[];
  /** Why nothing goes out today, when that is the case, in both languages. */
  holdReason?: Entry<string>;
  preview: boolean;
}

const KIND_OF_CHANNEL: Record<Channel, ExecutionKind> = {
  email: 'email',
  letter: 'letter',
  'registered-letter': 'registered-letter',
  phone: 'task',
  manual: 'task',
};

function eventTypeOf(kind: ExecutionKind): EventType {
  if (kind === 'task') return 'task';
  if (kind === 'registered-letter') return 'letter-to-post';
  return 'sent';
}

export interface ExecutionInput {
  plan: Plan;
  invoices: readonly Invoice[];
  settings: Settings;
  today: Day;
  /** 'preview' builds everything and sends nothing, whatever the settings say. */
  mode: 'nightly' | 'manual' | 'preview';
  /**
   * The journal: what the texts quote (earlier reminders, posting, payments), and the attempts
   * each message already had (dunning/message-attempts.ts).
   */
  events?: readonly JournalEvent[];
}

/** The same message, composed with what was actually attached. */
export function composeWithAttachments(
  step: ExecutionStep,
  attachments: Attachments,
): ComposedMessage {
  return composeAction({ ...step.compose, attachments });
}

/** What goes with a step's email, as planned: a text then mentions exactly these. */
function plannedAttachments(
  action: Action,
  input: ExecutionInput,
  invoices: readonly Invoice[],
  sendsEmail: boolean,
): { attachments: Attachments; invoiceLinks: string[]; makesLetter: boolean } {
  const ladderStep = input.settings.ladder.find((s) => s.id === action.step);
  const linked = invoices.filter((i) => driveFileId(i.invoiceLink ?? '') !== undefined);
  const copies = (ladderStep?.attachInvoice ?? false) && sendsEmail ? linked : [];
  // The copy of a posted mise en demeure quotes the letter already made: no second letter.
  const makesLetter =
    action.formalNoticeCopy !== true &&
    (ladderStep?.letter ?? false) &&
    templateFor(action.step, action.language, input.settings).letter !== undefined;
  return {
    attachments: {
      invoiceCopies: copies.map((i) => i.number),
      letter: makesLetter && sendsEmail,
      statement: sendsEmail && stepDefinition(action.step).carriesStatement,
    },
    invoiceLinks: linked.map((i) => i.invoiceLink ?? ''),
    makesLetter,
  };
}

function statementFor(input: ComposeInput): LetterBlock[] {
  // The relevé of the day the message states its sums (the letter's, for a copy).
  const compose = asStated(input);
  const statement = buildStatement({
    client: compose.action.client,
    invoices: compose.invoices,
    standings: compose.standings,
    events: compose.events ?? [],
    settings: compose.settings,
    today: compose.today,
  });
  return statementBlocks(statement, {
    firm: compose.settings.firm,
    language: compose.action.language,
  });
}

/**
 * The day's invoices, standings and journal events by invoice number, indexed once: each action is
 * composed from its own, so that composing stays linear in the day's actions whatever the size
 * of the sheet and of the Journal (every use in messages/ looks them up by the action's numbers).
 */
interface ComposeIndex {
  invoices: Map<string, Invoice>;
  standingByNumber: Map<string, InvoiceStanding>;
  eventsAt: Map<string, number[]>;
  events: readonly JournalEvent[];
}

function composeIndex(input: ExecutionInput): ComposeIndex {
  const events = input.events ?? [];
  const eventsAt = new Map<string, number[]>();
  events.forEach((event, at) => {
    for (const number of event.invoices) {
      const list = eventsAt.get(number);
      if (list === undefined) eventsAt.set(number, [at]);
      else list.push(at);
    }
  });
  return {
    invoices: new Map(input.invoices.map((i) => [i.number, i])),
    standingByNumber: new Map(input.plan.standings.map((p) => [p.number, p])),
    eventsAt,
    events,
  };
}

/** An action's own invoices, standings and events (these in the Journal's order). */
function ownOf(numbers: readonly string[], index: ComposeIndex) {
  const pick = <T>(map: Map<string, T>) =>
    numbers.flatMap((n) => {
      const found = map.get(n);
      return found === undefined ? [] : [found];
    });
  const at = [...new Set(numbers.flatMap((n) => index.eventsAt.get(n) ?? []))].sort(
    (a, b) => a - b,
  );
  return {
    invoices: pick(index.invoices),
    standings: pick(index.standingByNumber),
    events: at.flatMap((i) => index.events[i] ?? []),
  };
}

function executionStepOf(
  action: Action,
  input: ExecutionInput,
  index: ComposeIndex,
  attempt: number,
): ExecutionStep {
  const { settings, today } = input;
  const kind = KIND_OF_CHANNEL[action.channel];
  const ladderStep = settings.ladder.find((s) => s.id === action.step);
  const { invoices, standings, events } = ownOf(
    [...action.invoices, ...(action.keptInvoices ?? [])],
    index,
  );
  // A registered letter's email copy waits for its recorded posting: it is an action of its
  // own then (Action.formalNoticeCopy, channel email), never sent with the letter to post.
  const emailAllowed = kind === 'email' || (kind === 'letter' && (ladderStep?.emailCopy ?? true));
  const sendsEmail = emailAllowed && action.to.length > 0;
  const chased = invoices.filter((i) => action.invoices.includes(i.number));
  const planned = plannedAttachments(action, input, chased, sendsEmail);
  // A task is read by the user, not the client: it speaks the user's language.
  const userLanguage = settings.sending.defaultLanguage;
  const compose: ComposeInput = {
    action: kind === 'task' ? { ...action, language: userLanguage } : action,
    invoices,
    standings,
    settings,
    today,
    events,
    attachments: planned.attachments,
  };
  const message = composeAction(compose);
  const step: ExecutionStep = {
    action,
    kind,
    message,
    event: stepEvent(action, input, { kind, attempt, sendsEmail: emailAllowed }, message.subject),
    sendsEmail,
    attachInvoices: planned.attachments.invoiceCopies.length > 0,
    makesLetter: planned.makesLetter,
    letterToPost: kind === 'registered-letter',
    invoiceLinks: planned.invoiceLinks,
    compose,
  };
  if (planned.attachments.statement) step.statement = statementFor(compose);
  return step;
}

function stepDetail(action: Action, kind: ExecutionKind, language: Language): string {
  const label = STEP_LABELS[action.step][language];
  if (kind === 'task') return WORDS.taskCreated[language](label);
  const posting = action.posting;
  if (action.formalNoticeCopy !== true || posting === undefined) return label;
  const day = formatIsoDay(posting.day);
  return WORDS.formalNoticeEmailCopy[language](label, posting.number, day);
}

function stepEvent(
  action: Action,
  input: ExecutionInput,
  how: { kind: ExecutionKind; attempt: number; sendsEmail: boolean },
  subject: string,
): JournalEvent {
  const { kind, sendsEmail } = how;
  return {
    id: messageEventId(action.key, how.attempt),
    day: input.today,
    type: eventTypeOf(kind),
    client: action.client,
    invoices: [...action.invoices],
    step: action.step,
    channel: action.channel,
    recipients: sendsEmail ? [...action.to] : [],
    subject,
    amountCents: action.balanceCents,
    detail: stepDetail(action, kind, input.settings.sending.defaultLanguage),
    state: 'planned',
  };
}

export function toExecutionPlan(input: ExecutionInput): ExecutionPlan {
  const { settings, today } = input;
  const preview = input.mode === 'preview' || settings.sending.mode === 'preview';
  const businessDay = isBusinessDay(today, { alsaceMoselle: settings.alsaceMoselle });
  const index = composeIndex(input);
  const attempts = messageAttempts(input.events ?? []);
  // By construction, whatever the plan says: a message the Journal shows carried out (or maybe
  // sent) is never carried out again; another attempt of it gets the next number.
  const steps = input.plan.actions.flatMap((action) => {
    const earlier = attempts.get(action.key);
    if (earlier?.carriedOut === true) return [];
    return [executionStepOf(action, input, index, (earlier?.count ?? 0) + 1)];
  });
  const result: ExecutionPlan = { steps, preview };
  if (!preview && !businessDay && !settings.sending.sendOnNonBusinessDays)
    result.holdReason = WORDS.nonBusinessDay;
  return result;
}

/** The state an action's event ends in once carried out. */
export function doneState(step: ExecutionStep): JournalEvent['state'] {
  return step.kind === 'task' || step.letterToPost ? 'to-do' : 'done';
}
