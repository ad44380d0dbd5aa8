/**
 * The optional « Clients » tab: many firms keep their client directory apart from their
 * invoices. Recognised like the invoice tab (its name, then its header row found by French and
 * English synonyms), joined to the invoices by client name. It is not parsed here: its cells
 * fill the blank cells of each invoice row, and the invoice tab's reader reads them with the
 * same parsing, limits and problems (a problem names the Clients tab's cell). A value on the
 * invoice row wins.
 */
import type { Cell } from '../values/cells';
import { cellText, isBlank } from '../values/cells';
import type { Problem } from '../model';
import type { ColumnKey } from '../settings/settings';
import { clientKeyOf, normalizeKey } from '../values/keys';
import { inBoth } from '../words/catalogue';
import { INVOICE_ROW_WORDS } from '../words/invoice-rows';

/** What the Clients tab may fill on an invoice row. */
export const DIRECTORY_COLUMNS = [
  'email',
  'contact',
  'civility',
  'address',
  'phone',
  'clientType',
  'language',
  'tribunal',
  'communeCode',
] as const satisfies readonly ColumnKey[];
export type DirectoryColumn = (typeof DIRECTORY_COLUMNS)[number];

export interface ClientDirectory {
  /** The tab's name, as problems name it. */
  tab: string;
  columns: Partial<Record<DirectoryColumn, { index: number; header: string }>>;
  /** Each client's row of cells and its 1-based row in the tab, by client key. */
  clients: Map<string, { row: number; cells: readonly Cell[] }>;
}

export type ClientDirectoryReading =
  | { found: false }
  | { found: true; headerRow: number; directory: ClientDirectory; problems: Problem[] };

/** Header synonyms, compared after normalizeKey. */
const HEADERS: Record<DirectoryColumn | 'name', readonly string[]> = {
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
  email: [
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
  clientType: ['type client', 'type de client', 'type', 'client type', 'customer type'],
  language: ['langue', 'language', 'lang'],
  tribunal: ['tribunal', 'tribunal competent', 'juridiction', 'court'],
  communeCode: ['code commune', 'code insee', 'code insee commune', 'commune code', 'insee code'],
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

type Field = keyof typeof HEADERS;
type HeaderMapping = Partial<Record<Field, { index: number; header: string }>>;

function mapHeader(row: readonly Cell[]): HeaderMapping {
  const mapping: HeaderMapping = {};
  row.forEach((cell, index) => {
    const header = cellText(cell).trim();
    if (header.length > 200) return;
    const text = normalizeKey(header);
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(text));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = { index, header };
  });
  return mapping;
}

/** The tab's header row (0-based) and the columns it names, when it has one. */
export function clientDirectoryHeader(
  rows: readonly (readonly Cell[])[],
): { index: number; mapping: HeaderMapping } | undefined {
  const index = rows.slice(0, 20).findIndex((row) => {
    const mapping = mapHeader(row);
    return mapping.name !== undefined && Object.keys(mapping).length >= 2;
  });
  return index < 0 ? undefined : { index, mapping: mapHeader(rows[index] ?? []) };
}

export function readClientDirectory(
  rows: readonly (readonly Cell[])[],
  tab = 'Clients',
): ClientDirectoryReading {
  const header = clientDirectoryHeader(rows);
  if (header === undefined) return { found: false };
  const headerIndex = header.index;
  const { name, ...columns } = header.mapping;
  const clients = new Map<string, { row: number; cells: readonly Cell[] }>();
  const problems: Problem[] = [];
  rows.slice(headerIndex + 1).forEach((cells, i) => {
    const line = headerIndex + i + 2;
    const clientName = name === undefined ? '' : cellText(cells[name.index]).trim();
    if (clientName === '' || clientName.length > 50_000) return;
    const key = clientKeyOf(clientName);
    const first = clients.get(key);
    if (first === undefined) {
      clients.set(key, { row: line, cells });
      return;
    }
    problems.push({
      row: line,
      column: `${tab} › ${name?.header ?? 'Client'}`,
      value: clientName,
      text: inBoth(INVOICE_ROW_WORDS.duplicateClient, tab, clientName, first.row),
    });
  });
  return {
    found: true,
    headerRow: headerIndex + 1,
    directory: { tab, columns, clients },
    problems,
  };
}

/** The Clients tab's cell that fills an invoice row's blank one, with where it sits. */
export function directoryCell(
  directory: ClientDirectory,
  clientKeys: readonly string[],
  column: DirectoryColumn,
): { cell: Cell; row: number; column: string } | undefined {
  const mapped = directory.columns[column];
  if (mapped === undefined) return undefined;
  for (const key of clientKeys) {
    const entry = directory.clients.get(key);
    if (entry === undefined) continue;
    const cell = entry.cells[mapped.index] ?? '';
    if (isBlank(cell)) return undefined;
    return { cell, row: entry.row, column: `${directory.tab} › ${mapped.header}` };
  }
  return undefined;
}

/** Headers of the debtor's identity a requête names (Code de procédure civile art. 54, 2°). */
const IDENTITY_HEADERS: Record<'siren' | 'legalForm', readonly string[]> = {
  siren: ['siren', 'n siren', 'no siren', 'numero siren', 'siren du client'],
  legalForm: ['forme juridique', 'forme sociale', 'statut juridique', 'legal form'],
};

export interface ClientIdentity {
  siren?: string;
  legalForm?: string;
}

/**
 * The debtor's SIREN and legal form by client key, from the Clients tab's « SIREN » and « Forme
 * juridique » columns when it has them (read as text, blanks left out): the dossier for the judge
 * names them; nothing else reads them.
 */
export function readClientIdentities(
  rows: readonly (readonly Cell[])[],
): Map<string, ClientIdentity> {
  const identities = new Map<string, ClientIdentity>();
  const headerIndex = rows.slice(0, 20).findIndex((row) => {
    const texts = row.map((cell) => normalizeKey(cellText(cell).trim()));
    return (
      texts.some((t) => HEADERS.name.includes(t)) &&
      texts.some((t) => [...IDENTITY_HEADERS.siren, ...IDENTITY_HEADERS.legalForm].includes(t))
    );
  });
  if (headerIndex < 0) return identities;
  const texts = (rows[headerIndex] ?? []).map((cell) => normalizeKey(cellText(cell).trim()));
  const column = (names: readonly string[]) => texts.findIndex((t) => names.includes(t));
  const name = column(HEADERS.name);
  const siren = column(IDENTITY_HEADERS.siren);
  const legalForm = column(IDENTITY_HEADERS.legalForm);
  for (const cells of rows.slice(headerIndex + 1)) {
    const clientName = cellText(cells[name]).trim();
    const key = clientName === '' ? '' : clientKeyOf(clientName);
    if (key === '' || identities.has(key)) continue;
    const read = (index: number) => (index < 0 ? '' : cellText(cells[index]).trim());
    identities.set(key, {
      ...(read(siren) === '' ? {} : { siren: read(siren) }),
      ...(read(legalForm) === '' ? {} : { legalForm: read(legalForm) }),
    });
  }
  return identities;
}
