/**
 * What the sidebar shows, as plain JSON (no Date crosses google.script.run): the day's actions
 * grouped by client with their preview, the problems, the sends to verify, and one client's
 * invoices and history, labelled in the interface language. Pure: built from the plan, the
 * execution plan and the journal.
 */
import { formatIsoDay, type Day } from '../values/day';
import { lastCompleteMonth, type ClientRating, type Indicators } from '../reports/indicators';
import { RATING_LABELS } from '../dunning/payer-rating';
import type { PendingEcbRate } from '../dunning/ecb-confirmation';
import type { ExecutionStep } from './execution';
import type { InvoiceStanding, JournalEvent, Language, Plan, Problem } from '../model';
import { clientNameKey } from '../values/keys';
import { EVENT_STATE_LABELS, EVENT_TYPE_LABELS, STATE_LABELS, STEP_LABELS } from '../words/labels';
import { PLAN_WORDS } from '../words/plan';

export interface TodayAction {
  key: string;
  step: string;
  stepLabel: string;
  kind: ExecutionStep['kind'];
  invoices: string[];
  to: string[];
  balanceCents: number;
  subject: string;
  body: string;
  letter: string | null;
}

export interface TodayClient {
  client: string;
  clientKey: string;
  actions: TodayAction[];
}

export interface VerifyItem {
  eventId: string;
  client: string;
  invoices: string[];
  step: string;
  subject: string;
  day: string;
}

/** The figures at the top of "Aujourd'hui" (same methods as the Tableau de bord). */
export interface Headline {
  receivablesCents: number;
  overdueCents: number;
  dsoDays: number | null;
  dsoPeriodDays: number;
  unpaidRatePercent: number | null;
  /** Last complete month, "2026-10", and its recovery rate. */
  recoveryMonth: string | null;
  recoveryRatePercent: number | null;
}

export function headlineOf(indicators: Indicators): Headline {
  const lastMonth = lastCompleteMonth(indicators);
  return {
    receivablesCents: indicators.receivablesCents,
    overdueCents: indicators.overdueCents,
    dsoDays: indicators.dsoDays,
    dsoPeriodDays: indicators.dsoPeriodDays,
    unpaidRatePercent: indicators.unpaidRatePercent,
    recoveryMonth: lastMonth?.month ?? null,
    recoveryRatePercent: lastMonth?.recoveryRatePercent ?? null,
  };
}

export interface TodayView {
  date: string;
  headline: Headline;
  /** Tab the problems' row numbers refer to. */
  invoiceSheet: string;
  clients: TodayClient[];
  problems: Problem[];
  toVerify: VerifyItem[];
  totals: { followed: number; overdueCents: number; actions: number };
  /** The ECB rate of today's half-year, past the table, awaiting the user's confirmation. */
  pendingEcbRate?: PendingEcbRate;
}

export function buildTodayView(
  plan: Plan,
  steps: readonly ExecutionStep[],
  events: readonly JournalEvent[],
  indicators: Indicators,
  invoiceSheet: string,
  language: Language = 'fr',
): TodayView {
  const clients = new Map<string, TodayClient>();
  for (const step of steps) {
    const { action, message } = step;
    let group = clients.get(action.clientKey);
    if (!group) {
      group = { client: action.client, clientKey: action.clientKey, actions: [] };
      clients.set(action.clientKey, group);
    }
    group.actions.push({
      key: action.key,
      step: action.step,
      stepLabel:
        action.formalNoticeCopy === true
          ? PLAN_WORDS.formalNoticeCopy[language](STEP_LABELS[action.step][language])
          : STEP_LABELS[action.step][language],
      kind: step.kind,
      invoices: [...action.invoices],
      to: [...action.to],
      balanceCents: action.balanceCents,
      subject: message.subject,
      body: message.body,
      letter: message.letter ?? null,
    });
  }
  const followed = plan.standings.filter((i) => i.state !== 'paid');
  return {
    date: formatIsoDay(plan.today),
    headline: headlineOf(indicators),
    invoiceSheet,
    clients: [...clients.values()],
    problems: plan.problems,
    toVerify: events
      .filter((e) => e.state === 'to-verify')
      .map((e) => ({
        eventId: e.id,
        client: e.client,
        invoices: [...e.invoices],
        step: e.step === undefined ? '' : STEP_LABELS[e.step][language],
        subject: e.subject ?? '',
        day: formatIsoDay(e.day),
      })),
    totals: {
      followed: followed.length,
      overdueCents: followed
        .filter((i) => i.daysLate > 0)
        .reduce((sum, i) => sum + i.balanceCents, 0),
      actions: steps.length,
    },
  };
}

export interface ClientInvoice {
  number: string;
  dueDate: string;
  balanceCents: number;
  daysLate: number;
  interestCents: number;
  indemnityCents: number;
  state: string;
  stateLabel: string;
  nextStep: string | null;
  nextDate: string | null;
}

export interface ClientHistoryItem {
  day: string;
  type: string;
  step: string;
  invoices: string[];
  detail: string;
  state: string;
  amountCents: number | null;
  date: string | null;
  link: string | null;
}

export interface ClientView {
  client: string;
  clientKey: string;
  invoices: ClientInvoice[];
  openBalanceCents: number;
  history: ClientHistoryItem[];
  /** How the client pays, over its whole history in the sheet and the journal. */
  behaviour: {
    rating: ClientRating;
    ratingLabel: string;
    averageDaysLate: number;
    reminders: number;
  };
}

export function buildClientView(
  clientKey: string,
  standings: readonly InvoiceStanding[],
  events: readonly JournalEvent[],
  indicators: Indicators,
  language: Language = 'fr',
): ClientView | undefined {
  const mine = standings.filter((p) => p.clientKey === clientKey);
  const first = mine[0];
  if (first === undefined) return undefined;
  const numbers = new Set(mine.map((p) => p.number));
  const names = new Set(mine.map((p) => clientNameKey(p.client)));
  const figure = indicators.clients.find((c) => c.clientKey === clientKey);
  const iso = (day: Day | undefined) => (day === undefined ? null : formatIsoDay(day));
  // A paid invoice stays while the penalties claimed on it are owed (to pay or waive them).
  const invoices = mine
    .filter((p) => p.state !== 'paid' || p.interestCents + p.indemnityCents > 0)
    .map((p) => ({
      number: p.number,
      dueDate: formatIsoDay(p.dueDate),
      balanceCents: p.balanceCents,
      daysLate: p.daysLate,
      interestCents: p.interestCents,
      indemnityCents: p.indemnityCents,
      state: p.state,
      stateLabel: STATE_LABELS[p.state][language],
      nextStep: p.nextStep === undefined ? null : STEP_LABELS[p.nextStep][language],
      nextDate: iso(p.nextDate),
    }));
  const history = clientHistory(
    events.filter(
      (e) =>
        e.invoices.some((n) => numbers.has(n)) ||
        (e.invoices.length === 0 && names.has(clientNameKey(e.client))),
    ),
    language,
  );
  return {
    client: first.client,
    clientKey,
    invoices,
    openBalanceCents: invoices.reduce((sum, i) => sum + i.balanceCents, 0),
    history,
    behaviour: {
      rating: figure?.rating ?? 'punctual',
      ratingLabel: RATING_LABELS[figure?.rating ?? 'punctual'][language],
      averageDaysLate: figure?.averageDaysLate ?? 0,
      reminders: figure?.reminders ?? 0,
    },
  };
}

/** The client's events, latest first, labelled in `language`. */
function clientHistory(events: readonly JournalEvent[], language: Language): ClientHistoryItem[] {
  const iso = (day: Day | undefined) => (day === undefined ? null : formatIsoDay(day));
  return [...events]
    .sort((a, b) => b.day - a.day)
    .map((e) => ({
      day: formatIsoDay(e.day),
      type: EVENT_TYPE_LABELS[e.type][language],
      step: e.step === undefined ? '' : STEP_LABELS[e.step][language],
      invoices: [...e.invoices],
      detail: e.detail ?? e.subject ?? '',
      state: EVENT_STATE_LABELS[e.state][language],
      amountCents: e.amountCents ?? null,
      date: iso(e.date),
      link: e.link ?? null,
    }));
}
