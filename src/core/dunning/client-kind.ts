/**
 * One type per client, or none: the engine never infers what the law calls a client. A client
 * whose type is missing, unreadable or different from one row to another gets no penalty, no
 * indemnity, no mise en demeure and no recourse until the user says what it is; the courteous
 * steps below the mise en demeure may still go (docs/french-law.md, « Who the client is »).
 */
import type { ClientType, Invoice, InvoiceStanding, Language, Problem } from '../model';
import { clientTypeFault } from '../sheets/client-type';
import { inEach } from '../words/catalogue';
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

function faultOf(invoice: Invoice, rows: readonly Invoice[], language: Language): string {
  if (rows.every((r) => r.clientType === undefined))
    return DUNNING_WORDS.clientTypeFaultFor[language](
      clientTypeFault(invoice.clientTypeText ?? '', language) ??
        DUNNING_WORDS.clientTypeMissing[language],
      invoice.client,
    );
  const seen = rows
    .filter((r) => r.clientType !== undefined)
    .map((r) =>
      DUNNING_WORDS.clientTypeOnRow[language](
        r.row,
        CLIENT_TYPE_LABELS[r.clientType as ClientType][language],
      ),
    );
  return DUNNING_WORDS.clientTypesDiffer[language](invoice.client, seen);
}

/** What a client of unknown type is told: the fault, the other rows, where to say it, what waits. */
function clientTypeText(first: Invoice, rows: readonly Invoice[], open: readonly Invoice[]) {
  return inEach((language) => {
    const others =
      open.length > 1 ? DUNNING_WORDS.clientTypeOtherRows[language](open.map((i) => i.row)) : '';
    const whereToSay = DUNNING_WORDS.clientTypeWhereToSay[language](
      DUNNING_WORDS.acceptedClientTypes[language],
    );
    return `${faultOf(first, rows, language)}${others}. ${whereToSay} ${DUNNING_WORDS.clientTypeWhatWaits[language]}`;
  });
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
    return {
      row: first.row,
      column: INVOICE_COLUMN_LABELS.clientType.fr,
      value: first.clientTypeText ?? '',
      text: clientTypeText(first, rowsOf.get(key) ?? list, list),
      invoice: first.number,
      severity: 'warning',
    };
  });
}
