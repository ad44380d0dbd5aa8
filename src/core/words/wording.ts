/** Small pieces of wording every text shares: plurals, lists, percentages. */
import type { Language } from '../model';

/**
 * « 1 facture », « 2 factures »: the noun agrees with its number. Given the language, French
 * keeps a number below two in the singular (« 0 envoi »), English only one (« 0 invoices »).
 */
export function countOf(
  count: number,
  forms: readonly [string, string],
  language?: Language,
): string {
  const singular = language === 'fr' ? Math.abs(count) < 2 : count === 1;
  return `${count} ${singular ? forms[0] : forms[1]}`;
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

/** « 4 000 » (no-break space) in French, « 4,000 » in English. */
export function groupDigits(count: number, language: Language): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? '\u00a0' : ',');
}
