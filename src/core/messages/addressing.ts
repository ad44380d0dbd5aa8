/**
 * How a message addresses its reader: the « Civilité » column read in French or English, the
 * letter's opening (« Madame, », « Monsieur, » or « Madame, Monsieur, », never a first name and
 * surname followed by a comma), the « À l’attention de » line and an email's greeting.
 */
import type { Civility, Language } from '../model';
import { normalizeKey } from '../values/parse-values';

const CIVILITIES: Record<string, Civility> = {
  m: 'monsieur',
  mr: 'monsieur',
  monsieur: 'monsieur',
  mister: 'monsieur',
  sir: 'monsieur',
  mme: 'madame',
  madame: 'madame',
  mlle: 'madame',
  mademoiselle: 'madame',
  mrs: 'madame',
  ms: 'madame',
  miss: 'madame',
  madam: 'madame',
};

/** « M. », « Mme », « Madame », « Mr », « Mrs », « Ms »…; undefined for anything else. */
export function parseCivility(text: string): Civility | undefined {
  return CIVILITIES[normalizeKey(text).replace(/\s+/g, '')];
}

const TITLE: Record<Language, Record<Civility, string>> = {
  fr: { madame: 'Madame', monsieur: 'Monsieur' },
  en: { madame: 'Ms', monsieur: 'Mr' },
};

/** The opening line of a letter or a formal email. */
export function salutation(civility: Civility | undefined, language: Language): string {
  if (language === 'en')
    return civility === undefined
      ? 'Dear Sir or Madam,'
      : civility === 'madame'
        ? 'Dear Madam,'
        : 'Dear Sir,';
  return civility === undefined ? 'Madame, Monsieur,' : `${TITLE.fr[civility]},`;
}

/** « À l’attention de Madame Claire Martin », or '' without a contact. */
export function attentionLine(
  contact: string | undefined,
  civility: Civility | undefined,
  language: Language,
): string {
  if (contact === undefined || contact === '') return '';
  const name = civility === undefined ? contact : `${TITLE[language][civility]} ${contact}`;
  return language === 'fr' ? `À l’attention de ${name}` : `For the attention of ${name}`;
}

/** An email's first words: « Bonjour Claire Martin, », or « Bonjour, » without a contact. */
export function greeting(contact: string | undefined, language: Language): string {
  if (language === 'en')
    return contact === undefined || contact === '' ? 'Dear Sir or Madam,' : `Dear ${contact},`;
  return contact === undefined || contact === '' ? 'Bonjour,' : `Bonjour ${contact},`;
}
