/**
 * How the offline facades are held to Google's published signatures
 * (@types/google-apps-script): each facade `satisfies Facade<GoogleInterface, 'method' | …>`.
 * A method Google renamed or removed, or a parameter whose type no longer accepts Google's,
 * fails the typecheck. Results are checked when they are plain values; objects returned are
 * checked where their own facade is built.
 */
type Plain<R> = R extends number
  ? number extends R
    ? number
    : unknown // Google's enums are typed as numbers; the runtime gives their names
  : R extends string | boolean | null | undefined | void
    ? R
    : unknown;

export type Facade<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Plain<R> : T[P];
};

/**
 * Members named as Google names them, where Google's types are narrower than what the reference
 * documents: an enum, which the runtime answers by name (Trigger#getEventType,
 * AuthorizationInfo#getAuthorizationStatus), or a documented null that the types leave out
 * (AuthorizationInfo#getAuthorizationUrl: "null if no authorization is required"). A name Google
 * does not have fails the typecheck; its signature is not compared.
 */
export type NamedAs<T> = { [P in keyof T]?: unknown };
