/** Settings live in the document properties, split in chunks under the 9 KB value limit. */
import type { Settings } from '../../core/settings/settings';
import type { Entry } from '../../core/words/catalogue';
import { deserializeSettings, serializeSettings } from '../../core/settings-input/settings-store';

export interface LoadedSettings {
  settings: Settings;
  /** What the store held that was refused, in French and English. */
  problems: Entry<string>[];
}

/** Set once the user saved the first settings: the sidebar then opens on the day's work. */
const SETUP_DONE = 'relance.setupDone';

export function isSetupDone(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(SETUP_DONE) === 'true';
}

export function markSetupDone(): void {
  PropertiesService.getDocumentProperties().setProperty(SETUP_DONE, 'true');
}

/**
 * A script property the publisher sets for every user of the add-on (docs/publishing.md); ''
 * when unset.
 */
export function publisherProperty(name: string): string {
  return (PropertiesService.getScriptProperties().getProperty(name) ?? '').trim();
}

export function loadSettings(): LoadedSettings {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const { settings, errors } = deserializeSettings(stored);
  return { settings, problems: errors };
}

export function saveSettings(settings: Settings): void {
  const properties = PropertiesService.getDocumentProperties();
  const chunks = serializeSettings(settings);
  const stale = properties
    .getKeys()
    .filter((key) => key.startsWith('relance.settings.') && !(key in chunks));
  properties.setProperties(chunks);
  for (const key of stale) properties.deleteProperty(key);
}
