/**
 * Collection indicators, from the invoices, their standings and the journal. Pure; every amount in
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
import type { EventType, Invoice, InvoiceStanding, InvoiceState, JournalEvent } from '../model';
import {
  invoiceDelay,
  PaymentBehaviour,
  settledOn,
  type ClientRating,
} from '../dunning/payer-rating';

/** The aged balance's buckets, by days late; the dashboard names them in each language. */
export const AGE_BUCKETS = ['not-due', '1-30', '31-60', '61-90', 'over-90'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];
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
  agedBalance: { bucket: AgeBucket; cents: number }[];
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
  standings: readonly InvoiceStanding[];
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
interface Payment {
  day: Day;
  cents: number;
}

/** What every figure reads: the input, the standings by invoice, the journal's payments by invoice. */
interface Sources {
  input: IndicatorInput;
  periodDays: number;
  standingByNumber: ReadonlyMap<string, InvoiceStanding>;
  payments: ReadonlyMap<string, readonly Payment[]>;
}

/** The journal's payments up to today, per invoice, each on the day the money came in. */
function paymentsByInvoice(events: readonly JournalEvent[], today: Day): Map<string, Payment[]> {
  const payments = new Map<string, Payment[]>();
  for (const event of events) {
    if (event.type !== 'payment' || event.amountCents === undefined || event.day > today) continue;
    const number = event.invoices[0];
    if (number === undefined) continue;
    const payment = { day: event.date ?? event.day, cents: event.amountCents };
    const list = payments.get(number);
    if (list === undefined) payments.set(number, [payment]);
    else list.push(payment);
  }
  return payments;
}

const issueOf = (invoice: Invoice, paymentTermsDays: number): Day =>
  invoice.issueDate ?? addDays(invoice.dueDate, -paymentTermsDays);

const lastPaymentDay = (list: readonly Payment[] | undefined): Day | undefined =>
  list?.reduce<Day | undefined>(
    (last, p) => (last === undefined || p.day > last ? p.day : last),
    undefined,
  );

/** Today's figures of the invoices, added up one invoice at a time. */
interface Tally {
  receivables: number;
  overdue: number;
  aged: { bucket: AgeBucket; cents: number }[];
  byState: Record<InvoiceState, number>;
  invoicedPeriod: number;
  invoicedYear: number;
  /** Days late of each paid invoice. */
  lateness: number[];
  behaviour: PaymentBehaviour;
  /** By client key, in the order the clients first appear in the sheet. */
  clients: Map<string, ClientFigure>;
}

function emptyTally(): Tally {
  return {
    receivables: 0,
    overdue: 0,
    aged: AGE_BUCKETS.map((bucket) => ({ bucket, cents: 0 })),
    byState: {
      'not-due': 0,
      active: 0,
      promise: 0,
      dispute: 0,
      'payment-plan': 0,
      hold: 0,
      recourse: 0,
      prescribed: 0,
      paid: 0,
    },
    invoicedPeriod: 0,
    invoicedYear: 0,
    lateness: [],
    behaviour: new PaymentBehaviour(),
    clients: new Map(),
  };
}

function clientFigureOf(clients: Map<string, ClientFigure>, invoice: Invoice): ClientFigure {
  const client = clients.get(invoice.clientKey) ?? {
    client: invoice.client,
    clientKey: invoice.clientKey,
    openBalanceCents: 0,
    overdueCents: 0,
    averageDaysLate: 0,
    reminders: 0,
    rating: 'punctual' as ClientRating,
  };
  clients.set(invoice.clientKey, client);
  return client;
}

const ageBucket = (daysLate: number): number =>
  daysLate <= 0 ? 0 : daysLate <= 30 ? 1 : daysLate <= 60 ? 2 : daysLate <= 90 ? 3 : 4;

function addOpenBalance(
  tally: Tally,
  client: ClientFigure,
  balance: number,
  daysLate: number,
): void {
  tally.receivables += balance;
  client.openBalanceCents += balance;
  (tally.aged[ageBucket(daysLate)] as { cents: number }).cents += balance;
  if (daysLate > 0) {
    tally.overdue += balance;
    client.overdueCents += balance;
  }
}

function addInvoice(tally: Tally, invoice: Invoice, sources: Sources): void {
  const { today, paymentTermsDays } = sources.input;
  const standing = sources.standingByNumber.get(invoice.number);
  const balance =
    standing?.state === 'paid'
      ? 0
      : (standing?.balanceCents ?? invoice.amountCents - invoice.paidCents);
  const dueDate = standing?.dueDate ?? invoice.dueDate;
  const issued = issueOf(invoice, paymentTermsDays);
  if (issued > addDays(today, -sources.periodDays) && issued <= today)
    tally.invoicedPeriod += invoice.amountCents;
  if (issued > addDays(today, -365) && issued <= today) tally.invoicedYear += invoice.amountCents;
  if (standing !== undefined)
    tally.byState[standing.state] += standing.state === 'paid' ? invoice.amountCents : balance;
  const client = clientFigureOf(tally.clients, invoice);
  const open = balance > 0;
  if (open) addOpenBalance(tally, client, balance, today - dueDate);
  const paidDay = open
    ? undefined
    : settledOn(invoice.paymentDate, lastPaymentDay(sources.payments.get(invoice.number)));
  const delay = invoiceDelay(open, dueDate, today, paidDay);
  tally.behaviour.add(invoice.clientKey, delay);
  if (!open && delay !== undefined) tally.lateness.push(delay);
}

/** Each client's reminders actually made (sent, called, posted, done), from the journal. */
function countReminders(input: IndicatorInput, clients: ReadonlyMap<string, ClientFigure>): void {
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
    const client = clientKey === undefined ? undefined : clients.get(clientKey);
    if (client) client.reminders += 1;
  }
}

/**
 * Twelve months ending with the current one; bounds[m] is the first day of month m, bounds[12]
 * the first day after.
 */
class MonthGrid {
  readonly bounds: Day[];

  constructor(today: Day) {
    const thisMonth = firstOfMonth(today);
    this.bounds = Array.from({ length: 13 }, (_, i) => addMonthsToDay(thisMonth, i - 11));
  }

  first(m: number): Day {
    return this.bounds[m] as Day;
  }

  /** The month holding `day`, or -1 outside the twelve. */
  indexOf(day: Day): number {
    if (day < this.first(0) || day >= this.first(12)) return -1;
    let m = 11;
    while (day < this.first(m)) m -= 1;
    return m;
  }
}

/** The twelve months' sums, filled in one pass over the invoices. */
interface MonthSums {
  invoiced: number[];
  collectedLate: number[];
  /** Balance overdue at the start of the month or falling due during it. */
  base: number[];
}

const addAt = (sums: number[], m: number, cents: number): void => {
  if (m >= 0) sums[m] = (sums[m] ?? 0) + cents;
};

/** What the sheet says was paid: a row marked "Payée" without an amount, in full less the journal's. */
function sheetPaidCents(invoice: Invoice, journal: readonly Payment[]): number {
  let journalPaid = 0;
  for (const p of journal) journalPaid += p.cents;
  return invoice.markedPaid
    ? Math.max(invoice.paidCents, invoice.amountCents - journalPaid)
    : invoice.paidCents;
}

function addInvoiceMonths(
  sums: MonthSums,
  grid: MonthGrid,
  invoice: Invoice,
  sources: Sources,
): void {
  addAt(
    sums.invoiced,
    grid.indexOf(issueOf(invoice, sources.input.paymentTermsDays)),
    invoice.amountCents,
  );
  const due = sources.standingByNumber.get(invoice.number)?.dueDate ?? invoice.dueDate;
  const journal = sources.payments.get(invoice.number) ?? [];
  const sheetPaid = sheetPaidCents(invoice, journal);
  const sheetDay = invoice.paymentDate;
  // Collected after the due date, in the month it came in.
  for (const p of journal)
    addAt(sums.collectedLate, p.day > due ? grid.indexOf(p.day) : -1, p.cents);
  if (sheetDay !== undefined && sheetPaid > 0 && sheetDay > due)
    addAt(sums.collectedLate, grid.indexOf(sheetDay), sheetPaid);
  // Balance overdue at the start of each month, or falling due during it (a sheet payment
  // without a date counts as paid all along).
  for (let m = 0; m < 12; m += 1) {
    const monthFirst = grid.first(m);
    if (due >= grid.first(m + 1)) continue;
    const cutoff = due < monthFirst ? monthFirst : addDays(due, 1);
    let paidBefore = sheetDay === undefined || sheetDay < cutoff ? sheetPaid : 0;
    for (const p of journal) if (p.day < cutoff) paidBefore += p.cents;
    addAt(sums.base, m, Math.max(0, invoice.amountCents - paidBefore));
  }
}

/** Invoiced, collected late and recovery rate for each of the last twelve months. */
function monthlyTrend(sources: Sources): MonthFigure[] {
  const grid = new MonthGrid(sources.input.today);
  const zeros = () => new Array<number>(12).fill(0);
  const sums: MonthSums = { invoiced: zeros(), collectedLate: zeros(), base: zeros() };
  for (const invoice of sources.input.invoices) addInvoiceMonths(sums, grid, invoice, sources);
  return grid.bounds.slice(0, 12).map((first, m) => {
    const base = sums.base[m] ?? 0;
    const collectedLate = sums.collectedLate[m] ?? 0;
    return {
      month: formatIsoDay(first).slice(0, 7),
      invoicedCents: sums.invoiced[m] ?? 0,
      collectedLateCents: collectedLate,
      recoveryRatePercent: base > 0 ? round1((collectedLate * 100) / base) : null,
    };
  });
}

/** The clients with their rating, most overdue first, then largest open balance. */
function rankClients(tally: Tally): ClientFigure[] {
  return [...tally.clients.values()]
    .map((client) => ({
      ...client,
      averageDaysLate: tally.behaviour.averageDaysLate(client.clientKey),
      rating: tally.behaviour.rating(client.clientKey),
    }))
    .sort((a, b) => b.overdueCents - a.overdueCents || b.openBalanceCents - a.openBalanceCents);
}

export function computeIndicators(input: IndicatorInput): Indicators {
  const periodDays = input.periodDays ?? 90;
  const sources: Sources = {
    input,
    periodDays,
    standingByNumber: new Map(input.standings.map((p) => [p.number, p])),
    payments: paymentsByInvoice(input.events, input.today),
  };
  const tally = emptyTally();
  for (const invoice of input.invoices) addInvoice(tally, invoice, sources);
  countReminders(input, tally.clients);
  const { receivables, overdue, invoicedPeriod, invoicedYear, lateness } = tally;
  return {
    date: formatIsoDay(input.today),
    receivablesCents: receivables,
    overdueCents: overdue,
    agedBalance: tally.aged,
    dsoDays: invoicedPeriod > 0 ? round1((receivables / invoicedPeriod) * periodDays) : null,
    dsoPeriodDays: periodDays,
    averageDaysLatePaid:
      lateness.length === 0 ? null : round1(lateness.reduce((a, b) => a + b, 0) / lateness.length),
    unpaidRatePercent: invoicedYear > 0 ? round1((overdue * 100) / invoicedYear) : null,
    byState: tally.byState,
    months: monthlyTrend(sources),
    clients: rankClients(tally),
  };
}
