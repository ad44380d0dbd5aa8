/**
 * One type per client, or none: the engine never infers what the law calls a client. A client
 * whose type is missing, unreadable or different from one row to another gets no penalty, no
 * indemnity, no mise en demeure and no recourse until the user says what it is; the courteous
 * steps below the mise en demeure may still go (docs/french-law.md, « Who the client is »).
 */
import type { ClientType, Invoice, InvoicePlan, Problem, StepId } from '../model';
import { ACCEPTED_CLIENT_TYPES, clientTypeFault } from '../sheets/client-type';
import { CLIENT_TYPE_LABELS } from '../values/labels';

/** Steps that need to know who the client is: what they claim and where they go depend on it. */
export const STEPS_NEEDING_CLIENT_TYPE: ReadonlySet<StepId> = new Set([
  'mise-en-demeure',
  'contentieux',
]);

/** Each client's type: the one all its rows agree on, else undefined. */
export function clientTypesOf(invoices: readonly Invoice[]): Map<string, ClientType | undefined> {
  const types = new Map<string, ClientType | undefined>();
  for (const invoice of invoices) {
    if (!types.has(invoice.clientKey)) types.set(invoice.clientKey, invoice.clientType);
    else if (types.get(invoice.clientKey) !== invoice.clientType)
      types.set(invoice.clientKey, undefined);
  }
  return types;
}

const WHAT_WAITS =
  'En attendant, Relance n’envoie que les relances courtoises, sans pénalités ni indemnité, ni mise en demeure ni recours.';
const WHERE_TO_SAY = `Indiquez ${ACCEPTED_CLIENT_TYPES} dans la colonne Type client, dans l’onglet Clients ou dans la fiche client de la barre latérale.`;

function faultOf(invoice: Invoice, rows: readonly Invoice[]): string {
  if (invoice.clientType === undefined)
    return `${clientTypeFault(invoice.clientTypeText ?? '') ?? 'Type client manquant'} pour ${invoice.client}`;
  const seen = rows
    .filter((r) => r.clientType !== undefined)
    .map((r) => `ligne ${r.row} : ${CLIENT_TYPE_LABELS[r.clientType as ClientType].fr}`);
  return `Types différents pour ${invoice.client} (${seen.join(', ')}) : un client n’a qu’un type`;
}

/** A problem on each open invoice of a client whose type is not known. */
export function clientTypeProblems(
  invoices: readonly Invoice[],
  plans: readonly InvoicePlan[],
  types: ReadonlyMap<string, ClientType | undefined>,
): Problem[] {
  const problems: Problem[] = [];
  const untyped = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (types.get(invoice.clientKey) !== undefined) continue;
    const rows = untyped.get(invoice.clientKey);
    if (rows) rows.push(invoice);
    else untyped.set(invoice.clientKey, [invoice]);
  }
  invoices.forEach((invoice, i) => {
    const rows = untyped.get(invoice.clientKey);
    if (rows === undefined || plans[i]?.state === 'paid') return;
    problems.push({
      row: invoice.row,
      column: 'Type client',
      value: invoice.clientTypeText ?? '',
      message: `${faultOf(invoice, rows)}. ${WHERE_TO_SAY} ${WHAT_WAITS}`,
      invoice: invoice.number,
      severity: 'warning',
    });
  });
  return problems;
}
