/**
 * How the offline facades are held to Google's published signatures
 * (@types/google-apps-script): each facade `satisfies Facade<GoogleInterface, 'method' | …>`.
 * A method Google renamed or removed, or a parameter whose type no longer accepts Google's,
 * fails the typecheck. Results are checked when they are plain values; objects returned are
 * checked where their own facade is built.
 */
import type { createLockService } from './lock';

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

type Holds<T extends U, U> = T;

/** LockService, whose facade lives in lock.ts: held to Google's signatures here. */
export type LockServiceFacade = Holds<
  ReturnType<typeof createLockService>,
  Facade<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
>;
export type LockFacade = Holds<
  ReturnType<LockServiceFacade['getDocumentLock']>,
  Facade<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
>;
