/**
 * The sidebar's interface language, given by the server with its first answer (getSidebarState,
 * decided by src/core/words/interface-language.ts), and the texts in it: every screen takes its
 * words from the catalogue through here. French until the server has answered.
 */
import type { Language } from '../src/core/model';
import type { Entry } from '../src/core/words/catalogue';
import { SIDEBAR_WORDS } from '../src/core/words/sidebar';

let current: Language = 'fr';

export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
}

/** The interface language. */
export function language(): Language {
  return current;
}

/** An entry of the catalogue in the interface language. */
export function inLanguage<T>(entry: Entry<T>): T {
  return entry[current];
}

type SidebarWords = typeof SIDEBAR_WORDS;
type Words = { [K in keyof SidebarWords]: SidebarWords[K][Language] };

const byLanguage = new Map<Language, Words>();

/** The sidebar's words in the interface language: `words().sendAll(3)`. */
export function words(): Words {
  let found = byLanguage.get(current);
  if (found === undefined) {
    found = Object.fromEntries(
      Object.entries(SIDEBAR_WORDS).map(([id, entry]) => [id, entry[current]]),
    ) as Words;
    byLanguage.set(current, found);
  }
  return found;
}
