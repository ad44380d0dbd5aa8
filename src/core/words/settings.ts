/**
 * The settings' words (settings/, settings-input/): each field's label as the sidebar's settings
 * screen shows it, and how the settings' refusals read, in French and English. The rules that
 * need only a plain text are SETTING_RULES in catalogue.ts.
 */
import type { Entry } from './catalogue';

/** « 100 000 »: French groups thousands with a space. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** « a », « b »: names between guillemets, as both languages quote them here. */
const quoted = (names: readonly string[]) => names.map((name) => `« ${name} »`);

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
} as const satisfies Record<string, Entry<string>>;

export type SettingField = keyof typeof SETTING_LABELS;

/** The units a number of the settings counts. */
export const SETTING_UNITS = {
  days: { fr: 'jours', en: 'days' },
  recipients: { fr: 'destinataires', en: 'recipients' },
  cents: { fr: 'centimes', en: 'cents' },
  hours: { fr: 'heures', en: 'hours' },
} as const satisfies Record<string, Entry<string>>;

export const SETTINGS_WORDS = {
  /** « un nombre entier entre 0 et 100 000 centimes. » (French groups thousands). */
  between: {
    fr: (min: number, max: number, unit: string) =>
      `un nombre entier entre ${grouped(min)} et ${grouped(max)} ${unit}.`,
    en: (min: number, max: number, unit: string) =>
      `a whole number between ${min} and ${max} ${unit}.`,
  },
  oneOf: {
    fr: (values: readonly string[]) => `choisissez parmi ${quoted(values).join(', ')}.`,
    en: (values: readonly string[]) => `choose one of ${quoted(values).join(', ')}.`,
  },
  /** A field no version knows, with the closest known names. */
  unknownField: {
    fr: (name: string, where: string, nearest: readonly string[]) =>
      `Champ inconnu « ${name} » dans ${where}${nearest.length === 0 ? '' : ` : vouliez-vous dire ${quoted(nearest).join(' ou ')} ?`}`,
    en: (name: string, where: string, nearest: readonly string[]) =>
      `Unknown field « ${name} » in ${where}${nearest.length === 0 ? '' : `: did you mean ${quoted(nearest).join(' or ')}?`}`,
  },
  /** Where an unknown field was found at the top level. */
  theSettings: { fr: 'les paramètres', en: 'the settings' },
  offsetAfterPrevious: {
    fr: (days: number, previous: string) =>
      `au moins ${days} jours, pour ne pas venir avant « ${previous} ».`,
    en: (days: number, previous: string) =>
      `at least ${days} days, so as not to come before « ${previous} ».`,
  },
  stepOwnField: {
    fr: (step: string, field: string) =>
      `« ${step} » : ${field} est propre à l’étape et ne se change pas ; retirez ce champ.`,
    en: (step: string, field: string) =>
      `« ${step} »: ${field} belongs to the step and cannot be changed; remove this field.`,
  },
  /** `rate`: the floor, written with its percent sign. */
  contractualRateMissing: {
    fr: (rate: string) =>
      `indiquez le taux contractuel des pénalités : au moins ${rate}, trois fois le taux d’intérêt légal (article L441-10 du Code de commerce).`,
    en: (rate: string) =>
      `give the contractual penalty rate: at least ${rate}, three times the legal interest rate (Code de commerce, article L441-10).`,
  },
  contractualRateLow: {
    fr: (rate: string) =>
      `taux contractuel trop bas : l’article L441-10 du Code de commerce impose au moins trois fois le taux d’intérêt légal, soit ${rate}.`,
    en: (rate: string) =>
      `contractual rate too low: Code de commerce article L441-10 requires at least three times the legal interest rate, that is ${rate}.`,
  },
  /** The decimal separator of a rate shown in a refusal. */
  decimalSeparator: { fr: ',', en: '.' },
  notAnObject: {
    fr: 'Les paramètres doivent être un objet JSON.',
    en: 'Settings must be a JSON object.',
  },
  // How a refusal names its field; the English keeps the French layout the sidebar shows.
  /** « Relance 1 : jours après l’échéance »: a field of a ladder step. */
  fieldOfStep: {
    fr: (step: string, field: string) => `${step} : ${field}`,
    en: (step: string, field: string) => `${step} : ${field}`,
  },
  /** A step the ladder does not know, by its place. */
  stepNumber: { fr: (n: number) => `n° ${n}`, en: (n: number) => `n° ${n}` },
  /** « Taux contractuel (%) » : what is wrong. */
  refusal: {
    fr: (label: string, message: string) => `« ${label} » : ${message}`,
    en: (label: string, message: string) => `« ${label} » : ${message}`,
  },

  // The settings as stored (settings-input/settings-store.ts).
  tooLarge: {
    fr: 'Les paramètres sont trop volumineux pour être enregistrés (modèles trop longs) : raccourcissez les modèles de message.',
    en: 'The settings are too large to be saved (templates too long): shorten the message templates.',
  },
  storedFieldRefused: {
    fr: (path: string, message: string) =>
      `Paramètre refusé (${path}) : ${message} Sa valeur par défaut est utilisée ; les autres paramètres sont gardés.`,
    en: (path: string, message: string) =>
      `Setting refused (${path}): ${message} Its default value is used; the other settings are kept.`,
  },
  storeDamaged: {
    fr: 'Paramètres enregistrés illisibles ou incomplets : les réglages par défaut sont utilisés, en mode aperçu (rien n’est envoyé). Enregistrez à nouveau vos paramètres.',
    en: 'Saved settings unreadable or incomplete: the default settings are used, in preview mode (nothing is sent). Save your settings again.',
  },
} as const satisfies Record<string, Entry<unknown>>;
