/**
 * The ECB rate of a half-year past the shipped table, confirmed by the user in one click: until
 * then the letters name « le taux BCE en vigueur au 1er juillet 2026 » with no figure and mark
 * the amounts provisional (L441-10 takes the rate in force on 1 January or 1 July). The user
 * checks the rate the ECB published; when it is still the last known one, one click records it
 * in the settings with the day and who confirmed it. A different rate is typed in the settings.
 */
import type { Language } from '../model';
import type { EcbRate, Settings } from '../settings/settings';
import { formatIsoDay, type Day } from '../values/day';
import { WORDS } from '../words/catalogue';
import { DUNNING_WORDS } from '../words/dunning';
import { ecbRateEntryOn, unknownEcbHalfYear } from './penalties';

export interface PendingEcbRate {
  /** ISO first day of the half-year whose ECB rate is not known. */
  halfYear: string;
  /** The last rate Relance knows, and the ISO day it took effect. */
  lastKnownPercent: number;
  lastKnownSince: string;
}

/** The half-year of `today` when its ECB rate awaits the user's confirmation. */
export function pendingEcbRate(
  today: Day,
  extraRates: readonly EcbRate[],
): PendingEcbRate | undefined {
  const halfYear = unknownEcbHalfYear(today, extraRates);
  if (halfYear === undefined) return undefined;
  const last = ecbRateEntryOn(halfYear, extraRates);
  if (last === undefined) return undefined;
  return {
    halfYear: formatIsoDay(halfYear),
    lastKnownPercent: last.ratePercent,
    lastKnownSince: formatIsoDay(last.from),
  };
}

/**
 * The settings with the pending rate confirmed as the last known one, on `today`, by `who`;
 * refused, in `language` (the sidebar's), when nothing is pending or the sidebar asked about
 * another half-year.
 */
export function confirmPendingEcbRate(
  settings: Settings,
  halfYear: string,
  today: Day,
  who: string,
  language: Language = 'fr',
): { ok: true; settings: Settings; rate: EcbRate } | { ok: false; message: string } {
  const pending = pendingEcbRate(today, settings.penalties.extraEcbRates);
  if (pending === undefined) return { ok: false, message: WORDS.ecbRateAlreadyKnown[language] };
  if (pending.halfYear !== halfYear)
    return { ok: false, message: WORDS.ecbRateOtherHalfYear[language](halfYear) };
  const rate: EcbRate = {
    from: pending.halfYear,
    ratePercent: pending.lastKnownPercent,
    confirmedOn: formatIsoDay(today),
    confirmedBy: who === '' ? DUNNING_WORDS.unknownConfirmer.fr : who,
  };
  const penalties = {
    ...settings.penalties,
    extraEcbRates: [...settings.penalties.extraEcbRates, rate],
  };
  return { ok: true, settings: { ...settings, penalties }, rate };
}
