import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costOf } from '../../src/local/runtime/cost-table';
import { CallMeter } from '../../src/local/runtime/meter';
import {
  createLockRegistry,
  createLockService,
  LOCK_TIMEOUT_MESSAGE,
} from '../../src/local/runtime/lock';

const meter = () => new CallMeter(costOf);

describe('LockService', () => {
  it('gives the document lock to one execution at a time, across runtimes sharing the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-lock-'));
    const firstRegistry = createLockRegistry();
    const first = createLockService(dir, meter(), firstRegistry).getDocumentLock();
    const waiting = meter();
    const secondRegistry = createLockRegistry();
    const second = createLockService(dir, waiting, secondRegistry).getDocumentLock();
    expect(first.tryLock(0)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(second.tryLock(100)).toBe(false);
    expect(() => second.waitLock(60)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(waiting.simulatedMs).toBeGreaterThanOrEqual(160);
    first.releaseLock();
    expect(second.tryLock(0)).toBe(true);
    secondRegistry.releaseAll();
    expect(second.hasLock()).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is free again once its holder process is gone, even if it never released it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-lock-'));
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    writeFileSync(
      join(dir, 'document.lock'),
      JSON.stringify({ pid: child.pid, token: 'other', sinceMs: Date.now() }),
    );
    const lock = createLockService(dir, meter(), createLockRegistry()).getDocumentLock();
    expect(lock.tryLock(50)).toBe(false);
    await new Promise((done) => {
      child.on('exit', done);
      child.kill('SIGKILL');
    });
    expect(lock.tryLock(50)).toBe(true);
  });

  it('reads the workspace again when it takes the lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-lock-'));
    let reads = 0;
    const registry = createLockRegistry();
    const lock = createLockService(dir, meter(), registry, {
      onAcquire: () => {
        reads += 1;
      },
    }).getDocumentLock();
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.tryLock(0)).toBe(true);
    expect(reads).toBe(1);
    registry.releaseAll();
    expect(existsSync(join(dir, 'document.lock'))).toBe(false);
  });
});
