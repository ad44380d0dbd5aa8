/**
 * The « Type client » column: what the law calls the client (see ClientType). French and
 * English words; the former « Pro » reads as a commerçant, the default for a business.
 */
import type { ClientType } from '../model';
import { normalizeKey } from '../values/parse-values';

const WORDS: Record<ClientType, readonly string[]> = {
  commercant: [
    'pro',
    'professionnel',
    'commercant',
    'commercante',
    'societe commerciale',
    'entreprise',
    'artisan',
    'b2b',
    'business',
    'company',
    'merchant',
    'trader',
  ],
  'non-commercant': [
    'non commercant',
    'non commercante',
    'sci',
    'societe civile',
    'societe civile immobiliere',
    'profession liberale',
    'liberal',
    'agriculteur',
    'exploitant agricole',
    'association',
    'non trader',
    'non merchant',
    'liberal profession',
    'farmer',
    'charity',
    'non profit',
  ],
  particulier: ['particulier', 'consommateur', 'b2c', 'individual', 'consumer', 'private'],
  'acheteur-public': [
    'acheteur public',
    'public',
    'personne publique',
    'collectivite',
    'collectivite territoriale',
    'administration',
    'mairie',
    'commune',
    'etablissement public',
    'public buyer',
    'public sector',
    'public body',
    'government',
  ],
};

const TYPE_OF_WORD = new Map<string, ClientType>(
  (Object.entries(WORDS) as [ClientType, readonly string[]][]).flatMap(([type, words]) =>
    words.map((word): [string, ClientType] => [word, type]),
  ),
);

/** The client type a cell names, or undefined when it is empty or not understood. */
export function parseClientType(text: string): ClientType | undefined {
  return TYPE_OF_WORD.get(normalizeKey(text));
}
