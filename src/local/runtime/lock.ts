/** LockService, offline: a document lock shared by the executions of one workspace. Sources inline. */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { CallMeter } from './meter';
import { DEFAULT_EXECUTION_LIMIT_MS } from './meter';

/* ------------------------------------------------------------------ LockService */

/**
 * https://developers.google.com/apps-script/reference/lock/lock — tryLock(timeoutInMillis)
 * "Attempts to acquire the lock, timing out after the provided number of milliseconds. This
 * method has no effect if the lock has already been acquired." waitLock throws
 * "Lock timeout: another process was holding the lock for too long." on timeout. A lock is
 * released by releaseLock or when its execution ends.
 *
 * Executions here run much faster than on Google's servers, so the lock is kept in simulated
 * time: each holding is recorded in state/locks/<scope>.json as [from, until) on the simulated
 * clock, and an execution cannot take the lock at a simulated instant another one holds it. Two
 * runs started at the same simulated moment therefore contend as they would in Apps Script,
 * whatever their real speed. Records are updated under a short exclusive file mutex, so that
 * separate processes sharing a workspace agree.
 */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';
const LOCK_POLL_MS = 50;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

interface LockHolding {
  id: string;
  pid: number;
  from: number;
  /** null while the holder has not released it. */
  until: number | null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function withMutex<T>(path: string, work: () => T): T {
  const mutex = `${path}.mutex`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      closeSync(openSync(mutex, 'wx'));
      break;
    } catch {
      if (attempt > 200) {
        // A process died inside the critical section: its mutex is stale.
        try {
          unlinkSync(mutex);
        } catch {
          // already gone
        }
      }
      sleepSync(5);
    }
  }
  try {
    return work();
  } finally {
    try {
      unlinkSync(mutex);
    } catch {
      // already gone
    }
  }
}

function readHoldings(path: string): LockHolding[] {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LockHolding[]) : [];
}

export interface LockRegistry {
  /** Holdings of this execution: lock file → holding id. */
  held: Map<string, string>;
  release(path: string): void;
  releaseAll(): void;
}

export function createLockService(
  lockDir: string,
  meter: CallMeter,
  registry: LockRegistry,
  now: () => number,
) {
  mkdirSync(lockDir, { recursive: true });
  const lock = (scope: 'document' | 'script' | 'user') => {
    const path = join(lockDir, `${scope}.json`);
    /** Takes the lock at the current simulated instant, or says until when it is held. */
    const attempt = (): { ok: true } | { ok: false; until: number | null } => {
      if (registry.held.has(path)) return { ok: true };
      return withMutex(path, () => {
        const t = now();
        const holdings = readHoldings(path).filter((h) => {
          if (h.until === null && h.pid !== process.pid && !processAlive(h.pid))
            return h.from + DEFAULT_EXECUTION_LIMIT_MS > t;
          return h.until === null || h.until > t - 86_400_000;
        });
        // A holding that starts within one execution after t overlaps this execution as well:
        // script time is measured, so two runs started together reach this point at slightly
        // different simulated instants, in either order.
        const blocking = holdings.find(
          (h) => h.from <= t + DEFAULT_EXECUTION_LIMIT_MS && (h.until === null || h.until > t),
        );
        if (blocking) return { ok: false as const, until: blocking.until };
        const id = `${process.pid}-${t}-${Math.random().toString(36).slice(2, 8)}`;
        holdings.push({ id, pid: process.pid, from: t, until: null });
        writeFileSync(path, JSON.stringify(holdings));
        registry.held.set(path, id);
        return { ok: true as const };
      });
    };
    const acquire = (timeoutMs: number): boolean => {
      let waited = 0;
      for (;;) {
        const result = attempt();
        if (result.ok) return true;
        if (waited >= timeoutMs) return false;
        // A holder already finished (in simulated time) ends at `until`: wait for it in
        // simulated time. A holder still running: wait in real time too.
        const step =
          result.until === null
            ? LOCK_POLL_MS
            : Math.max(1, Math.min(timeoutMs - waited, result.until - now()));
        if (result.until === null) sleepSync(LOCK_POLL_MS);
        meter.advance(step);
        waited += step;
      }
    };
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
    };
  };
  registry.release = (path: string) => {
    const id = registry.held.get(path);
    if (id === undefined) return;
    registry.held.delete(path);
    withMutex(path, () => {
      const holdings = readHoldings(path).map((h) => (h.id === id ? { ...h, until: now() } : h));
      writeFileSync(path, JSON.stringify(holdings));
    });
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
  };
}

export function createLockRegistry(): LockRegistry {
  const registry = {
    held: new Map<string, string>(),
    release: (_path: string) => undefined as void,
    releaseAll: () => {
      for (const path of [...registry.held.keys()]) registry.release(path);
    },
  };
  return registry;
}
