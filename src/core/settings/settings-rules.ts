/**
 * What the settings schema checks beyond types, and how its refusals read: each message names the
 * field as the sidebar's settings screen labels it, in French or English.
 */
import { isLanguage, type Language } from '../model';
import { inBoth, type Entry } from '../words/catalogue';
import { SETTINGS_WORDS } from '../words/settings';

export type Words = Entry<string>;

/** The language a parse was asked in (valibot's `lang`), French unless English was asked. */
export const languageOf = (issue: { lang?: string | undefined }): Language =>
  isLanguage(issue.lang) ? issue.lang : 'fr';

/** A rule's message in the parse's language; the field's name is added where the path is known. */
export const rule =
  (words: Words) =>
  (issue: { lang?: string | undefined }): string =>
    words[languageOf(issue)];

export function between(min: number, max: number, unit: Words): Words {
  return {
    fr: SETTINGS_WORDS.between.fr(min, max, unit.fr),
    en: SETTINGS_WORDS.between.en(min, max, unit.en),
  };
}

export function oneOf(values: readonly string[]): Words {
  return inBoth(SETTINGS_WORDS.oneOf, values);
}

export const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i;
export const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/i;

/** SIRET: 14 digits with a Luhn check (La Poste's establishments excepted, which sum to a multiple of 5). */
export function isValidSiret(text: string): boolean {
  const digits = text.replace(/\s/g, '');
  if (!/^\d{14}$/.test(digits)) return false;
  if (digits.startsWith('356000000')) {
    return digits.split('').reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    let digit = Number(digits[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** IBAN: ISO 13616 mod-97 check. */
export function isValidIban(text: string): boolean {
  const iban = text.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
