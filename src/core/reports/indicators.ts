/**
 * Collection indicators, from the invoices, their plans and the journal. Pure; every amount in
 * cents, every figure reproducible by hand from the sheet.
 *
 * Methods (also in the README):
 * - Receivables: balance of every invoice not paid. Overdue: the part past its due date.
 * - Aged balance: receivables by days late — not due, 1–30, 31–60, 61–90, over 90.
 * - DSO, "comptable" method: receivables today ÷ amount invoiced (TTC) over the last `periodDays`
 *   days × `periodDays`. An invoice counts in the period by its issue date (its due date less the
 *   payment terms when the issue date is missing).
 * - Average days late of paid invoices: mean of (payment day − due day, at least 0) over invoices
 *   fully paid with a known payment day (the "Date de paiement" column, else the journal's last
 *   payment).
 * - Recovery rate of a month: amount collected during the month on invoices already past due,
 *   ÷ (overdue balance at the start of the month + balance that fell due during the month).
 * - Unpaid rate: overdue balance ÷ amount invoiced over the last 12 months.
 */
import { addDays, addMonthsToDay, firstOfMonth, formatIsoDay, type Day } from '../values/day';
import type { EventType, Invoice, InvoicePlan, InvoiceState, JournalEvent } from '../model';
import {
  invoiceDelay,
  PaymentBehaviour,
  settledOn,
  type ClientRating,
} from '../dunning/payer-rating';

export const AGE_BUCKETS = ['non échu', '1–30 j', '31–60 j', '61–90 j', '> 90 j'] as const;
export { ratingOf, type ClientRating } from '../dunning/payer-rating';

export interface MonthFigure {
  /** "2026-03" */
  month: string;
  invoicedCents: number;
  collectedLateCents: number;
  /** Percent, one decimal; null when nothing was overdue in the month. */
  recoveryRatePercent: number | null;
}

export interface ClientFigure {
  client: string;
  clientKey: string;
  openBalanceCents: number;
  overdueCents: number;
  averageDaysLate: number;
  reminders: number;
  rating: ClientRating;
}

export interface Indicators {
  date: string;
  receivablesCents: number;
  overdueCents: number;
  agedBalance: { bucket: (typeof AGE_BUCKETS)[number]; cents: number }[];
  dsoDays: number | null;
  dsoPeriodDays: number;
  averageDaysLatePaid: number | null;
  unpaidRatePercent: number | null;
  byState: Record<InvoiceState, number>;
  months: MonthFigure[];
  clients: ClientFigure[];
}

export interface IndicatorInput {
  invoices: readonly Invoice[];
  plans: readonly InvoicePlan[];
  events: readonly JournalEvent[];
  today: Day;
  paymentTermsDays: number;
  periodDays?: number;
}

const REMINDER_TYPES: ReadonlySet<EventType> = new Set(['sent', 'call', 'letter-to-post', 'task']);
const round1 = (value: number) => Math.round(value * 10) / 10;

/** The last month the twelve-month trend holds in full (the one before the current month). */
export function lastCompleteMonth(indicators: Indicators): MonthFigure | undefined {
  return indicators.months[indicators.months.length - 2];
}

export function computeIndicators(input: IndicatorInput): Indicators {
  const { today } = input;
  const periodDays = input.periodDays ?? 90;
  const planOf = new Map(input.plans.map((p) => [p.number, p]));
  const payments = new Map<string, { day: Day; cents: number }[]>();
  for (const event of input.events) {
    if (event.type !== 'payment' || event.amountCents === undefined || event.day > today) continue;
    const number = event.invoices[0];
    if (number === undefined) continue;
    const payment = { day: event.date ?? event.day, cents: event.amountCents };
    const list = payments.get(number);
    if (list === undefined) payments.set(number, [payment]);
    else list.push(payment);
  }
  const issueOf = (invoice: Invoice) =>
    invoice.issueDate ?? addDays(invoice.dueDate, -input.paymentTermsDays);

  let receivables = 0;
  let overdue = 0;
  const aged = AGE_BUCKETS.map((bucket) => ({ bucket, cents: 0 }));
  const byState: Record<InvoiceState, number> = {
    'not-due': 0,
    active: 0,
    promise: 0,
    dispute: 0,
    plan: 0,
    hold: 0,
    recourse: 0,
    prescribed: 0,
    paid: 0,
  };
  let invoicedPeriod = 0;
  let invoicedYear = 0;
  const lateness: number[] = [];
  const behaviour = new PaymentBehaviour();
  const lastPaymentDay = (number: string): Day | undefined =>
    payments
      .get(number)
      ?.reduce<Day | undefined>(
        (last, p) => (last === undefined || p.day > last ? p.day : last),
        undefined,
      );
  const clientMap = new Map<string, ClientFigure>();
  const yearStart = addDays(today, -365);

  for (const invoice of input.invoices) {
    const plan = planOf.get(invoice.number);
    const balance =
      plan?.state === 'paid' ? 0 : (plan?.balanceCents ?? invoice.amountCents - invoice.paidCents);
    const dueDate = plan?.dueDate ?? invoice.dueDate;
    const daysLate = today - dueDate;
    const issued = issueOf(invoice);
    if (issued > addDays(today, -periodDays) && issued <= today)
      invoicedPeriod += invoice.amountCents;
    if (issued > yearStart && issued <= today) invoicedYear += invoice.amountCents;
    if (plan !== undefined)
      byState[plan.state] += plan.state === 'paid' ? invoice.amountCents : balance;
    const client = clientMap.get(invoice.clientKey) ?? {
      client: invoice.client,
      clientKey: invoice.clientKey,
      openBalanceCents: 0,
      overdueCents: 0,
      averageDaysLate: 0,
      reminders: 0,
      rating: 'ponctuel' as ClientRating,
    };
    clientMap.set(invoice.clientKey, client);
    const open = balance > 0;
    if (open) {
      receivables += balance;
      client.openBalanceCents += balance;
      const bucket =
        daysLate <= 0 ? 0 : daysLate <= 30 ? 1 : daysLate <= 60 ? 2 : daysLate <= 90 ? 3 : 4;
      (aged[bucket] as { cents: number }).cents += balance;
      if (daysLate > 0) {
        overdue += balance;
        client.overdueCents += balance;
      }
    }
    const paidDay = open
      ? undefined
      : settledOn(invoice.paymentDate, lastPaymentDay(invoice.number));
    const delay = invoiceDelay(open, dueDate, today, paidDay);
    behaviour.add(invoice.clientKey, delay);
    if (!open && delay !== undefined) lateness.push(delay);
  }
  const clientOfInvoice = new Map(input.invoices.map((i) => [i.number, i.clientKey]));
  for (const event of input.events) {
    if (
      !REMINDER_TYPES.has(event.type) ||
      event.state === 'planned' ||
      event.state === 'deferred' ||
      event.state === 'failed'
    )
      continue;
    const number = event.invoices[0];
    const clientKey = number === undefined ? undefined : clientOfInvoice.get(number);
    const client = clientKey === undefined ? undefined : clientMap.get(clientKey);
    if (client) client.reminders += 1;
  }

  // Twelve months ending with the current one; bounds[m] is the first day of month m, bounds[12]
  // the first day after. One pass over the invoices fills the twelve months.
  const thisMonth = firstOfMonth(today);
  const bounds = Array.from({ length: 13 }, (_, i) => addMonthsToDay(thisMonth, i - 11));
  const monthOf = (day: Day): number => {
    if (day < (bounds[0] as Day) || day >= (bounds[12] as Day)) return -1;
    let m = 11;
    while (day < (bounds[m] as Day)) m -= 1;
    return m;
  };
  const invoicedBy = new Array<number>(12).fill(0);
  const collectedBy = new Array<number>(12).fill(0);
  const baseBy = new Array<number>(12).fill(0);
  for (const invoice of input.invoices) {
    const issuedIn = monthOf(issueOf(invoice));
    if (issuedIn >= 0) invoicedBy[issuedIn] = (invoicedBy[issuedIn] ?? 0) + invoice.amountCents;
    const due = planOf.get(invoice.number)?.dueDate ?? invoice.dueDate;
    const list = payments.get(invoice.number) ?? [];
    let journalPaid = 0;
    for (const p of list) journalPaid += p.cents;
    // A row marked "Payée" without a paid amount was paid in full, less what the journal holds.
    const sheetPaid = invoice.markedPaid
      ? Math.max(invoice.paidCents, invoice.amountCents - journalPaid)
      : invoice.paidCents;
    const sheetDay = invoice.paymentDate;
    // Collected after the due date, in the month it came in.
    for (const p of list) {
      const m = p.day > due ? monthOf(p.day) : -1;
      if (m >= 0) collectedBy[m] = (collectedBy[m] ?? 0) + p.cents;
    }
    if (sheetDay !== undefined && sheetPaid > 0 && sheetDay > due) {
      const m = monthOf(sheetDay);
      if (m >= 0) collectedBy[m] = (collectedBy[m] ?? 0) + sheetPaid;
    }
    // Balance overdue at the start of each month, or falling due during it (a sheet payment
    // without a date counts as paid all along).
    for (let m = 0; m < 12; m += 1) {
      const monthFirst = bounds[m] as Day;
      if (due >= (bounds[m + 1] as Day)) continue;
      const cutoff = due < monthFirst ? monthFirst : addDays(due, 1);
      let paidBefore = sheetDay === undefined || sheetDay < cutoff ? sheetPaid : 0;
      for (const p of list) if (p.day < cutoff) paidBefore += p.cents;
      baseBy[m] = (baseBy[m] ?? 0) + Math.max(0, invoice.amountCents - paidBefore);
    }
  }
  const months: MonthFigure[] = bounds.slice(0, 12).map((first, m) => {
    const base = baseBy[m] ?? 0;
    const collectedLate = collectedBy[m] ?? 0;
    return {
      month: formatIsoDay(first).slice(0, 7),
      invoicedCents: invoicedBy[m] ?? 0,
      collectedLateCents: collectedLate,
      recoveryRatePercent: base > 0 ? round1((collectedLate * 100) / base) : null,
    };
  });

  const clients = [...clientMap.values()]
    .map((client) => ({
      ...client,
      averageDaysLate: behaviour.averageDaysLate(client.clientKey),
      rating: behaviour.rating(client.clientKey),
    }))
    .sort((a, b) => b.overdueCents - a.overdueCents || b.openBalanceCents - a.openBalanceCents);

  return {
    date: formatIsoDay(today),
    receivablesCents: receivables,
    overdueCents: overdue,
    agedBalance: aged,
    dsoDays: invoicedPeriod > 0 ? round1((receivables / invoicedPeriod) * periodDays) : null,
    dsoPeriodDays: periodDays,
    averageDaysLatePaid:
      lateness.length === 0 ? null : round1(lateness.reduce((a, b) => a + b, 0) / lateness.length),
    unpaidRatePercent: invoicedYear > 0 ? round1((overdue * 100) / invoicedYear) : null,
    byState,
    months,
    clients,
  };
}
