/** An amount in euro cents, always an integer. */
export type Cents = number & { readonly __brand: 'Cents' };

export const ZERO_CENTS = 0 as Cents;

export const MONEY_ERRORS = {
  notInteger: 'An amount in cents must be a safe integer.',
} as const;

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${MONEY_ERRORS.notInteger} (${value})`);
  return value as Cents;
}

export function addCents(a: Cents, b: Cents): Cents {
  return (a + b) as Cents;
}

export function subtractCents(a: Cents, b: Cents): Cents {
  return (a - b) as Cents;
}
