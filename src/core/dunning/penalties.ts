/**
 * Late-payment penalties (Code de commerce L441-10) and the fixed recovery indemnity (D441-5).
 *
 * Penalties: simple interest on the amount due including VAT, from the day after the due date
 * to the day of payment (or today), days/365, at the ECB main refinancing rate in force on
 * 1 January (first half-year) or 1 July (second half-year) plus 10 points, split at half-year
 * boundaries; or a contractual rate. Each part is computed exactly and the total is rounded once,
 * half up to the cent, so that splitting a delay never loses or adds a cent.
 */
import {
  addDays,
  dayFromParts,
  formatIsoDay,
  parseIsoDay,
  partsOfDay,
  type Day,
} from '../values/day';
import { roundHalfUp, type Cents } from '../values/money';
import type { ClientType } from '../model';
import type { EcbRate, PenaltySettings } from '../settings/settings';

/** ECB main refinancing operations rate, with its effective dates (see the law notes). */
export const ECB_MAIN_REFINANCING_RATES: readonly EcbRate[] = [
  { from: '2016-03-16', ratePercent: 0 },
  { from: '2022-07-27', ratePercent: 0.5 },
  { from: '2022-09-14', ratePercent: 1.25 },
  { from: '2022-11-02', ratePercent: 2 },
  { from: '2022-12-21', ratePercent: 2.5 },
  { from: '2023-02-08', ratePercent: 3 },
  { from: '2023-03-22', ratePercent: 3.5 },
  { from: '2023-05-10', ratePercent: 3.75 },
  { from: '2023-06-21', ratePercent: 4 },
  { from: '2023-08-02', ratePercent: 4.25 },
  { from: '2023-09-20', ratePercent: 4.5 },
  { from: '2024-06-12', ratePercent: 4.25 },
  { from: '2024-09-18', ratePercent: 3.65 },
  { from: '2024-10-23', ratePercent: 3.4 },
  { from: '2024-12-18', ratePercent: 3.15 },
  { from: '2025-02-05', ratePercent: 2.9 },
  { from: '2025-03-12', ratePercent: 2.65 },
  { from: '2025-04-23', ratePercent: 2.4 },
  { from: '2025-06-11', ratePercent: 2.15 },
];

export const LEGAL_PENALTY_MARGIN_POINTS = 10;

/**
 * The last day whose ECB rate the shipped table is known to hold: the rate in force on
 * 1 January 2026 (2,15 %, held since 11 June 2025; see the law notes). A half-year starting
 * later needs its rate confirmed in the settings (extraEcbRates): never carried forward silently.
 */
export const ECB_TABLE_KNOWN_THROUGH = '2026-01-01';

/** Moratory interest of a public buyer: ECB rate + 8 points (Code de la commande publique R2192-31). */
export const PUBLIC_BUYER_MARGIN_POINTS = 8;

/** Fixed recovery indemnity owed by a public buyer (Code de la commande publique D2192-35). */
export const PUBLIC_BUYER_INDEMNITY_CENTS = 4000 as Cents;

/**
 * The taux de l'intérêt légal per half-year for « tous les autres cas » (a creditor who is not a
 * private individual), fixed by arrêté each semester (Code monétaire et financier L313-2,
 * D313-1-A). The floor of a contractual penalty rate is 3 times it, half-year by half-year
 * (L441-10). Arrêtés: 26 décembre 2022 (H1 2023), 27 juin 2023 (H2 2023, JORF 30 juin 2023),
 * 21 décembre 2023 (H1 2024), 26 juin 2024 (H2 2024), 17 décembre 2024 (H1 2025), 19 juin 2025
 * (H2 2025, JORF 24 juin 2025), 15 décembre 2025 (H1 2026, JORF 26 décembre 2025).
 */
export const LEGAL_INTEREST_RATES: readonly { from: string; professionalPercent: number }[] = [
  { from: '2023-01-01', professionalPercent: 2.06 },
  { from: '2023-07-01', professionalPercent: 4.22 },
  { from: '2024-01-01', professionalPercent: 5.07 },
  { from: '2024-07-01', professionalPercent: 4.92 },
  { from: '2025-01-01', professionalPercent: 3.71 },
  { from: '2025-07-01', professionalPercent: 2.76 },
  { from: '2026-01-01', professionalPercent: 2.62 },
];

/** The lowest contractual penalty rate L441-10 allows today: 3 × the latest legal interest rate. */
export function contractualRateFloorPercent(): number {
  const latest = LEGAL_INTEREST_RATES[LEGAL_INTEREST_RATES.length - 1];
  return floorOf(latest?.professionalPercent ?? 0);
}

function floorOf(legalPercent: number): number {
  return Math.round(3 * legalPercent * 100) / 100;
}

/** The legal interest rate of the half-year of `day`; undefined outside the table. */
export function legalInterestRateOn(day: Day): number | undefined {
  const start = formatIsoDay(halfYearStart(day));
  return LEGAL_INTEREST_RATES.find((rate) => rate.from === start)?.professionalPercent;
}

/**
 * The contractual floor of the half-year of `day` (3 × its legal interest rate, L441-10), or
 * undefined when the table does not hold that half-year's rate.
 */
export function contractualFloorOn(
  day: Day,
): { legalPercent: number; floorPercent: number } | undefined {
  const legalPercent = legalInterestRateOn(day);
  return legalPercent === undefined
    ? undefined
    : { legalPercent, floorPercent: floorOf(legalPercent) };
}

/**
 * The first day of the half-year of `day` when the ECB table does not know its rate (past
 * ECB_TABLE_KNOWN_THROUGH and past the latest rate the user added), else undefined.
 */
export function unknownEcbHalfYear(day: Day, extraRates: readonly EcbRate[] = []): Day | undefined {
  const start = halfYearStart(day);
  let known = parseIsoDay(ECB_TABLE_KNOWN_THROUGH) as Day;
  for (const rate of extraRates) {
    const from = parseIsoDay(rate.from);
    if (from !== undefined && from > known) known = from;
  }
  return start > known ? start : undefined;
}

interface DatedRate {
  from: Day;
  ratePercent: number;
}

const tableCache = new WeakMap<readonly EcbRate[], DatedRate[]>();
const NO_EXTRA_RATES: readonly EcbRate[] = [];

function rateTable(extraRates: readonly EcbRate[]): DatedRate[] {
  const key = extraRates.length === 0 ? NO_EXTRA_RATES : extraRates;
  let table = tableCache.get(key);
  if (table === undefined) {
    const byDay = new Map<number, number>();
    for (const rate of [...ECB_MAIN_REFINANCING_RATES, ...extraRates]) {
      const day = parseIsoDay(rate.from);
      if (day !== undefined) byDay.set(day, rate.ratePercent);
    }
    table = [...byDay.entries()]
      .map(([from, ratePercent]) => ({ from: from as Day, ratePercent }))
      .sort((a, b) => a.from - b.from);
    tableCache.set(key, table);
  }
  return table;
}

/** The ECB rate in force on a day and the day it took effect. */
export function ecbRateEntryOn(
  day: Day,
  extraRates: readonly EcbRate[] = [],
): { from: Day; ratePercent: number } | undefined {
  let found: DatedRate | undefined;
  for (const entry of rateTable(extraRates)) {
    if (entry.from > day) break;
    found = entry;
  }
  return found;
}

/** The ECB rate in force on a day (the last one that took effect on or before it). */
export function ecbRateOn(day: Day, extraRates: readonly EcbRate[] = []): number {
  let rate = 0;
  for (const entry of rateTable(extraRates)) {
    if (entry.from > day) break;
    rate = entry.ratePercent;
  }
  return rate;
}

export function halfYearStart(day: Day): Day {
  const { year, month } = partsOfDay(day);
  return dayFromParts(year, month <= 6 ? 1 : 7, 1);
}

export function nextHalfYearStart(day: Day): Day {
  const { year, month } = partsOfDay(day);
  return month <= 6 ? dayFromParts(year, 7, 1) : dayFromParts(year + 1, 1, 1);
}

/** Legal penalty rate for a day: ECB rate on 1 Jan or 1 Jul of its half-year, + 10 points. */
export function legalPenaltyRatePercent(day: Day, extraRates: readonly EcbRate[] = []): number {
  return (
    Math.round((ecbRateOn(halfYearStart(day), extraRates) + LEGAL_PENALTY_MARGIN_POINTS) * 1e6) /
    1e6
  );
}

export interface InterestPeriod extends PeriodRate {
  from: string;
  to: string;
  days: number;
  balanceCents: number;
  /** Exact (unrounded) interest of the period, in cents. */
  exactCents: number;
}

/** The rate of one stretch of a delay, and how sure Relance is of it. */
export interface PeriodRate {
  ratePercent: number;
  /**
   * The ECB rate behind it is past the table and unconfirmed: the last known rate is used,
   * the amount is provisional and no letter states the figure.
   */
  provisional?: true;
  /**
   * The contractual rate was below the half-year's floor (3 × the legal interest rate,
   * L441-10): the floor is applied instead, and the run says so.
   */
  floor?: { legalPercent: number; floorPercent: number; contractualPercent: number };
  /** The contractual floor of this half-year is unknown (past the legal interest rate table). */
  floorUnknown?: true;
}

export interface InterestResult {
  cents: Cents;
  periods: InterestPeriod[];
}

export interface BalanceSegment {
  /** First day this balance is owed with interest. */
  from: Day;
  balanceCents: Cents;
}

export interface RateChoice {
  /** 'public-buyer': R2192-31, whatever the settings say (see publicBuyerRatePercent). */
  mode: PenaltySettings['mode'] | 'public-buyer';
  contractualRatePercent: number;
  extraRates: readonly EcbRate[];
}

/**
 * The rate rule an invoice follows: a public buyer's is R2192-31 whatever the settings say;
 * otherwise the settings' legal or contractual rate (L441-10). One place for the engine, the
 * relevé and the letters.
 */
export function rateChoiceFor(
  clientType: ClientType,
  penalties: Pick<PenaltySettings, 'mode' | 'contractualRatePercent' | 'extraEcbRates'>,
): RateChoice {
  return {
    mode: clientType === 'public-buyer' ? 'public-buyer' : penalties.mode,
    contractualRatePercent: penalties.contractualRatePercent,
    extraRates: penalties.extraEcbRates,
  };
}

/** The points added to the ECB rate under a rule; undefined for a contractual rate. */
export function ecbMarginPoints(mode: RateChoice['mode']): number | undefined {
  if (mode === 'public-buyer') return PUBLIC_BUYER_MARGIN_POINTS;
  return mode === 'legal' ? LEGAL_PENALTY_MARGIN_POINTS : undefined;
}

/**
 * Interest on a balance that changes on payment days: `segments` are sorted by `from`, the first
 * one starting the day after the due date. Days counted from the day after the due date to
 * `until` inclusive.
 */
export function lateInterestOnBalances(
  dueDate: Day,
  until: Day,
  segments: readonly BalanceSegment[],
  rates: RateChoice,
): InterestResult {
  const periods: InterestPeriod[] = [];
  const total = accrue(dueDate, until, segments, rates, (period) => periods.push(period));
  return { cents: roundHalfUp(total), periods };
}

/** The same total as lateInterestOnBalances, without the detail (the engine's hot path). */
export function lateInterestCents(
  dueDate: Day,
  until: Day,
  segments: readonly BalanceSegment[],
  rates: RateChoice,
): Cents {
  return roundHalfUp(accrue(dueDate, until, segments, rates));
}

/** Exact interest in cents, period by period (half-years and balance changes). */
function accrue(
  dueDate: Day,
  until: Day,
  segments: readonly BalanceSegment[],
  rates: RateChoice,
  onPeriod?: (period: InterestPeriod) => void,
): number {
  const start = addDays(dueDate, 1);
  let total = 0;
  if (until < start) return 0;
  // Boundaries: half-year starts and balance changes.
  let day = start;
  while (day <= until) {
    const segmentIndex = findSegment(segments, day);
    const balance = segmentIndex < 0 ? 0 : (segments[segmentIndex]?.balanceCents ?? 0);
    const nextSegment = segments[segmentIndex + 1]?.from;
    let end = addDays(nextHalfYearStart(day), -1);
    if (nextSegment !== undefined && addDays(nextSegment, -1) < end) end = addDays(nextSegment, -1);
    if (end > until) end = until;
    const days = end - day + 1;
    const rate = periodRate(day, start, rates);
    if (balance > 0 && days > 0) {
      const exact = (balance * rate.ratePercent * days) / (100 * 365);
      total += exact;
      onPeriod?.({
        from: formatIsoDay(day),
        to: formatIsoDay(end),
        days,
        balanceCents: balance,
        exactCents: exact,
        ...rate,
      });
    }
    day = addDays(end, 1);
  }
  return total;
}

/**
 * The rate of the stretch starting on `day`, for a delay whose interest starts on `start`: the
 * contractual rate, never below the half-year's floor (L441-10); the ECB rate of the half-year
 * + 10 points (L441-10); a public buyer's ECB rate of the half-year the interest started in
 * + 8 points (R2192-31). Past the ECB table, the last known rate, marked provisional.
 */
export function periodRate(day: Day, start: Day, rates: RateChoice): PeriodRate {
  if (rates.mode === 'contractual') {
    const floor = contractualFloorOn(day);
    if (floor === undefined)
      return { ratePercent: rates.contractualRatePercent, floorUnknown: true };
    if (rates.contractualRatePercent >= floor.floorPercent)
      return { ratePercent: rates.contractualRatePercent };
    return {
      ratePercent: floor.floorPercent,
      floor: { ...floor, contractualPercent: rates.contractualRatePercent },
    };
  }
  const publicBuyer = rates.mode === 'public-buyer';
  const ratePercent = publicBuyer
    ? publicBuyerRatePercent(start, rates.extraRates)
    : legalPenaltyRatePercent(day, rates.extraRates);
  const unknown = unknownEcbHalfYear(publicBuyer ? start : day, rates.extraRates);
  return unknown === undefined ? { ratePercent } : { ratePercent, provisional: true };
}

function findSegment(segments: readonly BalanceSegment[], day: Day): number {
  let found = -1;
  for (let i = 0; i < segments.length; i += 1) {
    if ((segments[i]?.from ?? Infinity) <= day) found = i;
    else break;
  }
  return found;
}

export interface LateInterestInput extends RateChoice {
  amountCents: Cents;
  dueDate: Day;
  until: Day;
}

export function lateInterest(input: LateInterestInput): InterestResult {
  return lateInterestOnBalances(
    input.dueDate,
    input.until,
    [{ from: addDays(input.dueDate, 1), balanceCents: input.amountCents }],
    input,
  );
}

/**
 * A public buyer's moratory interest rate: the ECB rate in force on the first day of the
 * half-year in which the interest started to run, + 8 points, fixed for the whole delay
 * (Code de la commande publique R2192-31).
 */
export function publicBuyerRatePercent(
  interestStart: Day,
  extraRates: readonly EcbRate[] = [],
): number {
  return (
    Math.round(
      (ecbRateOn(halfYearStart(interestStart), extraRates) + PUBLIC_BUYER_MARGIN_POINTS) * 1e6,
    ) / 1e6
  );
}

/**
 * 40 € per late invoice owed by a professional (D441-5) or a public buyer (D2192-35); never
 * charged to a consumer.
 */
export function recoveryIndemnity(
  clientType: ClientType,
  penalties: Pick<PenaltySettings, 'indemnityCents'>,
): Cents {
  if (clientType === 'consumer') return 0 as Cents;
  if (clientType === 'public-buyer') return PUBLIC_BUYER_INDEMNITY_CENTS;
  return penalties.indemnityCents as Cents;
}
