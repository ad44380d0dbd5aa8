/** Small pieces of wording every text shares: counted nouns, lists, percentages. */
import type { Language } from '../model';
import { byCount, WORDS } from './catalogue';

/**
 * « 1 facture », « 2 factures »: the noun agrees with its number by the language's plural rule
 * (catalogue.ts): French keeps 0 and 1 in the singular (« 0 envoi »), English only 1.
 */
export function countOf(
  count: number,
  forms: readonly [string, string],
  language: Language,
): string {
  return `${count} ${byCount(count, language, forms[0], forms[1])}`;
}

/** « a », « a et b », « a, b et c » (English: « a, b and c »). */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${WORDS.listAnd[language]}${items[items.length - 1] ?? ''}`;
}

/** « 12,15 % » in French (no-break space), « 12.15% » in English; at most two decimals. */
export function formatPercent(rate: number, language: Language): string {
  const text = (Math.round(rate * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return WORDS.percent[language](text);
}

/** « 4 000 » (no-break space) in French, « 4,000 » in English. */
export function groupDigits(count: number, language: Language): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, WORDS.digitGroup[language]);
}

/** A sentence ended once: « reporté » → « reporté. », « reporté au prochain passage. » as it is. */
export function endSentence(text: string): string {
  return /[.!?…]$/u.test(text.trimEnd()) ? text.trimEnd() : `${text}.`;
}
