/** An amount in euro cents, always an integer. */
export type Cents = number & { readonly __brand: 'Cents' };

export const ZERO_CENTS = 0 as Cents;

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const value of values) total += value;
  return total as Cents;
}

/** a − b, e.g. what is left of an invoice once paid. */
export function subtractCents(a: Cents, b: Cents): Cents {
  return (a - b) as Cents;
}

/**
 * French amounts are written "1 234,56 €": a no-break space (U+00A0) between thousands and
 * before the sign; English ones "€1,234.56". Our own code: Apps Script's Intl locale data is not
 * to be relied on.
 */
export function formatEuros(amount: Cents, language: 'fr' | 'en' = 'fr'): string {
  const absolute = Math.abs(amount);
  const units = Math.floor(absolute / 100);
  const { group, write } = EUROS[language];
  const grouped = String(units).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return write(amount < 0 ? '-' : '', grouped, String(absolute % 100).padStart(2, '0'));
}

/**
 * How each language writes euros (values sit below words in the core's order, so this table
 * lives here rather than in the catalogue).
 */
const EUROS: Record<'fr' | 'en', { group: string; write: (...parts: string[]) => string }> = {
  fr: { group: '\u00a0', write: (sign, units, cents) => `${sign}${units},${cents}\u00a0€` },
  en: { group: ',', write: (sign, units, cents) => `${sign}€${units}.${cents}` },
};

/** cents × rate (percent) × days / 365, exact before the one rounding: half up to the cent. */
export function roundHalfUp(value: number): Cents {
  return (Math.sign(value) * Math.round(Math.abs(value) + 1e-9)) as Cents;
}
