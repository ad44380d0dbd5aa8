/**
 * How a message addresses its reader: the « Civilité » column read in French or English, the
 * letter's opening (« Madame, », « Monsieur, » or « Madame, Monsieur, », never a first name and
 * surname followed by a comma), the « À l’attention de » line and an email's greeting.
 */
import type { Civility, Language } from '../model';
import { normalizeKey } from '../values/keys';
import { WORDS } from './catalogue';

const CIVILITIES: Record<string, Civility> = {
  m: 'sir',
  mr: 'sir',
  monsieur: 'sir',
  mister: 'sir',
  sir: 'sir',
  mme: 'madam',
  madame: 'madam',
  mlle: 'madam',
  mademoiselle: 'madam',
  mrs: 'madam',
  ms: 'madam',
  miss: 'madam',
  madam: 'madam',
};

/** « M. », « Mme », « Madame », « Mr », « Mrs », « Ms »…; undefined for anything else. */
export function parseCivility(text: string): Civility | undefined {
  return CIVILITIES[normalizeKey(text).replace(/\s+/g, '')];
}

const TITLE: Record<Language, Record<Civility, string>> = {
  fr: { madam: 'Madame', sir: 'Monsieur' },
  en: { madam: 'Ms', sir: 'Mr' },
};

/** The opening line of a letter or a formal email. */
export function salutation(civility: Civility | undefined, language: Language): string {
  return WORDS.salutation[language](civility);
}

/**
 * A professional title written before a contact's name: it replaces Madame / Monsieur. `counsel`
 * is Maître, the title of avocats, notaires and commissaires de justice.
 */
type Title = 'doctor' | 'professor' | 'counsel';

const TITLES: Record<string, Title> = {
  dr: 'doctor',
  docteur: 'doctor',
  doctor: 'doctor',
  pr: 'professor',
  professeur: 'professor',
  prof: 'professor',
  professor: 'professor',
  me: 'counsel',
  maitre: 'counsel',
};

const TITLE_WORDS: Record<Language, Record<Title, string>> = {
  fr: { doctor: 'Docteur', professor: 'Professeur', counsel: 'Maître' },
  en: { doctor: 'Dr', professor: 'Professor', counsel: 'Maître' },
};

/** « Dr », « Docteur », « Pr », « Me », « Maître »…: a title, or undefined for anything else. */
export function parseTitle(text: string): Title | undefined {
  return TITLES[normalizeKey(text).replace(/\s+/g, '')];
}

interface ContactName {
  title?: Title;
  civility?: Civility;
  /** The name without its title: « Anne Petit ». */
  name: string;
  /** The name without its first given name, when it has two words or more: « Petit ». */
  surname?: string;
}

/** « Dr. Anne Petit » → title doctor, name « Anne Petit », surname « Petit ». */
function contactName(contact: string, civility: Civility | undefined): ContactName {
  const words = contact.trim().split(/\s+/);
  const first = normalizeKey(words[0] ?? '').replace(/\./g, '');
  const title = TITLES[first];
  const written = title === undefined ? parseCivility(words[0] ?? '') : undefined;
  const rest = title !== undefined || written !== undefined ? words.slice(1) : words;
  const result: ContactName = { name: rest.join(' ') };
  if (title !== undefined) result.title = title;
  const known = civility ?? written;
  if (known !== undefined) result.civility = known;
  if (rest.length >= 2) result.surname = rest.slice(1).join(' ');
  return result;
}

/** « À l’attention de Madame Claire Martin », « du Docteur Anne Petit », or '' without a contact. */
export function attentionLine(
  contact: string | undefined,
  civility: Civility | undefined,
  language: Language,
): string {
  if (contact === undefined || contact.trim() === '') return '';
  const parts = contactName(contact, civility);
  if (parts.title !== undefined) {
    return WORDS.attentionTitled[language](TITLE_WORDS[language][parts.title], parts.name);
  }
  const name =
    parts.civility === undefined ? parts.name : `${TITLE[language][parts.civility]} ${parts.name}`;
  return WORDS.attention[language](name);
}

/**
 * An email's first words: « Bonjour Docteur, », « Bonjour Madame Petit, » (a civility and the
 * surname, never a title and a first name), « Bonjour Claire Martin, » without a civility, or
 * « Bonjour, » without a contact.
 */
export function greeting(
  contact: string | undefined,
  civility: Civility | undefined,
  language: Language,
): string {
  if (contact === undefined || contact.trim() === '') return WORDS.greetingNoContact[language];
  const parts = contactName(contact, civility);
  const surname = parts.surname ?? parts.name;
  if (parts.title !== undefined)
    return WORDS.greetingTitled[language](TITLE_WORDS[language][parts.title], surname);
  if (parts.civility !== undefined)
    return WORDS.greetingCivil[language](TITLE[language][parts.civility], surname);
  return WORDS.greetingNamed[language](parts.name);
}
