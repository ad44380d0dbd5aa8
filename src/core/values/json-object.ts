/** A value read from JSON or from a caller: an object with named fields, not an array or null. */
export type JsonObject = Record<string, unknown>;

/** True for a plain object (`{…}`): not null, not an array, not a primitive. */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
