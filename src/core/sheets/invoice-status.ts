/**
 * What a « Statut » cell says of an invoice: settled, partly paid, cancelled, a draft, disputed
 * or open (Sellsy, Pennylane, QuickBooks wordings included). A status is recognised by its
 * words, or by its first words followed by details that change nothing (« Payée par virement »,
 * « Réglée le 05/03/2026 », « Annulée et remplacée par R-99 »). Anything else is unknown: the
 * caller makes the row a problem and the invoice waits, never chased on a guess.
 */
import { normalizeKey } from '../values/keys';

export type StatusKind = 'open' | 'paid' | 'partial' | 'void' | 'draft' | 'disputed';

const STATUS_WORDS: [StatusKind, string[]][] = [
  [
    'paid',
    [
      'payee',
      'paye',
      'payees',
      'reglee',
      'regle',
      'soldee',
      'solde',
      'acquittee',
      'acquitte',
      'encaissee',
      'encaisse',
      'paiement recu',
      'reglement recu',
      'paid',
      'settled',
      'paid in full',
      'payment received',
    ],
  ],
  [
    'partial',
    [
      'partiellement payee',
      'partiellement paye',
      'partiellement reglee',
      'partiellement regle',
      'payee partiellement',
      'paye partiellement',
      'reglee partiellement',
      'regle partiellement',
      'payee en partie',
      'reglee en partie',
      'paiement partiel',
      'reglement partiel',
      'acompte recu',
      'partially paid',
      'partial',
      'partial payment',
    ],
  ],
  // Cancelled invoices and credit notes are not debts: they are left out without a word.
  [
    'void',
    [
      'annulee',
      'annule',
      'avoir',
      'remplacee',
      'cancelled',
      'canceled',
      'void',
      'voided',
      'credit note',
    ],
  ],
  ['draft', ['brouillon', 'draft', 'proforma', 'pro forma', 'devis']],
  // A disputed invoice is never chased (the engine's « litige » state, as a Journal « Litige »).
  [
    'disputed',
    [
      'litige',
      'en litige',
      'litigieuse',
      'contestee',
      'conteste',
      'contestation',
      'refusee',
      'disputed',
      'in dispute',
      'dispute',
    ],
  ],
  [
    'open',
    [
      'en retard',
      'retard',
      'overdue',
      'late',
      'a payer',
      'a regler',
      'impayee',
      'impaye',
      'non payee',
      'non paye',
      'non reglee',
      'non regle',
      'non soldee',
      'echue',
      'relancee',
      'a relancer',
      'unpaid',
      'due',
      'open',
      'ouverte',
      'envoyee',
      'emise',
      'sent',
      'en attente',
      'en attente de paiement',
      'en attente de reglement',
      'pending',
      'finalisee',
      'validee',
    ],
  ],
];

const STATUS_INDEX = new Map<string, StatusKind>(
  STATUS_WORDS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

/** The longest status phrase, in words: a prefix longer than this is never looked up. */
const LONGEST_PHRASE = 4;

/** Words after a status that cast doubt on it: a payment in part, a negation, a reservation. */
const DOUBT = new Set([
  'non',
  'pas',
  'ne',
  'partiel',
  'partielle',
  'partiellement',
  'partie',
  'acompte',
  'reste',
  'restant',
  'sauf',
  'mais',
  'moins',
  'hors',
  'not',
  'but',
  'except',
  'partly',
  'partially',
]);

/**
 * The status a cell names: blank is 'open' (the amounts decide), undefined when Relance cannot
 * tell. A known phrase may be followed by details (a date, a means of payment, a reference)
 * unless they doubt it or name another status.
 */
export function parseStatus(text: string): StatusKind | undefined {
  const key = normalizeKey(text);
  if (key === '') return 'open';
  const exact = STATUS_INDEX.get(key);
  if (exact !== undefined) return exact;
  const words = key.split(' ');
  for (let length = Math.min(LONGEST_PHRASE, words.length - 1); length >= 1; length -= 1) {
    const kind = STATUS_INDEX.get(words.slice(0, length).join(' '));
    if (kind === undefined) continue;
    const details = words.slice(length);
    const doubtful = details.some((word) => {
      const other = STATUS_INDEX.get(word);
      return DOUBT.has(word) || (other !== undefined && other !== kind);
    });
    return doubtful ? undefined : kind;
  }
  return undefined;
}
