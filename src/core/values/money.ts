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

/** cents × rate (percent) × days / 365, exact before the one rounding: half up to the cent. */
export function roundHalfUp(value: number): Cents {
  return (Math.sign(value) * Math.round(Math.abs(value) + 1e-9)) as Cents;
}
