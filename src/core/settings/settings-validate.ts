/**
 * Validates a whole settings object, all or nothing, with a French message at each field's path.
 * Missing fields take their default, so settings saved by an older version keep working.
 */
import type { LadderStep, StepId } from '../model';
import { STEP_IDS } from '../model';
import type { EcbRate, Settings } from './settings';
import { COLUMN_KEYS, defaultSettings } from './settings';
import { parseIsoDay } from '../values/day';
import { checkTemplates } from '../messages/compose';

export interface SettingsError {
  path: string;
  message: string;
}

export type SettingsValidation =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i;

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

export function validateSettings(input: unknown): SettingsValidation {
  const errors: SettingsError[] = [];
  const settings = defaultSettings();
  if (!isObject(input)) {
    return {
      ok: false,
      errors: [{ path: '', message: 'Les paramètres doivent être un objet JSON.' }],
    };
  }
  const error = (path: string, message: string) => errors.push({ path, message });
  const text = (value: unknown, path: string, fallback: string): string => {
    if (value === undefined) return fallback;
    if (typeof value !== 'string') {
      error(path, 'Ce champ doit être un texte.');
      return fallback;
    }
    return value.trim();
  };
  const integer = (
    value: unknown,
    path: string,
    fallback: number,
    min: number,
    max: number,
    message: string,
  ): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      error(path, message);
      return fallback;
    }
    return value;
  };
  const bool = (value: unknown, path: string, fallback: boolean): boolean => {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      error(path, 'Ce champ doit valoir true ou false.');
      return fallback;
    }
    return value;
  };

  const firm = isObject(input['firm']) ? input['firm'] : {};
  if (input['firm'] !== undefined && !isObject(input['firm']))
    error('firm', 'L’identité de l’entreprise doit être un objet.');
  for (const key of Object.keys(settings.firm) as (keyof Settings['firm'])[]) {
    settings.firm[key] = text(firm[key], `firm.${key}`, settings.firm[key]);
  }
  if (settings.firm.siret !== '' && !isValidSiret(settings.firm.siret)) {
    error(
      'firm.siret',
      'Le SIRET doit compter 14 chiffres et être valide (vérifiez-le sur votre extrait Kbis).',
    );
  }
  if (settings.firm.email !== '' && !EMAIL.test(settings.firm.email)) {
    error('firm.email', 'Adresse email invalide.');
  }
  if (settings.firm.iban !== '' && !isValidIban(settings.firm.iban)) {
    error(
      'firm.iban',
      'IBAN invalide : vérifiez-le sur votre RIB (la clé de contrôle ne correspond pas).',
    );
  }
  if (
    settings.firm.bic !== '' &&
    !/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/i.test(settings.firm.bic.replace(/\s/g, ''))
  ) {
    error('firm.bic', 'BIC invalide : 8 ou 11 caractères, par exemple BNPAFRPPXXX.');
  }
  if (settings.firm.paymentLink !== '' && !/^https:\/\//i.test(settings.firm.paymentLink)) {
    error('firm.paymentLink', 'Le lien de paiement doit commencer par https://.');
  }

  settings.invoiceSheet = text(input['invoiceSheet'], 'invoiceSheet', settings.invoiceSheet);
  if (input['columnOverrides'] !== undefined) {
    if (!isObject(input['columnOverrides']))
      error('columnOverrides', 'La correspondance des colonnes doit être un objet.');
    else {
      for (const [key, header] of Object.entries(input['columnOverrides'])) {
        if (!(COLUMN_KEYS as readonly string[]).includes(key))
          error(`columnOverrides.${key}`, `Colonne inconnue : ${key}.`);
        else if (typeof header !== 'string')
          error(`columnOverrides.${key}`, 'Indiquez le titre de la colonne, en texte.');
        else settings.columnOverrides[key as (typeof COLUMN_KEYS)[number]] = header;
      }
    }
  }
  settings.paymentTermsDays = integer(
    input['paymentTermsDays'],
    'paymentTermsDays',
    settings.paymentTermsDays,
    0,
    60,
    'Le délai de paiement doit être un nombre de jours entre 0 et 60 (article L441-10 du Code de commerce).',
  );
  settings.alsaceMoselle = bool(input['alsaceMoselle'], 'alsaceMoselle', settings.alsaceMoselle);
  settings.clientGapDays = integer(
    input['clientGapDays'],
    'clientGapDays',
    settings.clientGapDays,
    0,
    30,
    'L’écart entre deux relances d’un même client doit être entre 0 et 30 jours.',
  );
  settings.smallBalanceCents = integer(
    input['smallBalanceCents'],
    'smallBalanceCents',
    settings.smallBalanceCents,
    0,
    100_000,
    'Le seuil des petits soldes doit être un montant en centimes entre 0 et 100 000.',
  );
  settings.promiseGraceDays = integer(
    input['promiseGraceDays'],
    'promiseGraceDays',
    settings.promiseGraceDays,
    0,
    30,
    'Le délai de grâce après une promesse doit être entre 0 et 30 jours.',
  );

  if (input['firstStepCap'] !== undefined) {
    if (
      typeof input['firstStepCap'] !== 'string' ||
      !(STEP_IDS as readonly string[]).includes(input['firstStepCap'])
    ) {
      error('firstStepCap', `Étape inconnue. Choisissez parmi : ${STEP_IDS.join(', ')}.`);
    } else if (
      input['firstStepCap'] === 'mise-en-demeure' ||
      input['firstStepCap'] === 'contentieux'
    ) {
      error(
        'firstStepCap',
        'Une mise en demeure ou un recours ne peut pas être le premier contact : choisissez au plus « relance-2 ».',
      );
    } else settings.firstStepCap = input['firstStepCap'] as StepId;
  }

  if (input['ladder'] !== undefined) {
    if (!Array.isArray(input['ladder']))
      error('ladder', 'L’échelle de relance doit être une liste d’étapes.');
    else {
      const defaults = new Map(settings.ladder.map((s) => [s.id, s]));
      const ladder: LadderStep[] = [];
      input['ladder'].forEach((raw: unknown, i) => {
        const path = `ladder[${i}]`;
        if (!isObject(raw) || typeof raw['id'] !== 'string' || !defaults.has(raw['id'] as StepId)) {
          error(`${path}.id`, `Étape inconnue. Les étapes sont : ${STEP_IDS.join(', ')}.`);
          return;
        }
        const base = defaults.get(raw['id'] as StepId) as LadderStep;
        if (ladder.some((s) => s.id === base.id)) {
          error(`${path}.id`, `L’étape ${base.id} figure deux fois.`);
          return;
        }
        ladder.push({
          ...base,
          enabled: bool(raw['enabled'], `${path}.enabled`, base.enabled),
          offsetDays: integer(
            raw['offsetDays'],
            `${path}.offsetDays`,
            base.offsetDays,
            -30,
            365,
            'Le décalage doit être un nombre de jours entre -30 et 365.',
          ),
          minGapDays: integer(
            raw['minGapDays'],
            `${path}.minGapDays`,
            base.minGapDays,
            0,
            90,
            'L’écart minimum doit être entre 0 et 90 jours.',
          ),
          attachInvoice: bool(raw['attachInvoice'], `${path}.attachInvoice`, base.attachInvoice),
          emailCopy: bool(raw['emailCopy'], `${path}.emailCopy`, base.emailCopy),
        });
      });
      const order = ladder.map((s) => STEP_IDS.indexOf(s.id));
      if (order.some((value, i) => i > 0 && value < (order[i - 1] ?? 0))) {
        error('ladder', `Les étapes doivent rester dans l’ordre : ${STEP_IDS.join(', ')}.`);
      }
      const enabled = ladder.filter((s) => s.enabled);
      if (ladder.length > 0 && enabled.length === 0)
        error(
          'ladder',
          'Toutes les étapes de l’échelle de relance sont désactivées : Relance n’enverrait jamais rien. Activez au moins une étape.',
        );
      enabled.forEach((s, i) => {
        const previous = enabled[i - 1];
        if (previous !== undefined && s.offsetDays < previous.offsetDays) {
          error(
            `ladder[${ladder.indexOf(s)}].offsetDays`,
            `L’étape ${s.id} ne peut pas venir avant ${previous.id} : son décalage doit être au moins ${previous.offsetDays} jours.`,
          );
        }
      });
      const present = new Set(ladder.map((s) => s.id));
      for (const step of settings.ladder)
        if (!present.has(step.id)) ladder.push({ ...step, enabled: false });
      ladder.sort((a, b) => STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id));
      settings.ladder = ladder;
    }
  }

  const penalties = isObject(input['penalties']) ? input['penalties'] : {};
  if (penalties['mode'] !== undefined) {
    if (penalties['mode'] !== 'legal' && penalties['mode'] !== 'contractual')
      error('penalties.mode', 'Choisissez « legal » (taux BCE + 10 points) ou « contractual ».');
    else settings.penalties.mode = penalties['mode'];
  }
  if (penalties['contractualRatePercent'] !== undefined) {
    const rate = penalties['contractualRatePercent'];
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 100)
      error(
        'penalties.contractualRatePercent',
        'Le taux contractuel doit être un pourcentage entre 0 et 100.',
      );
    else settings.penalties.contractualRatePercent = rate;
  }
  if (settings.penalties.mode === 'contractual' && settings.penalties.contractualRatePercent <= 0) {
    error(
      'penalties.contractualRatePercent',
      'Indiquez le taux contractuel des pénalités (au moins trois fois le taux d’intérêt légal, article L441-10).',
    );
  }
  settings.penalties.indemnityCents = integer(
    penalties['indemnityCents'],
    'penalties.indemnityCents',
    settings.penalties.indemnityCents,
    4000,
    1_000_000,
    'L’indemnité forfaitaire ne peut pas être inférieure à 40 € (article D441-5 du Code de commerce).',
  );
  settings.penalties.chargeConsumers = bool(
    penalties['chargeConsumers'],
    'penalties.chargeConsumers',
    settings.penalties.chargeConsumers,
  );
  if (settings.penalties.chargeConsumers) {
    error(
      'penalties.chargeConsumers',
      'Facturer des frais de recouvrement à un particulier est interdit : laissez ce choix désactivé.',
    );
  }
  if (penalties['extraEcbRates'] !== undefined) {
    if (!Array.isArray(penalties['extraEcbRates']))
      error('penalties.extraEcbRates', 'Les taux BCE ajoutés doivent être une liste.');
    else {
      const rates: EcbRate[] = [];
      penalties['extraEcbRates'].forEach((raw: unknown, i) => {
        const path = `penalties.extraEcbRates[${i}]`;
        if (
          !isObject(raw) ||
          typeof raw['from'] !== 'string' ||
          parseIsoDay(raw['from']) === undefined
        ) {
          error(`${path}.from`, 'Indiquez la date d’effet au format AAAA-MM-JJ.');
          return;
        }
        if (
          typeof raw['ratePercent'] !== 'number' ||
          raw['ratePercent'] < -5 ||
          raw['ratePercent'] > 30
        ) {
          error(`${path}.ratePercent`, 'Indiquez le taux en pourcentage, par exemple 2.15.');
          return;
        }
        rates.push({ from: raw['from'], ratePercent: raw['ratePercent'] });
      });
      settings.penalties.extraEcbRates = rates;
    }
  }

  const chronic = isObject(input['chronicPayers']) ? input['chronicPayers'] : {};
  settings.chronicPayers.earlyReminder = bool(
    chronic['earlyReminder'],
    'chronicPayers.earlyReminder',
    settings.chronicPayers.earlyReminder,
  );
  settings.chronicPayers.daysBefore = integer(
    chronic['daysBefore'],
    'chronicPayers.daysBefore',
    settings.chronicPayers.daysBefore,
    1,
    30,
    'Le rappel anticipé doit partir entre 1 et 30 jours avant l’échéance.',
  );

  const sending = isObject(input['sending']) ? input['sending'] : {};
  if (sending['mode'] !== undefined) {
    if (sending['mode'] !== 'preview' && sending['mode'] !== 'send')
      error('sending.mode', 'Choisissez « preview » (aperçu seulement) ou « send » (envoi).');
    else settings.sending.mode = sending['mode'];
  }
  settings.sending.hour = integer(
    sending['hour'],
    'sending.hour',
    settings.sending.hour,
    0,
    23,
    'L’heure d’envoi doit être entre 0 et 23.',
  );
  settings.sending.senderName = text(
    sending['senderName'],
    'sending.senderName',
    settings.sending.senderName,
  );
  settings.sending.replyTo = text(sending['replyTo'], 'sending.replyTo', settings.sending.replyTo);
  if (settings.sending.replyTo !== '' && !EMAIL.test(settings.sending.replyTo))
    error('sending.replyTo', 'Adresse de réponse invalide.');
  settings.sending.copyToSelf = bool(
    sending['copyToSelf'],
    'sending.copyToSelf',
    settings.sending.copyToSelf,
  );
  settings.sending.quotaReserve = integer(
    sending['quotaReserve'],
    'sending.quotaReserve',
    settings.sending.quotaReserve,
    0,
    1500,
    'La réserve de quota doit être entre 0 et 1 500 destinataires.',
  );
  settings.sending.sendOnNonBusinessDays = bool(
    sending['sendOnNonBusinessDays'],
    'sending.sendOnNonBusinessDays',
    settings.sending.sendOnNonBusinessDays,
  );
  if (sending['defaultLanguage'] !== undefined) {
    if (sending['defaultLanguage'] !== 'fr' && sending['defaultLanguage'] !== 'en')
      error('sending.defaultLanguage', 'Langue : « fr » ou « en ».');
    else settings.sending.defaultLanguage = sending['defaultLanguage'];
  }

  if (input['templates'] !== undefined) {
    if (!isObject(input['templates'])) error('templates', 'Les modèles doivent être un objet.');
    else {
      settings.templates = input['templates'] as Settings['templates'];
      for (const step of Object.keys(settings.templates)) {
        if (!(STEP_IDS as readonly string[]).includes(step))
          error(`templates.${step}`, `Étape inconnue pour un modèle : ${step}.`);
      }
      for (const problem of checkTemplates(settings)) error(problem.path, problem.message);
    }
  }
  settings.letterTemplateFolderId = text(
    input['letterTemplateFolderId'],
    'letterTemplateFolderId',
    settings.letterTemplateFolderId,
  );
  if (isObject(input['letterTemplateIds']))
    settings.letterTemplateIds = input['letterTemplateIds'] as Settings['letterTemplateIds'];

  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}
