/**
 * Generates a realistic invoice workbook for the demo and the end-to-end tests: a dozen clients,
 * French formats (dates as real dates and as text, amounts as numbers and as "1 234,56 €"), some
 * invoices paid, some partly paid, some weeks late, a few malformed rows, a title above the table
 * and a total row below it. Deterministic for a given reference day and seed.
 */
import ExcelJS from 'exceljs';

export interface SampleOptions {
  /** The day the sample is "as of" (ISO); due dates spread around it. */
  referenceDay: string;
  invoiceCount?: number;
  seed?: number;
  /** Include the rows a careless user would type (unreadable amount, duplicate number…). */
  malformedRows?: boolean;
}

interface SampleClient {
  name: string;
  emails: string;
  contact: string;
  phone: string;
  address: string;
  /** As a firm would type it: a legal form or a kind (sheets/client-type.ts reads both). */
  type: string;
  language: 'FR' | 'EN';
  /** « Civilité » of the contact, when the user typed one. */
  civility?: string;
  /** How this client pays: days after the due date, or null for "not yet". */
  habit: 'punctual' | 'late' | 'chronic' | 'partial';
}

const CLIENTS: SampleClient[] = [
  {
    name: 'Boulangerie Martin',
    emails: 'compta@boulangerie-martin.fr',
    contact: 'Claire Martin',
    civility: 'Mme',
    phone: '01 42 11 22 33',
    address: '12 rue des Lilas, 75011 Paris',
    type: 'Commerçant',
    language: 'FR',
    habit: 'late',
  },
  {
    name: 'Garage Lefèvre & Fils',
    emails: 'contact@garage-lefevre.fr; p.lefevre@garage-lefevre.fr',
    contact: 'Paul Lefèvre',
    civility: 'M.',
    phone: '03 88 45 67 89',
    address: '4 route de Colmar, 67000 Strasbourg',
    type: 'SARL',
    language: 'FR',
    habit: 'chronic',
  },
  {
    name: 'Cabinet Durand Architectes',
    emails: 'facturation@durand-archi.fr',
    contact: 'Sophie Durand',
    phone: '04 78 90 12 34',
    address: '8 quai Saint-Vincent, 69001 Lyon',
    type: 'Profession libérale',
    language: 'FR',
    habit: 'punctual',
  },
  {
    name: 'Hôtel du Port',
    emails: 'direction@hotelduport.fr',
    contact: 'Marc Olivier',
    civility: 'M.',
    phone: '02 97 55 66 77',
    address: '1 quai Franklin, 56100 Lorient',
    type: 'SAS',
    language: 'FR',
    habit: 'partial',
  },
  {
    name: 'Pharmacie Centrale',
    emails: 'pharmacie.centrale@orange.fr',
    contact: 'Dr. Anne Petit',
    phone: '05 56 44 33 22',
    address: '22 cours de l’Intendance, 33000 Bordeaux',
    type: 'SELARL',
    language: 'FR',
    habit: 'punctual',
  },
  {
    name: 'Brightside Ltd',
    emails: 'accounts@brightside.co.uk',
    contact: 'John Smith',
    civility: 'Mr',
    phone: '+44 20 7946 0958',
    address: '10 Market Street, London EC2A 4NE',
    type: 'Commerçant',
    language: 'EN',
    habit: 'late',
  },
  {
    name: 'Menuiserie Bernard',
    emails: 'menuiserie.bernard@gmail.com',
    contact: 'Luc Bernard',
    phone: '06 12 34 56 78',
    address: 'ZA des Près, 44300 Nantes',
    type: 'SARL',
    language: 'FR',
    habit: 'chronic',
  },
  {
    name: 'Mme Julie Roux',
    emails: 'julie.roux@laposte.net',
    contact: 'Julie Roux',
    civility: 'Mme',
    phone: '06 98 76 54 32',
    address: '3 impasse des Roses, 31000 Toulouse',
    type: 'Particulier',
    language: 'FR',
    habit: 'late',
  },
  {
    name: 'SCI Les Tilleuls',
    emails: 'gestion@sci-tilleuls.fr',
    contact: 'Henri Moreau',
    civility: 'Monsieur',
    phone: '01 39 50 60 70',
    address: '5 avenue de Paris, 78000 Versailles',
    type: 'SCI',
    language: 'FR',
    habit: 'late',
  },
  {
    name: 'Traiteur Gourmet',
    emails: 'traiteur.gourmet@free.fr',
    contact: 'Nadia Benali',
    civility: 'Madame',
    phone: '04 91 23 45 67',
    address: '40 rue Paradis, 13001 Marseille',
    type: 'SAS',
    language: 'FR',
    habit: 'partial',
  },
  {
    name: 'Agence Pixel',
    emails: 'hello@agence-pixel.fr, compta@agence-pixel.fr',
    contact: 'Thomas Girard',
    phone: '03 20 11 22 33',
    address: '15 rue Nationale, 59000 Lille',
    type: 'SAS',
    language: 'FR',
    habit: 'punctual',
  },
  {
    name: 'Ferme du Bois Joli',
    emails: 'fermeduboisjoli@wanadoo.fr',
    contact: 'Marie Fontaine',
    phone: '02 33 44 55 66',
    address: 'Lieu-dit le Bois Joli, 50300 Avranches',
    type: 'EARL',
    language: 'FR',
    habit: 'chronic',
  },
];

export const SAMPLE_HEADERS = [
  'N° facture',
  'Client',
  'Email',
  'Date',
  'Échéance',
  'Montant TTC',
  'Montant payé',
  'Date de paiement',
  'Statut',
  'Type client',
  'Contact',
  'Téléphone',
  'Adresse',
  'Langue',
  'Civilité',
] as const;

/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed gives the same
 * sequence, so that a sample, a trial or a scenario can be replayed.
 */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(iso: string, days: number): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

/** A Date holding the wall-clock day at midnight, as exceljs writes it into the cell. */
function cellDate(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function frenchDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

function frenchAmount(cents: number): string {
  const [units = '0', decimals = '00'] = (cents / 100).toFixed(2).split('.');
  return `${units.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${decimals}\u00a0€`;
}

export type SampleRow = (string | number | Date | null)[];

/** What a client of this habit has paid of an invoice by the reference day, and when. */
function settlement(
  client: SampleClient,
  dueOffset: number,
  amountCents: number,
  referenceDay: string,
): { paidCents: number; paidOn: Date | null; status: string } {
  const lateness = { punctual: 0, late: 20, chronic: 55, partial: 25 }[client.habit];
  if (dueOffset + lateness < 0 && client.habit !== 'partial') {
    const paidOn = addDays(referenceDay, dueOffset + lateness);
    return { paidCents: amountCents, paidOn, status: 'Payée' };
  }
  if (client.habit === 'partial' && dueOffset < -10) {
    const paidOn = addDays(referenceDay, dueOffset + 5);
    return { paidCents: Math.round(amountCents * 0.4), paidOn, status: 'Partiellement payée' };
  }
  return { paidCents: 0, paidOn: null, status: '' };
}

/** The i-th invoice, drawn from `next`. */
function sampleRow(i: number, next: () => number, referenceDay: string): SampleRow {
  const client = CLIENTS[i % CLIENTS.length] as SampleClient;
  const number = `F2026-${String(101 + i).padStart(4, '0')}`;
  // Due dates from 75 days ago to 20 days ahead of the reference day.
  const dueOffset = Math.round(-75 + next() * 95);
  const due = addDays(referenceDay, dueOffset);
  const issued = addDays(referenceDay, dueOffset - 30);
  const amountCents = Math.round(150 + next() * 4800) * 100 + Math.round(next() * 99);
  const { paidCents, paidOn, status } = settlement(client, dueOffset, amountCents, referenceDay);
  // French habits: some dates typed as text, some amounts typed with their euro sign.
  const asText = i % 5 === 3;
  return [
    number,
    client.name,
    client.emails,
    asText ? frenchDate(issued) : cellDate(issued),
    asText ? frenchDate(due) : cellDate(due),
    i % 4 === 1 ? frenchAmount(amountCents) : amountCents / 100,
    paidCents === 0 ? null : paidCents / 100,
    paidOn === null ? null : cellDate(paidOn),
    status,
    client.type,
    client.contact,
    client.phone,
    client.address,
    client.language,
    client.civility ?? null,
  ];
}

/**
 * Rows a user gets wrong, each once: an amount that is not one, no invoice number, an email
 * without its domain, a day that does not exist, an invoice number already used.
 */
function malformedRows(referenceDay: string, usedNumber: string): SampleRow[] {
  const due = cellDate(addDays(referenceDay, -20));
  const issued = cellDate(addDays(referenceDay, -50));
  // Nothing paid, no status, a professional client writing in French.
  const row = (
    number: string,
    [client, email]: [string, string],
    dueCell: Date | string,
    amount: string | number,
    contact = '',
  ): SampleRow => [
    number,
    client,
    email,
    issued,
    dueCell,
    amount,
    null,
    null,
    '',
    'SARL',
    contact,
    '',
    '',
    'FR',
  ];
  return [
    row(
      'F2026-0901',
      ['Garage Lefèvre & Fils', 'contact@garage-lefevre.fr'],
      due,
      '12,3,4',
      'Paul Lefèvre',
    ),
    row('', ['Hôtel du Port', 'direction@hotelduport.fr'], due, 980),
    row('F2026-0902', ['Agence Pixel', 'hello@agence-pixel'], due, 1200),
    row('F2026-0903', ['SCI Les Tilleuls', 'gestion@sci-tilleuls.fr'], '31/02/2026', 640),
    row(usedNumber, ['Boulangerie Martin', 'compta@boulangerie-martin.fr'], due, 310),
  ];
}

export function sampleRows(options: SampleOptions): SampleRow[] {
  const next = random(options.seed ?? 2026);
  const count = options.invoiceCount ?? 36;
  const rows: SampleRow[] = [];
  for (let i = 0; i < count; i += 1) rows.push(sampleRow(i, next, options.referenceDay));
  if (options.malformedRows ?? true) {
    rows.push(...malformedRows(options.referenceDay, String(rows[0]?.[0] ?? 'F2026-0101')));
  }
  return rows;
}

export async function writeSampleWorkbook(path: string, options: SampleOptions): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Factures');
  sheet.addRow(['Atelier Dupont SARL — suivi des factures clients']).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([]);
  const header = sheet.addRow([...SAMPLE_HEADERS]);
  header.font = { bold: true };
  const rows = sampleRows(options);
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow(['Total', '', '', '', '', { formula: `SUM(F4:F${3 + rows.length})` }]);
  for (const column of [4, 5, 8]) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(6).numFmt = '#,##0.00 €';
  sheet.getColumn(7).numFmt = '#,##0.00 €';
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  await workbook.xlsx.writeFile(path);
}
