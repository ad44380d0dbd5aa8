/**
 * The « Type client » column: what the law calls the client (see ClientType). French and
 * English words, and the common French legal forms, each mapped for a reason of law
 * (docs/french-law.md, « Who the client is »). A word that does not say which kind the client
 * is (« Pro », « Entreprise », « Auto-entrepreneur »…) is not guessed: it is a problem that
 * names it and asks, like an empty or unknown cell.
 */
import type { ClientType, Language } from '../model';
import { normalizeKey } from '../values/keys';
import type { Entry } from '../words/catalogue';
import { DUNNING_WORDS } from '../words/dunning';

const WORDS: Record<ClientType, readonly string[]> = {
  // Code de commerce L110-1 (acts of commerce), L121-1 (who is a commerçant) and L210-1
  // (SNC, SCS, SARL, SA, SCA and SAS are commercial by their form, whatever their object).
  trader: [
    'commercant',
    'commercante',
    'societe commerciale',
    'sarl',
    'eurl',
    'sas',
    'sasu',
    'sa',
    'snc',
    'sca',
    'scs',
    'merchant',
    'trader',
  ],
  // Civil debtors: the tribunal judiciaire. Code civil 1845 (sociétés civiles: SCI, SCM, SCP);
  // loi n° 90-1258 du 31 décembre 1990, art. 1 (SEL: the exercise of a profession libérale);
  // Code rural L311-1 (agricultural activities are civil: EARL, GAEC, SCEA); loi du 1er juillet
  // 1901 (associations); loi n° 65-557 du 10 juillet 1965 (syndicats de copropriétaires).
  'non-trader': [
    'non commercant',
    'non commercante',
    'sci',
    'scm',
    'scp',
    'societe civile',
    'societe civile immobiliere',
    'societe civile professionnelle',
    'selarl',
    'selas',
    'selafa',
    'selca',
    'profession liberale',
    'liberal',
    'avocat',
    'medecin',
    'architecte',
    'notaire',
    'agriculteur',
    'exploitant agricole',
    'exploitation agricole',
    'earl',
    'gaec',
    'scea',
    'association',
    'association loi 1901',
    'fondation',
    'syndicat de copropriete',
    'syndicat des coproprietaires',
    'non trader',
    'non trader professional',
    'non merchant',
    'liberal profession',
    'farmer',
    'charity',
    'non profit',
  ],
  // Code de la consommation, article liminaire: a natural person acting outside any trade,
  // business, craft, liberal or agricultural activity.
  consumer: [
    'particulier',
    'personne physique',
    'consommateur',
    'consommatrice',
    'b2c',
    'individual',
    'consumer',
    'private',
    'private individual',
  ],
  // Code de la commande publique L2, L1211-1 (pouvoirs adjudicateurs: the State, local
  // authorities and their groupings, public establishments), R2192-31 ff. (moratory interest).
  'public-buyer': [
    'acheteur public',
    'public',
    'personne publique',
    'collectivite',
    'collectivite territoriale',
    'administration',
    'mairie',
    'commune',
    'epci',
    'communaute de communes',
    'communaute d agglomeration',
    'communaute urbaine',
    'metropole',
    'departement',
    'conseil departemental',
    'region',
    'conseil regional',
    'etat',
    'ministere',
    'prefecture',
    'hopital',
    'centre hospitalier',
    'chu',
    'etablissement public',
    'public buyer',
    'public sector',
    'public body',
    'government',
  ],
};

/** Words that name a business without saying which kind: asked, never guessed. */
const UNDECIDED: readonly { words: readonly string[]; why: Entry<string> }[] = [
  {
    words: ['pro', 'professionnel', 'entreprise', 'societe', 'b2b', 'business', 'company'],
    why: DUNNING_WORDS.businessWordUndecided,
  },
  {
    words: [
      'auto entrepreneur',
      'micro entrepreneur',
      'autoentrepreneur',
      'microentrepreneur',
      'entrepreneur individuel',
      'ei',
      'eirl',
      'artisan',
    ],
    why: DUNNING_WORDS.soleTraderUndecided,
  },
];

const TYPE_OF_WORD = new Map<string, ClientType>(
  (Object.entries(WORDS) as [ClientType, readonly string[]][]).flatMap(([type, words]) =>
    words.map((word): [string, ClientType] => [word, type]),
  ),
);

const WHY_UNDECIDED = new Map<string, Entry<string>>(
  UNDECIDED.flatMap(({ words, why }) => words.map((word): [string, Entry<string>] => [word, why])),
);

/** Leading words that add nothing: « Client particulier », « Type : SCI ». */
const FILLER = /^(?:client|cliente|type|categorie)\s+/;

/** The client type a cell names, or undefined when it is empty, unknown or undecided. */
export function parseClientType(text: string): ClientType | undefined {
  const key = normalizeKey(text);
  return TYPE_OF_WORD.get(key) ?? TYPE_OF_WORD.get(key.replace(FILLER, ''));
}

/**
 * Why a cell's type cannot be read, in the given language, for a problem: empty, undecided (with the reason)
 * or unknown. Undefined when the cell names a type.
 */
export function clientTypeFault(text: string, language: Language = 'fr'): string | undefined {
  if (parseClientType(text) !== undefined) return undefined;
  const key = normalizeKey(text);
  if (key === '') return DUNNING_WORDS.clientTypeMissing[language];
  const why = WHY_UNDECIDED.get(key) ?? WHY_UNDECIDED.get(key.replace(FILLER, ''));
  const shown = text.trim().slice(0, 40);
  return why === undefined
    ? DUNNING_WORDS.clientTypeUnknown[language](shown)
    : DUNNING_WORDS.clientTypeAmbiguous[language](shown, why[language]);
}
