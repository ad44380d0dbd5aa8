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
