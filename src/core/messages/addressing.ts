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
  dr: 'docteur',
  docteur: 'docteur',
  doctor: 'docteur',
};

/** « M. », « Mme », « Madame », « Dr », « Mr », « Mrs », « Ms »…; undefined for anything else. */
export function parseCivility(text: string): Civility | undefined {
  return CIVILITIES[normalizeKey(text).replace(/\s+/g, '')];
}

const TITLE: Record<Language, Record<Civility, string>> = {
  fr: { madame: 'Madame', monsieur: 'Monsieur', docteur: 'Docteur' },
  en: { madame: 'Ms', monsieur: 'Mr', docteur: 'Dr' },
};

const DEAR: Record<Civility, string> = {
  madame: 'Dear Madam,',
  monsieur: 'Dear Sir,',
  docteur: 'Dear Doctor,',
};

/** The opening line of a letter or a formal email. */
export function salutation(civility: Civility | undefined, language: Language): string {
  if (language === 'en') return civility === undefined ? 'Dear Sir or Madam,' : DEAR[civility];
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
  if (language === 'en') return `For the attention of ${name}`;
  // « de le Docteur » contracts to « du Docteur »; « de Madame », « de Monsieur » stay.
  return civility === 'docteur' ? `À l’attention du ${name}` : `À l’attention de ${name}`;
}

/** An email's first words: « Bonjour Claire Martin, », or « Bonjour, » without a contact. */
export function greeting(contact: string | undefined, language: Language): string {
  if (language === 'en')
    return contact === undefined || contact === '' ? 'Dear Sir or Madam,' : `Dear ${contact},`;
  return contact === undefined || contact === '' ? 'Bonjour,' : `Bonjour ${contact},`;
}
