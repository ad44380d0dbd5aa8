/**
 * The sum the requête claims, with « le décompte des différents éléments de la créance » and
 * « le fondement de celle-ci » (Code de procédure civile art. 1407): principal per invoice less
 * its dated payments, the penalties stretch by stretch (half-years and payments, L441-10), the
 * 40 € indemnity per late invoice (L441-10, D441-5), and what remains of the penalties and
 * indemnity of invoices paid late. The figures are the relevé's (messages/statement.ts) on the
 * same day: the sum of the mise en demeure brought to the day the dossier is made. A consumer is
 * claimed the principal only, as the letters do.
 */
import type { InvoiceWithStanding } from '../dunning/invoice-standing';
import { contractualRateFloorPercent } from '../dunning/penalties';
import type { AccountStatement } from '../messages/statement';
import { periodRateText } from '../messages/variables';
import { BASIS_WORDS } from '../words/dossier';
import type { PenaltySettings } from '../settings/settings';
import type { Day } from '../values/day';
import { sumCents, type Cents } from '../values/money';
import type { AmountBreakdown, BreakdownInvoice } from './types';

function invoiceLine(
  facts: InvoiceWithStanding,
  statement: AccountStatement,
  professional: boolean,
): BreakdownInvoice {
  const { invoice, standing } = facts;
  const line = statement.invoices.find((i) => i.number === invoice.number);
  const penalties = professional
    ? statement.penalties
        .filter((p) => p.invoice === invoice.number)
        .map((p) => ({
          from: p.from,
          to: p.to,
          days: p.days,
          baseCents: p.baseCents,
          ratePercent: p.ratePercent,
          rateText: periodRateText(p, 'fr'),
          cents: p.cents,
        }))
    : [];
  const computed = sumCents(penalties.map((p) => p.cents));
  const penaltiesCents = professional ? (line?.interestCents ?? (0 as Cents)) : (0 as Cents);
  const result: BreakdownInvoice = {
    number: invoice.number,
    dueDate: standing.dueDate,
    amountCents: invoice.amountCents,
    payments: statement.payments
      .filter((p) => p.invoice === invoice.number && p.day !== undefined)
      .map((p) => ({ day: p.day as Day, amountCents: p.amountCents })),
    principalCents: standing.state === 'paid' ? (0 as Cents) : standing.balanceCents,
    penalties,
    penaltiesCents,
    indemnityCents: professional ? (line?.indemnityCents ?? (0 as Cents)) : (0 as Cents),
    paidLate: standing.state === 'paid',
  };
  if (invoice.issueDate !== undefined) result.issueDate = invoice.issueDate;
  if (computed > penaltiesCents) result.penaltiesPaidCents = (computed - penaltiesCents) as Cents;
  return result;
}

/** The legal basis of each part of the claim, in French, as the requête states it. */
function basisOf(
  invoices: readonly BreakdownInvoice[],
  penalties: Pick<PenaltySettings, 'mode' | 'contractualRatePercent' | 'indemnityCents'>,
): string[] {
  const basis: string[] = [BASIS_WORDS.contract.fr];
  if (invoices.some((i) => i.penalties.length > 0))
    basis.push(
      penalties.mode === 'contractual'
        ? BASIS_WORDS.contractualPenalties.fr(
            penalties.contractualRatePercent,
            contractualRateFloorPercent(),
          )
        : BASIS_WORDS.statutoryPenalties.fr,
    );
  if (invoices.some((i) => i.indemnityCents > 0))
    basis.push(BASIS_WORDS.indemnity.fr(penalties.indemnityCents as Cents));
  if (invoices.some((i) => i.paidLate)) basis.push(BASIS_WORDS.paidLate.fr);
  return basis;
}

export function amountBreakdown(
  facts: readonly InvoiceWithStanding[],
  statement: AccountStatement,
  professional: boolean,
  penalties: Pick<PenaltySettings, 'mode' | 'contractualRatePercent' | 'indemnityCents'>,
): AmountBreakdown {
  const invoices = facts.map((f) => invoiceLine(f, statement, professional));
  const principalCents = sumCents(invoices.map((i) => i.principalCents));
  const penaltiesCents = sumCents(invoices.map((i) => i.penaltiesCents));
  const indemnityCents = sumCents(invoices.map((i) => i.indemnityCents));
  return {
    invoices,
    principalCents,
    penaltiesCents,
    indemnityCents,
    totalCents: (principalCents + penaltiesCents + indemnityCents) as Cents,
    penaltiesLabel: BASIS_WORDS.penaltiesLabel.fr,
    basis: basisOf(invoices, penalties),
    statedOn: statement.today,
  };
}
