/**
 * The invoice tab's columns: their labels in French and English, and the header synonyms by
 * which Relance recognises them (invoicing tools' exports included), compared after normalizeKey.
 */
import type { ColumnKey } from '../settings/settings';
import type { Entry } from '../words/catalogue';
import { INVOICE_COLUMN_LABELS } from '../words/invoice-rows';

export const COLUMN_LABELS: Record<ColumnKey, Entry<string>> = INVOICE_COLUMN_LABELS;

/** Exact header synonyms, compared after normalizeKey. Specific ones are checked first. */
const SYNONYMS: [ColumnKey, string[]][] = [
  [
    'serviceDate',
    [
      'date de prestation',
      'date prestation',
      'fin de prestation',
      'date de fin de prestation',
      'date de livraison',
      'date livraison',
      'fin des travaux',
      'date de fin des travaux',
      'service date',
      'delivery date',
      'date of service',
    ],
  ],
  ['tribunal', ['tribunal', 'tribunal competent', 'juridiction', 'court']],
  [
    'communeCode',
    ['code commune', 'code insee', 'code insee commune', 'commune code', 'insee code'],
  ],
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
      'num',
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
      'invoice amount',
      'invoice total',
    ],
  ],
  ['status', ['statut', 'etat', 'status', 'state']],
  [
    'clientType',
    [
      'type client',
      'type de client',
      'type',
      'categorie client',
      'client type',
      'customer type',
      'customer category',
    ],
  ],
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
  [
    'balance',
    [
      'reste du',
      'restant du',
      'reste a payer',
      'restant a payer',
      'reste a regler',
      'montant restant',
      'montant du',
      'solde',
      'solde du',
      'open balance',
      'balance due',
      'amount due',
      'balance',
      'outstanding',
      'amount outstanding',
    ],
  ],
  ['currency', ['devise', 'monnaie', 'currency', 'currency code', 'code devise']],
  [
    'clientId',
    [
      'code client',
      'n client',
      'no client',
      'numero client',
      'numero de client',
      'identifiant client',
      'id client',
      'reference client',
      'ref client',
      'compte client',
      'client id',
      'customer id',
      'customer number',
      'customer no',
      'account number',
    ],
  ],
];

export const SYNONYM_INDEX = new Map<string, ColumnKey>();
for (const [key, words] of SYNONYMS) {
  for (const word of words) if (!SYNONYM_INDEX.has(word)) SYNONYM_INDEX.set(word, key);
}

/** Amount headers that say the amount includes VAT: preferred when the tab has several. */
export const TAX_INCLUSIVE_HEADERS: ReadonlySet<string> = new Set([
  'montant ttc',
  'total ttc',
  'ttc',
  'amount incl vat',
]);
