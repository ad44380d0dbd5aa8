/**
 * The sidebar's language, decided on each call: the user's Google account language, English or
 * French (core/words/interface-language.ts). The sidebar gets it with its first call.
 */
import type { Language } from '../../core/model';
import { WordedError } from '../../core/words/catalogue';
import { interfaceLanguage } from '../../core/words/interface-language';
import { activeUserLocale } from '../adapters/session';

/** The interface language of this execution. */
export function uiLanguage(): Language {
  return interfaceLanguage(activeUserLocale());
}

/**
 * A sidebar call whose own errors (WordedError: the adapters' Drive and tab errors, a template's
 * faults) reach the sidebar in the interface language; Google's errors pass as they are.
 */
export function inInterfaceLanguage<F extends (...args: never[]) => unknown>(work: F): F {
  const spoken = (...args: Parameters<F>): unknown => {
    try {
      return work(...args);
    } catch (error) {
      if (error instanceof WordedError) throw new Error(error.text[uiLanguage()]);
      throw error;
    }
  };
  return spoken as F;
}
