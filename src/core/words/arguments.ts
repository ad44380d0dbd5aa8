/**
 * How an entry point refuses an argument (plan/entry-arguments.ts): one sentence naming what was
 * expected and what came. It reaches the sidebar's failure handler and the CLI in French.
 */
import type { Entry } from './catalogue';

/** What an argument should have been: « un texte », « a text ». */
export const EXPECTED_ARGUMENTS = {
  text: { fr: 'un texte', en: 'a text' },
  flag: { fr: 'true ou false', en: 'true or false' },
  number: { fr: 'un nombre', en: 'a number' },
  object: { fr: 'un objet', en: 'an object' },
  list: { fr: 'une liste', en: 'a list' },
  textList: { fr: 'une liste de textes', en: 'a list of texts' },
} as const satisfies Record<string, Entry<string>>;

export const ARGUMENT_WORDS = {
  wholeNumberBetween: {
    fr: (min: number, max: number) => `un nombre entier entre ${min} et ${max}`,
    en: (min: number, max: number) => `a whole number between ${min} and ${max}`,
  },
  oneOfValues: {
    fr: (values: readonly string[]) => `l’une des valeurs ${values.join(', ')}`,
    en: (values: readonly string[]) => `one of the values ${values.join(', ')}`,
  },
  /** What came instead, shown briefly (a list or an object: as EXPECTED_ARGUMENTS names them). */
  shownText: {
    fr: (text: string) => `le texte « ${text} »`,
    en: (text: string) => `the text « ${text} »`,
  },
  shownNothing: { fr: 'rien', en: 'nothing' },
  shownValue: {
    fr: (value: string) => `la valeur ${value}`,
    en: (value: string) => `the value ${value}`,
  },
  refused: {
    fr: (name: string, expected: string, shown: string) =>
      `Argument « ${name} » refusé : il faut ${expected}, reçu ${shown}.`,
    en: (name: string, expected: string, shown: string) =>
      `Argument « ${name} » refused: ${expected} is expected, got ${shown}.`,
  },
  tooMany: {
    fr: (name: string, most: number, got: number) =>
      `Trop d’arguments pour ${name} : au plus ${most}, reçu ${got}.`,
    en: (name: string, most: number, got: number) =>
      `Too many arguments for ${name}: at most ${most}, got ${got}.`,
  },
} as const satisfies Record<string, Entry<unknown>>;
