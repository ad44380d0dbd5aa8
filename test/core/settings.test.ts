import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../src/core/model';
import { defaultSettings } from '../../src/core/settings/settings';
import {
  deserializeSettings,
  serializeSettings,
  SETTINGS_TOO_LARGE,
} from '../../src/core/settings-input/settings-store';
import {
  isValidIban,
  isValidSiret,
  validateSettings,
} from '../../src/core/settings-input/settings-validate';
import { recoveryIndemnity } from '../../src/core/dunning/penalties';
import example from '../../samples/settings.example.json';

/** Stored settings as the document properties hold them, with `change` made to the JSON. */
function storedWith(change: (json: Record<string, unknown>) => void): Record<string, string> {
  const json = JSON.parse(JSON.stringify(defaultSettings())) as Record<string, unknown>;
  change(json);
  return { 'relance.settings.count': '1', 'relance.settings.0': JSON.stringify(json) };
}

describe('validating the settings', () => {
  it('accepts the documented example file', () => {
    expect(validateSettings(example).ok).toBe(true);
  });

  it('fills what is missing with defaults that work', () => {
    const result = validateSettings({ firm: { name: 'SARL Test' } });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.settings.paymentTermsDays).toBe(30);
      expect(result.settings.ladder.map((s) => s.id)).toEqual(
        defaultSettings().ladder.map((s) => s.id),
      );
      expect(result.settings.firm.name).toBe('SARL Test');
    }
  });

  it('refuses everything at once with a French message at each field', () => {
    const result = validateSettings({
      firm: { siret: '12345678901234', iban: 'FR76 0000', email: 'pas-un-email' },
      sending: { hour: 24 },
      penalties: { indemnityCents: 1000, chargeConsumers: true },
      firstStepCap: 'mise-en-demeure',
      ladder: [{ id: 'relance-1' }, { id: 'pre-echeance' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).toEqual([
        'firm.siret',
        'firm.email',
        'firm.iban',
        'ladder',
        'firstStepCap',
        'penalties.indemnityCents',
        'penalties.chargeConsumers',
        'sending.hour',
      ]);
      expect(result.errors[0]?.message).toMatch(/^« SIRET » : le SIRET doit compter 14 chiffres/);
      expect(result.errors.find((e) => e.path === 'penalties.indemnityCents')?.message).toMatch(
        /40 €/,
      );
    }
  });

  it('keeps the early reminder for chronic late payers off by default and bounds its delay', () => {
    const fresh = validateSettings({});
    expect(fresh.ok && fresh.settings.chronicPayers).toEqual({
      earlyReminder: false,
      daysBefore: 7,
    });
    const on = validateSettings({ chronicPayers: { earlyReminder: true, daysBefore: 10 } });
    expect(on.ok && on.settings.chronicPayers).toEqual({ earlyReminder: true, daysBefore: 10 });
    const bad = validateSettings({ chronicPayers: { earlyReminder: 'oui', daysBefore: 45 } });
    expect(bad.ok ? [] : bad.errors).toEqual([
      {
        path: 'chronicPayers.earlyReminder',
        message:
          '« Rappel anticipé pour les clients en retard chronique (plus de 20 jours de retard en moyenne) » : il faut true ou false.',
      },
      {
        path: 'chronicPayers.daysBefore',
        message:
          '« Ce rappel part … jours avant l’échéance » : un nombre entier entre 1 et 30 jours.',
      },
    ]);
  });

  it('checks SIRET (Luhn) and IBAN (mod 97) keys', () => {
    expect(isValidSiret('812 345 678 00013')).toBe(true);
    expect(isValidSiret('812 345 678 00014')).toBe(false);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
  });
});

describe('storing the settings in document properties', () => {
  it('round-trips a 30 KB template with every value under 9 KB in UTF-8', () => {
    const settings = defaultSettings();
    settings.firm.name = 'Société Générale de Démonstration — Établissements Éloïse';
    settings.templates = {
      'reminder-1': {
        fr: { subject: 'Relance', body: 'Échéance dépassée, règlement attendu. '.repeat(800) },
      },
    };
    const properties = serializeSettings(settings);
    for (const value of Object.values(properties))
      expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(9 * 1024);
    expect(Object.keys(properties).length).toBeGreaterThan(3);
    expect(deserializeSettings(properties)).toEqual({ settings, errors: [] });
  });

  it('falls back to the defaults in preview mode, sending nothing, when the store is damaged', () => {
    const properties = serializeSettings(defaultSettings());
    delete properties['relance.settings.0'];
    const result = deserializeSettings(properties);
    expect(result.settings).toEqual({
      ...defaultSettings(),
      sending: { ...defaultSettings().sending, mode: 'preview' },
    });
    expect(result.errors[0]?.fr).toMatch(/incomplets.*mode aperçu \(rien n’est envoyé\)/);
  });

  it('keeps every other stored field when one stored field is wrong', () => {
    const stored = defaultSettings();
    stored.firm.name = 'Atelier Dupont';
    stored.sending.mode = 'preview';
    stored.clientGapDays = 9;
    const properties = serializeSettings(stored);
    const json = JSON.parse(properties['relance.settings.0'] ?? '') as Record<string, unknown>;
    json['clientGapDays'] = 'neuf';
    properties['relance.settings.0'] = JSON.stringify(json);
    const result = deserializeSettings(properties);
    expect(result.settings.firm.name).toBe('Atelier Dupont');
    expect(result.settings.sending.mode).toBe('preview');
    expect(result.settings.clientGapDays).toBe(defaultSettings().clientGapDays);
    expect(result.errors.map((e) => e.fr)).toEqual([
      expect.stringMatching(
        /^Paramètre refusé \(clientGapDays\) : .* les autres paramètres sont gardés\.$/,
      ),
    ]);
    expect(result.errors.map((e) => e.en)).toEqual([
      expect.stringMatching(
        /^Setting refused \(clientGapDays\): .* the other settings are kept\.$/,
      ),
    ]);
  });

  it('ignores a stored field this version no longer knows', () => {
    const properties = serializeSettings(defaultSettings());
    const json = JSON.parse(properties['relance.settings.0'] ?? '') as Record<string, unknown>;
    properties['relance.settings.0'] = JSON.stringify({ ...json, retiredOption: true });
    expect(deserializeSettings(properties).errors).toEqual([]);
  });

  it('refuses settings too large for the property store', () => {
    const settings = defaultSettings();
    settings.templates = { 'reminder-1': { fr: { subject: 'x', body: 'x'.repeat(450 * 1024) } } };
    expect(() => serializeSettings(settings)).toThrow(SETTINGS_TOO_LARGE);
  });
});

describe('a ladder that would never send anything', () => {
  it('is refused with a French message when every step is disabled', () => {
    const ladder = STEP_IDS.map((id) => ({ id, enabled: false }));
    const result = validateSettings({ ladder });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContainEqual({
        path: 'ladder',
        message: expect.stringMatching(
          /^« Échelle de relance » : toutes les étapes .* désactivées/,
        ),
      });
  });
});

describe('settings that say what they did', () => {
  const errorsOf = (input: unknown) => {
    const result = validateSettings(input);
    return result.ok ? [] : result.errors;
  };

  it('refuses a misspelt key with the nearest known one, instead of sending in its place', () => {
    expect(errorsOf({ sending: { mdoe: 'preview' } })).toEqual([
      {
        path: 'sending.mdoe',
        message: 'Champ inconnu « mdoe » dans sending : vouliez-vous dire « mode » ?',
      },
    ]);
    expect(errorsOf({ mdoe: 'preview' })[0]?.message).toBe(
      'Champ inconnu « mdoe » dans les paramètres : vouliez-vous dire « penalties.mode » ou « sending.mode » ?',
    );
    expect(errorsOf({ clientGapDay: 3 })[0]?.message).toMatch(
      /vouliez-vous dire « clientGapDays »/,
    );
    expect(errorsOf({ firm: { sirett: '1' } })[0]?.path).toBe('firm.sirett');
    expect(errorsOf({ ladder: [{ id: 'relance-1', ofsetDays: 3 }] })[0]?.message).toMatch(
      /« ofsetDays ».*« offsetDays »/,
    );
  });

  it('refuses any indemnity but the forty euros of D441-5, so no letter calls another sum « quarante euros »', () => {
    for (const indemnityCents of [1_000_000, 5000, 3999]) {
      expect(errorsOf({ penalties: { indemnityCents } })).toEqual([
        {
          path: 'penalties.indemnityCents',
          message: expect.stringMatching(/fixée à 40 € .*D441-5/),
        },
      ]);
    }
    expect(errorsOf({ penalties: { indemnityCents: 4000 } })).toEqual([]);
  });

  it('reads templates as texts, refusing a number, an unknown step or language, and a bare string', () => {
    const paths = (input: unknown) => errorsOf(input).map((e) => e.path);
    expect(paths({ templates: { 'relance-1': 'oops' } })).toEqual(['templates.relance-1']);
    expect(paths({ templates: { 'relance-1': { fr: { subject: 12, body: 'x' } } } })).toEqual([
      'templates.relance-1.fr.subject',
    ]);
    expect(paths({ templates: { 'relance-9': { fr: { subject: 'x', body: 'x' } } } })).toEqual([
      'templates.relance-9',
    ]);
    expect(paths({ templates: { 'relance-1': { de: { subject: 'x', body: 'x' } } } })).toEqual([
      'templates.relance-1.de',
    ]);
    expect(paths({ letterTemplateIds: { 'relance-2': { fr: 42 } } })).toEqual([
      'letterTemplateIds.relance-2.fr',
    ]);
    const ok = validateSettings({
      templates: { 'relance-1': { fr: { subject: 'Rappel', body: 'Bonjour' } } },
    });
    expect(ok.ok && ok.settings.templates['reminder-1']?.fr?.subject).toBe('Rappel');
  });
});

describe('settings parsed by one schema, field by field', () => {
  const errorsOf = (input: unknown, language?: 'fr' | 'en') => {
    const result = validateSettings(input, {
      unknownKeys: 'refuse',
      ...(language === undefined ? {} : { language }),
    });
    return result.ok ? [] : result.errors;
  };

  it('names each refused field as the settings screen labels it, in French or in English', () => {
    expect(errorsOf({ clientGapDays: 45 })).toEqual([
      {
        path: 'clientGapDays',
        message:
          '« Écart minimum entre deux relances d’un client (jours) » : un nombre entier entre 0 et 30 jours.',
      },
    ]);
    expect(errorsOf({ clientGapDays: 45 }, 'en')[0]?.message).toBe(
      '« Minimum gap between two reminders to one client (days) » : a whole number between 0 and 30 days.',
    );
    expect(errorsOf({ ladder: [{ id: 'appel', offsetDays: 'huit' }] })[0]).toEqual({
      path: 'ladder[0].offsetDays',
      message:
        '« Relance téléphonique : jours après l’échéance » : un nombre entier entre -30 et 365 jours.',
    });
    expect(errorsOf({ sending: { mdoe: 'preview' } }, 'en')[0]?.message).toBe(
      'Unknown field « mdoe » in sending: did you mean « mode »?',
    );
    expect(errorsOf({ mdoe: 'preview' }, 'en')[0]?.message).toBe(
      'Unknown field « mdoe » in the settings: did you mean « penalties.mode » or « sending.mode »?',
    );
    expect(errorsOf({ sending: { hour: 24 } })[0]?.message).toBe(
      '« Heure de l’envoi automatique » : un nombre entier entre 0 et 23 heures.',
    );
  });

  it('refuses a template that is not text, saying which step and language, instead of failing inside the renderer', () => {
    expect(
      errorsOf({ templates: { 'relance-1': { fr: { subject: 12, body: 'Bonjour' } } } }),
    ).toEqual([
      {
        path: 'templates.relance-1.fr.subject',
        message: '« Modèles de message › Première relance › fr › subject » : il faut un texte.',
      },
    ]);
    const paths = (input: unknown) => errorsOf(input).map((e) => e.path);
    expect(paths({ templates: { 'relance-1': { fr: { subject: 'x', body: null } } } })).toEqual([
      'templates.relance-1.fr.body',
    ]);
    expect(paths({ templates: { 'relance-1': { fr: 'Bonjour' } } })).toEqual([
      'templates.relance-1.fr',
    ]);
    expect(paths({ letterTemplateIds: { 'relance-2': 'doc-id' } })).toEqual([
      'letterTemplateIds.relance-2',
    ]);
    expect(paths({ letterTemplateIds: { 'relance-2': { fr: '' } } })).toEqual([
      'letterTemplateIds.relance-2.fr',
    ]);
    expect(paths({ columnOverrides: { amount: 3 } })).toEqual(['columnOverrides.amount']);
    expect(
      paths({
        penalties: { extraEcbRates: [{ from: '2026-07-01', ratePercent: 2.15, confirmedBy: 12 }] },
      }),
    ).toEqual(['penalties.extraEcbRates[0].confirmedBy']);
  });

  it('takes back only the wrong field when it breaks two rules at once', () => {
    const result = validateSettings({
      sending: { hour: 30.5, mode: 'preview' },
      templates: { 'relance-1': { fr: { subject: '{{nom}} {{prenom}}', body: 'Bonjour' } } },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'sending.hour',
      'templates.relance-1.fr.subject',
    ]);
    expect(result.settings.sending).toMatchObject({ hour: 7, mode: 'preview' });
    expect(result.settings.templates['reminder-1']?.fr).toEqual({ subject: '', body: 'Bonjour' });
  });

  it('keeps every right field when one is wrong, the wrong one at its default', () => {
    const result = validateSettings({
      firm: { name: 'Atelier Dupont', siret: '123' },
      clientGapDays: 9,
      sending: { mode: 'preview', hour: 25 },
      templates: { 'relance-1': { fr: { subject: 'Rappel', body: 'Bonjour' } }, appel: 'oops' },
    });
    expect(result.ok).toBe(false);
    expect(result.settings.firm.name).toBe('Atelier Dupont');
    expect(result.settings.firm.siret).toBe('');
    expect(result.settings.clientGapDays).toBe(9);
    expect(result.settings.sending).toMatchObject({ mode: 'preview', hour: 7 });
    expect(result.settings.templates).toEqual({
      'reminder-1': { fr: { subject: 'Rappel', body: 'Bonjour' } },
    });
  });

  it('keeps the value a refused field had before, when saving over stored settings', () => {
    const stored = defaultSettings();
    stored.sending.hour = 9;
    stored.firm.siret = '812 345 678 00013';
    const result = validateSettings(
      {
        ...stored,
        firm: { ...stored.firm, name: 'Atelier', siret: '812' },
        sending: { ...stored.sending, hour: 30, mode: 'preview' },
      },
      { unknownKeys: 'refuse', fallback: stored },
    );
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'firm.siret',
      'sending.hour',
    ]);
    expect(result.settings.firm).toMatchObject({ name: 'Atelier', siret: '812 345 678 00013' });
    expect(result.settings.sending).toMatchObject({ hour: 9, mode: 'preview' });
  });

  it('refuses a field named __proto__ as unknown, also when saving over stored settings', () => {
    const input: unknown = JSON.parse('{"__proto__": {"clientGapDays": 30}, "clientGapDays": 4}');
    for (const fallback of [undefined, defaultSettings()]) {
      const result = validateSettings(input, {
        unknownKeys: 'refuse',
        ...(fallback === undefined ? {} : { fallback }),
      });
      expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['__proto__']);
      expect(result.settings.clientGapDays).toBe(4);
    }
  });

  it('takes back a contractual rate below the legal floor together with its mode, keeping the added ECB rates', () => {
    const rate = { from: '2026-07-01', ratePercent: 2.15 };
    const result = validateSettings({
      penalties: { mode: 'contractual', contractualRatePercent: 1, extraEcbRates: [rate] },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'penalties.contractualRatePercent',
    ]);
    expect(result.settings.penalties).toMatchObject({
      mode: 'legal',
      contractualRatePercent: 0,
      extraEcbRates: [rate],
    });
  });

  it('keeps a stored contractual rate that a later floor overtook: the run applies the floor instead of the higher legal rate', () => {
    const properties = storedWith((json) => {
      json['penalties'] = {
        ...(json['penalties'] as object),
        mode: 'contractual',
        contractualRatePercent: 5,
      };
    });
    const { settings, errors } = deserializeSettings(properties);
    expect(errors).toEqual([]);
    expect(settings.penalties).toMatchObject({ mode: 'contractual', contractualRatePercent: 5 });
  });

  it('keeps the other steps of a stored ladder when one step has a wrong value', () => {
    const properties = storedWith((json) => {
      const ladder = json['ladder'] as Record<string, unknown>[];
      ladder[1] = { ...ladder[1], offsetDays: 4 };
      ladder[3] = { ...ladder[3], offsetDays: 'quinze' };
    });
    const result = deserializeSettings(properties);
    expect(result.settings.ladder.map((s) => s.offsetDays)).toEqual([-3, 4, 8, 15, 30, 45]);
    expect(result.errors.map((e) => e.fr)).toEqual([
      expect.stringMatching(
        /^Paramètre refusé \(ladder\[3\]\.offsetDays\) : « Courrier de rappel : jours après l’échéance »/,
      ),
    ]);
  });

  it('never lets a stored template subject that is not text reach the messages: the default subject, the rest kept', () => {
    const properties = storedWith((json) => {
      json['templates'] = {
        'relance-1': { fr: { subject: 'Rappel', body: 'Bonjour' } },
        'relance-2': { fr: { subject: 12, body: 'Madame, Monsieur' } },
      };
    });
    const result = deserializeSettings(properties);
    expect(result.settings.templates).toEqual({
      'reminder-1': { fr: { subject: 'Rappel', body: 'Bonjour' } },
      // An empty subject means the step's default subject (templateFor).
      'reminder-2': { fr: { subject: '', body: 'Madame, Monsieur' } },
    });
    expect(result.errors.map((e) => e.fr)).toEqual([
      expect.stringMatching(/^Paramètre refusé \(templates\.relance-2\.fr\.subject\)/),
    ]);
  });
});

describe('a ladder step set before the step ahead of it', () => {
  it('is refused on its offset, which alone falls back, the other steps and fields kept', () => {
    const ladder = defaultSettings().ladder.map((s) =>
      s.id === 'phone-call'
        ? { ...s, offsetDays: 1 }
        : s.id === 'reminder-1'
          ? { ...s, minGapDays: 2 }
          : s,
    );
    const result = validateSettings({ ladder, clientGapDays: 6 });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'ladder[2].offsetDays',
        message:
          '« Relance téléphonique : jours après l’échéance » : au moins 2 jours, pour ne pas venir avant « Première relance ».',
      },
    ]);
    expect(result.settings.ladder.map((s) => s.offsetDays)).toEqual([-3, 2, 8, 15, 30, 45]);
    expect(result.settings.ladder[1]?.minGapDays).toBe(2);
    expect(result.settings.clientGapDays).toBe(6);
  });
});

describe('settings stored with the steps’ French ids, as every version so far stored them', () => {
  /** A store as Relance wrote it before its step ids were English (one chunk). */
  const STORED_BEFORE = {
    'relance.settings.count': '1',
    'relance.settings.0': JSON.stringify({
      version: 1,
      firm: { name: 'Atelier Dupont' },
      ladder: [
        { id: 'pre-echeance', enabled: false, offsetDays: -3, minGapDays: 0 },
        { id: 'relance-1', enabled: true, offsetDays: 4, minGapDays: 0, attachInvoice: true },
        { id: 'appel', enabled: true, offsetDays: 8, minGapDays: 0 },
        { id: 'relance-2', enabled: true, offsetDays: 15, minGapDays: 5, emailCopy: true },
        { id: 'mise-en-demeure', enabled: true, offsetDays: 30, minGapDays: 15, emailCopy: true },
        { id: 'contentieux', enabled: true, offsetDays: 45, minGapDays: 15 },
      ],
      firstStepCap: 'relance-1',
      templates: { 'relance-1': { fr: { subject: 'Petit rappel', body: 'Bonjour {{contact}}' } } },
      letterTemplateFolderId: 'folder-1',
      letterTemplateIds: {
        'relance-2': { fr: 'doc-courrier-fr' },
        'mise-en-demeure': { fr: 'doc-med-fr', en: 'doc-med-en' },
      },
    }),
  };

  it('load whole: the ladder, the first step’s cap, the templates and the letter templates', () => {
    const { settings, errors } = deserializeSettings(STORED_BEFORE);
    expect(errors).toEqual([]);
    expect(settings.ladder.map((s) => [s.id, s.enabled, s.offsetDays])).toEqual([
      ['before-due', false, -3],
      ['reminder-1', true, 4],
      ['phone-call', true, 8],
      ['reminder-2', true, 15],
      ['demand-letter', true, 30],
      ['court-claim', true, 45],
    ]);
    expect(settings.firstStepCap).toBe('reminder-1');
    expect(settings.templates['reminder-1']?.fr?.subject).toBe('Petit rappel');
    expect(settings.letterTemplateIds['demand-letter']).toEqual({
      fr: 'doc-med-fr',
      en: 'doc-med-en',
    });
    expect(settings.letterTemplateIds['reminder-2']?.fr).toBe('doc-courrier-fr');
  });

  it('are saved again in the same format, the steps by their French ids', () => {
    const { settings } = deserializeSettings(STORED_BEFORE);
    const stored = serializeSettings(settings);
    const json = JSON.parse(stored['relance.settings.0'] ?? '') as Record<string, unknown>;
    expect((json['ladder'] as { id: string }[]).map((s) => s.id)).toEqual([
      'pre-echeance',
      'relance-1',
      'appel',
      'relance-2',
      'mise-en-demeure',
      'contentieux',
    ]);
    expect(json['firstStepCap']).toBe('relance-1');
    expect(Object.keys(json['templates'] as object)).toEqual(['relance-1']);
    expect(Object.keys(json['letterTemplateIds'] as object)).toEqual([
      'relance-2',
      'mise-en-demeure',
    ]);
    expect(deserializeSettings(stored)).toEqual({ settings, errors: [] });
  });

  it('are taken from a settings screen opened before the update, French ids and all', () => {
    const result = validateSettings({
      firstStepCap: 'appel',
      templates: { 'relance-2': { en: { subject: 'Reminder', body: 'Hello' } } },
    });
    expect(result.ok).toBe(true);
    expect(result.settings.firstStepCap).toBe('phone-call');
    expect(result.settings.templates['reminder-2']?.en?.subject).toBe('Reminder');
  });

  it('name a step by its French id when they refuse it', () => {
    const result = validateSettings({ firstStepCap: 'mise-en-demeure' });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['firstStepCap']);
    expect(validateSettings({ firstStepCap: 'relance-9' }).ok).toBe(false);
    const unknown = validateSettings({ ladder: [{ id: 'relance-9' }] });
    expect(unknown.ok ? '' : unknown.errors[0]?.message).toMatch(/relance-1/);
  });
});

describe('a ladder step’s own fields', () => {
  it('refuses a channel or template other than the step’s own, instead of ignoring it', () => {
    const result = validateSettings({
      ladder: [{ id: 'relance-2', channel: 'email' }],
      clientGapDays: 4,
    });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'ladder',
        message: expect.stringMatching(/« Courrier de rappel » : channel \(letter\) est propre/),
      },
    ]);
    expect(result.settings.ladder).toEqual(defaultSettings().ladder);
    expect(result.settings.clientGapDays).toBe(4);
    expect(validateSettings({ ladder: defaultSettings().ladder }).ok).toBe(true);
  });

  it('keeps a stored ladder whose steps an older version described otherwise, with this version’s steps', () => {
    const properties = storedWith((json) => {
      const ladder = json['ladder'] as Record<string, unknown>[];
      ladder[3] = { ...ladder[3], channel: 'email', offsetDays: 20 };
    });
    const { settings, errors } = deserializeSettings(properties);
    expect(errors).toEqual([]);
    expect(settings.ladder[3]).toMatchObject({
      id: 'reminder-2',
      channel: 'letter',
      offsetDays: 20,
    });
  });
});

describe('no option to charge consumers', () => {
  it('charges a consumer nothing even when old stored settings say chargeConsumers: true', () => {
    const properties = storedWith((json) => {
      json['penalties'] = { ...(json['penalties'] as object), chargeConsumers: true };
    });
    const { settings, errors } = deserializeSettings(properties);
    expect(errors).toEqual([]);
    expect(recoveryIndemnity('consumer', settings.penalties)).toBe(0);
    expect(recoveryIndemnity('trader', settings.penalties)).toBe(4000);
  });

  it('refuses chargeConsumers in a settings file as a field Relance does not know', () => {
    const result = validateSettings({ penalties: { chargeConsumers: false } });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'penalties.chargeConsumers',
        message: expect.stringMatching(/^Champ inconnu « chargeConsumers » dans penalties/),
      },
    ]);
  });
});
