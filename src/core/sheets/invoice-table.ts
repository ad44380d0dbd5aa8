/**
 * Reading the user's invoice tab (DESIGN §2). The header row may sit below a title; columns
 * are recognised by French and English synonyms whatever their case, accents or punctuation, and
 * the user may override the mapping. Every row that cannot be used becomes a problem saying what
 * to fix, and is left out; blank rows, total rows and formula errors never stop the reading.
 */
import type { Cell } from './cells';
import { cellText, isBlank, isFormulaError } from './cells';
import { addDays, type Day } from '../values/day';
import { ZERO_CENTS, type Cents } from '../values/money';
import type { ClientType, Invoice, Language, Problem } from '../model';
import { normalizeKey, parseAmount, parseDay, parseEmails } from '../values/parse-values';
import { parseCivility } from '../messages/addressing';
import type { ColumnKey, Settings } from '../settings/settings';

export type ColumnMapping = Partial<Record<ColumnKey, { index: number; header: string }>>;

export const COLUMN_LABELS: Record<ColumnKey, { fr: string; en: string }> = {
  number: { fr: 'N° facture', en: 'Invoice number' },
  client: { fr: 'Client', en: 'Client' },
  email: { fr: 'Email', en: 'Email' },
  issueDate: { fr: 'Date d’émission', en: 'Issue date' },
  dueDate: { fr: 'Échéance', en: 'Due date' },
  amount: { fr: 'Montant TTC', en: 'Amount incl. VAT' },
  paid: { fr: 'Montant payé', en: 'Amount paid' },
  paymentDate: { fr: 'Date de paiement', en: 'Payment date' },
  status: { fr: 'Statut', en: 'Status' },
  clientType: { fr: 'Type client', en: 'Client type' },
  contact: { fr: 'Contact', en: 'Contact' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  address: { fr: 'Adresse', en: 'Address' },
  invoiceLink: { fr: 'Lien facture', en: 'Invoice link' },
  language: { fr: 'Langue', en: 'Language' },
  civility: { fr: 'Civilité', en: 'Title' },
};

/** Exact header synonyms, compared after normalizeKey. Specific ones are checked first. */
const SYNONYMS: [ColumnKey, string[]][] = [
  [
    'paymentDate',
    [
      'date de paiement',
      'date paiement',
      'date de reglement',
      'date reglement',
      'paye le',
      'regle le',
      'payment date',
      'paid on',
      'date paid',
    ],
  ],
  [
    'paid',
    [
      'montant paye',
      'montant regle',
      'paye',
      'deja paye',
      'deja regle',
      'regle',
      'encaisse',
      'montant encaisse',
      'paid',
      'amount paid',
      'paid amount',
    ],
  ],
  [
    'dueDate',
    [
      'echeance',
      'date d echeance',
      'date echeance',
      'date limite de paiement',
      'date limite',
      'due date',
      'due',
      'due on',
      'payment due',
    ],
  ],
  [
    'issueDate',
    [
      'date',
      'date d emission',
      'date emission',
      'date facture',
      'date de facture',
      'date de facturation',
      'emise le',
      'issue date',
      'invoice date',
      'date issued',
    ],
  ],
  [
    'number',
    [
      'n facture',
      'n de facture',
      'no facture',
      'numero',
      'numero facture',
      'numero de facture',
      'facture',
      'facture n',
      'ref',
      'reference',
      'invoice',
      'invoice number',
      'invoice no',
      'invoice n',
      'invoice id',
      'number',
    ],
  ],
  [
    'client',
    [
      'client',
      'nom client',
      'nom du client',
      'raison sociale',
      'societe',
      'entreprise',
      'customer',
      'company',
      'client name',
      'customer name',
    ],
  ],
  [
    'email',
    [
      'email',
      'e mail',
      'mail',
      'courriel',
      'adresse email',
      'adresse e mail',
      'email client',
      'emails',
      'email address',
    ],
  ],
  [
    'amount',
    [
      'montant ttc',
      'montant',
      'total ttc',
      'ttc',
      'montant facture',
      'total',
      'amount',
      'total amount',
      'amount incl vat',
      'amount due',
    ],
  ],
  ['status', ['statut', 'etat', 'status', 'state']],
  ['clientType', ['type client', 'type de client', 'type', 'client type', 'customer type']],
  ['contact', ['contact', 'interlocuteur', 'nom du contact', 'contact name']],
  ['phone', ['telephone', 'tel', 'portable', 'phone', 'phone number', 'mobile']],
  ['address', ['adresse', 'adresse postale', 'address', 'postal address']],
  [
    'invoiceLink',
    [
      'lien facture',
      'lien',
      'pdf',
      'lien pdf',
      'facture pdf',
      'invoice link',
      'link',
      'invoice pdf',
    ],
  ],
  ['language', ['langue', 'language', 'lang']],
  ['civility', ['civilite', 'civilite contact', 'titre', 'civility', 'title', 'salutation']],
];

const SYNONYM_INDEX = new Map<string, ColumnKey>();
for (const [key, words] of SYNONYMS) {
  for (const word of words) if (!SYNONYM_INDEX.has(word)) SYNONYM_INDEX.set(word, key);
}

const REQUIRED: ColumnKey[] = ['number', 'client', 'amount'];
const HEADER_SEARCH_ROWS = 20;

const PAID_STATUSES = new Set([
  'payee',
  'paye',
  'reglee',
  'regle',
  'soldee',
  'solde',
  'encaissee',
  'paid',
  'settled',
]);
/** Cancelled invoices and credit notes are not debts: they are left out without a word. */
const CANCELLED_STATUSES = new Set(['annulee', 'annule', 'avoir', 'cancelled', 'canceled', 'void']);
const CONSUMER_TYPES = new Set([
  'particulier',
  'consommateur',
  'b2c',
  'individual',
  'consumer',
  'private',
]);
const ENGLISH = new Set(['en', 'eng', 'anglais', 'english', 'gb', 'uk', 'us']);
const TOTAL_WORDS = /^(total|totaux|sous total|total ttc|total ht|subtotal|grand total)\b/;

export interface InvoiceTableOptions {
  settings: Pick<Settings, 'columnOverrides' | 'paymentTermsDays' | 'sending'>;
  /** Sheet row of values[0] (1-based); 1 when the values start at the top of the sheet. */
  firstRow?: number;
}

export type InvoiceTableReading =
  | {
      found: true;
      headerRow: number;
      mapping: ColumnMapping;
      invoices: Invoice[];
      problems: Problem[];
    }
  | { found: false; message: string };

function mapHeader(
  row: readonly Cell[],
  overrides: InvoiceTableOptions['settings']['columnOverrides'],
): ColumnMapping {
  const mapping: ColumnMapping = {};
  const overrideByHeader = new Map<string, ColumnKey>();
  for (const [key, header] of Object.entries(overrides) as [ColumnKey, string | undefined][]) {
    if (header !== undefined && header.trim() !== '')
      overrideByHeader.set(normalizeKey(header), key);
  }
  row.forEach((cell, index) => {
    const header = cellText(cell).trim();
    if (header === '') return;
    const normalized = normalizeKey(header);
    const key = overrideByHeader.get(normalized) ?? SYNONYM_INDEX.get(normalized);
    if (key === undefined) return;
    const overridden = overrideByHeader.has(normalized);
    if (mapping[key] === undefined || overridden) mapping[key] = { index, header };
  });
  // A due date with no issue date: a lone "Date" column is taken as the due date.
  if (
    mapping.dueDate === undefined &&
    mapping.issueDate !== undefined &&
    normalizeKey(mapping.issueDate.header) === 'date'
  ) {
    mapping.dueDate = mapping.issueDate;
    delete mapping.issueDate;
  }
  return mapping;
}

function describeMissing(mapping: ColumnMapping): string {
  const missing = REQUIRED.filter((key) => mapping[key] === undefined).map(
    (key) => COLUMN_LABELS[key].fr,
  );
  if (mapping.dueDate === undefined && mapping.issueDate === undefined)
    missing.push('Échéance (ou Date)');
  return missing.join(', ');
}

export function describeMapping(
  mapping: ColumnMapping,
  language: Language = 'fr',
): { key: ColumnKey; label: string; header: string | null }[] {
  return (Object.keys(COLUMN_LABELS) as ColumnKey[]).map((key) => ({
    key,
    label: COLUMN_LABELS[key][language],
    header: mapping[key]?.header ?? null,
  }));
}

function score(mapping: ColumnMapping): number {
  let total = 0;
  for (const key of REQUIRED) if (mapping[key] !== undefined) total += 10;
  if (mapping.dueDate !== undefined || mapping.issueDate !== undefined) total += 10;
  return total + Object.keys(mapping).length;
}

export function readInvoiceTable(
  values: readonly (readonly Cell[])[],
  options: InvoiceTableOptions,
): InvoiceTableReading {
  const firstRow = options.firstRow ?? 1;
  const { settings } = options;
  let best: { index: number; mapping: ColumnMapping } | undefined;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r += 1) {
    const mapping = mapHeader(values[r] ?? [], settings.columnOverrides);
    if (best === undefined || score(mapping) > score(best.mapping)) best = { index: r, mapping };
  }
  const complete =
    best !== undefined &&
    REQUIRED.every((key) => best.mapping[key] !== undefined) &&
    (best.mapping.dueDate !== undefined || best.mapping.issueDate !== undefined);
  if (best === undefined || !complete) {
    const missing =
      best === undefined ? '' : ` Colonnes non trouvées : ${describeMissing(best.mapping)}.`;
    return {
      found: false,
      message: `Aucun tableau de factures trouvé : il faut au moins les colonnes N° facture, Client, Montant et Échéance (ou Date).${missing}`,
    };
  }
  const { mapping } = best;
  const headerRow = firstRow + best.index;
  const invoices: Invoice[] = [];
  const problems: Problem[] = [];
  const firstRowOfNumber = new Map<string, number>();

  for (let r = best.index + 1; r < values.length; r += 1) {
    const row = values[r] ?? [];
    const sheetRow = firstRow + r;
    const cell = (key: ColumnKey): Cell => {
      const column = mapping[key];
      return column === undefined ? '' : (row[column.index] ?? '');
    };
    const text = (key: ColumnKey) => cellText(cell(key)).trim();
    if (row.every((c) => isBlank(c))) continue;
    const numberText = isFormulaError(cell('number')) ? '' : text('number');
    const clientText = isFormulaError(cell('client')) ? '' : text('client');
    if (TOTAL_WORDS.test(normalizeKey(numberText)) || TOTAL_WORDS.test(normalizeKey(clientText)))
      continue;
    const status = normalizeKey(text('status'));
    if (CANCELLED_STATUSES.has(status)) continue;
    const filled = (Object.keys(mapping) as ColumnKey[]).filter((key) => !isBlank(cell(key)));
    if (filled.length === 1 && filled[0] === 'amount') continue; // a lone amount under the table: a total

    const rowProblems: Problem[] = [];
    const problem = (key: ColumnKey, message: string) =>
      rowProblems.push({
        row: sheetRow,
        column: mapping[key]?.header ?? COLUMN_LABELS[key].fr,
        value: cellText(cell(key)),
        message,
        ...(numberText === '' ? {} : { invoice: numberText }),
      });
    for (const key of Object.keys(mapping) as ColumnKey[]) {
      if (isFormulaError(cell(key))) {
        problem(
          key,
          `La cellule contient une erreur de formule (${text(key)}) : corrigez la formule ou saisissez la valeur.`,
        );
      }
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    if (numberText === '') {
      problem(
        'number',
        'Numéro de facture manquant : chaque facture doit avoir un numéro pour être suivie.',
      );
    }
    if (clientText === '') problem('client', 'Nom du client manquant.');
    const amount = parseAmount(cell('amount'));
    if (isBlank(cell('amount'))) problem('amount', 'Montant manquant.');
    else if (amount === undefined) {
      problem(
        'amount',
        `Montant illisible : « ${text('amount')} ». Écrivez un nombre comme 1 234,56.`,
      );
    } else if (amount < 0) {
      problem(
        'amount',
        'Montant négatif : un avoir ne se relance pas. Retirez la ligne ou mettez le statut « Avoir ».',
      );
    }
    let paid: Cents = ZERO_CENTS;
    if (!isBlank(cell('paid'))) {
      const parsed = parseAmount(cell('paid'));
      if (parsed === undefined || parsed < 0) {
        problem(
          'paid',
          `Montant payé illisible : « ${text('paid')} ». Écrivez un nombre comme 1 234,56.`,
        );
      } else paid = parsed;
    }
    if (amount !== undefined && amount >= 0 && paid > amount) {
      problem(
        'paid',
        'Le montant payé dépasse le montant de la facture : vérifiez les deux montants.',
      );
    }
    const readDay = (key: ColumnKey): Day | undefined | 'bad' => {
      if (isBlank(cell(key))) return undefined;
      const day = parseDay(cell(key));
      if (day === undefined) {
        problem(key, `Date illisible : « ${text(key)} ». Écrivez une date comme 15/03/2026.`);
        return 'bad';
      }
      return day;
    };
    const issueDate = readDay('issueDate');
    let dueDate = readDay('dueDate');
    if (dueDate === undefined) {
      if (issueDate === undefined) {
        problem(
          mapping.dueDate === undefined ? 'issueDate' : 'dueDate',
          'Échéance manquante : indiquez la date d’échéance ou au moins la date de la facture.',
        );
      } else if (issueDate !== 'bad') {
        dueDate = addDays(issueDate, settings.paymentTermsDays);
      }
    }
    const paymentDate = readDay('paymentDate');
    const emails = parseEmails(cell('email'));
    if (emails.invalid.length > 0) {
      const list = emails.invalid.map((e) => `« ${e} »`).join(', ');
      const message =
        emails.valid.length > 0
          ? `Adresse email invalide ignorée : ${list}. Les autres adresses de la ligne sont utilisées.`
          : `Adresse email invalide : ${list}. Corrigez-la pour que les relances partent.`;
      rowProblems.push({
        row: sheetRow,
        column: mapping.email?.header ?? 'Email',
        value: text('email'),
        message,
        ...(numberText === '' ? {} : { invoice: numberText }),
      });
    }
    const blocking = rowProblems.filter(
      (p) => !p.message.startsWith('Adresse email invalide ignorée'),
    );
    if (
      blocking.length > 0 ||
      amount === undefined ||
      dueDate === undefined ||
      dueDate === 'bad' ||
      issueDate === 'bad' ||
      paymentDate === 'bad'
    ) {
      problems.push(...rowProblems);
      continue;
    }
    const seenAt = firstRowOfNumber.get(numberText);
    if (seenAt !== undefined) {
      problems.push({
        row: sheetRow,
        column: mapping.number?.header ?? 'N° facture',
        value: numberText,
        message: `Numéro de facture en double : la facture ${numberText} figure déjà ligne ${seenAt}. Seule la première ligne est suivie.`,
        invoice: numberText,
      });
      continue;
    }
    firstRowOfNumber.set(numberText, sheetRow);
    problems.push(...rowProblems);

    const typeText = normalizeKey(text('clientType'));
    const clientType: ClientType = CONSUMER_TYPES.has(typeText) ? 'particulier' : 'pro';
    const languageText = normalizeKey(text('language'));
    const language: Language =
      languageText === ''
        ? settings.sending.defaultLanguage
        : ENGLISH.has(languageText)
          ? 'en'
          : 'fr';
    const invoice: Invoice = {
      number: numberText,
      client: clientText,
      clientKey: normalizeKey(clientText),
      emails: emails.valid,
      dueDate,
      amountCents: amount,
      paidCents: paid,
      markedPaid: PAID_STATUSES.has(status),
      clientType,
      language,
      row: sheetRow,
    };
    if (issueDate !== undefined) invoice.issueDate = issueDate;
    if (paymentDate !== undefined) invoice.paymentDate = paymentDate;
    for (const key of ['contact', 'phone', 'address', 'invoiceLink'] as const) {
      const value = text(key);
      if (value !== '') invoice[key] = value;
    }
    readCivility(invoice, text('civility'), mapping.civility?.header ?? 'Civilité', problems);
    invoices.push(invoice);
  }
  return { found: true, headerRow, mapping, invoices, problems };
}

/** The optional « Civilité » column: a value Relance cannot read is a problem, never a guess. */
function readCivility(invoice: Invoice, value: string, column: string, problems: Problem[]): void {
  if (value === '') return;
  const civility = parseCivility(value);
  if (civility !== undefined) {
    invoice.civility = civility;
    return;
  }
  problems.push({
    row: invoice.row,
    column,
    value,
    message: `Civilité « ${value} » non reconnue : écrivez M., Mme, Madame ou Monsieur. La lettre commencera par « Madame, Monsieur, ».`,
    invoice: invoice.number,
  });
}
