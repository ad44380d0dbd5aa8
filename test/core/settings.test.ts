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
import example from '../../samples/settings.example.json';

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
        'firstStepCap',
        'ladder',
        'ladder[1].offsetDays',
        'penalties.indemnityCents',
        'penalties.chargeConsumers',
        'sending.hour',
      ]);
      expect(result.errors[0]?.message).toMatch(/^Le SIRET doit compter 14 chiffres/);
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
      { path: 'chronicPayers.earlyReminder', message: 'Ce champ doit valoir true ou false.' },
      {
        path: 'chronicPayers.daysBefore',
        message: 'Le rappel anticipé doit partir entre 1 et 30 jours avant l’échéance.',
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
      'relance-1': {
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
    expect(result.errors[0]).toMatch(/incomplets.*mode aperçu \(rien n’est envoyé\)/);
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
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Paramètre refusé \(clientGapDays\) : .* les autres paramètres sont gardés\.$/,
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
    settings.templates = { 'relance-1': { fr: { subject: 'x', body: 'x'.repeat(450 * 1024) } } };
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
        message: expect.stringMatching(/Toutes les étapes .* désactivées/),
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
    expect(ok.ok && ok.settings.templates['relance-1']?.fr?.subject).toBe('Rappel');
  });
});
