/** LockService, offline: a document lock shared by every process working on one workspace. */
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { CallMeter } from './meter';
import type { Facade } from './facade-types';

/**
 * https://developers.google.com/apps-script/reference/lock/lock — tryLock(timeoutInMillis)
 * "Attempts to acquire the lock, timing out after the provided number of milliseconds. This
 * method has no effect if the lock has already been acquired." waitLock throws
 * "Lock timeout: another process was holding the lock for too long." on timeout; releaseLock
 * "Releases the lock, allowing other processes waiting on the lock to continue." A lock is
 * released when its execution ends, however it ends.
 *
 * The lock is a real one: state/locks/<scope>.lock, created exclusively (O_EXCL) by the holder
 * and removed when it releases, so separate processes sharing a workspace exclude each other;
 * waits are in wall-clock time (the simulated clock of a run decides nothing: two runs dated
 * 07:00 and 09:00 of one day still exclude each other). A holder that died without releasing
 * (kill -9) leaves the file behind: it no longer holds the lock once its process is gone.
 */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';
const LOCK_POLL_MS = 25;
/** A holder older than this has outlived any Apps Script execution (30 min at most). */
const STALE_AFTER_MS = 30 * 60 * 1000;
/** A lock file still empty after this long belongs to a process that died while creating it. */
const EMPTY_GRACE_MS = 2_000;

interface LockHolder {
  pid: number;
  token: string;
  sinceMs: number;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/** Creates the lock file exclusively; false when another holder's file is there. */
function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * A holder writes its record right after creating the file: an empty file is a holder being
 * born (or one that died then); a file that is not a holder's record is nobody's lock.
 */
function isStale(path: string): boolean {
  let text: string;
  let ageMs: number;
  try {
    text = readFileSync(path, 'utf8');
    ageMs = Date.now() - statSync(path).mtimeMs;
  } catch {
    return false; // released meanwhile: the next attempt takes it
  }
  if (text === '') return ageMs > EMPTY_GRACE_MS;
  const holder = readHolder(path);
  if (holder === undefined || typeof holder.pid !== 'number') return true;
  return !processAlive(holder.pid) || Date.now() - holder.sinceMs > STALE_AFTER_MS;
}

/** Removes a dead holder's file, one breaker at a time, checking again under the breaker. */
function breakStale(path: string): void {
  const breaker = `${path}.break`;
  try {
    closeSync(openSync(breaker, 'wx'));
  } catch {
    try {
      if (Date.now() - statSync(breaker).mtimeMs > EMPTY_GRACE_MS) unlinkSync(breaker);
    } catch {
      // gone meanwhile
    }
    return;
  }
  try {
    if (isStale(path)) unlinkSync(path);
  } catch {
    // released meanwhile
  } finally {
    unlinkSync(breaker);
  }
}

/**
 * The document lock in simulated time, for executions the workspace clock plays one after the
 * other although they overlap on Google (src/local/clock.ts): each holding is kept with its
 * simulated start and end, and an execution that asks for the lock during another's holding
 * waits, in simulated time, until that one releases it or its own timeout passes, as tryLock
 * and waitLock do on Google.
 */
export interface LockCalendar {
  holds: { lock: string; fromMs: number; toMs: number }[];
}

export interface LockRegistry {
  /** Holdings of this execution: lock file → token. */
  held: Map<string, string>;
  /** When, in simulated time, this execution took each lock it holds. */
  since: Map<string, number>;
  now: () => number;
  calendar?: LockCalendar;
  release(path: string): void;
  releaseAll(): void;
}

export interface LockOptions {
  /** Called each time this execution takes a lock it did not hold (the runtime rereads then). */
  onAcquire?: () => void;
}

/** False after waiting the timeout out when another clock execution holds `path` past it. */
function waitForCalendar(
  path: string,
  meter: CallMeter,
  registry: LockRegistry,
  timeoutMs: number,
): boolean {
  const { calendar, now } = registry;
  if (calendar === undefined) return true;
  const at = now();
  const busyUntil = Math.max(
    at,
    ...calendar.holds.filter((h) => h.lock === path && h.fromMs <= at).map((h) => h.toMs),
  );
  if (busyUntil - at > timeoutMs) {
    meter.advance(timeoutMs);
    return false;
  }
  meter.advance(busyUntil - at);
  return true;
}

function acquirer(path: string, meter: CallMeter, registry: LockRegistry, options: LockOptions) {
  return (timeoutMs: number): boolean => {
    if (registry.held.has(path)) return true;
    if (!waitForCalendar(path, meter, registry, timeoutMs)) return false;
    const started = Date.now();
    const holder: LockHolder = { pid: process.pid, token: randomUUID(), sinceMs: started };
    try {
      for (;;) {
        if (tryCreate(path, { ...holder, sinceMs: Date.now() })) break;
        if (isStale(path)) breakStale(path);
        else if (Date.now() - started >= timeoutMs) return false;
        else sleepSync(Math.min(LOCK_POLL_MS, Math.max(1, timeoutMs - (Date.now() - started))));
      }
    } finally {
      meter.advance(Date.now() - started);
    }
    registry.held.set(path, holder.token);
    registry.since.set(path, registry.now());
    try {
      options.onAcquire?.();
    } catch (error) {
      registry.release(path);
      throw error;
    }
    return true;
  };
}

export function createLockService(
  lockDir: string,
  meter: CallMeter,
  registry: LockRegistry,
  options: LockOptions = {},
) {
  mkdirSync(lockDir, { recursive: true });
  const lock = (scope: 'document' | 'script' | 'user') => {
    const path = join(lockDir, `${scope}.lock`);
    const acquire = acquirer(path, meter, registry, options);
    return {
      tryLock: (timeoutInMillis: number) => {
        meter.record('LockService.Lock.tryLock');
        return acquire(timeoutInMillis);
      },
      waitLock: (timeoutInMillis: number) => {
        meter.record('LockService.Lock.waitLock');
        if (!acquire(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
      },
      releaseLock: () => {
        meter.record('LockService.Lock.releaseLock');
        registry.release(path);
      },
      hasLock: () => registry.held.has(path),
    } satisfies Facade<
      GoogleAppsScript.Lock.Lock,
      'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'
    >;
  };
  return {
    getDocumentLock: () => {
      meter.record('LockService.getDocumentLock');
      return lock('document');
    },
    getScriptLock: () => {
      meter.record('LockService.getScriptLock');
      return lock('script');
    },
    getUserLock: () => {
      meter.record('LockService.getUserLock');
      return lock('user');
    },
  } satisfies Facade<
    GoogleAppsScript.Lock.LockService,
    'getDocumentLock' | 'getScriptLock' | 'getUserLock'
  >;
}

/**
 * Takes a lock file now for the runtime itself (not the script), without waiting: true when this
 * execution holds it afterwards. The execution's end saves the workspace under the document lock
 * (index.ts), so that no other execution reads the workspace while it is half written.
 */
export function takeLockNow(path: string, registry: LockRegistry): boolean {
  if (registry.held.has(path)) return true;
  const holder: LockHolder = { pid: process.pid, token: randomUUID(), sinceMs: Date.now() };
  if (!tryCreate(path, holder)) {
    if (!isStale(path)) return false;
    breakStale(path);
    if (!tryCreate(path, holder)) return false;
  }
  registry.held.set(path, holder.token);
  registry.since.set(path, registry.now());
  return true;
}

export function createLockRegistry(
  calendar?: LockCalendar,
  now: () => number = () => 0,
): LockRegistry {
  const registry: LockRegistry = {
    held: new Map<string, string>(),
    since: new Map<string, number>(),
    now,
    ...(calendar === undefined ? {} : { calendar }),
    release: (path: string) => {
      const token = registry.held.get(path);
      if (token === undefined) return;
      registry.held.delete(path);
      const fromMs = registry.since.get(path) ?? now();
      calendar?.holds.push({ lock: path, fromMs, toMs: now() });
      if (readHolder(path)?.token !== token) return;
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    },
    releaseAll: () => {
      for (const path of [...registry.held.keys()]) registry.release(path);
    },
  };
  return registry;
}
