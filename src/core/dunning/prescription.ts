/**
 * Prescription: how long a debt may be chased (docs/french-law.md, « Limitation periods »).
 * - A professional against a consumer: 2 years (Code de la consommation L218-2), running from
 *   the end of the service or works, not from the due date (Cass. 1re civ., 19 mai 2021,
 *   n° 20-12.520; Cass. 3e civ., 1er mars 2023, n° 21-23.176): the *Date de prestation* when the
 *   invoice tab has one, else the invoice's date. A client of unknown type is counted the same
 *   way, the shortest period (never the case that claims more).
 * - Between merchants, or a merchant and a non-merchant: 5 years (Code de commerce L110-4);
 *   civil debts: 5 years too (Code civil 2224), from the due date.
 * - A public buyer (State, local authorities, public establishments): 4 years from 1 January of
 *   the year after the one the debt fell due (loi n° 68-1250 du 31 décembre 1968, article 1); a
 *   written demand for payment interrupts it (article 2), so each written reminder starts it
 *   again (a phone call is not written).
 * Only the debtor's own acknowledgement starts the period again (Code civil 2240): a payment, a
 * promise or a payment plan the client wrote (recorded with the reference of its writing). A
 * promise noted by the creditor after a call, a reminder or a mise en demeure does not.
 */
import type { ClientType } from '../model';
import { dayFromParts, partsOfDay, type Day } from '../values/day';
import { formatFrenchDay } from '../words/format';
import { DUNNING_WORDS, PRESCRIPTION_BASIS } from '../words/dunning';

/** The sidebar, the report and the Suivi warn this many days before the limit. */
export const PRESCRIPTION_WARNING_DAYS = 90;

/** Same day `years` later; 29 February becomes 28 February (the earlier day: never chase late). */
function addYears(day: Day, years: number): Day {
  const { year, month, day: d } = partsOfDay(day);
  const target = dayFromParts(year + years, month, d);
  return partsOfDay(target).month === month ? target : dayFromParts(year + years, month, d - 1);
}

/** The consumer's period, counted from the end of the service, applies: also to an unknown type. */
export function countsFromService(clientType: ClientType | undefined): boolean {
  return clientType === undefined || clientType === 'consumer';
}

/** The last day the debt may still be chased, counted from `start` (see prescriptionStart). */
export function prescriptionDay(start: Day, clientType: ClientType | undefined): Day {
  if (clientType === 'public-buyer') return dayFromParts(partsOfDay(start).year + 4, 12, 31);
  return addYears(start, countsFromService(clientType) ? 2 : 5);
}

/** What the user reads when an invoice nears its limit. */
export function prescriptionWarning(
  invoice: { number: string; client: string; clientType?: ClientType },
  limit: Day,
): string {
  const basis =
    invoice.clientType === undefined
      ? DUNNING_WORDS.basisUntilTypeKnown.fr(PRESCRIPTION_BASIS.consumer.fr)
      : PRESCRIPTION_BASIS[invoice.clientType].fr;
  return DUNNING_WORDS.prescriptionWarning.fr(
    invoice.number,
    invoice.client,
    formatFrenchDay(limit),
    basis,
  );
}
