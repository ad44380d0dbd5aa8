/**
 * Validates a whole settings object, with a French message at each field's path. Missing fields
 * take their default, so settings saved by an older version keep working; a wrong field keeps its
 * default and never resets the others.
 */
import type { LadderStep, StepId } from '../model';
import { isLanguage, STEP_IDS } from '../model';
import type { Language } from '../model';
import type { ColumnKey, EcbRate, Settings, TemplateText } from '../settings/settings';
import { contractualRateFloorPercent } from '../dunning/penalties';
import { COLUMN_KEYS, defaultSettings } from '../settings/settings';
import { parseIsoDay } from '../values/day';
import { checkTemplates } from '../messages/compose';
import { unknownKeyMessage } from '../values/entry-arguments';
import { stepDefinition } from '../steps';

export interface SettingsError {
  path: string;
  message: string;
}

/** When not ok, `settings` still holds every field that was right, the wrong ones at their default. */
export type SettingsValidation =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsError[]; settings: Settings };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i;
const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/i;

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

/**
 * A contractual penalty rate may not be below 3 times the legal interest rate (Code de commerce
 * L441-10); the latest half-year of the legal rates table is the reference.
 */
export function contractualRateProblem(ratePercent: number): string | undefined {
  const floor = contractualRateFloorPercent();
  if (ratePercent > 0 && ratePercent >= floor) return undefined;
  const shown = `${floor.toFixed(2).replace('.', ',')} %`;
  return ratePercent <= 0
    ? `Indiquez le taux contractuel des pénalités : au moins ${shown}, trois fois le taux d’intérêt légal (article L441-10 du Code de commerce).`
    : `Taux contractuel trop bas : l’article L441-10 du Code de commerce impose au moins trois fois le taux d’intérêt légal, soit ${shown}.`;
}

/** Reads typed fields; each wrong one keeps its fallback and records a French message at its path. */
class FieldReader {
  readonly errors: SettingsError[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  text(value: unknown, path: string, fallback: string): string {
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      this.error(path, 'Ce champ doit être un texte.');
      return fallback;
    }
    return value.trim();
  }

  integer(value: unknown, path: string, fallback: number, range: Range, message: string): number {
    if (value === undefined) return fallback;
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < range.min ||
      value > range.max
    ) {
      this.error(path, message);
      return fallback;
    }
    return value;
  }

  bool(value: unknown, path: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.error(path, 'Ce champ doit valoir true ou false.');
      return fallback;
    }
    return value;
  }
}

interface Range {
  min: number;
  max: number;
}

/** The firm's identity: every field a trimmed text, the registered numbers and addresses checked. */
function readFirm(input: Json, settings: Settings, fields: FieldReader): void {
  const firm = isObject(input['firm']) ? input['firm'] : {};
  if (input['firm'] !== undefined && !isObject(input['firm']))
    fields.error('firm', 'L’identité de l’entreprise doit être un objet.');
  for (const key of Object.keys(settings.firm) as (keyof Settings['firm'])[]) {
    settings.firm[key] = fields.text(firm[key], `firm.${key}`, settings.firm[key]);
  }
  checkFirmNumbers(settings.firm, fields);
}

function checkFirmNumbers(firm: Settings['firm'], fields: FieldReader): void {
  if (firm.siret !== '' && !isValidSiret(firm.siret)) {
    fields.error(
      'firm.siret',
      'Le SIRET doit compter 14 chiffres et être valide (vérifiez-le sur votre extrait Kbis).',
    );
  }
  if (firm.email !== '' && !EMAIL.test(firm.email)) {
    fields.error('firm.email', 'Adresse email invalide.');
  }
  if (firm.iban !== '' && !isValidIban(firm.iban)) {
    fields.error(
      'firm.iban',
      'IBAN invalide : vérifiez-le sur votre RIB (la clé de contrôle ne correspond pas).',
    );
  }
  if (firm.bic !== '' && !BIC.test(firm.bic.replace(/\s/g, ''))) {
    fields.error('firm.bic', 'BIC invalide : 8 ou 11 caractères, par exemple BNPAFRPPXXX.');
  }
  if (firm.paymentLink !== '' && !/^https:\/\//i.test(firm.paymentLink)) {
    fields.error('firm.paymentLink', 'Le lien de paiement doit commencer par https://.');
  }
}

/** Where the invoices are: the tab's name and the user's own column headers. */
function readInvoiceTab(input: Json, settings: Settings, fields: FieldReader): void {
  settings.invoiceSheet = fields.text(input['invoiceSheet'], 'invoiceSheet', settings.invoiceSheet);
  const overrides = input['columnOverrides'];
  if (overrides === undefined) return;
  if (!isObject(overrides)) {
    fields.error('columnOverrides', 'La correspondance des colonnes doit être un objet.');
    return;
  }
  for (const [key, header] of Object.entries(overrides)) {
    if (!(COLUMN_KEYS as readonly string[]).includes(key))
      fields.error(`columnOverrides.${key}`, `Colonne inconnue : ${key}.`);
    else if (typeof header !== 'string')
      fields.error(`columnOverrides.${key}`, 'Indiquez le titre de la colonne, en texte.');
    else settings.columnOverrides[key as ColumnKey] = header;
  }
}

/** Payment terms, the local calendar and the pacing of reminders. */
function readTimings(input: Json, settings: Settings, fields: FieldReader): void {
  settings.paymentTermsDays = fields.integer(
    input['paymentTermsDays'],
    'paymentTermsDays',
    settings.paymentTermsDays,
    { min: 0, max: 60 },
    'Le délai de paiement doit être un nombre de jours entre 0 et 60 (article L441-10 du Code de commerce).',
  );
  settings.alsaceMoselle = fields.bool(
    input['alsaceMoselle'],
    'alsaceMoselle',
    settings.alsaceMoselle,
  );
  settings.clientGapDays = fields.integer(
    input['clientGapDays'],
    'clientGapDays',
    settings.clientGapDays,
    { min: 0, max: 30 },
    'L’écart entre deux relances d’un même client doit être entre 0 et 30 jours.',
  );
  settings.smallBalanceCents = fields.integer(
    input['smallBalanceCents'],
    'smallBalanceCents',
    settings.smallBalanceCents,
    { min: 0, max: 100_000 },
    'Le seuil des petits soldes doit être un montant en centimes entre 0 et 100 000.',
  );
  settings.promiseGraceDays = fields.integer(
    input['promiseGraceDays'],
    'promiseGraceDays',
    settings.promiseGraceDays,
    { min: 0, max: 30 },
    'Le délai de grâce après une promesse doit être entre 0 et 30 jours.',
  );
}

/** The furthest step a first contact may start at: never a formal notice nor a legal action. */
function readFirstStepCap(input: Json, settings: Settings, fields: FieldReader): void {
  const cap = input['firstStepCap'];
  if (cap === undefined) return;
  if (typeof cap !== 'string' || !(STEP_IDS as readonly string[]).includes(cap)) {
    fields.error('firstStepCap', `Étape inconnue. Choisissez parmi : ${STEP_IDS.join(', ')}.`);
  } else if (stepDefinition(cap as StepId).firstContact === 'never') {
    fields.error(
      'firstStepCap',
      'Une mise en demeure ou un recours ne peut pas être le premier contact : choisissez au plus « relance-2 ».',
    );
  } else settings.firstStepCap = cap as StepId;
}

/**
 * The dunning ladder: known steps, each once, in the ladder's order, at least one enabled;
 * the steps the user left out are kept, disabled.
 */
function readLadder(input: Json, settings: Settings, fields: FieldReader): void {
  const raws = input['ladder'];
  if (raws === undefined) return;
  if (!Array.isArray(raws)) {
    fields.error('ladder', 'L’échelle de relance doit être une liste d’étapes.');
    return;
  }
  const defaults = new Map(settings.ladder.map((s) => [s.id, s]));
  const ladder: LadderStep[] = [];
  raws.forEach((raw: unknown, i) => {
    const step = readLadderStep(raw, `ladder[${i}]`, defaults, ladder, fields);
    if (step !== undefined) ladder.push(step);
  });
  checkLadderOrder(ladder, fields);
  const present = new Set(ladder.map((s) => s.id));
  for (const step of settings.ladder)
    if (!present.has(step.id)) ladder.push({ ...step, enabled: false });
  ladder.sort((a, b) => STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id));
  settings.ladder = ladder;
}

/** One step as the user set it over its default, or undefined when unknown or repeated. */
function readLadderStep(
  raw: unknown,
  path: string,
  defaults: ReadonlyMap<StepId, LadderStep>,
  earlier: readonly LadderStep[],
  fields: FieldReader,
): LadderStep | undefined {
  const base = isObject(raw) ? defaults.get(raw['id'] as StepId) : undefined;
  if (!isObject(raw) || typeof raw['id'] !== 'string' || base === undefined) {
    fields.error(`${path}.id`, `Étape inconnue. Les étapes sont : ${STEP_IDS.join(', ')}.`);
    return undefined;
  }
  if (earlier.some((s) => s.id === base.id)) {
    fields.error(`${path}.id`, `L’étape ${base.id} figure deux fois.`);
    return undefined;
  }
  return {
    ...base,
    enabled: fields.bool(raw['enabled'], `${path}.enabled`, base.enabled),
    offsetDays: fields.integer(
      raw['offsetDays'],
      `${path}.offsetDays`,
      base.offsetDays,
      { min: -30, max: 365 },
      'Le décalage doit être un nombre de jours entre -30 et 365.',
    ),
    minGapDays: fields.integer(
      raw['minGapDays'],
      `${path}.minGapDays`,
      base.minGapDays,
      { min: 0, max: 90 },
      'L’écart minimum doit être entre 0 et 90 jours.',
    ),
    attachInvoice: fields.bool(raw['attachInvoice'], `${path}.attachInvoice`, base.attachInvoice),
    emailCopy: fields.bool(raw['emailCopy'], `${path}.emailCopy`, base.emailCopy),
  };
}

function checkLadderOrder(ladder: readonly LadderStep[], fields: FieldReader): void {
  const order = ladder.map((s) => STEP_IDS.indexOf(s.id));
  if (order.some((value, i) => i > 0 && value < (order[i - 1] ?? 0))) {
    fields.error('ladder', `Les étapes doivent rester dans l’ordre : ${STEP_IDS.join(', ')}.`);
  }
  const enabled = ladder.filter((s) => s.enabled);
  if (ladder.length > 0 && enabled.length === 0)
    fields.error(
      'ladder',
      'Toutes les étapes de l’échelle de relance sont désactivées : Relance n’enverrait jamais rien. Activez au moins une étape.',
    );
  enabled.forEach((s, i) => {
    const previous = enabled[i - 1];
    if (previous !== undefined && s.offsetDays < previous.offsetDays) {
      fields.error(
        `ladder[${ladder.indexOf(s)}].offsetDays`,
        `L’étape ${s.id} ne peut pas venir avant ${previous.id} : son décalage doit être au moins ${previous.offsetDays} jours.`,
      );
    }
  });
}

/** The fixed recovery indemnity of Code de commerce D441-5: forty euros, neither more nor less. */
const LEGAL_INDEMNITY_CENTS = 4000;
const INDEMNITY_FIXED =
  'L’indemnité forfaitaire pour frais de recouvrement est fixée à 40 € par facture (article D441-5 du Code de commerce) : laissez 4000. Des frais supérieurs se réclament à part, sur justificatifs (article L441-10), pas en changeant ce montant.';

/** Late-payment penalties: the rate, the fixed indemnity, the ECB rates the user added. */
function readPenalties(input: Json, settings: Settings, fields: FieldReader): void {
  const penalties = isObject(input['penalties']) ? input['penalties'] : {};
  readPenaltyRate(penalties, settings.penalties, fields);
  settings.penalties.indemnityCents = fields.integer(
    penalties['indemnityCents'],
    'penalties.indemnityCents',
    settings.penalties.indemnityCents,
    { min: LEGAL_INDEMNITY_CENTS, max: LEGAL_INDEMNITY_CENTS },
    INDEMNITY_FIXED,
  );
  settings.penalties.chargeConsumers = fields.bool(
    penalties['chargeConsumers'],
    'penalties.chargeConsumers',
    settings.penalties.chargeConsumers,
  );
  if (settings.penalties.chargeConsumers) {
    fields.error(
      'penalties.chargeConsumers',
      'Facturer des frais de recouvrement à un particulier est interdit : laissez ce choix désactivé.',
    );
  }
  if (penalties['extraEcbRates'] !== undefined) {
    const rates = readEcbRates(penalties['extraEcbRates'], fields);
    if (rates !== undefined) settings.penalties.extraEcbRates = rates;
  }
}

/** Legal or contractual rate; a contractual one at least the floor of Code de commerce L441-10. */
function readPenaltyRate(penalties: Json, into: Settings['penalties'], fields: FieldReader): void {
  const mode = penalties['mode'];
  if (mode !== undefined) {
    if (mode !== 'legal' && mode !== 'contractual')
      fields.error(
        'penalties.mode',
        'Choisissez « legal » (taux BCE + 10 points) ou « contractual ».',
      );
    else into.mode = mode;
  }
  const rate = penalties['contractualRatePercent'];
  if (rate !== undefined) {
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 100)
      fields.error(
        'penalties.contractualRatePercent',
        'Le taux contractuel doit être un pourcentage entre 0 et 100.',
      );
    else into.contractualRatePercent = rate;
  }
  if (into.mode === 'contractual') {
    const problem = contractualRateProblem(into.contractualRatePercent);
    if (problem !== undefined) fields.error('penalties.contractualRatePercent', problem);
  }
}

/** The ECB rates the user added, the well-formed ones; undefined when not a list at all. */
function readEcbRates(raws: unknown, fields: FieldReader): EcbRate[] | undefined {
  if (!Array.isArray(raws)) {
    fields.error('penalties.extraEcbRates', 'Les taux BCE ajoutés doivent être une liste.');
    return undefined;
  }
  const rates: EcbRate[] = [];
  raws.forEach((raw: unknown, i) => {
    const path = `penalties.extraEcbRates[${i}]`;
    if (
      !isObject(raw) ||
      typeof raw['from'] !== 'string' ||
      parseIsoDay(raw['from']) === undefined
    ) {
      fields.error(`${path}.from`, 'Indiquez la date d’effet au format AAAA-MM-JJ.');
      return;
    }
    const ratePercent = raw['ratePercent'];
    if (typeof ratePercent !== 'number' || ratePercent < -5 || ratePercent > 30) {
      fields.error(`${path}.ratePercent`, 'Indiquez le taux en pourcentage, par exemple 2.15.');
      return;
    }
    const rate: EcbRate = { from: raw['from'], ratePercent };
    // Who confirmed a rate from the sidebar, and when (see dunning/ecb-confirmation.ts).
    for (const key of ['confirmedOn', 'confirmedBy'] as const) {
      const value = raw[key];
      if (typeof value === 'string' && value !== '') rate[key] = value;
    }
    rates.push(rate);
  });
  return rates;
}

/** The early reminder sent before the due date to clients who usually pay late. */
function readChronicPayers(input: Json, settings: Settings, fields: FieldReader): void {
  const chronic = isObject(input['chronicPayers']) ? input['chronicPayers'] : {};
  settings.chronicPayers.earlyReminder = fields.bool(
    chronic['earlyReminder'],
    'chronicPayers.earlyReminder',
    settings.chronicPayers.earlyReminder,
  );
  settings.chronicPayers.daysBefore = fields.integer(
    chronic['daysBefore'],
    'chronicPayers.daysBefore',
    settings.chronicPayers.daysBefore,
    { min: 1, max: 30 },
    'Le rappel anticipé doit partir entre 1 et 30 jours avant l’échéance.',
  );
}

/** How and when mail leaves: mode, hour, sender, reply address, quota, days, language. */
function readSending(input: Json, settings: Settings, fields: FieldReader): void {
  const sending = isObject(input['sending']) ? input['sending'] : {};
  const into = settings.sending;
  const mode = sending['mode'];
  if (mode !== undefined) {
    if (mode !== 'preview' && mode !== 'send')
      fields.error(
        'sending.mode',
        'Choisissez « preview » (aperçu seulement) ou « send » (envoi).',
      );
    else into.mode = mode;
  }
  into.hour = fields.integer(
    sending['hour'],
    'sending.hour',
    into.hour,
    { min: 0, max: 23 },
    'L’heure d’envoi doit être entre 0 et 23.',
  );
  into.senderName = fields.text(sending['senderName'], 'sending.senderName', into.senderName);
  into.replyTo = fields.text(sending['replyTo'], 'sending.replyTo', into.replyTo);
  if (into.replyTo !== '' && !EMAIL.test(into.replyTo))
    fields.error('sending.replyTo', 'Adresse de réponse invalide.');
  into.copyToSelf = fields.bool(sending['copyToSelf'], 'sending.copyToSelf', into.copyToSelf);
  into.quotaReserve = fields.integer(
    sending['quotaReserve'],
    'sending.quotaReserve',
    into.quotaReserve,
    { min: 0, max: 1500 },
    'La réserve de quota doit être entre 0 et 1 500 destinataires.',
  );
  into.sendOnNonBusinessDays = fields.bool(
    sending['sendOnNonBusinessDays'],
    'sending.sendOnNonBusinessDays',
    into.sendOnNonBusinessDays,
  );
  const language = sending['defaultLanguage'];
  if (language !== undefined) {
    if (!isLanguage(language))
      fields.error('sending.defaultLanguage', 'Langue : « fr » ou « en ».');
    else into.defaultLanguage = language;
  }
}

/** The user's email texts (each step known, each placeholder too) and the letter templates. */
function readTemplates(input: Json, settings: Settings, fields: FieldReader): void {
  const templates = input['templates'];
  if (templates !== undefined) {
    const read = readByStepAndLanguage(templates, 'templates', fields, (value, path) =>
      readTemplateText(value, path, fields),
    );
    if (read !== undefined) {
      settings.templates = read;
      for (const problem of checkTemplates(settings)) fields.error(problem.path, problem.message);
    }
  }
  settings.letterTemplateFolderId = fields.text(
    input['letterTemplateFolderId'],
    'letterTemplateFolderId',
    settings.letterTemplateFolderId,
  );
  const ids = input['letterTemplateIds'];
  if (ids !== undefined) {
    const read = readByStepAndLanguage(ids, 'letterTemplateIds', fields, (value, path) =>
      typeof value === 'string' && value !== ''
        ? value
        : (fields.error(path, 'Indiquez l’identifiant du modèle de courrier (un texte).'),
          undefined),
    );
    if (read !== undefined) settings.letterTemplateIds = read;
  }
}

const LANGUAGES = ['fr', 'en'] as const;

/** An object keyed by ladder step, then by language, each value read by `readValue`. */
function readByStepAndLanguage<T>(
  raw: unknown,
  path: string,
  fields: FieldReader,
  readValue: (value: unknown, path: string) => T | undefined,
): Partial<Record<string, Partial<Record<Language, T>>>> | undefined {
  if (!isObject(raw)) {
    fields.error(path, 'Ce champ doit être un objet, par étape puis par langue (fr, en).');
    return undefined;
  }
  const result: Partial<Record<string, Partial<Record<Language, T>>>> = {};
  for (const [step, byLanguage] of Object.entries(raw)) {
    if (!(STEP_IDS as readonly string[]).includes(step)) {
      fields.error(`${path}.${step}`, unknownKeyMessage(path, step, STEP_IDS));
      continue;
    }
    if (!isObject(byLanguage)) {
      fields.error(`${path}.${step}`, 'Indiquez un objet par langue : { "fr": …, "en": … }.');
      continue;
    }
    const read: Partial<Record<Language, T>> = {};
    for (const [language, value] of Object.entries(byLanguage)) {
      if (!isLanguage(language))
        fields.error(
          `${path}.${step}.${language}`,
          unknownKeyMessage(`${path}.${step}`, language, LANGUAGES),
        );
      else {
        const item = readValue(value, `${path}.${step}.${language}`);
        if (item !== undefined) read[language] = item;
      }
    }
    result[step] = read;
  }
  return result;
}

const TEMPLATE_FIELDS = ['subject', 'body', 'letter'] as const;

/** One step's text in one language: subject, body and letter, each a text when present. */
function readTemplateText(
  value: unknown,
  path: string,
  fields: FieldReader,
): TemplateText | undefined {
  if (!isObject(value)) {
    fields.error(path, 'Indiquez un objet { "subject": …, "body": … }.');
    return undefined;
  }
  // An empty subject or body means « the default text » (templateFor).
  const text: TemplateText = { subject: '', body: '' };
  for (const [key, field] of Object.entries(value)) {
    if (!(TEMPLATE_FIELDS as readonly string[]).includes(key))
      fields.error(`${path}.${key}`, unknownKeyMessage(path, key, TEMPLATE_FIELDS));
    else if (typeof field !== 'string')
      fields.error(`${path}.${key}`, 'Ce champ doit être un texte.');
    else text[key as (typeof TEMPLATE_FIELDS)[number]] = field;
  }
  return text;
}

/** Each settings section, in the order its problems are listed. */
const SECTIONS = [
  readFirm,
  readInvoiceTab,
  readTimings,
  readFirstStepCap,
  readLadder,
  readPenalties,
  readChronicPayers,
  readSending,
  readTemplates,
] as const;

/**
 * Fields no version of Relance knows: a typo such as `"mdoe"` would otherwise be dropped and the
 * default used in its place. Each is refused with the nearest known name. Sections whose keys are
 * data (column overrides, templates by step) check their own keys.
 */
function refuseUnknownKeys(input: Json, defaults: Settings, fields: FieldReader): void {
  const sections = ['firm', 'penalties', 'sending', 'chronicPayers'] as const;
  // A section's field typed at the top level (« mdoe » for sending.mode) is named with its path.
  const nested = sections.flatMap((section) =>
    Object.keys(defaults[section]).map((key) => `${section}.${key}`),
  );
  unknownKeys(input, Object.keys(defaults), '', fields, [...Object.keys(defaults), ...nested]);
  for (const section of sections) {
    const value = input[section];
    if (isObject(value)) unknownKeys(value, Object.keys(defaults[section]), section, fields);
  }
  const ladder = input['ladder'];
  const stepKeys = Object.keys(defaults.ladder[0] ?? {});
  if (Array.isArray(ladder))
    ladder.forEach((raw: unknown, i) => {
      if (isObject(raw)) unknownKeys(raw, stepKeys, `ladder[${i}]`, fields);
    });
}

function unknownKeys(
  value: Json,
  known: readonly string[],
  path: string,
  fields: FieldReader,
  suggestions: readonly string[] = known,
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      fields.error(
        path === '' ? key : `${path}.${key}`,
        unknownKeyMessage(path === '' ? 'les paramètres' : path, key, suggestions),
      );
  }
}

export interface ValidationOptions {
  /**
   * 'refuse' for what a person typed (the settings form, a settings file); 'ignore' for settings
   * Relance stored itself, which may hold a field a later version no longer has.
   */
  unknownKeys: 'refuse' | 'ignore';
}

export function validateSettings(
  input: unknown,
  options: ValidationOptions = { unknownKeys: 'refuse' },
): SettingsValidation {
  if (!isObject(input)) {
    return {
      ok: false,
      errors: [{ path: '', message: 'Les paramètres doivent être un objet JSON.' }],
      settings: defaultSettings(),
    };
  }
  const settings = defaultSettings();
  const fields = new FieldReader();
  if (options.unknownKeys === 'refuse') refuseUnknownKeys(input, settings, fields);
  for (const readSection of SECTIONS) readSection(input, settings, fields);
  return fields.errors.length > 0
    ? { ok: false, errors: fields.errors, settings }
    : { ok: true, settings };
}
