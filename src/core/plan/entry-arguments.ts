/**
 * The arguments of the public entry points (the sidebar's google.script.run calls, `relance call`)
 * read once at the boundary: a wrong value is refused with one French sentence naming what was
 * expected, never a TypeError from deep inside. On Google, the sentence reaches the sidebar's
 * failure handler as the error's message.
 */
import { isJsonObject, type JsonObject } from '../values/json-object';
import { nearestNames } from '../values/nearest-names';
import { ARGUMENT_WORDS, EXPECTED_ARGUMENTS } from '../words/arguments';
import { SETTINGS_WORDS } from '../words/settings';

/** The name a program can test across realms (the bundle runs in its own `vm` context offline). */
export const ENTRY_ARGUMENT_ERROR = 'RelanceArgumentError';

export class EntryArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = ENTRY_ARGUMENT_ERROR;
  }
}

/** True for an EntryArgumentError from any realm (`instanceof` fails across `vm` contexts). */
export function isEntryArgumentError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === ENTRY_ARGUMENT_ERROR
  );
}

/** Reads one argument: returns it typed, or throws an EntryArgumentError in French. */
export type ArgumentReader<T> = (value: unknown, name: string) => T;

const refuse = (name: string, expected: string, value: unknown): never => {
  throw new EntryArgumentError(ARGUMENT_WORDS.refused.fr(name, expected, shown(value)));
};

function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return EXPECTED_ARGUMENTS.list.fr;
  if (typeof value === 'object') return EXPECTED_ARGUMENTS.object.fr;
  if (typeof value === 'string') return ARGUMENT_WORDS.shownText.fr(value.slice(0, 40));
  if (typeof value === 'undefined') return ARGUMENT_WORDS.shownNothing.fr;
  return ARGUMENT_WORDS.shownValue.fr(String(value).slice(0, 40));
}

export const text: ArgumentReader<string> = (value, name) =>
  typeof value === 'string' ? value : refuse(name, EXPECTED_ARGUMENTS.text.fr, value);

export const bool: ArgumentReader<boolean> = (value, name) =>
  typeof value === 'boolean' ? value : refuse(name, EXPECTED_ARGUMENTS.flag.fr, value);

export function integer(min: number, max: number): ArgumentReader<number> {
  return (value, name) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? value
      : refuse(name, ARGUMENT_WORDS.wholeNumberBetween.fr(min, max), value);
}

export const finiteNumber: ArgumentReader<number> = (value, name) =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : refuse(name, EXPECTED_ARGUMENTS.number.fr, value);

/** Any plain object: its fields are read by the function it is passed to. */
export const plainObject: ArgumentReader<JsonObject> = (value, name) =>
  isJsonObject(value) ? value : refuse(name, EXPECTED_ARGUMENTS.object.fr, value);

export const textList: ArgumentReader<string[]> = (value, name) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? (value as string[])
    : refuse(name, EXPECTED_ARGUMENTS.textList.fr, value);

export function optional<T>(reader: ArgumentReader<T>): ArgumentReader<T | undefined> {
  return (value, name) => (value === undefined ? undefined : reader(value, name));
}

export function oneOf<T extends string>(values: readonly T[]): ArgumentReader<T> {
  return (value, name) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as T)
      : refuse(name, ARGUMENT_WORDS.oneOfValues.fr(values), value);
}

type Shape = Record<string, ArgumentReader<unknown>>;
type ShapeOf<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/**
 * An object whose named fields each pass their reader; fields the shape does not name are
 * refused, with the nearest known name, so a typo never passes for an absent field.
 */
export function record<S extends Shape>(shape: S): ArgumentReader<ShapeOf<S>> {
  return (value, name) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return refuse(name, EXPECTED_ARGUMENTS.object.fr, value);
    const input = value as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      if (!(key in shape))
        throw new EntryArgumentError(unknownKeyMessage(name, key, Object.keys(shape)));
    }
    const result: Record<string, unknown> = {};
    for (const [key, reader] of Object.entries(shape)) {
      const field = reader(input[key], `${name}.${key}`);
      if (field !== undefined) result[key] = field;
    }
    return result as ShapeOf<S>;
  };
}

export function listOf<T>(reader: ArgumentReader<T>): ArgumentReader<T[]> {
  return (value, name) =>
    Array.isArray(value)
      ? value.map((item: unknown, i) => reader(item, `${name}[${i}]`))
      : refuse(name, EXPECTED_ARGUMENTS.list.fr, value);
}

export function unknownKeyMessage(where: string, key: string, known: readonly string[]): string {
  return SETTINGS_WORDS.unknownField.fr(key, where, nearestNames(key, known));
}

/**
 * Checks the arguments of an entry point before it runs: one reader per parameter, in order;
 * extra arguments are refused too (`relance call … sendActions 42 43`). The function keeps its
 * own signature, which the sidebar's typed client reads.
 */
export function withArguments<F extends (...args: never[]) => unknown>(
  name: string,
  readers: readonly ArgumentReader<unknown>[],
  fn: F,
): F {
  const checked = (...args: unknown[]): unknown => {
    if (args.length > readers.length)
      throw new EntryArgumentError(ARGUMENT_WORDS.tooMany.fr(name, readers.length, args.length));
    const read = readers.map((reader, i) => reader(args[i], `${name}#${i + 1}`));
    return fn(...(read as Parameters<F>));
  };
  return checked as unknown as F;
}
