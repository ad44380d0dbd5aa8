/**
 * What the settings schema checks beyond types, and how its refusals read: each message names the
 * field as the sidebar's settings screen labels it, in French or English.
 */
import { isLanguage, type Language } from '../model';
import type { Entry } from '../words/catalogue';

export type Words = Entry<string>;

/** The settings' fields as the sidebar labels them (and, for the others, as the README names them). */
export const SETTING_LABELS = {
  settings: { fr: 'Paramètres', en: 'Settings' },
  'firm.name': { fr: 'Raison sociale', en: 'Company name' },
  'firm.address': { fr: 'Adresse', en: 'Address' },
  'firm.siret': { fr: 'SIRET', en: 'SIRET' },
  'firm.legalForm': { fr: 'Forme juridique (SARL, SAS, EI…)', en: 'Legal form (SARL, SAS, EI…)' },
  'firm.shareCapital': { fr: 'Capital social (sociétés)', en: 'Share capital (companies)' },
  'firm.rcsCity': { fr: 'Ville du greffe (RCS)', en: 'Registry city (RCS)' },
  'firm.email': { fr: 'Email', en: 'Email' },
  'firm.phone': { fr: 'Téléphone', en: 'Phone' },
  'firm.signatory': { fr: 'Signataire', en: 'Signatory' },
  'firm.iban': { fr: 'IBAN', en: 'IBAN' },
  'firm.bic': { fr: 'BIC', en: 'BIC' },
  'firm.paymentLink': { fr: 'Lien de paiement', en: 'Payment link' },
  firm: { fr: 'Entreprise', en: 'Company' },
  invoiceSheet: { fr: 'Onglet des factures', en: 'Invoice tab' },
  columnOverrides: { fr: 'Colonnes', en: 'Columns' },
  paymentTermsDays: { fr: 'Délai de paiement (jours)', en: 'Payment terms (days)' },
  alsaceMoselle: {
    fr: 'Entreprise en Alsace-Moselle (jours fériés locaux)',
    en: 'Firm in Alsace-Moselle (local public holidays)',
  },
  ladder: { fr: 'Échelle de relance', en: 'Dunning ladder' },
  'ladder.enabled': { fr: 'active', en: 'enabled' },
  'ladder.offsetDays': { fr: 'jours après l’échéance', en: 'days after the due date' },
  'ladder.minGapDays': { fr: 'écart minimum', en: 'minimum gap' },
  'ladder.attachInvoice': { fr: 'facture jointe', en: 'invoice attached' },
  'ladder.emailCopy': { fr: 'copie par email', en: 'email copy' },
  firstStepCap: { fr: 'Étape la plus haute d’un premier contact', en: 'Highest first step' },
  clientGapDays: {
    fr: 'Écart minimum entre deux relances d’un client (jours)',
    en: 'Minimum gap between two reminders to one client (days)',
  },
  smallBalanceCents: { fr: 'Seuil des petits soldes (centimes)', en: 'Small balance (cents)' },
  promiseGraceDays: {
    fr: 'Délai de grâce après une promesse (jours)',
    en: 'Grace period after a promise (days)',
  },
  chronicPayers: { fr: 'Retard chronique', en: 'Chronic late payers' },
  'chronicPayers.earlyReminder': {
    fr: 'Rappel anticipé pour les clients en retard chronique (plus de 20 jours de retard en moyenne)',
    en: 'Early reminder for chronic late payers (over 20 days late on average)',
  },
  'chronicPayers.daysBefore': {
    fr: 'Ce rappel part … jours avant l’échéance',
    en: 'This reminder goes … days before the due date',
  },
  penalties: { fr: 'Pénalités', en: 'Penalties' },
  'penalties.mode': { fr: 'Taux des pénalités', en: 'Penalty rate' },
  'penalties.contractualRatePercent': { fr: 'Taux contractuel (%)', en: 'Contractual rate (%)' },
  'penalties.extraEcbRates': { fr: 'Taux BCE ajoutés', en: 'Added ECB rates' },
  'penalties.indemnityCents': {
    fr: 'Indemnité forfaitaire pour frais de recouvrement',
    en: 'Fixed recovery indemnity',
  },
  sending: { fr: 'Envoi', en: 'Sending' },
  'sending.mode': { fr: 'Mode', en: 'Mode' },
  'sending.hour': { fr: 'Heure de l’envoi automatique', en: 'Hour of the automatic sending' },
  'sending.senderName': { fr: 'Nom de l’expéditeur', en: 'Sender name' },
  'sending.replyTo': { fr: 'Adresse de réponse', en: 'Reply-to address' },
  'sending.copyToSelf': {
    fr: 'M’envoyer une copie de chaque relance',
    en: 'Send me a copy of each reminder',
  },
  'sending.quotaReserve': {
    fr: 'Réserve de quota d’emails (destinataires)',
    en: 'Email quota reserve (recipients)',
  },
  'sending.sendOnNonBusinessDays': {
    fr: 'Envoyer aussi les week-ends et jours fériés',
    en: 'Send on weekends and public holidays too',
  },
  'sending.defaultLanguage': { fr: 'Langue par défaut', en: 'Default language' },
  templates: { fr: 'Modèles de message', en: 'Message templates' },
  letterTemplateFolderId: { fr: 'Dossier des modèles de courrier', en: 'Letter template folder' },
  letterTemplateIds: { fr: 'Modèles de courrier', en: 'Letter templates' },
} as const satisfies Record<string, Words>;

export type SettingField = keyof typeof SETTING_LABELS;

/** The language a parse was asked in (valibot's `lang`), French unless English was asked. */
export const languageOf = (issue: { lang?: string | undefined }): Language =>
  isLanguage(issue.lang) ? issue.lang : 'fr';

/** A rule's message in the parse's language; the field's name is added where the path is known. */
export const rule =
  (words: Words) =>
  (issue: { lang?: string | undefined }): string =>
    words[languageOf(issue)];

export const RULES = {
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
} as const satisfies Record<string, Words>;

export function between(min: number, max: number, unit: Words): Words {
  // French groups thousands with a space: 100 000.
  const shown = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return {
    fr: `un nombre entier entre ${shown(min)} et ${shown(max)} ${unit.fr}.`,
    en: `a whole number between ${min} and ${max} ${unit.en}.`,
  };
}

export function oneOf(values: readonly string[]): Words {
  const listed = values.map((value) => `« ${value} »`).join(', ');
  return { fr: `choisissez parmi ${listed}.`, en: `choose one of ${listed}.` };
}

export const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i;
export const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/i;

/** SIRET: 14 digits with a Luhn check (La Poste's establishments excepted, which sum to a multiple of 5). */
export function isValidSiret(text: string): boolean {
  const digits = text.replace(/\s/g, '');
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith('356000000')) {
    return digits.split('').reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    let digit = Number(digits[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** IBAN: ISO 13616 mod-97 check. */
export function isValidIban(text: string): boolean {
  const iban = text.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
