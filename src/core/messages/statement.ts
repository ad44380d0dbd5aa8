/**
 * The relevé de compte (account statement) of one client: its open invoices, the payments
 * received, the balance, and the late penalties period by period (half-years and payments, as
 * L441-10 splits them), with the fixed indemnities (D441-5). Sent as a PDF from the courrier de
 * rappel on, and the mise en demeure's annex. Figures come from the same functions as the engine's,
 * so the statement and the Suivi never disagree.
 */
import { balanceSegments } from '../dunning/invoice-standing';
import { foldHistory } from '../dunning/journal-fold';
import {
  ecbMarginPoints,
  halfYearStart,
  lateInterestOnBalances,
  rateChoiceFor,
  type InterestPeriod,
  type RateChoice,
} from '../dunning/penalties';
import type { Invoice, InvoiceStanding, JournalEvent } from '../model';
import type { Settings } from '../settings/settings';
import { addDays, parseIsoDay, type Day } from '../values/day';
import type { Cents } from '../values/money';

export interface StatementInvoice {
  number: string;
  issueDate?: Day;
  dueDate: Day;
  amountCents: Cents;
  paidCents: Cents;
  balanceCents: Cents;
  daysLate: number;
  interestCents: Cents;
  indemnityCents: Cents;
}

export interface StatementPayment {
  /** Undefined for an amount typed in the sheet's « Montant payé » without a date. */
  day?: Day;
  invoice: string;
  amountCents: Cents;
}

/** One stretch of a penalty: one invoice, one half-year, one balance. */
export interface PenaltyPeriod {
  invoice: string;
  from: Day;
  to: Day;
  days: number;
  baseCents: Cents;
  ratePercent: number;
  /**
   * The ECB rate behind a legal rate (rate − 10 points, L441-10) or a public buyer's (rate − 8
   * points, R2192-31); undefined for a contractual rate.
   */
  ecbPercent?: number;
  /** The points added to that ECB rate: 10, or 8 for a public buyer. */
  marginPoints?: number;
  /** Rounded so that an invoice's periods add up exactly to its penalty total. */
  cents: Cents;
  /** The ECB rate of the half-year is past the table and unconfirmed: no figure is stated. */
  provisional?: true;
  /** The first day of the half-year whose ECB rate applies (« taux BCE en vigueur au … »). */
  ecbDay?: Day;
}

export interface AccountStatement {
  client: string;
  today: Day;
  /** Penalties and indemnities apply (a professional, or consumers charged by choice). */
  chargeable: boolean;
  /**
   * A public buyer: moratory interest and indemnity under the Code de la commande publique
   * (L2192-13, R2192-31, D2192-35), not the Code de commerce.
   */
  publicBuyer: boolean;
  invoices: StatementInvoice[];
  payments: StatementPayment[];
  penalties: PenaltyPeriod[];
  /** Some penalty is computed at an ECB rate not yet confirmed: the sums are provisional. */
  provisional: boolean;
  totals: {
    amountCents: Cents;
    paidCents: Cents;
    balanceCents: Cents;
    interestCents: Cents;
    indemnityCents: Cents;
    claimedCents: Cents;
  };
}

export interface StatementInput {
  client: string;
  /**
   * The client's invoices to show: the open ones the message is about, and those paid late whose
   * claimed penalties and indemnity are still owed (Action.keptInvoices).
   */
  invoices: readonly Invoice[];
  standings: readonly InvoiceStanding[];
  events: readonly JournalEvent[];
  settings: Settings;
  /** The day the sums are arrêtées au: the penalties run to it (the caller names it). */
  today: Day;
}

/**
 * Rounds each period's exact interest so that the rounded parts sum to the rounded total
 * (largest remainders get the spare cents): a reader adding up the lines finds the total.
 */
export function allocateRounded(exact: readonly number[], total: number): number[] {
  const floors = exact.map((value) => Math.floor(value + 1e-9));
  let spare = total - floors.reduce((sum, value) => sum + value, 0);
  const order = exact
    .map((value, i) => ({ i, fraction: value - (floors[i] as number) }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of order) {
    if (spare <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    spare -= 1;
  }
  return floors;
}

function invoiceEvents(events: readonly JournalEvent[], number: string): JournalEvent[] {
  return events.filter((e) => e.invoices.includes(number)).sort((a, b) => a.day - b.day);
}

function periodsOf(
  invoice: Invoice,
  standing: InvoiceStanding,
  history: ReturnType<typeof foldHistory>,
  input: StatementInput,
): PenaltyPeriod[] {
  // A client of unknown type is charged nothing until the user says (dunning/client-kind.ts).
  if (invoice.clientType === undefined) return [];
  const rates = rateChoiceFor(invoice.clientType, input.settings.penalties);
  const margin = ecbMarginPoints(rates.mode);
  const { segments } = balanceSegments(invoice, history, standing.dueDate);
  const result = lateInterestOnBalances(standing.dueDate, input.today, segments, rates);
  const rounded = allocateRounded(
    result.periods.map((p) => p.exactCents),
    result.cents,
  );
  return result.periods.map((period: InterestPeriod, i) => {
    const line: PenaltyPeriod = {
      invoice: invoice.number,
      from: parseIsoDay(period.from) as Day,
      to: parseIsoDay(period.to) as Day,
      days: period.days,
      baseCents: period.balanceCents as Cents,
      ratePercent: period.ratePercent,
      cents: (rounded[i] ?? 0) as Cents,
    };
    if (margin !== undefined) {
      line.ecbPercent = Math.round((period.ratePercent - margin) * 1e6) / 1e6;
      line.marginPoints = margin;
      line.ecbDay = ecbDayOf(line.from, standing.dueDate, rates.mode);
    }
    if (period.provisional === true) line.provisional = true;
    return line;
  });
}

/** The day whose ECB rate a period uses: its half-year's start (R2192-31: the first late day's). */
function ecbDayOf(from: Day, dueDate: Day, mode: RateChoice['mode']): Day {
  return halfYearStart(mode === 'public-buyer' ? addDays(dueDate, 1) : from);
}

function paymentsOf(invoice: Invoice, history: ReturnType<typeof foldHistory>): StatementPayment[] {
  const payments: StatementPayment[] = [];
  if (invoice.paidCents > 0) {
    const sheet: StatementPayment = { invoice: invoice.number, amountCents: invoice.paidCents };
    if (invoice.paymentDate !== undefined) sheet.day = invoice.paymentDate;
    payments.push(sheet);
  }
  for (const payment of history.payments)
    payments.push({ day: payment.day, invoice: invoice.number, amountCents: payment.amountCents });
  return payments;
}

export function buildStatement(input: StatementInput): AccountStatement {
  const standingByNumber = new Map(input.standings.map((p) => [p.number, p]));
  const chargeable = input.invoices.some(
    (i) => i.clientType !== undefined && i.clientType !== 'consumer',
  );
  const statement: AccountStatement = {
    client: input.client,
    today: input.today,
    chargeable,
    publicBuyer: input.invoices.some((i) => i.clientType === 'public-buyer'),
    invoices: [],
    payments: [],
    penalties: [],
    provisional: false,
    totals: {
      amountCents: 0 as Cents,
      paidCents: 0 as Cents,
      balanceCents: 0 as Cents,
      interestCents: 0 as Cents,
      indemnityCents: 0 as Cents,
      claimedCents: 0 as Cents,
    },
  };
  for (const invoice of input.invoices) {
    const standing = standingByNumber.get(invoice.number);
    if (standing === undefined) continue;
    const history = foldHistory(invoiceEvents(input.events, invoice.number));
    const payments = paymentsOf(invoice, history);
    const periods =
      chargeable && standing.daysLate > 0 ? periodsOf(invoice, standing, history, input) : [];
    // Paid late: what is still owed of the penalties claimed (part of them may have been paid).
    const computed = periods.reduce((sum, p) => sum + p.cents, 0) as Cents;
    const interest =
      standing.state === 'paid' ? (Math.min(computed, standing.interestCents) as Cents) : computed;
    const paid = payments.reduce((sum, p) => sum + p.amountCents, 0) as Cents;
    const line: StatementInvoice = {
      number: invoice.number,
      dueDate: standing.dueDate,
      amountCents: invoice.amountCents,
      paidCents: paid,
      balanceCents: standing.balanceCents,
      daysLate: standing.daysLate,
      interestCents: interest,
      indemnityCents: chargeable ? standing.indemnityCents : (0 as Cents),
    };
    if (invoice.issueDate !== undefined) line.issueDate = invoice.issueDate;
    statement.invoices.push(line);
    statement.payments.push(...payments);
    statement.penalties.push(...periods);
    addToTotals(statement, line);
  }
  statement.provisional = statement.penalties.some((p) => p.provisional === true);
  statement.payments.sort((a, b) => (a.day ?? -Infinity) - (b.day ?? -Infinity));
  return statement;
}

function addToTotals(statement: AccountStatement, line: StatementInvoice): void {
  const t = statement.totals;
  t.amountCents = (t.amountCents + line.amountCents) as Cents;
  t.paidCents = (t.paidCents + line.paidCents) as Cents;
  t.balanceCents = (t.balanceCents + line.balanceCents) as Cents;
  t.interestCents = (t.interestCents + line.interestCents) as Cents;
  t.indemnityCents = (t.indemnityCents + line.indemnityCents) as Cents;
  t.claimedCents = (t.balanceCents + t.interestCents + t.indemnityCents) as Cents;
}
