import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../src/core/model';
import { defaultSettings } from '../../src/core/settings/settings';
import {
  deserializeSettings,
  serializeSettings,
  SETTINGS_TOO_LARGE,
} from '../../src/core/settings/settings-store';
import {
  isValidIban,
  isValidSiret,
  validateSettings,
} from '../../src/core/settings/settings-validate';
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

  it('falls back to the defaults with a French problem when the store is damaged', () => {
    const properties = serializeSettings(defaultSettings());
    delete properties['relance.settings.0'];
    const result = deserializeSettings(properties);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.errors[0]).toMatch(/incomplets/);
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
