/**
 * The optional « Clients » tab: many firms keep their client directory apart from their
 * invoices. Recognised like the invoice tab (its name, then its header row found by French and
 * English synonyms), joined to the invoices by client name; a value on the invoice row wins.
 */
import type { Cell } from './cells';
import { cellText, isBlank } from './cells';
import type { Civility, Invoice, Problem } from '../model';
import { parseCivility } from '../messages/addressing';
import { parseClientType } from './client-type';
import { clientKeyOf, normalizeKey, parseEmails } from '../values/parse-values';

export interface ClientRecord {
  name: string;
  emails: string[];
  contact?: string;
  civility?: Civility;
  address?: string;
  phone?: string;
  /** As typed (« Commerçant », « SCI »…): read like the invoice tab's Type client column. */
  type?: string;
  siren?: string;
  /** The court the user settled for this client (« Tribunal »): the recourse memo names it. */
  tribunal?: string;
  /** 1-based row in the tab. */
  row: number;
}

export type ClientDirectoryReading =
  | { found: false }
  | { found: true; headerRow: number; clients: Map<string, ClientRecord>; problems: Problem[] };

type Field =
  'name' | 'emails' | 'contact' | 'civility' | 'address' | 'phone' | 'type' | 'siren' | 'tribunal';

/** Header synonyms, compared after normalizeKey. */
const HEADERS: Record<Field, readonly string[]> = {
  name: [
    'client',
    'nom',
    'nom du client',
    'raison sociale',
    'societe',
    'client name',
    'name',
    'company',
    'customer',
  ],
  emails: [
    'email',
    'emails',
    'e mail',
    'courriel',
    'adresse email',
    'adresse e mail',
    'mail',
    'email address',
  ],
  contact: ['contact', 'interlocuteur', 'nom du contact', 'contact name'],
  civility: ['civilite', 'titre', 'civility', 'title'],
  address: [
    'adresse',
    'adresse postale',
    'adresse de facturation',
    'address',
    'postal address',
    'billing address',
  ],
  phone: ['telephone', 'tel', 'phone', 'phone number'],
  type: ['type client', 'type de client', 'type', 'client type', 'customer type'],
  siren: ['siren', 'n siren', 'siret', 'numero siren', 'company number'],
  tribunal: ['tribunal', 'tribunal competent', 'juridiction', 'court'],
};

const TAB_NAMES = new Set([
  'clients',
  'fichier clients',
  'annuaire clients',
  'customers',
  'client directory',
  'liste des clients',
]);

export function isClientDirectoryName(name: string): boolean {
  return TAB_NAMES.has(normalizeKey(name));
}

function mapHeader(row: readonly Cell[]): Partial<Record<Field, number>> {
  const mapping: Partial<Record<Field, number>> = {};
  row.forEach((cell, index) => {
    const text = normalizeKey(cellText(cell));
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(text));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}

function recordOf(row: readonly Cell[], mapping: Partial<Record<Field, number>>, line: number) {
  const text = (field: Field) => {
    const index = mapping[field];
    return index === undefined ? '' : cellText(row[index]).trim();
  };
  const record: ClientRecord = {
    name: text('name'),
    emails: parseEmails(text('emails')).valid,
    row: line,
  };
  for (const field of ['contact', 'address', 'phone', 'type', 'siren', 'tribunal'] as const) {
    const value = text(field);
    if (value !== '') record[field] = value;
  }
  const civility = parseCivility(text('civility'));
  if (civility !== undefined) record.civility = civility;
  return record;
}

/** The tab's header row (0-based) and the position of each field it names, if it has one. */
export function clientDirectoryHeader(
  rows: readonly (readonly Cell[])[],
): { index: number; mapping: Partial<Record<Field, number>> } | undefined {
  const index = rows.slice(0, 20).findIndex((row) => {
    const mapping = mapHeader(row);
    return mapping.name !== undefined && Object.keys(mapping).length >= 2;
  });
  return index < 0 ? undefined : { index, mapping: mapHeader(rows[index] ?? []) };
}

export function readClientDirectory(rows: readonly (readonly Cell[])[]): ClientDirectoryReading {
  const header = clientDirectoryHeader(rows);
  if (header === undefined) return { found: false };
  const { index: headerIndex, mapping } = header;
  const clients = new Map<string, ClientRecord>();
  const problems: Problem[] = [];
  rows.slice(headerIndex + 1).forEach((row, i) => {
    const line = headerIndex + i + 2;
    if (row.every((cell) => isBlank(cell))) return;
    const record = recordOf(row, mapping, line);
    if (record.name === '') return;
    const key = clientKeyOf(record.name);
    if (clients.has(key)) {
      problems.push({
        row: line,
        column: 'Clients',
        value: record.name,
        message: `Client en double dans l’onglet Clients : « ${record.name} » figure déjà ligne ${clients.get(key)?.row ?? 0}. Seule la première ligne est lue.`,
      });
      return;
    }
    clients.set(key, record);
  });
  return { found: true, headerRow: headerIndex + 1, clients, problems };
}

/**
 * The client's type from its record when the invoice row says none: read by the invoice tab's
 * own reader (sheets/client-type.ts); an unreadable one is kept for the problem to name.
 */
function joinClientType(joined: Invoice, record: ClientRecord): void {
  if (joined.clientType !== undefined || joined.clientTypeText !== undefined) return;
  if (record.type === undefined) return;
  const type = parseClientType(record.type);
  if (type !== undefined) joined.clientType = type;
  else joined.clientTypeText = record.type;
}

/** Each invoice completed from its client's record, where the invoice row is blank. */
export function joinClientDirectory(
  invoices: readonly Invoice[],
  clients: ReadonlyMap<string, ClientRecord>,
): Invoice[] {
  return invoices.map((invoice) => {
    const record = clients.get(invoice.clientKey) ?? clients.get(clientKeyOf(invoice.client));
    if (record === undefined) return invoice;
    const joined: Invoice = { ...invoice };
    if (joined.emails.length === 0 && record.emails.length > 0) joined.emails = [...record.emails];
    for (const field of ['contact', 'civility', 'address', 'phone'] as const) {
      const value = record[field];
      if (joined[field] === undefined && value !== undefined)
        Object.assign(joined, { [field]: value });
    }
    if (record.tribunal !== undefined) joined.tribunal = record.tribunal;
    joinClientType(joined, record);
    return joined;
  });
}
