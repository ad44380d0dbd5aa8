/**
 * The dunning engine: a pure function of (invoices, journal events, settings, today) that says,
 * for each invoice, where it stands on the ladder, and which actions are due today, one per
 * client (DESIGN §3).
 */
import { addBusinessDays, nextBusinessDay, type CalendarOptions } from '../values/calendar';
import { addDays, formatIsoDay, maxDay, type Day } from '../values/day';
import { historyOf, indexJournal, planHonoured, type InvoiceHistory } from './journal-fold';
import type { Cents } from '../values/money';
import type {
  Action,
  Invoice,
  InvoicePlan,
  InvoiceState,
  JournalEvent,
  LadderStep,
  Plan,
  Problem,
  StepId,
} from '../model';
import { STEP_IDS } from '../model';
import { invoiceDelay, PaymentBehaviour, settledOn } from './payer-rating';
import { lateInterestCents, recoveryIndemnity, type BalanceSegment } from './penalties';
import type { Settings } from '../settings/settings';

export interface DunningInput {
  invoices: readonly Invoice[];
  events: readonly JournalEvent[];
  settings: Settings;
  today: Day;
}

export const ENGINE_MESSAGES = {
  noEmail:
    'Aucune adresse email valide : la relance par email ne peut pas partir. Complétez la colonne Email.',
  openTask: (step: string, since: string) => `Tâche à faire (${step}) depuis le ${since}.`,
  unverified: (step: string) =>
    `Envoi interrompu (${step}) : vérifiez dans votre messagerie s’il est parti, puis confirmez-le dans Relance.`,
} as const;

interface Candidate {
  invoice: Invoice;
  plan: InvoicePlan;
  step: LadderStep;
  nominal: Day;
}

const STEP_ORDER = new Map<StepId, number>(STEP_IDS.map((id, i) => [id, i]));

export function balanceSegments(
  invoice: Invoice,
  history: InvoiceHistory,
  dueDate: Day,
): { segments: BalanceSegment[]; balance: Cents; paidOn?: Day } {
  let balance = invoice.amountCents - invoice.paidCents;
  const segments: BalanceSegment[] = [
    { from: addDays(dueDate, 1), balanceCents: balance as Cents },
  ];
  let paidOn: Day | undefined;
  const payments =
    history.payments.length > 1
      ? [...history.payments].sort((a, b) => a.day - b.day)
      : history.payments;
  for (const payment of payments) {
    balance -= payment.amountCents;
    const from = maxDay(addDays(payment.day, 1), addDays(dueDate, 1));
    const last = segments[segments.length - 1];
    if (last !== undefined && last.from === from) last.balanceCents = Math.max(0, balance) as Cents;
    else segments.push({ from, balanceCents: Math.max(0, balance) as Cents });
    if (balance <= 0 && paidOn === undefined) paidOn = payment.day;
  }
  return paidOn === undefined
    ? { segments, balance: balance as Cents }
    : { segments, balance: balance as Cents, paidOn };
}

export function planDunning(input: DunningInput): Plan {
  const { invoices, settings, today } = input;
  const calendar: CalendarOptions = { alsaceMoselle: settings.alsaceMoselle };
  const ladder = settings.ladder
    .filter((s) => s.enabled)
    .sort((a, b) => (STEP_ORDER.get(a.id) ?? 0) - (STEP_ORDER.get(b.id) ?? 0));
  const capOrder = STEP_ORDER.get(settings.firstStepCap) ?? STEP_ORDER.get('relance-2') ?? 3;
  const journal = indexJournal(input.events, today, invoices);
  const rates = {
    mode: settings.penalties.mode,
    contractualRatePercent: settings.penalties.contractualRatePercent,
    extraRates: settings.penalties.extraEcbRates,
  };

  const plans: InvoicePlan[] = [];
  const candidates: Candidate[] = [];
  const chased: { invoice: Invoice; plan: InvoicePlan; history: InvoiceHistory; dueDate: Day }[] =
    [];
  const behaviour = new PaymentBehaviour();
  const problems: Problem[] = [];

  for (let position = 0; position < invoices.length; position += 1) {
    const invoice = invoices[position] as Invoice;
    const history = historyOf(journal, position, invoice.clientKey);
    const dueDate = history.newDueDate ?? invoice.dueDate;
    const { segments, balance, paidOn } = balanceSegments(invoice, history, dueDate);
    const daysLate = Math.max(0, today - dueDate);
    const settled = invoice.markedPaid || balance <= settings.smallBalanceCents;

    let lastStep: StepId | undefined;
    let lastStepDate: Day | undefined;
    for (const step of STEP_IDS) {
      const day = history.steps[step];
      if (day !== undefined) {
        lastStep = step;
        lastStepDate = day;
      }
    }

    let state: InvoiceState;
    if (settled) state = 'paid';
    else if (history.dispute) state = 'dispute';
    else if (
      history.hold !== undefined &&
      (history.hold.until === undefined || today < history.hold.until)
    )
      state = 'hold';
    else if (
      history.plan !== undefined &&
      planHonoured(history.plan, history.payments, today, settings.promiseGraceDays)
    )
      state = 'plan';
    else if (
      history.promise !== undefined &&
      today <= addDays(history.promise.date, settings.promiseGraceDays)
    )
      state = 'promise';
    else if (history.steps.contentieux !== undefined) state = 'recourse';
    else if (today <= dueDate) state = 'not-due';
    else state = 'active';

    const chargeable = invoice.clientType === 'pro' || settings.penalties.chargeConsumers;
    const interestUntil = paidOn !== undefined && paidOn < today ? paidOn : today;
    const interestCents =
      chargeable && daysLate > 0
        ? lateInterestCents(dueDate, interestUntil, segments, rates)
        : (0 as Cents);
    const indemnityCents =
      daysLate > 0 && !settled
        ? recoveryIndemnity(invoice.clientType, settings.penalties)
        : (0 as Cents);

    const plan: InvoicePlan = {
      number: invoice.number,
      client: invoice.client,
      clientKey: invoice.clientKey,
      state,
      dueDate,
      balanceCents: Math.max(0, balance) as Cents,
      daysLate,
      interestCents,
      indemnityCents,
      problems:
        history.unverified.length === 0 && history.openTasks.length === 0
          ? []
          : [
              ...history.unverified.map((step) => ENGINE_MESSAGES.unverified(step)),
              ...history.openTasks.map((task) =>
                ENGINE_MESSAGES.openTask(task.step, formatIsoDay(task.since)),
              ),
            ],
    };
    if (lastStep !== undefined && lastStepDate !== undefined) {
      plan.lastStep = lastStep;
      plan.lastStepDate = lastStepDate;
    }
    plans.push(plan);

    behaviour.add(
      invoice.clientKey,
      invoiceDelay(
        !settled,
        dueDate,
        today,
        settled ? settledOn(invoice.paymentDate, paidOn) : undefined,
      ),
    );
    if (state === 'active' || state === 'not-due') chased.push({ invoice, plan, history, dueDate });
  }

  // Second pass, once every invoice has told how its client pays.
  const chronicLadder = settings.chronicPayers.earlyReminder
    ? earlyReminderLadder(settings, ladder)
    : ladder;
  for (const { invoice, plan, history, dueDate } of chased) {
    const steps =
      chronicLadder !== ladder && behaviour.rating(invoice.clientKey) === 'chronique'
        ? chronicLadder
        : ladder;
    const next = nextStepOf(steps, history, dueDate, today, capOrder, calendar);
    if (next === undefined) continue;
    plan.nextStep = next.step.id;
    plan.nextDate = next.date;
    if (next.date <= today) candidates.push({ invoice, plan, step: next.step, nominal: next.date });
  }

  const actions = chooseActions(
    candidates,
    journal.lastContact,
    settings,
    today,
    calendar,
    problems,
  );
  return { today, invoices: plans, actions, problems };
}

/**
 * The ladder for clients rated "retard chronique": the pre-due reminder goes out
 * `chronicPayers.daysBefore` days before the due date, even when the user turned that step off
 * for everyone else.
 */
function earlyReminderLadder(settings: Settings, ladder: readonly LadderStep[]): LadderStep[] {
  const base = settings.ladder.find((s) => s.id === 'pre-echeance');
  if (base === undefined) return [...ladder];
  const early: LadderStep = {
    ...base,
    enabled: true,
    offsetDays: -settings.chronicPayers.daysBefore,
  };
  return [early, ...ladder.filter((s) => s.id !== 'pre-echeance')];
}

/** Plain code-unit order: stable across runtimes, unlike localeCompare, and much faster. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function nominalDate(step: LadderStep, dueDate: Day, calendar: CalendarOptions): Day {
  return nextBusinessDay(addDays(dueDate, step.offsetDays), calendar);
}

/** The next step of an invoice and the day it falls due. */
function nextStepOf(
  ladder: readonly LadderStep[],
  history: InvoiceHistory,
  dueDate: Day,
  today: Day,
  capOrder: number,
  calendar: CalendarOptions,
): { step: LadderStep; date: Day } | undefined {
  let lastIndex = -1;
  ladder.forEach((step, i) => {
    if (history.steps[step.id] !== undefined) lastIndex = i;
  });
  if (lastIndex < 0) {
    // Never contacted: the highest step already due, but no higher than the cap; a reminder
    // "before the due date" only while the due date has not come.
    const eligible = ladder.filter(
      (s) =>
        (STEP_ORDER.get(s.id) ?? 0) <= capOrder && (s.id !== 'pre-echeance' || today < dueDate),
    );
    let chosen: { step: LadderStep; date: Day } | undefined;
    for (const step of eligible) {
      const date = nominalDate(step, dueDate, calendar);
      if (date <= today) chosen = { step, date };
      else return chosen ?? { step, date };
    }
    return chosen;
  }
  const previous = ladder[lastIndex] as LadderStep;
  const step = ladder[lastIndex + 1];
  if (step === undefined) return undefined;
  const previousDay = history.steps[previous.id] as Day;
  const afterGap = step.gapInBusinessDays
    ? addBusinessDays(previousDay, step.minGapDays, calendar)
    : addDays(previousDay, step.minGapDays);
  const date = nextBusinessDay(maxDay(addDays(dueDate, step.offsetDays), afterGap), calendar);
  return { step, date };
}

/**
 * One action per client and day: the highest step due goes first, with every invoice of that
 * client due for the same step; nothing for a client contacted less than `clientGapDays` ago.
 */
function chooseActions(
  candidates: readonly Candidate[],
  lastContact: ReadonlyMap<string, Day>,
  settings: Settings,
  today: Day,
  calendar: CalendarOptions,
  problems: Problem[],
): Action[] {
  const byClient = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const list = byClient.get(candidate.invoice.clientKey);
    if (list) list.push(candidate);
    else byClient.set(candidate.invoice.clientKey, [candidate]);
  }
  const actions: Action[] = [];
  const nextAllowed = (clientKey: string): Day => {
    const last = lastContact.get(clientKey);
    if (last === undefined) return today;
    return nextBusinessDay(addDays(last, Math.max(1, settings.clientGapDays)), calendar);
  };
  for (const [clientKey, list] of byClient) {
    const allowed = nextAllowed(clientKey);
    if (allowed > today) {
      for (const c of list) c.plan.nextDate = allowed;
      continue;
    }
    const usable = list.filter((c) => {
      if (c.step.channel === 'email' && c.invoice.emails.length === 0) {
        c.plan.problems.push(ENGINE_MESSAGES.noEmail);
        problems.push({
          row: c.invoice.row,
          column: 'Email',
          value: '',
          message: ENGINE_MESSAGES.noEmail,
          invoice: c.invoice.number,
        });
        return false;
      }
      return true;
    });
    if (usable.length === 0) continue;
    const highest = Math.max(...usable.map((c) => STEP_ORDER.get(c.step.id) ?? 0));
    const chosen = usable
      .filter((c) => STEP_ORDER.get(c.step.id) === highest)
      .sort((a, b) => compareText(a.invoice.number, b.invoice.number));
    const waiting = usable.filter((c) => STEP_ORDER.get(c.step.id) !== highest);
    const waitUntil = nextBusinessDay(
      addDays(today, Math.max(1, settings.clientGapDays)),
      calendar,
    );
    for (const c of waiting) c.plan.nextDate = waitUntil;
    const first = chosen[0] as Candidate;
    const to: string[] = [];
    for (const c of chosen)
      for (const email of c.invoice.emails) if (!to.includes(email)) to.push(email);
    const numbers = chosen.map((c) => c.invoice.number);
    actions.push({
      key: `${clientKey}|${first.step.id}|${formatIsoDay(today)}|${[...numbers].sort().join(',')}`,
      client: first.invoice.client,
      clientKey,
      step: first.step.id,
      channel: first.step.channel,
      invoices: numbers,
      to,
      language: first.invoice.language,
      balanceCents: chosen.reduce((sum, c) => sum + c.plan.balanceCents, 0) as Cents,
      dueOn: chosen.reduce((min, c) => (c.nominal < min ? c.nominal : min), first.nominal),
    });
  }
  return actions.sort(
    (a, b) =>
      a.client.localeCompare(b.client) ||
      (STEP_ORDER.get(b.step) ?? 0) - (STEP_ORDER.get(a.step) ?? 0),
  );
}
