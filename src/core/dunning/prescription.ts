/**
 * Prescription: how long a debt may be chased (law notes, « Prescription »).
 * - A professional against a consumer: 2 years (Code de la consommation L218-2).
 * - Between merchants, or a merchant and a non-merchant: 5 years (Code de commerce L110-4);
 *   civil debts: 5 years too (Code civil 2224).
 * - A public buyer (State, local authorities, public establishments): 4 years from 1 January of
 *   the year after the one the debt fell due (loi n° 68-1250 du 31 décembre 1968, article 1); a
 *   written demand for payment interrupts it (article 2), so each reminder sent starts it again.
 * The period runs from the due date and starts again from an acknowledgement of the debt
 * (Code civil 2240: a partial payment, a promise, a payment plan); a reminder or a mise en
 * demeure does not interrupt it, except for a public buyer.
 */
import type { ClientType } from '../model';
import { dayFromParts, partsOfDay, type Day } from '../values/day';
import { formatFrenchDay } from '../values/format';

/** The sidebar, the report and the Suivi warn this many days before the limit. */
export const PRESCRIPTION_WARNING_DAYS = 90;

const BASIS: Record<ClientType, string> = {
  particulier: 'article L218-2 du Code de la consommation',
  commercant: 'article L110-4 du Code de commerce',
  'non-commercant': 'article L110-4 du Code de commerce, article 2224 du Code civil',
  'acheteur-public': 'loi n° 68-1250 du 31 décembre 1968',
};

/** Same day `years` later; 29 February becomes 28 February (the earlier day: never chase late). */
function addYears(day: Day, years: number): Day {
  const { year, month, day: d } = partsOfDay(day);
  const target = dayFromParts(year + years, month, d);
  return partsOfDay(target).month === month ? target : dayFromParts(year + years, month, d - 1);
}

/** The last day the debt may still be chased, counted from `start` (due date or acknowledgement). */
export function prescriptionDay(start: Day, clientType: ClientType): Day {
  if (clientType === 'acheteur-public') return dayFromParts(partsOfDay(start).year + 4, 12, 31);
  return addYears(start, clientType === 'particulier' ? 2 : 5);
}

/** What the user reads when an invoice nears its limit. */
export function prescriptionWarning(
  invoice: { number: string; client: string; clientType: ClientType },
  limit: Day,
): string {
  return `Facture ${invoice.number} (${invoice.client}) : prescrite après le ${formatFrenchDay(limit)} (${BASIS[invoice.clientType]}). Passé cette date, elle ne pourra plus être réclamée ; seule une reconnaissance de la dette par le client (paiement partiel, engagement écrit : article 2240 du Code civil) ou une action en justice (article 2241) interrompt ce délai.`;
}
