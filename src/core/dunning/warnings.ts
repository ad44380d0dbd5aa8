/**
 * What a run tells the user beyond the rows to fix: an invoice nearing prescription, and an ECB
 * rate the table does not know yet. They go with the problems: the report, the sidebar's
 * « Problèmes à corriger » and the bottom of the Suivi show them.
 */
import type { Invoice, InvoicePlan, Problem } from '../model';
import type { Settings } from '../settings/settings';
import type { Day } from '../values/day';
import { formatFrenchDay } from '../values/format';
import { ecbRateOn, unknownEcbHalfYear } from './penalties';
import { PRESCRIPTION_WARNING_DAYS, prescriptionWarning } from './prescription';

const CHASED = new Set<InvoicePlan['state']>([
  'not-due',
  'active',
  'promise',
  'plan',
  'hold',
  'dispute',
  'recourse',
]);

export function ecbRateUnknownMessage(halfYear: Day, lastKnownPercent: number): string {
  const date = formatFrenchDay(halfYear);
  const rate = `${String(lastKnownPercent).replace('.', ',')} %`;
  return `Le taux BCE en vigueur le ${date} n’est pas encore dans la table de Relance : les pénalités de ce semestre sont calculées provisoirement au dernier taux connu (${rate}). Ajoutez le taux du ${date} dans Paramètres › Pénalités (taux BCE ajoutés).`;
}

function prescriptionWarnings(
  invoices: readonly Invoice[],
  plans: readonly InvoicePlan[],
  today: Day,
): Problem[] {
  const problems: Problem[] = [];
  plans.forEach((plan, i) => {
    const invoice = invoices[i];
    if (invoice === undefined || !CHASED.has(plan.state)) return;
    const left = plan.prescriptionDay - today;
    if (left < 0 || left > PRESCRIPTION_WARNING_DAYS) return;
    problems.push({
      row: invoice.row,
      column: '',
      value: '',
      message: prescriptionWarning(invoice, plan.prescriptionDay),
      invoice: invoice.number,
      severity: 'warning',
    });
  });
  return problems;
}

function ecbWarning(
  invoices: readonly Invoice[],
  plans: readonly InvoicePlan[],
  settings: Settings,
  today: Day,
): Problem[] {
  const extra = settings.penalties.extraEcbRates;
  const halfYear = unknownEcbHalfYear(today, extra);
  if (halfYear === undefined) return [];
  const usesEcb = plans.some((plan, i) => {
    const type = invoices[i]?.clientType;
    if (plan.state === 'paid' || plan.interestCents <= 0) return false;
    return type === 'acheteur-public' || settings.penalties.mode === 'legal';
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

export function runWarnings(
  invoices: readonly Invoice[],
  plans: readonly InvoicePlan[],
  settings: Settings,
  today: Day,
): Problem[] {
  return [
    ...prescriptionWarnings(invoices, plans, today),
    ...ecbWarning(invoices, plans, settings, today),
  ];
}
