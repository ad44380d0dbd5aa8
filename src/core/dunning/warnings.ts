/**
 * What a run tells the user beyond the rows to fix: an invoice nearing prescription, and an ECB
 * rate the table does not know yet. They go with the problems: the report, the sidebar's
 * « Problèmes à corriger » and the bottom of the Suivi show them.
 */
import type { Invoice, InvoiceStanding, Problem } from '../model';
import type { Settings } from '../settings/settings';
import type { Day } from '../values/day';
import { formatFrenchDay } from '../words/format';
import { DUNNING_WORDS } from '../words/dunning';
import {
  ecbRateOn,
  halfYearStart,
  nextHalfYearStart,
  periodRate,
  rateChoiceFor,
  unknownEcbHalfYear,
} from './penalties';
import { formatPercent } from '../words/wording';
import { addDays } from '../values/day';
import { PRESCRIPTION_WARNING_DAYS, prescriptionWarning } from './prescription';

const CHASED = new Set<InvoiceStanding['state']>([
  'not-due',
  'active',
  'promise',
  'payment-plan',
  'hold',
  'dispute',
  'recourse',
]);

export function ecbRateUnknownMessage(halfYear: Day, lastKnownPercent: number): string {
  const rate = `${String(lastKnownPercent).replace('.', ',')} %`;
  return DUNNING_WORDS.ecbRateUnknown.fr(formatFrenchDay(halfYear), rate);
}

/** A contractual rate below the floor of a half-year (L441-10): the floor is applied, and said. */
export function contractualFloorMessage(
  halfYear: Day,
  floor: { legalPercent: number; floorPercent: number },
  contractualPercent: number,
): string {
  const percent = (value: number) => formatPercent(value, 'fr');
  return DUNNING_WORDS.contractualFloor.fr(
    percent(contractualPercent),
    formatFrenchDay(halfYear),
    percent(floor.legalPercent),
    percent(floor.floorPercent),
  );
}

/** A half-year past the legal interest rate table: the contractual floor cannot be checked. */
export function legalRateUnknownMessage(halfYear: Day, contractualPercent: number): string {
  return DUNNING_WORDS.legalRateUnknown.fr(
    formatFrenchDay(halfYear),
    formatPercent(contractualPercent, 'fr'),
  );
}

function prescriptionWarnings(
  invoices: readonly Invoice[],
  standings: readonly InvoiceStanding[],
  today: Day,
): Problem[] {
  const problems: Problem[] = [];
  standings.forEach((standing, i) => {
    const invoice = invoices[i];
    if (invoice === undefined || !CHASED.has(standing.state)) return;
    const left = standing.prescriptionDay - today;
    if (left < 0 || left > PRESCRIPTION_WARNING_DAYS) return;
    problems.push({
      row: invoice.row,
      column: '',
      value: '',
      message: prescriptionWarning(invoice, standing.prescriptionDay),
      invoice: invoice.number,
      severity: 'warning',
    });
  });
  return problems;
}

function ecbWarning(
  invoices: readonly Invoice[],
  standings: readonly InvoiceStanding[],
  settings: Settings,
  today: Day,
): Problem[] {
  const extra = settings.penalties.extraEcbRates;
  const halfYear = unknownEcbHalfYear(today, extra);
  if (halfYear === undefined) return [];
  const usesEcb = standings.some((standing, i) => {
    const type = invoices[i]?.clientType;
    if (standing.state === 'paid' || standing.interestCents <= 0) return false;
    return type === 'public-buyer' || settings.penalties.mode === 'legal';
  });
  if (!usesEcb) return [];
  return [
    {
      row: 0,
      column: '',
      value: '',
      message: ecbRateUnknownMessage(halfYear, ecbRateOn(today, extra)),
      severity: 'warning',
    },
  ];
}

/**
 * The half-years of the chased late invoices, in contractual mode: each one whose floor exceeds
 * the contractual rate, or whose floor is unknown, is told once.
 */
function contractualFloorWarnings(
  standings: readonly InvoiceStanding[],
  settings: Settings,
  today: Day,
): Problem[] {
  const { penalties } = settings;
  if (penalties.mode !== 'contractual') return [];
  let first: Day | undefined;
  for (const standing of standings)
    if (
      CHASED.has(standing.state) &&
      standing.interestCents > 0 &&
      (first === undefined || standing.dueDate < first)
    )
      first = standing.dueDate;
  if (first === undefined) return [];
  const problems: Problem[] = [];
  const rates = rateChoiceFor('trader', penalties);
  for (let day = halfYearStart(addDays(first, 1)); day <= today; day = nextHalfYearStart(day)) {
    const rate = periodRate(day, day, rates);
    const message =
      rate.floor !== undefined
        ? contractualFloorMessage(day, rate.floor, rate.floor.contractualPercent)
        : rate.floorUnknown === true
          ? legalRateUnknownMessage(day, penalties.contractualRatePercent)
          : undefined;
    if (message !== undefined)
      problems.push({ row: 0, column: '', value: '', message, severity: 'warning' });
  }
  return problems;
}

export function runWarnings(
  invoices: readonly Invoice[],
  standings: readonly InvoiceStanding[],
  settings: Settings,
  today: Day,
): Problem[] {
  return [
    ...prescriptionWarnings(invoices, standings, today),
    ...ecbWarning(invoices, standings, settings, today),
    ...contractualFloorWarnings(standings, settings, today),
  ];
}
