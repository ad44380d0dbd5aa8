import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/settings/settings';
import {
  columnOverridesFrom,
  instalmentsFrom,
  settingsFromForm,
  templateKey,
  type DefaultTexts,
  type SettingsFormValues,
} from '../../sidebar/settings-form';

const settings = defaultSettings();

/** The form as the settings screen shows the stored settings, untouched. */
function untouched(): SettingsFormValues {
  return {
    firm: { ...settings.firm },
    clientGapDays: String(settings.clientGapDays),
    chronicPayers: {
      earlyReminder: settings.chronicPayers.earlyReminder,
      daysBefore: String(settings.chronicPayers.daysBefore),
    },
    ladder: settings.ladder.map((step) => ({
      enabled: step.enabled,
      offsetDays: String(step.offsetDays),
      minGapDays: String(step.minGapDays),
    })),
    penalties: {
      mode: settings.penalties.mode,
      contractualRatePercent: String(settings.penalties.contractualRatePercent),
    },
    sending: {
      mode: settings.sending.mode,
      hour: String(settings.sending.hour),
      quotaReserve: String(settings.sending.quotaReserve),
      copyToSelf: settings.sending.copyToSelf,
      sendOnNonBusinessDays: settings.sending.sendOnNonBusinessDays,
      defaultLanguage: settings.sending.defaultLanguage,
    },
  };
}

const defaults: DefaultTexts = {
  'reminder-1': {
    fr: { subject: 'Facture impayée', body: 'Bonjour,' },
    en: { subject: 'Unpaid invoice', body: 'Hello,' },
  },
};

describe('the settings form → settings mapping', () => {
  it('gives back the stored settings when nothing was touched', () => {
    expect(settingsFromForm(settings, untouched(), {}, defaults)).toEqual(settings);
  });

  it('reads numbers, boxes and choices as the settings hold them', () => {
    const values = untouched();
    values.clientGapDays = '9';
    values.penalties = {
      mode: 'contractual',
      contractualRatePercent: '12.5',
    };
    values.sending = {
      ...values.sending,
      mode: 'preview',
      hour: '18',
      copyToSelf: true,
      defaultLanguage: 'en',
    };
    values.ladder[1] = { enabled: false, offsetDays: '4', minGapDays: '6' };
    const next = settingsFromForm(settings, values, {}, defaults);
    expect(next.clientGapDays).toBe(9);
    expect(next.penalties).toMatchObject({
      mode: 'contractual',
      contractualRatePercent: 12.5,
      indemnityCents: 4000,
    });
    expect(next.sending).toMatchObject({
      mode: 'preview',
      hour: 18,
      copyToSelf: true,
      defaultLanguage: 'en',
    });
    expect(next.ladder[1]).toEqual({
      ...settings.ladder[1],
      enabled: false,
      offsetDays: 4,
      minGapDays: 6,
    });
    expect(next.ladder[0]).toEqual(settings.ladder[0]);
  });

  it('falls back to the legal rate, sending and French for an unknown choice', () => {
    const values = untouched();
    values.penalties.mode = 'whatever';
    values.sending.mode = '';
    values.sending.defaultLanguage = 'de';
    const next = settingsFromForm(settings, values, {}, defaults);
    expect([next.penalties.mode, next.sending.mode, next.sending.defaultLanguage]).toEqual([
      'legal',
      'send',
      'fr',
    ]);
  });

  it('keeps an edited message as an override, and no override for an edit back to the default', () => {
    const edits = {
      [templateKey('reminder-1', 'en')]: { subject: 'Overdue', body: 'Hello,' },
      [templateKey('reminder-1', 'fr')]: { subject: 'Facture impayée', body: 'Bonjour,' },
    };
    const next = settingsFromForm(settings, untouched(), edits, defaults);
    expect(next.templates).toEqual({
      ...settings.templates,
      'reminder-1': { en: { subject: 'Overdue', body: 'Hello,' } },
    });
  });
});

describe('the set-up and answer forms', () => {
  it('overrides only the columns whose header the user changed', () => {
    const mapping = [
      { key: 'amount', header: 'Montant TTC' },
      { key: 'email', header: null },
      { key: 'client', header: 'Client' },
    ];
    const typed: Record<string, string> = { amount: ' À payer ', email: '', client: 'Client' };
    expect(columnOverridesFrom(mapping, (key) => typed[key] ?? '')).toEqual({ amount: 'À payer' });
  });

  it('reads one instalment per line, dates and amounts in French', () => {
    expect(
      instalmentsFrom('15/04/2026 ; 500,00\n\n15/05/2026;1 250,5\nplus tard ; beaucoup'),
    ).toEqual([
      { date: '2026-04-15', amountCents: 50000 },
      { date: '2026-05-15', amountCents: 125050 },
      { date: '', amountCents: 0 },
    ]);
  });
});
