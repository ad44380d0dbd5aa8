/**
 * The catalogue of words: every piece of user text whose French and English differ by more than
 * a label is an entry here, keyed by an English id, with its French and its English side by side.
 * A text with values is a function of typed arguments; code elsewhere picks the language by
 * indexing an entry (`WORDS.taskCreated[language](label)`), never by comparing the language.
 *
 * Plurals follow the CLDR cardinal rules of each language
 * (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html): French
 * keeps 0 and 1 in the singular (« 0 envoi », « 1 facture »), English only 1 (« 0 invoices »).
 * They are written here by hand rather than through `Intl.PluralRules`: Apps Script does not
 * promise its locale data (docs/architecture.md, « Money and days »).
 */
import type { Civility, Court, Language } from '../model';
import { parseIsoDay, type Day } from '../values/day';
import { formatEnglishDay, formatFrenchDay, formatShortFrenchDay } from './format';

/** A CLDR plural category; French and English use only these two for cardinals. */
export type PluralCategory = 'one' | 'other';

/** A noun or phrase in each plural category: `{ one: 'facture', other: 'factures' }`. */
export type PluralForms = Readonly<Record<PluralCategory, string>>;

/** CLDR: fr « one » for i = 0,1; en « one » for i = 1 and no visible fraction digits. */
const PLURAL_RULES: Record<Language, (count: number) => PluralCategory> = {
  fr: (count) => (Math.abs(count) < 2 ? 'one' : 'other'),
  en: (count) => (count === 1 ? 'one' : 'other'),
};

/** The plural category `count` takes in `language`. */
export function pluralCategory(count: number, language: Language): PluralCategory {
  return PLURAL_RULES[language](count);
}

/** The form `count` calls for: `byCount(2, 'fr', 'la facture', 'les factures')` → « les factures ». */
export function byCount(count: number, language: Language, one: string, other: string): string {
  return pluralCategory(count, language) === 'one' ? one : other;
}

/** An entry: its French and its English, plain texts or functions of the same arguments. */
export type Entry<T> = Readonly<Record<Language, T>>;

/** Both texts of an entry for the same values, for a text kept in both languages. */
export function inBoth<A extends readonly unknown[]>(
  entry: Entry<(...args: A) => string>,
  ...args: A
): Entry<string> {
  return { fr: entry.fr(...args), en: entry.en(...args) };
}

/** One text in each language, written by the same function of the language. */
export function inEach(text: (language: Language) => string): Entry<string> {
  return { fr: text('fr'), en: text('en') };
}

/**
 * A text Relance has in French only (the notices a run puts at the top of the Suivi, written by
 * the executor in French): both languages show it as it is.
 */
export function frenchOnly(text: string): Entry<string> {
  return { fr: text, en: text };
}

/**
 * An error Relance words itself: its `message` is the French (what the Journal, the menu and the
 * logs show), `text` holds both languages for a screen that speaks the user's.
 */
export class WordedError extends Error {
  constructor(readonly text: Entry<string>) {
    super(text.fr);
  }
}

/** The spreadsheet's menu (server/entry/menu.ts). */
export const MENU_LABELS: Entry<{
  title: string;
  open: string;
  runNow: string;
  preview: string;
  automatic: string;
  enableAutomatic: string;
  disableAutomatic: string;
  createTemplates: string;
  settings: string;
  help: string;
  reauthorize: string;
  about: string;
  selfTest: string;
}> = {
  fr: {
    title: 'Relance',
    open: 'Ouvrir Relance',
    runNow: 'Lancer les relances maintenant',
    preview: 'Aperçu des relances du jour',
    automatic: 'Envoi automatique',
    enableAutomatic: 'Activer l’envoi automatique',
    disableAutomatic: 'Désactiver l’envoi automatique',
    createTemplates: 'Créer les modèles de courrier',
    settings: 'Paramètres',
    help: 'Aide',
    reauthorize: '⚠ Relance doit être ré-autorisée',
    about: 'À propos de Relance',
    selfTest: 'Vérifier l’installation',
  },
  en: {
    title: 'Relance',
    open: 'Open Relance',
    runNow: 'Run the reminders now',
    preview: 'Preview today’s reminders',
    automatic: 'Automatic sending',
    enableAutomatic: 'Turn automatic sending on',
    disableAutomatic: 'Turn automatic sending off',
    createTemplates: 'Create the letter templates',
    settings: 'Settings',
    help: 'Help',
    reauthorize: '⚠ Relance must be authorised again',
    about: 'About Relance',
    selfTest: 'Check the installation',
  },
};

/** « 15/03/2026 » from an ISO day, or the text as it is when it is not one. */
function frenchDate(iso: string): string {
  const day = parseIsoDay(iso);
  return day === undefined ? iso : formatShortFrenchDay(day);
}

/** The Tableau de bord tab (reports/dashboard.ts). */
export const DASHBOARD_TEXT = {
  fr: {
    title: 'Tableau de bord des relances',
    asOf: (date: string) =>
      `Situation au ${frenchDate(date)}, recalculée à chaque passage de Relance. Ne modifiez pas cet onglet : il est réécrit.`,
    keyFigures: 'Chiffres clés',
    receivables: 'Encours clients (factures non réglées)',
    overdue: 'Dont en retard',
    dso: (days: number) => `DSO (délai moyen d’encaissement, ${days} derniers jours)`,
    averageLate: 'Retard moyen des factures payées',
    unpaidRate: 'Taux d’impayés (retard ÷ facturé sur 12 mois)',
    recovery: (month: string) => `Taux de recouvrement (${month})`,
    none: '—',
    days: 'jours',
    aged: 'Balance âgée',
    bucket: 'Retard',
    amount: 'Montant',
    share: 'Part',
    agedChart: 'Balance âgée (€)',
    byState: 'Encours par état',
    state: 'État',
    trend: 'Évolution sur 12 mois',
    month: 'Mois',
    invoiced: 'Facturé',
    collectedLate: 'Encaissé après échéance',
    recoveryRate: 'Taux de recouvrement',
    trendChart: 'Taux de recouvrement par mois',
    top: '10 clients les plus en retard',
    client: 'Client',
    overdueShort: 'En retard',
    balance: 'Encours',
    lateAverage: 'Retard moyen (j)',
    reminders: 'Relances',
    rating: 'Profil',
    noClient: 'Aucun client en retard.',
    buckets: {
      'not-due': 'non échu',
      '1-30': '1 à 30 jours',
      '31-60': '31 à 60 jours',
      '61-90': '61 à 90 jours',
      'over-90': 'plus de 90 jours',
    },
  },
  en: {
    title: 'Collection dashboard',
    asOf: (date: string) =>
      `As of ${date}, recomputed at every Relance run. Do not edit this tab: it is rewritten.`,
    keyFigures: 'Key figures',
    receivables: 'Receivables (unpaid invoices)',
    overdue: 'Of which overdue',
    dso: (days: number) => `DSO (days sales outstanding, last ${days} days)`,
    averageLate: 'Average days late of paid invoices',
    unpaidRate: 'Unpaid rate (overdue ÷ invoiced over 12 months)',
    recovery: (month: string) => `Recovery rate (${month})`,
    none: '—',
    days: 'days',
    aged: 'Aged balance',
    bucket: 'Days late',
    amount: 'Amount',
    share: 'Share',
    agedChart: 'Aged balance (€)',
    byState: 'Receivables by state',
    state: 'State',
    trend: 'Last 12 months',
    month: 'Month',
    invoiced: 'Invoiced',
    collectedLate: 'Collected after due date',
    recoveryRate: 'Recovery rate',
    trendChart: 'Recovery rate by month',
    top: 'Top 10 clients by overdue amount',
    client: 'Client',
    overdueShort: 'Overdue',
    balance: 'Balance',
    lateAverage: 'Avg days late',
    reminders: 'Reminders',
    rating: 'Rating',
    noClient: 'No client is late.',
    buckets: {
      'not-due': 'not due',
      '1-30': '1 to 30 days',
      '31-60': '31 to 60 days',
      '61-90': '61 to 90 days',
      'over-90': 'over 90 days',
    },
  },
} as const satisfies Entry<unknown>;

/** The relevé de compte (messages/statement-layout.ts). */
export const STATEMENT_LABELS = {
  fr: {
    title: (d: string) => `Relevé de compte au ${d}`,
    invoices: ['N° facture', 'Date', 'Échéance', 'Montant TTC', 'Réglé', 'Reste dû'],
    total: 'Total',
    payments: 'Règlements reçus',
    paymentsHead: ['Date', 'Facture', 'Montant'],
    noDate: 'non datée',
    noPayment: 'Aucun règlement reçu sur ces factures.',
    penalties:
      'Pénalités de retard (article L441-10 du Code de commerce), calculées par semestre sur le montant TTC restant dû, jours / 365',
    penaltiesHead: ['Facture', 'Période', 'Jours', 'Base', 'Taux annuel', 'Pénalités'],
    penaltiesTotal: (d: string, amount: string) => `Total des pénalités au ${d} : ${amount}`,
    running: 'Les pénalités continuent de courir jusqu’au paiement complet.',
    provisional:
      'Montants provisoires : le taux BCE de ce semestre n’est pas encore confirmé ; ils seront arrêtés au taux publié par la BCE.',
    indemnity: (count: string, unit: string, amount: string) =>
      `Indemnités forfaitaires pour frais de recouvrement (article D441-5 du Code de commerce) : ${count} × ${unit} = ${amount}`,
    balance: (amount: string) => `Solde restant dû (principal) : ${amount}`,
    claimed: (d: string, amount: string) => `Total dû au ${d} : ${amount}`,
    invoiceWord: ['facture', 'factures'] as readonly [string, string],
  },
  en: {
    title: (d: string) => `Statement of account at ${d}`,
    invoices: ['Invoice', 'Date', 'Due date', 'Amount incl. VAT', 'Paid', 'Outstanding'],
    total: 'Total',
    payments: 'Payments received',
    paymentsHead: ['Date', 'Invoice', 'Amount'],
    noDate: 'undated',
    noPayment: 'No payment received on these invoices.',
    penalties:
      'Late payment interest (French Commercial Code, article L441-10), computed per half-year on the outstanding amount incl. VAT, days / 365',
    penaltiesHead: ['Invoice', 'Period', 'Days', 'Base', 'Annual rate', 'Interest'],
    penaltiesTotal: (d: string, amount: string) => `Total interest at ${d}: ${amount}`,
    running: 'Interest keeps running until payment in full.',
    provisional:
      'Provisional amounts: the ECB rate of this half-year is not confirmed yet; they will be settled at the rate the ECB published.',
    indemnity: (count: string, unit: string, amount: string) =>
      `Fixed recovery indemnities (French Commercial Code, article D441-5): ${count} × ${unit} = ${amount}`,
    balance: (amount: string) => `Outstanding principal: ${amount}`,
    claimed: (d: string, amount: string) => `Total due at ${d}: ${amount}`,
    invoiceWord: ['invoice', 'invoices'] as readonly [string, string],
  },
} satisfies Entry<unknown>;

/**
 * A public buyer owes moratory interest and the indemnity under the Code de la commande publique:
 * L2192-13 (due of right), R2192-31 (the ECB rate on the first day of the half-year in which the
 * interest started to run, + 8 points, for the whole delay), D2192-35 (40 €).
 */
export const STATEMENT_PUBLIC_BUYER_LABELS: Entry<Partial<(typeof STATEMENT_LABELS)['fr']>> = {
  fr: {
    penalties:
      'Intérêts moratoires (articles L2192-13 et R2192-31 du Code de la commande publique) : taux BCE en vigueur au premier jour du semestre où ils ont commencé à courir, majoré de 8 points, fixe pour toute la durée du retard ; sur le montant TTC restant dû, jours / 365',
    penaltiesTotal: (d: string, amount: string) =>
      `Total des intérêts moratoires au ${d} : ${amount}`,
    running: 'Les intérêts moratoires continuent de courir jusqu’au paiement du principal.',
    indemnity: (count: string, unit: string, amount: string) =>
      `Indemnités forfaitaires pour frais de recouvrement (article D2192-35 du Code de la commande publique) : ${count} × ${unit} = ${amount}`,
  },
  en: {
    penalties:
      'Moratory interest (French Public Procurement Code, articles L2192-13 and R2192-31): the ECB rate in force on the first day of the half-year in which it started to run, plus 8 points, fixed for the whole delay; on the outstanding amount incl. VAT, days / 365',
    penaltiesTotal: (d: string, amount: string) => `Total moratory interest at ${d}: ${amount}`,
    running: 'Moratory interest keeps running until the principal is paid.',
    indemnity: (count: string, unit: string, amount: string) =>
      `Fixed recovery indemnities (French Public Procurement Code, article D2192-35): ${count} × ${unit} = ${amount}`,
  },
};

/** How the settings' refusals read, after the field's name (settings/settings.ts). */
export const SETTING_RULES = {
  text: { fr: 'il faut un texte.', en: 'a text is expected.' },
  flag: { fr: 'il faut true ou false.', en: 'true or false is expected.' },
  object: { fr: 'il faut un objet { … }.', en: 'an object { … } is expected.' },
  list: { fr: 'il faut une liste [ … ].', en: 'a list [ … ] is expected.' },
  missing: {
    fr: 'un champ obligatoire manque (« id »).',
    en: 'a required field is missing (« id »).',
  },
  byStep: {
    fr: 'il faut un objet par étape puis par langue : { "relance-1": { "fr": … } }.',
    en: 'an object by step then by language is expected: { "relance-1": { "fr": … } }.',
  },
  byLanguage: {
    fr: 'il faut un objet par langue : { "fr": …, "en": … }.',
    en: 'an object by language is expected: { "fr": …, "en": … }.',
  },
  columnHeader: {
    fr: 'indiquez le titre de la colonne, en texte.',
    en: 'give the column’s header, as a text.',
  },
  email: { fr: 'adresse email invalide.', en: 'invalid email address.' },
  siret: {
    fr: 'le SIRET doit compter 14 chiffres et être valide (vérifiez-le sur votre extrait Kbis).',
    en: 'the SIRET must have 14 digits and be valid (check it on your Kbis extract).',
  },
  iban: {
    fr: 'IBAN invalide : vérifiez-le sur votre RIB (la clé de contrôle ne correspond pas).',
    en: 'invalid IBAN: check it on your bank details (the check digits do not match).',
  },
  bic: {
    fr: 'BIC invalide : 8 ou 11 caractères, par exemple BNPAFRPPXXX.',
    en: 'invalid BIC: 8 or 11 characters, for example BNPAFRPPXXX.',
  },
  https: {
    fr: 'le lien doit commencer par https://.',
    en: 'the link must start with https://.',
  },
  paymentTerms: {
    fr: 'un nombre de jours entre 0 et 60 (article L441-10 du Code de commerce).',
    en: 'a number of days between 0 and 60 (Code de commerce, article L441-10).',
  },
  indemnity: {
    fr: 'l’indemnité forfaitaire pour frais de recouvrement est fixée à 40 € par facture (article D441-5 du Code de commerce) : laissez 4000. Des frais supérieurs se réclament à part, sur justificatifs (article L441-10), pas en changeant ce montant.',
    en: 'the fixed recovery indemnity is 40 € per invoice (Code de commerce, article D441-5): leave 4000. Higher costs are claimed separately, with receipts (article L441-10), not by changing this amount.',
  },
  firstStepCap: {
    fr: 'une mise en demeure ou un recours ne peut pas être le premier contact : choisissez au plus « relance-2 ».',
    en: 'a formal notice or a recourse cannot be the first contact: choose « relance-2 » at most.',
  },
  ladderOrder: {
    fr: 'les étapes doivent rester dans l’ordre, chacune une fois : pre-echeance, relance-1, appel, relance-2, mise-en-demeure, contentieux.',
    en: 'the steps must stay in order, each once: pre-echeance, relance-1, appel, relance-2, mise-en-demeure, contentieux.',
  },
  ladderOff: {
    fr: 'toutes les étapes sont désactivées : Relance n’enverrait jamais rien. Activez au moins une étape.',
    en: 'every step is disabled: Relance would never send anything. Enable at least one step.',
  },
  isoDay: {
    fr: 'indiquez la date d’effet au format AAAA-MM-JJ.',
    en: 'give the effective date as YYYY-MM-DD.',
  },
  ecbRate: {
    fr: 'indiquez le taux en pourcentage, entre -5 et 30, par exemple 2.15.',
    en: 'give the rate in percent, between -5 and 30, for example 2.15.',
  },
  percent: {
    fr: 'un pourcentage entre 0 et 100.',
    en: 'a percentage between 0 and 100.',
  },
  letterTemplateId: {
    fr: 'indiquez l’identifiant du modèle de courrier (un texte).',
    en: 'give the letter template’s id (a text).',
  },
} as const satisfies Record<string, Entry<string>>;

/** « de » elided before a vowel, as French writes it: « d’Anne Petit », « de Claire Martin ». */
export function elidedDe(name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüÿœæ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** The entries, by English id. */
export const WORDS = {
  // Pieces every text shares (wording.ts).
  /** Before a list's last item: « a, b et c », « a, b and c ». */
  listAnd: { fr: ' et ', en: ' and ' },
  /** « 12,15 % » (no-break space), « 12.15% », from the number written with a point. */
  percent: {
    fr: (number: string) => `${number.replace('.', ',')}\u00a0%`,
    en: (number: string) => `${number}%`,
  },
  /** Between groups of three digits: « 4 000 » (no-break space), « 4,000 ». */
  digitGroup: { fr: '\u00a0', en: ',' },

  // How a message addresses its reader (addressing.ts).
  /** A letter's opening: « Madame, Monsieur, », « Madame, »; « Dear Sir or Madam, », « Dear Madam, ». */
  salutation: {
    fr: (civility: Civility | undefined) =>
      civility === undefined ? 'Madame, Monsieur,' : civility === 'madam' ? 'Madame,' : 'Monsieur,',
    en: (civility: Civility | undefined) =>
      civility === undefined
        ? 'Dear Sir or Madam,'
        : civility === 'madam'
          ? 'Dear Madam,'
          : 'Dear Sir,',
  },
  /** « À l’attention du Docteur Anne Petit », « de Maître Anne Petit ». */
  attentionTitled: {
    fr: (title: string, name: string) =>
      `À l’attention ${title === 'Maître' ? 'de' : 'du'} ${title} ${name}`,
    en: (title: string, name: string) => `For the attention of ${title} ${name}`,
  },
  /** « À l’attention de Madame Claire Martin », « d’Anne Petit ». */
  attention: {
    fr: (name: string) => `À l’attention ${elidedDe(name)}`,
    en: (name: string) => `For the attention of ${name}`,
  },
  /** An email's first words without a contact. */
  greetingNoContact: { fr: 'Bonjour,', en: 'Dear Sir or Madam,' },
  /** « Bonjour Docteur, » (a title alone in French), « Dear Dr Petit, ». */
  greetingTitled: {
    fr: (title: string, _surname: string) => `Bonjour ${title},`,
    en: (title: string, surname: string) => `Dear ${title} ${surname},`,
  },
  /** « Bonjour Madame Petit, », « Dear Ms Petit, »: a civility and the surname. */
  greetingCivil: {
    fr: (title: string, surname: string) => `Bonjour ${title} ${surname},`,
    en: (title: string, surname: string) => `Dear ${title} ${surname},`,
  },
  /** « Bonjour Claire Martin, »: the name as written, without a civility. */
  greetingNamed: {
    fr: (name: string) => `Bonjour ${name},`,
    en: (name: string) => `Dear ${name},`,
  },

  // The variables of a message's template (messages/variables.ts).
  /** The mise en demeure's deadline, from the letter's first presentation. */
  noticeRule: {
    fr: 'dans un délai de huit jours à compter de la première présentation de la lettre',
    en: 'within eight days of the letter’s first presentation',
  },
  noticeRuleBy: {
    fr: (rule: string, by: string) => `${rule}, soit au plus tard le ${by}`,
    en: (rule: string, by: string) => `${rule}, by ${by} at the latest`,
  },
  atTheLatest: {
    fr: (deadline: string) => `au plus tard le ${deadline}`,
    en: (deadline: string) => `by ${deadline} at the latest`,
  },
  presentedOn: { fr: (day: string) => `le ${day}`, en: (day: string) => `on ${day}` },
  presentationExpectedOn: {
    fr: (day: string) => `prévue le ${day}`,
    en: (day: string) => `expected on ${day}`,
  },
  noticeRuleWhenBy: {
    fr: (rule: string, when: string, by: string) => `${rule}, ${when}, soit au plus tard le ${by}`,
    en: (rule: string, when: string, by: string) => `${rule}, ${when}, by ${by} at the latest`,
  },
  /** An invoice paid late whose penalties stay due, and the line that lists them. */
  keptInvoice: {
    fr: (number: string, due: string, left: string) =>
      `facture n° ${number}, échue le ${due} et réglée après son échéance : ${left}`,
    en: (number: string, due: string, left: string) =>
      `invoice ${number}, due ${due} and paid after its due date: ${left}`,
  },
  keptSums: {
    fr: (lines: readonly string[]) =>
      `- Pénalités de retard et indemnité forfaitaire restant dues : ${lines.join(' ; ')}`,
    en: (lines: readonly string[]) =>
      `- Late interest and fixed indemnity remaining due: ${lines.join('; ')}`,
  },
  /** « 1 jour de retard », « 12 days overdue ». */
  daysLate: {
    fr: (days: number) => `${days} ${byCount(days, 'fr', 'jour', 'jours')} de retard`,
    en: (days: number) => `${days} ${byCount(days, 'en', 'day', 'days')} overdue`,
  },
  /** An earlier reminder about only some invoices: « courrier de rappel, facture F-1 ». */
  reminderAbout: {
    fr: (step: string, count: number, list: string) =>
      `${step}, ${byCount(count, 'fr', 'facture', 'factures')} ${list}`,
    en: (step: string, count: number, list: string) =>
      `${step}, ${byCount(count, 'en', 'invoice', 'invoices')} ${list}`,
  },
  reminderOn: {
    fr: (day: string, name: string) => `du ${day} (${name})`,
    en: (day: string, name: string) => `of ${day} (${name})`,
  },
  despiteReminders: {
    fr: (count: number, list: string) =>
      `Malgré ${byCount(count, 'fr', 'notre relance', 'nos relances')} ${list}, `,
    en: (count: number, list: string) =>
      `Despite our ${byCount(count, 'en', 'reminder', 'reminders')} ${list}, `,
  },
  /** What the list that follows holds: invoices unpaid, or sums still due. */
  remainUnpaid: {
    fr: (count: number, sums: boolean) =>
      sums
        ? 'les sommes suivantes restent dues'
        : byCount(
            count,
            'fr',
            'la facture suivante reste impayée',
            'les factures suivantes restent impayées',
          ),
    en: (count: number, sums: boolean) =>
      sums
        ? 'the following sums remain due'
        : byCount(
            count,
            'en',
            'the following invoice remains unpaid',
            'the following invoices remain unpaid',
          ),
  },
  followingList: {
    fr: (count: number, sums: boolean) =>
      sums
        ? 'les sommes suivantes'
        : byCount(count, 'fr', 'la facture suivante', `les ${count} factures suivantes`),
    en: (count: number, sums: boolean) =>
      sums
        ? 'the following sums'
        : byCount(count, 'en', 'the following invoice', `the following ${count} invoices`),
  },
  ofFollowingList: {
    fr: (count: number, sums: boolean) =>
      sums
        ? 'des sommes suivantes'
        : byCount(count, 'fr', 'de la facture suivante', 'des factures suivantes'),
    en: (count: number, sums: boolean) =>
      sums
        ? 'for the following sums'
        : byCount(count, 'en', 'for the following invoice', 'for the following invoices'),
  },
  brokenPaymentPlan: {
    fr: (agreed: string, missed: string, amount: string) =>
      `Le ${agreed}, nous étions convenus d’un échéancier : l’échéance du ${missed} (${amount}) ne nous est pas parvenue.`,
    en: (agreed: string, missed: string, amount: string) =>
      `On ${agreed}, we agreed on a payment plan: the instalment of ${missed} (${amount}) has not reached us.`,
  },
  brokenPromise: {
    fr: (on: string, date: string) =>
      `Le ${on}, vous nous aviez annoncé un règlement pour le ${date} : il ne nous est pas parvenu.`,
    en: (on: string, date: string) =>
      `On ${on}, you told us payment would be made by ${date}: it has not reached us.`,
  },
  ecb: { fr: 'BCE', en: 'ECB' },
  unknownEcbRate: {
    fr: (halfYear: string) => `taux BCE en vigueur au ${halfYear}`,
    en: (halfYear: string) => `ECB rate in force on ${halfYear}`,
  },
  provisional: { fr: 'provisoire', en: 'provisional' },
  invoiceCopiesAttached: {
    fr: (count: number, list: string) =>
      `Vous trouverez ci-joint une copie ${byCount(count, 'fr', 'de la facture', 'des factures')} ${list}.`,
    en: (count: number, list: string) =>
      `Please find attached a copy of ${byCount(count, 'en', 'invoice', 'invoices')} ${list}.`,
  },
  ourLetter: { fr: 'notre courrier', en: 'our letter' },
  yourStatement: { fr: 'le relevé de votre compte', en: 'your statement of account' },
  piecesAttached: {
    fr: (list: string) => `Vous trouverez ci-joint ${list}.`,
    en: (list: string) => `Please find attached ${list}.`,
  },
  rateForInvoices: {
    fr: (rate: string, count: number, list: string) =>
      `${rate} pour ${byCount(count, 'fr', 'la facture', 'les factures')} ${list}`,
    en: (rate: string, count: number, list: string) =>
      `${rate} for ${byCount(count, 'en', 'invoice', 'invoices')} ${list}`,
  },
  pointsAbove: {
    fr: (points: number, rate: string) => `${points} points au-dessus du ${rate}`,
    en: (points: number, rate: string) => `${points} points above the ${rate}`,
  },
  publicBuyerRate: {
    fr: 'taux BCE + 8 points, fixe pour toute la durée du retard',
    en: 'ECB rate + 8 points, fixed for the whole delay',
  },
  contractualRate: { fr: 'taux contractuel', en: 'contractual rate' },
  statutoryRate: { fr: 'taux BCE + 10 points', en: 'ECB rate + 10 points' },
  notYetInRecourse: {
    fr: (list: string) => `Pas encore dans ce recours, faute de mise en demeure expirée : ${list}.`,
    en: (list: string) => `Not yet in this recourse, having no expired formal notice: ${list}.`,
  },
  unknownContact: { fr: 'Madame, Monsieur', en: 'Sir or Madam' },
  invoiceCount: {
    fr: (count: number) => `${count} ${byCount(count, 'fr', 'facture', 'factures')}`,
    en: (count: number) => `${count} ${byCount(count, 'en', 'invoice', 'invoices')}`,
  },
  ofInvoices: {
    fr: (count: number) => byCount(count, 'fr', 'de la facture', 'des factures'),
    en: (count: number) =>
      byCount(count, 'en', 'for the following invoice', 'for the following invoices'),
  },

  // Wording of messages' limits, confirmations and firm mentions (messages/).
  /** « … et 4 000 autres factures, détaillées dans le relevé de compte joint. » */
  otherInvoices: {
    fr: (others: number, count: string, statementAttached: boolean) =>
      `… et ${count} ${byCount(others, 'fr', 'autre facture', 'autres factures')}${
        statementAttached
          ? `, ${byCount(others, 'fr', 'détaillée', 'détaillées')} dans le relevé de compte joint`
          : ''
      }.`,
    en: (others: number, count: string, statementAttached: boolean) =>
      `… and ${count} ${byCount(others, 'en', 'other invoice', 'other invoices')}${
        statementAttached ? ', detailed in the attached statement of account' : ''
      }.`,
  },
  /** « la facture F-1 », « les factures F-1 et F-2 »; « invoices F-1 and F-2 ». */
  theInvoicesNamed: {
    fr: (count: number, list: string) =>
      `${byCount(count, 'fr', 'la facture', 'les factures')} ${list}`,
    en: (count: number, list: string) => `${byCount(count, 'en', 'invoice', 'invoices')} ${list}`,
  },
  /** « facture F-1 », « factures F-1 et F-2 ». */
  invoicesNamed: {
    fr: (count: number, list: string) => `${byCount(count, 'fr', 'facture', 'factures')} ${list}`,
    en: (count: number, list: string) => `${byCount(count, 'en', 'invoice', 'invoices')} ${list}`,
  },
  /** « SARL au capital de 10 000 € ». */
  shareCapital: { fr: 'au capital de', en: 'with a share capital of' },

  // The plan's Journal details (plan/execution.ts).
  taskCreated: {
    fr: (step: string) => `${step} : tâche créée.`,
    en: (step: string) => `${step}: task created.`,
  },
  formalNoticeEmailCopy: {
    fr: (step: string, number: string, day: string) =>
      `${step} : copie par email de la LRAR n° ${number} postée le ${day}.`,
    en: (step: string, number: string, day: string) =>
      `${step}: email copy of registered letter no. ${number} posted on ${day}.`,
  },

  // The Suivi tab (sheets/suivi-table.ts).
  toFix: { fr: 'à corriger', en: 'to fix' },

  // The installation check (reports/self-test.ts, server/entry/self-test.ts).
  selfTestTitle: {
    fr: 'Relance — vérification de l’installation',
    en: 'Relance — installation check',
  },
  selfTestAllWell: {
    fr: 'Tout est en ordre : Relance peut travailler dans ce classeur.',
    en: 'All is well: Relance can work in this spreadsheet.',
  },
  selfTestPointsToFix: {
    fr: (count: number) =>
      `${count} ${byCount(count, 'fr', 'point', 'points')} à corriger avant d’activer l’envoi automatique.`,
    en: (count: number) =>
      `${count} ${byCount(count, 'en', 'point', 'points')} to fix before turning automatic sending on.`,
  },
  scratchTab: {
    fr: (name: string) => `l’onglet « ${name} »`,
    en: (name: string) => `the tab “${name}”`,
  },
  scratchDocument: { fr: 'le document de vérification', en: 'the scratch document' },

  // What Relance tells its user in the Journal and the sidebar. The user reads French (the
  // callers take `.fr`); the English is ready for an interface in English.
  /** A promise's or a payment plan's written confirmation (server/run/confirm.ts). */
  confirmationSent: {
    fr: (to: readonly string[]) => `Confirmation écrite envoyée à ${to.join(', ')}.`,
    en: (to: readonly string[]) => `Written confirmation sent to ${to.join(', ')}.`,
  },
  confirmationNoEmail: {
    fr: 'Confirmation écrite non envoyée : aucune adresse email pour ces factures.',
    en: 'Written confirmation not sent: no email address for these invoices.',
  },
  confirmationPreview: {
    fr: 'Mode aperçu : la confirmation écrite n’est pas envoyée (rien ne part tant que l’envoi n’est pas activé dans les paramètres).',
    en: 'Preview mode: the written confirmation is not sent (nothing goes out until sending is turned on in the settings).',
  },
  confirmationQuota: {
    fr: 'Confirmation écrite non envoyée : quota d’emails du jour atteint. Envoyez-la vous-même.',
    en: 'Written confirmation not sent: today’s email quota is reached. Send it yourself.',
  },
  confirmationFailed: {
    fr: (reason: string) => `Confirmation écrite non envoyée : ${reason}`,
    en: (reason: string) => `Written confirmation not sent: ${reason}`,
  },
  /** The engine's problems on an invoice (dunning/engine.ts, dunning/invoice-standing.ts). */
  noEmail: {
    fr: 'Aucune adresse email valide : la relance par email ne peut pas partir. Complétez la colonne Email.',
    en: 'No valid email address: the email reminder cannot go out. Fill in the Email column.',
  },
  noEmailSkipped: {
    fr: 'Aucune adresse email valide : les relances par email sont sautées (appel et courriers seulement). Complétez la colonne Email.',
    en: 'No valid email address: the email reminders are skipped (call and letters only). Fill in the Email column.',
  },
  noFirstContact: {
    fr: 'Jamais relancé, et aucune étape amiable n’est activée (première relance, appel, courrier de rappel) : Relance n’envoie pas une mise en demeure comme premier contact. Activez une de ces étapes dans Paramètres › Échelle de relance.',
    en: 'Never reminded, and no amicable step is on (first reminder, call, reminder letter): Relance does not send a formal notice as a first contact. Turn one of these steps on in Paramètres › Échelle de relance.',
  },
  openTask: {
    fr: (step: string, since: string) => `Tâche à faire (${step}) depuis le ${since}.`,
    en: (step: string, since: string) => `Task to do (${step}) since ${since}.`,
  },
  unverifiedSend: {
    fr: (step: string) =>
      `Envoi interrompu (${step}) : vérifiez dans votre messagerie s’il est parti, puis confirmez-le dans Relance.`,
    en: (step: string) =>
      `Sending interrupted (${step}): check in your mailbox whether it went out, then confirm it in Relance.`,
  },
  paymentUndated: {
    fr: (amount: string) =>
      `Paiement de ${amount} sans date : indiquez dans la colonne « Date de paiement » (ajoutez-la à l’onglet s’il n’en a pas) le jour où il a été reçu. Les pénalités de retard courent sur le solde jour par jour jusqu’au paiement (article L441-10 du Code de commerce) : la facture attend cette date.`,
    en: (amount: string) =>
      `Payment of ${amount} without a date: give the day it was received in the « Date de paiement » column (add it to the tab if it has none). Late interest runs on the balance day by day until payment (Code de commerce, article L441-10): the invoice waits for that date.`,
  },
  paymentAfterToday: {
    fr: (date: string, today: string) =>
      `Paiement daté du ${date}, après le jour du passage (${today}) : corrigez la date, le jour où le paiement a été reçu. La facture attend.`,
    en: (date: string, today: string) =>
      `Payment dated ${date}, after the day of the run (${today}): correct the date to the day the payment was received. The invoice waits.`,
  },
  paymentUndatedSettled: {
    fr: (amount: string) =>
      `Paiement de ${amount} sans date sur une facture dont les pénalités et l’indemnité ont été réclamées : indiquez dans la colonne « Date de paiement » le jour où il a été reçu, pour qu’elles restent au compte du client jusqu’à ce jour (article L441-10 du Code de commerce). D’ici là, Relance ne les réclame plus.`,
    en: (amount: string) =>
      `Payment of ${amount} without a date on an invoice whose interest and indemnity were claimed: give the day it was received in the « Date de paiement » column, so that they stay on the client’s account until that day (Code de commerce, article L441-10). Until then, Relance no longer claims them.`,
  },
  paymentInJournalAfterToday: {
    fr: (amount: string, date: string, today: string) =>
      `Paiement de ${amount} noté dans le Journal à la date du ${date}, après le jour du passage (${today}) : corrigez la date dans le Journal. La facture attend.`,
    en: (amount: string, date: string, today: string) =>
      `Payment of ${amount} recorded in the Journal on ${date}, after the day of the run (${today}): correct the date in the Journal. The invoice waits.`,
  },
  /** The Journal tab gone although Relance wrote rows in it (sheets/journal-table.ts). */
  journalVanished: {
    fr: (tab: string, rows: number) =>
      `L’onglet « ${tab} » a disparu du classeur (supprimé ou renommé) alors qu’il comptait ${rows} ${byCount(rows, 'fr', 'ligne', 'lignes')} au dernier passage de Relance : sans lui, Relance ne sait plus ce qui a été envoyé et s’arrête plutôt que de relancer deux fois. Restaurez-le : s’il a été renommé, rendez-lui son nom ; sinon, ouvrez Fichier › Historique des versions › Voir l’historique des versions, choisissez la dernière version qui contient l’onglet et restaurez-la, ou copiez l’onglet de cette version dans ce classeur sous le nom « ${tab} ». Hors ligne, copiez la dernière sauvegarde du dossier backups/ sur workbook.xlsx. Pour repartir d’un Journal vide en connaissance de cause (les relances déjà faites pourront repartir), créez un onglet vide nommé « ${tab} ».`,
    en: (tab: string, rows: number) =>
      `The « ${tab} » tab has gone from the spreadsheet (deleted or renamed) although it had ${rows} ${byCount(rows, 'en', 'row', 'rows')} at Relance’s last run: without it, Relance no longer knows what was sent and stops rather than remind twice. Restore it: if it was renamed, give it back its name; otherwise open File › Version history › See version history, pick the last version that has the tab and restore it, or copy the tab of that version into this spreadsheet under the name « ${tab} ». Offline, copy the latest backup of the backups/ folder over workbook.xlsx. To start again from an empty Journal knowingly (reminders already made may go out again), create an empty tab named « ${tab} ».`,
  },
  /** An answer submitted from the sidebar (dunning/record-event.ts, server/entry/sidebar.ts). */
  badRequestId: {
    fr: 'Identifiant de saisie invalide : rechargez la barre latérale et saisissez la réponse à nouveau.',
    en: 'Invalid entry id: reload the sidebar and enter the answer again.',
  },
  answerAlreadyRecorded: {
    fr: 'Cette réponse était déjà enregistrée : rien n’a été enregistré ni envoyé une seconde fois.',
    en: 'This answer was already recorded: nothing was recorded or sent a second time.',
  },
  /** The sidebar's confirmation of this half-year's ECB rate (dunning/ecb-confirmation.ts). */
  ecbRateAlreadyKnown: {
    fr: 'Le taux BCE de ce semestre est déjà connu : rien à confirmer.',
    en: 'This half-year’s ECB rate is already known: nothing to confirm.',
  },
  ecbRateOtherHalfYear: {
    fr: (halfYear: string) =>
      `La confirmation portait sur le taux du ${halfYear}, qui n’est plus celui en attente : rechargez la page.`,
    en: (halfYear: string) =>
      `The confirmation was about the rate of ${halfYear}, which is no longer the one awaited: reload the page.`,
  },
  /** The sidebar's « reporter » (plan/user-actions.ts). */
  postponeRange: {
    fr: (min: number, max: number) => `Indiquez un report entre ${min} et ${max} jours.`,
    en: (min: number, max: number) => `Give a postponement between ${min} and ${max} days.`,
  },
  /** A mise en demeure needs the client's postal address (messages/compose.ts). */
  noClientAddress: {
    fr: (client: string) =>
      `Mise en demeure non préparée pour ${client} : il manque l’adresse postale du client. Complétez la colonne « Adresse » de l’onglet des factures ou de l’onglet Clients.`,
    en: (client: string) =>
      `Formal notice not prepared for ${client}: the client’s postal address is missing. Fill in the « Adresse » column of the invoice tab or of the Clients tab.`,
  },

  // How the day's actions are carried out (plan/execution.ts, server/run/execute-plan.ts and
  // run-dunning.ts): the Journal's and the run summary's reasons.
  nonBusinessDay: {
    fr: 'Jour non ouvré : les relances sont préparées mais partiront le prochain jour ouvré (modifiable dans Paramètres › Envoi).',
    en: 'Non-business day: the reminders are prepared but will go out on the next business day (can be changed in Paramètres › Envoi).',
  },
  emailQuota: {
    fr: 'Quota d’envoi d’emails du jour atteint : envoi reporté au prochain passage.',
    en: 'Today’s email sending quota is reached: sending postponed to the next run.',
  },
  documentsQuota: {
    fr: 'Quota de documents Google du jour atteint (courriers, relevés) : reporté au prochain passage.',
    en: 'Today’s Google documents quota is reached (letters, statements): postponed to the next run.',
  },
  tooManyRecipients: {
    fr: (recipients: number, left: number) =>
      `${recipients} ${byCount(recipients, 'fr', 'destinataire', 'destinataires')} pour ce client, il reste ${left} ${byCount(left, 'fr', 'envoi', 'envois')} dans le quota du jour : envoi reporté au prochain passage. Si cela se répète, gardez moins d’adresses pour ce client.`,
    en: (recipients: number, left: number) =>
      `${recipients} ${byCount(recipients, 'en', 'recipient', 'recipients')} for this client, ${left} ${byCount(left, 'en', 'email', 'emails')} left in today’s quota: sending postponed to the next run. If this happens again, keep fewer addresses for this client.`,
  },
  timeBudget: {
    fr: 'Temps d’exécution épuisé : reporté au prochain passage de l’envoi automatique (l’heure suivante, s’il est activé).',
    en: 'Run time used up: postponed to the next automatic run (the next hour, if automatic sending is on).',
  },
  interruptedBefore: {
    fr: 'Passage interrompu avant l’envoi : repris au passage suivant.',
    en: 'Run interrupted before sending: taken up again at the next run.',
  },
  interruptedDuring: {
    fr: 'Passage interrompu pendant l’envoi : vérifiez dans « Messages envoyés » s’il est parti, puis confirmez-le.',
    en: 'Run interrupted while sending: check in « Messages envoyés » whether it went out, then confirm it.',
  },
  noLongerDue: {
    fr: 'Cette action n’est plus prévue aujourd’hui : rechargez la liste.',
    en: 'This action is no longer due today: reload the list.',
  },
  failedAfterSend: {
    fr: (error: string) =>
      `Envoyé, mais une étape suivante a échoué : ${error}. Le message est bien parti : rien ne sera renvoyé.`,
    en: (error: string) =>
      `Sent, but a later step failed: ${error}. The message did go out: nothing will be sent again.`,
  },
  journalWriteFailed: {
    fr: (error: string) =>
      `Première écriture de l’état dans le Journal en échec (${error}), réussie au second essai.`,
    en: (error: string) =>
      `First write of the state to the Journal failed (${error}), succeeded at the second attempt.`,
  },
  journalLeftInProgress: {
    fr: 'Le Journal n’a pas pu être mis à jour : la ligne reste « en cours » et passera « à vérifier » au prochain passage.',
    en: 'The Journal could not be updated: the row stays « en cours » and will become « à vérifier » at the next run.',
  },
  letterTemplateRecreated: {
    fr: (name: string, folder: string) =>
      `Modèle de courrier « ${name} » introuvable dans Drive (supprimé, dans la corbeille, jamais enregistré, ou hors de portée de Relance, qui n’ouvre que les fichiers qu’il a créés) : Relance l’a recréé avec le texte des paramètres, dans le dossier « ${folder} ». Si vous l’aviez modifié, reportez vos modifications dans le nouveau modèle.`,
    en: (name: string, folder: string) =>
      `Letter template « ${name} » not found in Drive (deleted, in the trash, never saved, or out of Relance’s reach, as it opens only the files it created): Relance made it again from the settings’ text, in the folder « ${folder} ». If you had changed it, carry your changes over to the new template.`,
  },
  invoiceNotAttached: {
    fr: (links: readonly string[]) =>
      `Envoyé sans la copie de facture : Relance ne peut pas lire ${links.length === 1 ? 'le fichier' : 'les fichiers'} de la colonne « Lien facture » (${links.join(', ')}). Vérifiez le lien. Relance ne lit dans votre Drive que les fichiers qu’il a créés ou que vous lui avez confiés, sauf si son installation lui accorde la lecture de tout votre Drive (option « copies de facture » de l’installation privée).`,
    en: (links: readonly string[]) =>
      `Sent without the invoice copy: Relance cannot read ${links.length === 1 ? 'the file' : 'the files'} of the « Lien facture » column (${links.join(', ')}). Check the link. Relance reads in your Drive only the files it created or that you entrusted to it, unless its installation grants it reading all your Drive (the « copies de facture » option of the private installation).`,
  },

  // The injunction-to-pay dossier's Journal rows and sentences (dossier/wiring.ts).
  dossierNotPrepared: {
    fr: (reason: string) =>
      `Dossier d’injonction de payer non préparé, à refaire depuis la fiche client : ${reason}`,
    en: (reason: string) =>
      `Injunction-to-pay dossier not prepared, to redo from the client view: ${reason}`,
  },
  dossierExists: {
    fr: (folder: string) =>
      `Le dossier du jour existe déjà : « ${folder} ». Il n’a pas été refait ; supprimez-le pour le refaire.`,
    en: (folder: string) =>
      `Today's dossier already exists: « ${folder} ». It was not made again; delete it to remake it.`,
  },

  // What the injunction-to-pay dossier leaves out or waits for (dossier/scope.ts).
  dossierNoPosting: {
    fr: (numbers: readonly string[]) =>
      `Aucun envoi de mise en demeure n’est enregistré pour ${numbers.length > 1 ? 'les factures' : 'la facture'} ${numbers.join(', ')} : enregistrez « LRAR postée » (numéro et date de dépôt) dans la fiche client ou le Journal. Le juge de l’injonction de payer demande la preuve que le débiteur a été mis en demeure.`,
    en: (numbers: readonly string[]) =>
      `No posting of a formal notice is recorded for invoice${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}: record « LRAR postée » (tracking number and posting date) from the client view or the Journal. The judge asks for proof that the debtor was given formal notice.`,
  },
  dossierDeadlinePending: {
    fr: (numbers: readonly string[], deadline: Day) =>
      `Le délai de la mise en demeure ${numbers.length > 1 ? 'des factures' : 'de la facture'} ${numbers.join(', ')} court jusqu’au ${formatFrenchDay(deadline)} : le dossier pourra être préparé à partir du lendemain.`,
    en: (numbers: readonly string[], deadline: Day) =>
      `The formal notice's deadline for invoice${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')} runs until ${formatEnglishDay(deadline)}: the dossier can be prepared from the next day.`,
  },
  dossierDisputed: {
    fr: (number: string) =>
      `La facture ${number} est contestée par le client (litige) : une créance contestée ne relève pas de l’injonction de payer, qui suppose une créance certaine (article 1405 du Code de procédure civile). Réglez le litige (« Litige résolu ») ou retirez la facture du recours.`,
    en: (number: string) =>
      `Invoice ${number} is disputed by the client: a contested debt is not for an order for payment, which requires a certain debt (Code de procédure civile art. 1405). Settle the dispute (« Litige résolu ») or take the invoice out of the recourse.`,
  },
  dossierTimeBarred: {
    fr: (number: string, limit: Day) =>
      `La facture ${number} est prescrite depuis le ${formatFrenchDay(limit)} : elle ne peut plus être réclamée en justice. Marquez-la comme abandonnée avant de préparer le dossier.`,
    en: (number: string, limit: Day) =>
      `Invoice ${number} has been time-barred since ${formatEnglishDay(limit)}: it can no longer be claimed in court. Mark it as written off before preparing the dossier.`,
  },
  dossierWaiting: {
    fr: (number: string, state: 'promise' | 'payment-plan' | 'hold') =>
      `Facture ${number} : ${{ promise: 'une promesse de paiement est en cours', 'payment-plan': 'un échéancier est respecté', hold: 'la facture est en pause' }[state]}, elle attend avant tout recours.`,
    en: (number: string, state: 'promise' | 'payment-plan' | 'hold') =>
      `Invoice ${number}: ${{ promise: 'a promise to pay is running', 'payment-plan': 'a payment plan is being kept', hold: 'the invoice is on hold' }[state]}; it waits before any recourse.`,
  },
  dossierNothingDue: {
    fr: (client: string) => `Aucune facture échue et impayée de ${client} à réclamer.`,
    en: (client: string) => `No overdue unpaid invoice of ${client} to claim.`,
  },

  // What the dossier needs of the parties and the court (dossier/refusals.ts, assemble.ts).
  dossierClientType: {
    fr: (client: string) =>
      `Le type du client ${client} n’est pas indiqué (commerçant, non commerçant, particulier ou acheteur public) : il décide du tribunal et de ce qui peut être réclamé. Indiquez-le dans la colonne Type client ou l’onglet Clients.`,
    en: (client: string) =>
      `The type of client ${client} is not settled (trader, non-trader professional, consumer or public buyer): it decides the court and what may be claimed. Set it in the Type client column or the Clients tab.`,
  },
  dossierAbroad: {
    fr: (court: Court) => `${court.procedure} ${court.check}`,
    en: (court: Court) =>
      court.name === 'Injonction de payer européenne'
        ? 'The debtor is established in another EU Member State: no French order for payment. The European order for payment procedure applies (Regulation (EC) No 1896/2006, form A), before the court competent under Regulation (EU) No 1215/2012, as a rule the one of the debtor’s State.'
        : 'The debtor is established outside the European Union: neither a French nor a European order for payment. Recovery is for the courts and the law of the debtor’s State.',
  },
  dossierPublicBuyer: {
    fr: (court: Court) => `${court.procedure} ${court.check}`,
    en: (_court: Court) =>
      'A public contract is administrative: no order for payment. The claim goes to the tribunal administratif by a référé-provision (Code de justice administrative R541-1).',
  },
  dossierCourt: {
    fr: (court: Court) => `Tribunal à préciser. ${court.check}`,
    en: (court: Court) =>
      `The court is not settled${court.candidates === undefined ? '' : ` (candidates: ${court.candidates.join(', ')})`}: check the ministry's directory of courts (justice.fr), then write the court in the Tribunal column of the Clients tab.`,
  },
  dossierAddress: {
    fr: (client: string) =>
      `Adresse du débiteur ${client} manquante : la requête doit indiquer son domicile ou son siège social (article 57 du Code de procédure civile), et le tribunal se choisit d’après elle. Indiquez-la dans la colonne Adresse ou l’onglet Clients.`,
    en: (client: string) =>
      `Debtor ${client} has no address: the requête must state its domicile or registered office (Code de procédure civile art. 57), and the court follows from it. Add it in the Adresse column or the Clients tab.`,
  },
  dossierSiren: {
    fr: (client: string) =>
      `SIREN du débiteur ${client} manquant ou illisible (9 chiffres) : il identifie sans doute possible l’entreprise visée par la requête. Indiquez-le dans la colonne SIREN de l’onglet Clients.`,
    en: (client: string) =>
      `Debtor ${client} has no readable SIREN (9 digits): it identifies the business the requête is against beyond doubt. Add it in the SIREN column of the Clients tab.`,
  },
  dossierFirm: {
    fr: (missing: readonly Entry<string>[]) =>
      `Identité du demandeur incomplète dans les paramètres (article 54 du Code de procédure civile) : ${missing.map((m) => m.fr).join(', ')}.`,
    en: (missing: readonly Entry<string>[]) =>
      `The claimant's identity is incomplete in the settings (Code de procédure civile art. 54): ${missing.map((m) => m.en).join(', ')}.`,
  },
  dossierInvoiceLink: {
    fr: (number: string) =>
      `Facture ${number} : aucun fichier dans la colonne « Lien facture ». La facture est la première pièce du dossier (article 1407 du Code de procédure civile) : ajoutez le lien de son PDF.`,
    en: (number: string) =>
      `Invoice ${number}: no file in the « Lien facture » column. The invoice is the dossier's first piece (Code de procédure civile art. 1407): add the link to its PDF.`,
  },
  dossierRateUnconfirmed: {
    fr: 'Le taux BCE d’un semestre compté n’est pas encore confirmé : les pénalités sont provisoires et la requête doit indiquer le montant précis de la somme réclamée (article 1407 du Code de procédure civile). Confirmez le taux dans la barre latérale (Aujourd’hui › Taux BCE).',
    en: 'The ECB rate of a half-year counted is not confirmed yet: the penalties are provisional, and the requête must state the precise sum claimed (Code de procédure civile art. 1407). Confirm the rate from the sidebar (Today › ECB rate).',
  },
} as const satisfies Record<string, Entry<unknown>>;
