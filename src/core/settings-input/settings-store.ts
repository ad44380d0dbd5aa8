/**
 * Settings in the document properties. One property value holds at most 9 KB and a store 500 KB
 * (Quotas for Google Services); the JSON is split into chunks counted in UTF-8 bytes, under keys
 * relance.settings.0 … n, with relance.settings.count saying how many.
 */
import type { Settings } from '../settings/settings';
import { defaultSettings } from '../settings/settings';
import { validateSettings } from './settings-validate';
import { withStoredStepIds } from './stored-step-ids';
import type { Entry } from '../words/catalogue';
import { SETTINGS_WORDS } from '../words/settings';

export const SETTINGS_PREFIX = 'relance.settings.';
export const SETTINGS_COUNT_KEY = `${SETTINGS_PREFIX}count`;
/** Below the 9 KB limit, with room for the key. */
export const CHUNK_BYTES = 8 * 1024;
/** Well under the 500 KB store, leaving room for the checkpoint and other properties. */
export const SETTINGS_MAX_BYTES = 400 * 1024;

export const SETTINGS_TOO_LARGE = SETTINGS_WORDS.tooLarge.fr;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Splits on character boundaries so that no chunk exceeds `maxBytes` in UTF-8. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (currentBytes + size > maxBytes) {
      chunks.push(current);
      current = '';
      currentBytes = 0;
    }
    current += ch;
    currentBytes += size;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

export function serializeSettings(settings: Settings): Record<string, string> {
  const json = JSON.stringify(withStoredStepIds(settings));
  if (utf8Length(json) > SETTINGS_MAX_BYTES) throw new Error(SETTINGS_TOO_LARGE);
  const chunks = splitUtf8(json, CHUNK_BYTES);
  const properties: Record<string, string> = { [SETTINGS_COUNT_KEY]: String(chunks.length) };
  chunks.forEach((chunk, i) => {
    properties[`${SETTINGS_PREFIX}${i}`] = chunk;
  });
  return properties;
}

/**
 * Never fails: a missing store gives the defaults. A damaged store gives the defaults in preview
 * mode (nothing is sent until the user saves the settings again: the defaults would send), and a
 * wrong field its own default, with a problem, the other fields kept.
 */
export function deserializeSettings(properties: Record<string, string>): {
  settings: Settings;
  /** What was refused, in French and English (the Suivi writes one, the sidebar shows its own). */
  errors: Entry<string>[];
} {
  const countText = properties[SETTINGS_COUNT_KEY];
  if (countText === undefined) return { settings: defaultSettings(), errors: [] };
  const json = joinChunks(properties, Number(countText));
  let parsed: unknown;
  try {
    parsed = json === undefined ? undefined : JSON.parse(json);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined)
    return { settings: previewDefaults(), errors: [SETTINGS_WORDS.storeDamaged] };
  const result = validateSettings(parsed, { unknownKeys: 'ignore' });
  if (result.ok) return { settings: result.settings, errors: [] };
  // The same reading in English, for the English sidebar: the same fields, in the same order.
  const english = validateSettings(parsed, { unknownKeys: 'ignore', language: 'en' });
  const englishErrors = english.ok ? [] : english.errors;
  return {
    settings: result.settings,
    errors: result.errors.map((e, i) => {
      const en = englishErrors[i] ?? e;
      return {
        fr: SETTINGS_WORDS.storedFieldRefused.fr(e.path, e.message),
        en: SETTINGS_WORDS.storedFieldRefused.en(en.path, en.message),
      };
    }),
  };
}

function joinChunks(properties: Record<string, string>, count: number): string | undefined {
  if (!Number.isInteger(count) || count < 1) return undefined;
  let json = '';
  for (let i = 0; i < count; i += 1) {
    const chunk = properties[`${SETTINGS_PREFIX}${i}`];
    if (chunk === undefined) return undefined;
    json += chunk;
  }
  return json;
}

function previewDefaults(): Settings {
  const settings = defaultSettings();
  settings.sending.mode = 'preview';
  return settings;
}
