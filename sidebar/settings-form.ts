/**
 * From what the user typed in the sidebar's forms to what the server receives, with no DOM:
 * the settings screen's fields onto the settings, the edited message texts onto the template
 * overrides, the set-up's column headers onto the column overrides, an instalment list onto
 * dated amounts. The server validates the result; nothing here refuses a value.
 */
import type { FirmIdentity, Settings } from '../src/core/settings/settings';
import { isLanguage, type Language } from '../src/core/model';
import { formatIsoDay } from '../src/core/values/day';
import { parseAmount, parseDay } from '../src/core/values/parse-values';

/** The settings screen's fields as the form holds them: text for numbers, booleans for boxes. */
export interface SettingsFormValues {
  firm: FirmIdentity;
  clientGapDays: string;
  chronicPayers: { earlyReminder: boolean; daysBefore: string };
  /** One entry per ladder step, in the settings' order. */
  ladder: { enabled: boolean; offsetDays: string; minGapDays: string }[];
  penalties: { mode: string; contractualRatePercent: string };
  sending: {
    mode: string;
    hour: string;
    quotaReserve: string;
    copyToSelf: boolean;
    sendOnNonBusinessDays: boolean;
    defaultLanguage: string;
  };
}

export interface MessageText {
  subject: string;
  body: string;
}

/** The default subject and body of each step, in each language (getDefaultTexts). */
export type DefaultTexts = Record<string, Record<Language, MessageText>>;

/** Texts the user edited in the template editor, by `templateKey(step, language)`. */
export type TemplateEdits = Record<string, MessageText>;

export const templateKey = (step: string, language: string): string => `${step}|${language}`;

/**
 * The template overrides once the edits are in: an edit that equals the default text is no
 * override and leaves the stored one as it was.
 */
export function templatesWithEdits(
  templates: Settings['templates'],
  edits: TemplateEdits,
  defaults: DefaultTexts,
): Settings['templates'] {
  const next: Settings['templates'] = { ...templates };
  for (const [key, text] of Object.entries(edits)) {
    const [step = '', language = 'fr'] = key.split('|');
    const original = defaults[step]?.[language as Language];
    if (original !== undefined && original.subject === text.subject && original.body === text.body)
      continue;
    next[step] = { ...(next[step] ?? {}), [language]: { subject: text.subject, body: text.body } };
  }
  return next;
}

/** The settings the settings screen asks the server to save. */
export function settingsFromForm(
  settings: Settings,
  values: SettingsFormValues,
  edits: TemplateEdits,
  defaults: DefaultTexts,
): Settings {
  return {
    ...settings,
    firm: values.firm,
    clientGapDays: Number(values.clientGapDays),
    chronicPayers: {
      earlyReminder: values.chronicPayers.earlyReminder,
      daysBefore: Number(values.chronicPayers.daysBefore),
    },
    ladder: settings.ladder.map((step, i) => ({
      ...step,
      enabled: values.ladder[i]?.enabled ?? step.enabled,
      offsetDays: Number(values.ladder[i]?.offsetDays ?? step.offsetDays),
      minGapDays: Number(values.ladder[i]?.minGapDays ?? step.minGapDays),
    })),
    penalties: {
      ...settings.penalties,
      mode: values.penalties.mode === 'contractual' ? 'contractual' : 'legal',
      contractualRatePercent: Number(values.penalties.contractualRatePercent),
    },
    sending: {
      ...settings.sending,
      mode: values.sending.mode === 'preview' ? 'preview' : 'send',
      hour: Number(values.sending.hour),
      quotaReserve: Number(values.sending.quotaReserve),
      copyToSelf: values.sending.copyToSelf,
      sendOnNonBusinessDays: values.sending.sendOnNonBusinessDays,
      defaultLanguage: isLanguage(values.sending.defaultLanguage)
        ? values.sending.defaultLanguage
        : 'fr',
    },
    templates: templatesWithEdits(settings.templates, edits, defaults),
  };
}

/** The set-up's column headers that differ from the detected ones, by logical column. */
export function columnOverridesFrom(
  mapping: readonly { key: string; header: string | null }[],
  typed: (key: string) => string,
): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const column of mapping) {
    const value = typed(column.key).trim();
    if (value !== '' && value !== (column.header ?? '')) overrides[column.key] = value;
  }
  return overrides;
}

/**
 * "15/04/2026 ; 500,00" per line → ISO days and cents. An unreadable date stays '' and an
 * unreadable amount 0, so that the server names the line to fix.
 */
export function instalmentsFrom(text: string): { date: string; amountCents: number }[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [date = '', amount = ''] = line.split(';');
      const day = parseDay(date.trim());
      return {
        date: day === undefined ? '' : formatIsoDay(day),
        amountCents: parseAmount(amount.trim()) ?? 0,
      };
    });
}
