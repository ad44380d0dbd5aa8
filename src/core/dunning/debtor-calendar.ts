/**
 * The calendar of the debtor's deadlines: a deadline the debtor reads ends on one of its business
 * days, so Good Friday and 26 December are holidays when the debtor is in Alsace-Moselle (Code du
 * travail L3134-13: Bas-Rhin 67, Haut-Rhin 68, Moselle 57), whatever the firm's own setting, and
 * are not when it is elsewhere in France. Without a French postcode, the firm's setting stands.
 */
import type { CalendarOptions } from '../values/calendar';
import { seatOf } from './commune-seat';

const ALSACE_MOSELLE = new Set(['57', '67', '68']);

export function debtorCalendar(
  address: string | undefined,
  firm: CalendarOptions,
): CalendarOptions {
  const { department } = seatOf(address ?? '');
  if (department === undefined) return firm;
  return { alsaceMoselle: ALSACE_MOSELLE.has(department) };
}
