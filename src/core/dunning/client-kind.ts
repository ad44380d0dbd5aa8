/**
 * One type per client, or none: the engine never infers what the law calls a client. A client
 * whose type is missing, unreadable or different from one row to another gets no penalty, no
 * indemnity, no mise en demeure and no recourse until the user says what it is; the courteous
 * steps below the mise en demeure may still go (docs/french-law.md, « Who the client is »).
 */
import type { ClientType, Invoice, InvoiceStanding, Problem } from '../model';
import { ACCEPTED_CLIENT_TYPES, clientTypeFault } from '../sheets/client-type';
import { CLIENT_TYPE_LABELS } from '../words/labels';
import { DUNNING_WORDS } from '../words/dunning';
import { INVOICE_COLUMN_LABELS } from '../words/invoice-rows';

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

const WHAT_WAITS = DUNNING_WORDS.clientTypeWhatWaits.fr;
const WHERE_TO_SAY = DUNNING_WORDS.clientTypeWhereToSay.fr(ACCEPTED_CLIENT_TYPES);

function faultOf(invoice: Invoice, rows: readonly Invoice[]): string {
  if (rows.every((r) => r.clientType === undefined))
    return DUNNING_WORDS.clientTypeFaultFor.fr(
      clientTypeFault(invoice.clientTypeText ?? '') ?? DUNNING_WORDS.clientTypeMissing.fr,
      invoice.client,
    );
  const seen = rows
    .filter((r) => r.clientType !== undefined)
    .map((r) =>
      DUNNING_WORDS.clientTypeOnRow.fr(r.row, CLIENT_TYPE_LABELS[r.clientType as ClientType].fr),
    );
  return DUNNING_WORDS.clientTypesDiffer.fr(invoice.client, seen);
}

/**
 * One problem per client whose type is not known and that has an open invoice: on its first
 * open row, naming the others (the type is said once per client).
 */
export function clientTypeProblems(
  invoices: readonly Invoice[],
  standings: readonly InvoiceStanding[],
  types: ReadonlyMap<string, ClientType | undefined>,
): Problem[] {
  const open = new Map<string, Invoice[]>();
  const rowsOf = new Map<string, Invoice[]>();
  invoices.forEach((invoice, i) => {
    if (types.get(invoice.clientKey) !== undefined) return;
    const rows = rowsOf.get(invoice.clientKey) ?? [];
    rows.push(invoice);
    rowsOf.set(invoice.clientKey, rows);
    if (standings[i]?.state === 'paid') return;
    const list = open.get(invoice.clientKey) ?? [];
    list.push(invoice);
    open.set(invoice.clientKey, list);
  });
  return [...open.entries()].map(([key, list]) => {
    const first = list[0] as Invoice;
    const others =
      list.length > 1 ? DUNNING_WORDS.clientTypeOtherRows.fr(list.map((i) => i.row)) : '';
    return {
      row: first.row,
      column: INVOICE_COLUMN_LABELS.clientType.fr,
      value: first.clientTypeText ?? '',
      message: `${faultOf(first, rowsOf.get(key) ?? list)}${others}. ${WHERE_TO_SAY} ${WHAT_WAITS}`,
      invoice: first.number,
      severity: 'warning',
    };
  });
}
