/**
 * The dunning engine: a pure function of (invoices, journal events, settings, today) that says,
 * for each invoice, where it stands on the ladder, and which actions are due today, one per
 * client (docs/architecture.md, « The ladder »). Each invoice's standing comes from invoice-standing.ts, each client's
 * next step from conversation.ts; this module puts them together and picks the day's actions.
 */
import type {
  Action,
  ClientType,
  Invoice,
  InvoiceStanding,
  JournalEvent,
  LadderStep,
  Plan,
  Problem,
} from '../model';
import type { Settings } from '../settings/settings';
import type { CalendarOptions } from '../values/calendar';
import { addDays, formatIsoDay, type Day } from '../values/day';
import type { Cents } from '../values/money';
import { actionDetails } from './action-details';
import { clientTypeProblems, clientTypesOf } from './client-kind';
import {
  earliestStep,
  ladderOfClient,
  lateSteps,
  nextLateStep,
  preDueStep,
  stepReached,
  type ConversationContext,
  type NextStep,
} from './conversation';
import { historyOf, indexJournal, type JournalIndex } from './journal-fold';
import { invoiceDelay, PaymentBehaviour, settledOn } from './payer-rating';
import { standingOf, type InvoiceWithStanding } from './invoice-standing';
import { runWarnings } from './warnings';
import { nextBusinessDay } from '../values/calendar';
import { addAddress } from '../values/parse-values';
import { stepDefinition, stepOrder, storedStepId } from '../steps';
import { WORDS } from '../words/catalogue';

export interface DunningInput {
  invoices: readonly Invoice[];
  events: readonly JournalEvent[];
  settings: Settings;
  today: Day;
}

interface Candidate {
  clientKey: string;
  next: NextStep & { date: Day };
  /** Paid late, with claimed penalties or indemnity still owed (see invoice-standing). */
  kept: string[];
}

interface EngineContext extends ConversationContext {
  ladder: LadderStep[];
  chronicLadder: LadderStep[];
}

function engineContext(settings: Settings, today: Day): EngineContext {
  const calendar: CalendarOptions = { alsaceMoselle: settings.alsaceMoselle };
  const ladder = settings.ladder
    .filter((s) => s.enabled)
    .sort((a, b) => stepOrder(a.id) - stepOrder(b.id));
  const chronicLadder = settings.chronicPayers.earlyReminder
    ? earlyReminderLadder(settings, ladder)
    : ladder;
  return { settings, today, calendar, ladder, chronicLadder };
}

/** The invoice with its client's type (none when the client's rows disagree). */
function withClientType(invoice: Invoice, type: ClientType | undefined): Invoice {
  if (invoice.clientType === type) return invoice;
  const { clientType: _own, ...rest } = invoice;
  return type === undefined ? rest : { ...rest, clientType: type };
}

/**
 * Each invoice's standing, grouped by client in the order the clients first appear. An invoice
 * whose sums cannot be known (a payment without a date, or dated after today) waits, out of the
 * run, its problems told to the user.
 */
function computeStandings(
  input: DunningInput,
  behaviour: PaymentBehaviour,
  types: ReadonlyMap<string, ClientType | undefined>,
): {
  standings: InvoiceStanding[];
  /** The invoice row of each standing, as the sheet gives it, in the same order. */
  rows: Invoice[];
  clients: Map<string, InvoiceWithStanding[]>;
  journal: JournalIndex;
  blocked: Problem[];
} {
  const { invoices, settings, today } = input;
  const journal = indexJournal(input.events, today, invoices);
  const standings: InvoiceStanding[] = [];
  const clients = new Map<string, InvoiceWithStanding[]>();
  const blocked: Problem[] = [];
  const rows: Invoice[] = [];
  invoices.forEach((row, position) => {
    const invoice = withClientType(row, types.get(row.clientKey));
    const history = historyOf(journal, position, invoice.clientKey);
    const facts = standingOf(invoice, history, settings, today);
    blocked.push(...facts.paymentProblems);
    if (facts.paymentProblems.some((p) => p.severity === 'error')) return;
    standings.push(facts.standing);
    rows.push(row);
    const delayUntil = facts.settled ? settledOn(invoice.paymentDate, facts.paidOn) : undefined;
    behaviour.add(
      invoice.clientKey,
      invoiceDelay(!facts.settled, facts.dueDate, today, delayUntil),
    );
    const list = clients.get(invoice.clientKey);
    if (list) list.push(facts);
    else clients.set(invoice.clientKey, [facts]);
  });
  return { standings, rows, clients, journal, blocked };
}

export function planDunning(input: DunningInput): Plan {
  const { settings, today } = input;
  const context = engineContext(settings, today);
  const behaviour = new PaymentBehaviour();
  const types = clientTypesOf(input.invoices);
  const { standings, rows, clients, journal, blocked } = computeStandings(input, behaviour, types);
  const candidates: Candidate[] = [];
  for (const [clientKey, facts] of clients) {
    const rated =
      context.chronicLadder !== context.ladder && behaviour.rating(clientKey) === 'chronic'
        ? context.chronicLadder
        : context.ladder;
    // Until the user says who the client is, nothing that claims or goes to court.
    const ladder =
      types.get(clientKey) === undefined
        ? rated.filter((s) => !stepDefinition(s.id).needs.clientType)
        : rated;
    const next = nextStepOfClient(ladderOfClient(ladder, facts), facts, context);
    if (next?.date !== undefined && next.date <= today)
      candidates.push({ clientKey, next: { ...next, date: next.date }, kept: keptOf(facts) });
  }
  const problems: Problem[] = [...blocked];
  const actions = chooseActions(candidates, journal.lastContact, context, problems);
  problems.push(...clientTypeProblems(rows, standings, types));
  problems.push(...runWarnings(rows, standings, settings, today));
  return { today, standings, actions, problems };
}

/** The client's invoices paid late whose claimed penalties and indemnity are still owed. */
function keptOf(facts: readonly InvoiceWithStanding[]): string[] {
  return facts
    .filter(
      (f) =>
        f.standing.state === 'paid' && f.standing.interestCents + f.standing.indemnityCents > 0,
    )
    .map((f) => f.invoice.number)
    .sort(compareText);
}

/** Shows the client's next step on its invoices and returns the one due first. */
function nextStepOfClient(
  ladder: readonly LadderStep[],
  facts: InvoiceWithStanding[],
  context: EngineContext,
): NextStep | undefined {
  const overdue = facts.filter((f) => f.standing.state === 'active');
  if (overdue.length > 0 && facts.every((f) => f.invoice.emails.length === 0))
    for (const f of overdue) f.standing.problems.push(WORDS.noEmailSkipped.fr);
  const notDue = facts.filter((f) => f.standing.state === 'not-due');
  const show = (next: NextStep | undefined, on: readonly InvoiceWithStanding[]) => {
    if (next === undefined) return;
    for (const f of on) {
      f.standing.nextStep = next.step.id;
      if (next.date !== undefined) f.standing.nextDate = next.date;
    }
  };
  const reached = stepReached(facts);
  // After a mise en demeure each invoice may be on its own path: each shows its own next step.
  const late = overdue.length > 0 ? lateSteps(ladder, overdue, reached, context) : [];
  for (const next of late) show(next, next.facts);
  // A pre-due reminder only to a client the conversation has not reached yet; once it has, an
  // invoice falling due joins the conversation at its next step.
  const courteous = reached.step === undefined || stepDefinition(reached.step).beforeDue;
  if (overdue.length > 0 && late.length === 0 && courteous)
    for (const f of overdue) f.standing.problems.push(WORDS.noFirstContact.fr);
  let first: NextStep | undefined = earliestStep(late);
  for (const f of notDue) {
    const preDue = courteous ? preDueStep(ladder, f, context) : undefined;
    show(preDue ?? nextLateStep(ladder, [f], reached, context), [f]);
    if (overdue.length === 0 && preDue?.date !== undefined && preDue.date <= context.today) {
      if (first === undefined) first = { ...preDue, facts: [] };
      first.facts.push(f);
    }
  }
  return first;
}

/**
 * The ladder for clients rated "retard chronique": the pre-due reminder goes out
 * `chronicPayers.daysBefore` days before the due date, even when the user turned that step off
 * for everyone else.
 */
function earlyReminderLadder(settings: Settings, ladder: readonly LadderStep[]): LadderStep[] {
  const base = settings.ladder.find((s) => stepDefinition(s.id).beforeDue);
  if (base === undefined) return [...ladder];
  const early: LadderStep = {
    ...base,
    enabled: true,
    offsetDays: -settings.chronicPayers.daysBefore,
  };
  return [early, ...ladder.filter((s) => !stepDefinition(s.id).beforeDue)];
}

/** Plain code-unit order: stable across runtimes, unlike localeCompare, and much faster. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One action per client and day; nothing for a client contacted less than `clientGapDays` ago,
 * except the email copy of a mise en demeure, which follows its posting.
 */
function chooseActions(
  candidates: readonly Candidate[],
  lastContact: ReadonlyMap<string, Day>,
  context: EngineContext,
  problems: Problem[],
): Action[] {
  const { settings, today, calendar } = context;
  const actions: Action[] = [];
  for (const { clientKey, next, kept } of candidates) {
    const last = lastContact.get(clientKey);
    const allowed =
      last === undefined || next.copyOf !== undefined
        ? today
        : nextBusinessDay(addDays(last, Math.max(1, settings.clientGapDays)), calendar);
    if (allowed > today) {
      for (const f of next.facts) f.standing.nextDate = allowed;
      continue;
    }
    const channel = next.copyOf !== undefined ? 'email' : next.step.channel;
    if (channel === 'email' && next.facts.every((f) => f.invoice.emails.length === 0)) {
      reportNoEmail(next.facts, problems);
      continue;
    }
    const action = actionOf(clientKey, next, channel, context);
    actions.push(kept.length > 0 ? { ...action, keptInvoices: kept } : action);
  }
  return actions.sort(
    (a, b) => a.client.localeCompare(b.client) || stepOrder(b.step) - stepOrder(a.step),
  );
}

function reportNoEmail(facts: readonly InvoiceWithStanding[], problems: Problem[]): void {
  for (const { invoice, standing } of facts) {
    standing.problems.push(WORDS.noEmail.fr);
    problems.push({
      row: invoice.row,
      column: 'Email',
      value: '',
      text: WORDS.noEmail,
      invoice: invoice.number,
    });
  }
}

function actionOf(
  clientKey: string,
  next: NextStep & { date: Day },
  channel: Action['channel'],
  context: EngineContext,
): Action {
  const chosen = [...next.facts].sort((a, b) => compareText(a.invoice.number, b.invoice.number));
  const first = chosen[0] as InvoiceWithStanding;
  const to: string[] = [];
  for (const c of chosen) for (const email of c.invoice.emails) addAddress(to, email);
  const numbers = chosen.map((c) => c.invoice.number);
  const variant = next.copyOf === undefined ? '' : '|copie';
  return {
    key: `${clientKey}|${storedStepId(next.step.id)}${variant}|${formatIsoDay(context.today)}|${[...numbers].sort().join(',')}`,
    client: first.invoice.client,
    clientKey,
    step: next.step.id,
    channel,
    invoices: numbers,
    to,
    language: first.invoice.language,
    balanceCents: chosen.reduce((sum, c) => sum + c.standing.balanceCents, 0) as Cents,
    dueOn: next.date,
    ...(first.invoice.clientType === undefined ? {} : { clientType: first.invoice.clientType }),
    ...actionDetails(next, chosen, context),
  };
}
