/**
 * The shape an offline facade must keep: for each method it emulates, Google's parameters and
 * Google's return type (from @types/google-apps-script) where they are plain values. A facade
 * that `implements Emulates<GoogleAppsScript.X.Y, 'a' | 'b'>` stops compiling when its signature
 * drifts from Google's. Where Google passes or returns one of its own objects (a Range, a
 * DataValidation), the facade passes its own: those positions are not compared. For an
 * overloaded method, the last overload of the declaration is the one checked.
 */
type Plain = string | number | boolean | null | undefined | void | Date;

/** A plain value, or an array (of arrays) of plain values. */
type IsPlain<T> = [T] extends [Plain]
  ? true
  : [T] extends [readonly (infer E)[]]
    ? [E] extends [Plain]
      ? true
      : [E] extends [readonly (infer F)[]]
        ? [F] extends [Plain]
          ? true
          : false
        : false
    : false;

type EmulatedParams<A extends unknown[]> = {
  [I in keyof A]: IsPlain<A[I]> extends true ? A[I] : never;
};
type EmulatedReturn<R> = IsPlain<R> extends true ? R : unknown;

export type Emulates<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R
    ? (...args: EmulatedParams<A>) => EmulatedReturn<R>
    : T[P];
};
