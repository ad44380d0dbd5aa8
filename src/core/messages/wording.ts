/** Small pieces of wording every text shares: plurals, lists, percentages. */
import type { Language } from '../model';

/** « 1 facture », « 2 factures »: the noun agrees with its number. */
export function countOf(count: number, forms: readonly [string, string]): string {
  return `${count} ${count === 1 ? forms[0] : forms[1]}`;
}

/** Singular or plural form alone, for a sentence built around a count. */
export function plural<T>(count: number, one: T, many: T): T {
  return count === 1 ? one : many;
}

/** « a », « a et b », « a, b et c » (English: « a, b and c »). */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = language === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1] ?? ''}`;
}

/** « 12,15 % » in French (no-break space), « 12.15% » in English; at most two decimals. */
export function formatPercent(rate: number, language: Language): string {
  const text = (Math.round(rate * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return language === 'fr' ? `${text.replace('.', ',')}\u00a0%` : `${text}%`;
}
