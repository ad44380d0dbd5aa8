/**
 * What the user records from the sidebar (a payment, a promise, a dispute…), checked and turned
 * into a journal event. Every refusal says, in French, which field to fix.
 */
import { parseIsoDay, type Day } from '../values/day';
import type { Cents } from '../values/money';
import type { EventType, Instalment, JournalEvent, StepId } from '../model';

export const RECORDABLE_TYPES = [
  'paiement',
  'promesse',
  'litige',
  'litige-resolu',
  'echeancier',
  'delai-accorde',
  'suspension',
  'reprise',
  'appel',
  'lrar-postee',
  'note',
] as const satisfies readonly EventType[];
export type RecordableType = (typeof RECORDABLE_TYPES)[number];

export interface EventInput {
  clientKey: string;
  type: RecordableType;
  invoices: string[];
  /** Cents, for a payment. */
  amountCents?: number;
  /** ISO day: promised date, new due date, end of a hold, posting day. */
  date?: string;
  detail?: string;
  instalments?: { date: string; amountCents: number }[];
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A registered letter's tracking number: 13 characters, letters and digits, spaces allowed
 * (« 1A 123 456 7890 1 » in France; « RR123456789FR » under the UPU S10 standard, whose
 * identifiers are 13 characters: https://vulgumtechus.com/index.php?title=Codage_des_courriers_recommand%C3%A9s).
 * The email copy of a mise en demeure cites it: it must be the real one.
 */
export function trackingNumberProblem(text: string): string | undefined {
  if (text === '') return 'Indiquez le numéro de suivi de la lettre recommandée.';
  if (!/^[A-Za-z0-9]{13}$/.test(text.replace(/[\s-]/g, '')))
    return 'Le numéro de suivi d’une lettre recommandée compte 13 caractères (lettres et chiffres), par exemple 1A 123 456 7890 1 : recopiez-le depuis la preuve de dépôt.';
  return undefined;
}

export type EventCheck = { ok: true; event: JournalEvent } | { ok: false; errors: FieldError[] };

export function checkEventInput(
  input: EventInput,
  context: { client: string; today: Day; id: string; balances: ReadonlyMap<string, number> },
): EventCheck {
  const errors: FieldError[] = [];
  if (!(RECORDABLE_TYPES as readonly string[]).includes(input.type)) {
    return { ok: false, errors: [{ field: 'type', message: 'Type d’événement inconnu.' }] };
  }
  const unknown = input.invoices.filter((n) => !context.balances.has(n));
  if (unknown.length > 0)
    errors.push({
      field: 'invoices',
      message: `Facture inconnue pour ce client : ${unknown.join(', ')}.`,
    });
  const needsInvoice = [
    'paiement',
    'promesse',
    'echeancier',
    'delai-accorde',
    'lrar-postee',
  ].includes(input.type);
  if (needsInvoice && input.invoices.length === 0)
    errors.push({ field: 'invoices', message: 'Choisissez au moins une facture.' });
  const day = (value: string | undefined, field: string, required: string): Day | undefined => {
    if (value === undefined || value === '') {
      if (required !== '') errors.push({ field, message: required });
      return undefined;
    }
    const parsed = parseIsoDay(value);
    if (parsed === undefined) errors.push({ field, message: 'Date invalide.' });
    return parsed;
  };
  const event: JournalEvent = {
    id: context.id,
    day: context.today,
    type: input.type,
    client: context.client,
    invoices: [...input.invoices],
    state: 'fait',
  };
  const detail = (input.detail ?? '').trim();
  if (detail !== '') event.detail = detail;
  switch (input.type) {
    case 'paiement': {
      const amount = input.amountCents;
      const balance = input.invoices.reduce((sum, n) => sum + (context.balances.get(n) ?? 0), 0);
      if (amount === undefined || !Number.isInteger(amount) || amount <= 0)
        errors.push({
          field: 'amountCents',
          message: 'Indiquez le montant reçu, par exemple 250,00.',
        });
      else if (amount > balance)
        errors.push({
          field: 'amountCents',
          message: 'Le montant dépasse le solde dû des factures choisies.',
        });
      else event.amountCents = amount as Cents;
      const date = day(input.date, 'date', '');
      if (date !== undefined) event.date = date;
      break;
    }
    case 'promesse': {
      const date = day(input.date, 'date', 'Indiquez la date promise.');
      if (date !== undefined && date < context.today)
        errors.push({ field: 'date', message: 'La date promise ne peut pas être passée.' });
      if (date !== undefined) event.date = date;
      break;
    }
    case 'delai-accorde': {
      const date = day(input.date, 'date', 'Indiquez la nouvelle échéance accordée.');
      if (date !== undefined) event.date = date;
      break;
    }
    case 'suspension': {
      const date = day(input.date, 'date', '');
      if (date !== undefined) event.date = date;
      break;
    }
    case 'litige':
      if (detail === '') errors.push({ field: 'detail', message: 'Indiquez le motif du litige.' });
      break;
    case 'lrar-postee': {
      const problem = trackingNumberProblem(detail);
      if (problem !== undefined) errors.push({ field: 'detail', message: problem });
      const date = day(input.date, 'date', 'Indiquez la date de dépôt de la lettre recommandée.');
      if (date !== undefined && date > context.today)
        errors.push({ field: 'date', message: 'La date de dépôt ne peut pas être à venir.' });
      if (date !== undefined) event.date = date;
      event.step = 'mise-en-demeure' as StepId;
      break;
    }
    case 'appel':
      event.step = 'appel';
      if (detail === '')
        errors.push({ field: 'detail', message: 'Notez ce que le client a répondu.' });
      break;
    case 'echeancier': {
      const instalments: Instalment[] = [];
      (input.instalments ?? []).forEach((item, i) => {
        const date = parseIsoDay(item.date);
        if (date === undefined)
          errors.push({ field: `instalments[${i}].date`, message: 'Date d’échéance invalide.' });
        if (!Number.isInteger(item.amountCents) || item.amountCents <= 0)
          errors.push({ field: `instalments[${i}].amountCents`, message: 'Montant invalide.' });
        if (date !== undefined && item.amountCents > 0)
          instalments.push({ date, amountCents: item.amountCents as Cents });
      });
      if ((input.instalments ?? []).length === 0)
        errors.push({ field: 'instalments', message: 'Ajoutez au moins une échéance.' });
      event.instalments = instalments.sort((a, b) => a.date - b.date);
      break;
    }
    default:
      break;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, event };
}
