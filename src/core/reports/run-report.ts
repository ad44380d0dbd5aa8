/**
 * The outcome of one run as plain JSON (ISO days, cents): what the CLI writes to
 * reports/DATE.json and what the sidebar shows. Built from the plan; the executor adds outcomes.
 */
import { formatIsoDay } from '../values/day';
import type { Action, ActionOutcome, Channel, InvoiceState, Plan, Problem, StepId } from '../model';

export interface ReportInvoice {
  number: string;
  client: string;
  state: InvoiceState;
  dueDate: string;
  balanceCents: number;
  daysLate: number;
  lastStep: StepId | null;
  lastStepDate: string | null;
  nextStep: StepId | null;
  nextDate: string | null;
  interestCents: number;
  indemnityCents: number;
  problems: string[];
}

export interface ReportAction {
  key: string;
  client: string;
  step: StepId;
  channel: Channel;
  invoices: string[];
  to: string[];
  balanceCents: number;
  dueOn: string;
  outcome: ActionOutcome;
  reason?: string;
  subject?: string;
  documents?: string[];
}

export interface RunReport {
  date: string;
  /** 'idle': a firing of the hourly trigger that had nothing to do at that hour. */
  status: 'ok' | 'idle' | 'busy' | 'no-invoice-table' | 'auth-required' | 'refused';
  message: string;
  invoiceSheet: string;
  invoices: ReportInvoice[];
  actions: ReportAction[];
  problems: Problem[];
  totals: {
    invoices: number;
    followed: number;
    overdueCents: number;
    actions: number;
    problems: number;
  };
}

export function reportAction(action: Action, outcome: ActionOutcome = 'planned'): ReportAction {
  return {
    key: action.key,
    client: action.client,
    step: action.step,
    channel: action.channel,
    invoices: [...action.invoices],
    to: [...action.to],
    balanceCents: action.balanceCents,
    dueOn: formatIsoDay(action.dueOn),
    outcome,
  };
}

export function buildRunReport(
  plan: Plan,
  invoiceSheet: string,
  extraProblems: readonly Problem[] = [],
): RunReport {
  const problems = [...plan.problems, ...extraProblems];
  const invoices = plan.standings.map((i): ReportInvoice => ({
    number: i.number,
    client: i.client,
    state: i.state,
    dueDate: formatIsoDay(i.dueDate),
    balanceCents: i.balanceCents,
    daysLate: i.daysLate,
    lastStep: i.lastStep ?? null,
    lastStepDate: i.lastStepDate === undefined ? null : formatIsoDay(i.lastStepDate),
    nextStep: i.nextStep ?? null,
    nextDate: i.nextDate === undefined ? null : formatIsoDay(i.nextDate),
    interestCents: i.interestCents,
    indemnityCents: i.indemnityCents,
    problems: [...i.problems],
  }));
  const followed = invoices.filter((i) => i.state !== 'paid');
  return {
    date: formatIsoDay(plan.today),
    status: 'ok',
    message: '',
    invoiceSheet,
    invoices,
    actions: plan.actions.map((a) => reportAction(a)),
    problems,
    totals: {
      invoices: invoices.length,
      followed: followed.length,
      overdueCents: followed
        .filter((i) => i.daysLate > 0)
        .reduce((sum, i) => sum + i.balanceCents, 0),
      actions: plan.actions.length,
      problems: problems.length,
    },
  };
}
