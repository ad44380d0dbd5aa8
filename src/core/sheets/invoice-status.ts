/**
 * What a « Statut » cell says of an invoice: settled, partly paid, cancelled, a draft, or open
 * (Sellsy, Pennylane, QuickBooks wordings included).
 */
export type StatusKind = 'open' | 'paid' | 'partial' | 'void' | 'draft';

const STATUS_WORDS: [StatusKind, string[]][] = [
  ['paid', ['payee', 'paye', 'reglee', 'regle', 'soldee', 'solde', 'encaissee', 'paid', 'settled']],
  [
    'partial',
    [
      'partiellement payee',
      'partiellement paye',
      'partiellement reglee',
      'partiellement regle',
      'paiement partiel',
      'reglement partiel',
      'partially paid',
      'partial',
      'partial payment',
    ],
  ],
  // Cancelled invoices and credit notes are not debts: they are left out without a word.
  [
    'void',
    ['annulee', 'annule', 'avoir', 'cancelled', 'canceled', 'void', 'voided', 'credit note'],
  ],
  ['draft', ['brouillon', 'draft', 'proforma', 'pro forma', 'devis']],
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
      'non reglee',
      'unpaid',
      'due',
      'open',
      'ouverte',
      'envoyee',
      'emise',
      'sent',
      'en attente',
      'en attente de paiement',
      'pending',
      'finalisee',
      'validee',
    ],
  ],
];
export const STATUS_INDEX = new Map<string, StatusKind>(
  STATUS_WORDS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);
