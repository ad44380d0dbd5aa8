/**
 * The language of Relance's interface (the sidebar and the server's answers to it): French,
 * unless the user's Google account is set to English. Emails and letters do not follow it: they
 * take the client's language or the settings' default one.
 */
import type { Language } from '../model';

/** The account languages the interface is translated into, by primary language subtag. */
const TRANSLATED: Readonly<Record<string, Language>> = { en: 'en', fr: 'fr' };

/**
 * The interface language for the account's locale, as Session.getActiveUserLocale gives it
 * (« en », « fr », a region after a hyphen or an underscore: « en-GB », « en_US »): English for
 * an English account, French for any other, French being Relance's first language.
 */
export function interfaceLanguage(locale: string): Language {
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(TRANSLATED, primary) ? (TRANSLATED[primary] ?? 'fr') : 'fr';
}
