import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TodayView } from '../../src/core/plan/views';
import { openRuntime } from '../../src/local/runtime';
import { callFunction, readConfig, runInstant } from '../../src/local/workspace';
import { runNight } from '../../src/local/night';
import { killBaseline, outboxAgainstJournal } from '../../scripts/kill-nine';
import type { ExecutionAnswer, ExecutionRequest } from './execution-worker';
import { random } from '../../scripts/sample-workbook';

const DAY = '2026-03-16';
const TRIALS = Number(process.env['RELANCE_TRIALS'] ?? 50);
const root = mkdtempSync(join(tmpdir(), 'relance-night-sidebar-'));

type Request = ExecutionRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

/** A thread running executions one at a time, as a second user or trigger would. */
class ExecutionThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (answer: ExecutionAnswer) => void>();
  private next = 0;

  constructor() {
    const file = new URL('./execution-worker.ts', import.meta.url).href;
    this.worker = new Worker(
      `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file)}); });`,
      { eval: true },
    );
    this.worker.on('message', (answer: ExecutionAnswer) => {
      this.waiting.get(answer.id)?.(answer);
      this.waiting.delete(answer.id);
    });
    // A thread that dies answers every request still waiting with its error.
    this.worker.on('error', (error) => {
      for (const [id, done] of this.waiting) done({ id, ok: false, error: error.message });
      this.waiting.clear();
    });
  }

  run(request: Request): Promise<ExecutionAnswer> {
    this.next += 1;
    const id = this.next;
    return new Promise((done) => {
      this.waiting.set(id, done);
      this.worker.postMessage({ ...request, id });
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the night and a sidebar « Envoyer » at the same moment', () => {
  const night = new ExecutionThread();
  const sidebar = new ExecutionThread();
  let baseline: string;
  let keys: string[];
  let sidebarNow: number;
  /** How long a night takes alone: the sidebar's click is drawn over it, its end included. */
  let nightMs: number;

  beforeAll(async () => {
    baseline = await killBaseline(root, 8);
    sidebarNow = runInstant(readConfig(baseline), DAY, '09:00').getTime();
    const view = (await callFunction(baseline, 'getToday', [], {
      now: new Date(sidebarNow),
    })) as TodayView;
    keys = view.clients.flatMap((c) => c.actions.map((a) => a.key));
    // Each thread runs once first (it loads the sources), then the night is timed.
    const probe = (name: string) => {
      const dir = join(root, name);
      cpSync(baseline, dir, { recursive: true });
      return dir;
    };
    await Promise.all([
      night.run({ kind: 'night', dir: probe('warm-night'), today: DAY, at: '07:00' }),
      sidebar.run({
        kind: 'call',
        dir: probe('warm-sidebar'),
        name: 'getToday',
        args: [],
        now: sidebarNow,
      }),
    ]);
    const started = Date.now();
    await night.run({ kind: 'night', dir: probe('timed-night'), today: DAY, at: '07:00' });
    nightMs = Date.now() - started;
  });

  afterAll(async () => {
    await Promise.all([night.stop(), sidebar.stop()]);
  });

  it(`${TRIALS} times: no message twice, no Journal row lost, no lock left`, async () => {
    expect(keys.length).toBeGreaterThanOrEqual(2);
    const next = random(20260316);
    const faults: string[] = [];
    let busy = 0;
    for (let trial = 1; trial <= TRIALS; trial += 1) {
      const dir = join(root, `trial-${trial}`);
      cpSync(baseline, dir, { recursive: true });
      const key = keys[Math.floor(next() * keys.length)] as string;
      const delay = Math.floor(next() * 1.2 * nightMs);
      const [, sent] = await Promise.all([
        night.run({ kind: 'night', dir, today: DAY, at: '07:00' }),
        sleep(delay).then(() =>
          sidebar.run({ kind: 'call', dir, name: 'sendActions', args: [[key]], now: sidebarNow }),
        ),
      ]);
      if (!sent.ok) busy += 1;
      const { duplicates, lost } = await outboxAgainstJournal(dir);
      if (duplicates > 0) faults.push(`trial ${trial}: ${duplicates} message(s) sent twice`);
      if (lost > 0) faults.push(`trial ${trial}: ${lost} email(s) without their Journal row`);
      const locks = join(dir, 'state', 'locks');
      if (existsSync(locks) && readdirSync(locks).some((f) => f.endsWith('.lock')))
        faults.push(`trial ${trial}: a lock file left`);
    }
    console.log(
      `Night and sidebar: ${TRIALS} trials, the sidebar told to retry ${busy} times, ${faults.length} fault(s).`,
    );
    expect(faults).toEqual([]);
  }, 160_000);
});

/** Two executions of one workspace, opened before either ends, as Apps Script may run them. */
async function openBoth(dir: string, at: number) {
  const config = readConfig(dir);
  const open = () => openRuntime({ workspaceDir: dir, now: new Date(at), ...config });
  return { night: await open(), sidebar: await open() };
}

const NIGHTLY = [{ authMode: 'FULL', triggerUid: 'nightly' }];

describe('a night and a sidebar « Envoyer » whose executions overlap', () => {
  let baseline: string;
  let keys: string[];
  let at: number;

  beforeAll(async () => {
    // Its own folder: the describe above made root's baseline of 8 invoices.
    baseline = await killBaseline(mkdtempSync(join(tmpdir(), 'relance-overlap-')), 8);
    at = runInstant(readConfig(baseline), DAY, '07:00').getTime();
    const view = (await callFunction(baseline, 'getToday', [], { now: new Date(at) })) as TodayView;
    keys = view.clients.flatMap((c) => c.actions.map((a) => a.key));
  });

  /** After both, a run the same day and one the next business day: what went wrong. */
  async function afterwards(
    dir: string,
  ): Promise<{ duplicates: number; lost: number; resent: number }> {
    const again = await runNight(dir, { today: DAY, at: '11:00' });
    const next = await runNight(dir, { today: '2026-03-17' });
    const resent = [again, next]
      .flatMap((n) => n.report.actions)
      .filter((a) => a.outcome === 'sent').length;
    const { duplicates, lost } = await outboxAgainstJournal(dir);
    return { duplicates, lost, resent };
  }

  it('the sidebar first, its execution ending last: the night’s Journal rows are kept', async () => {
    const dir = join(root, 'sidebar-ends-last');
    cpSync(baseline, dir, { recursive: true });
    const { night, sidebar } = await openBoth(dir, at);
    sidebar.invoke('sendActions', [[keys[0] as string]]);
    night.invokeByName('runNightly', NIGHTLY);
    await night.close();
    await sidebar.close();
    expect(await afterwards(dir)).toEqual({ duplicates: 0, lost: 0, resent: 0 });
  });

  it('the night first, its execution ending last: the sidebar reads what the night sent', async () => {
    const dir = join(root, 'night-ends-last');
    cpSync(baseline, dir, { recursive: true });
    const { night, sidebar } = await openBoth(dir, at);
    night.invokeByName('runNightly', NIGHTLY);
    const report = sidebar.invoke('sendActions', [[keys[1] as string]]);
    // The night sent it: the sidebar finds it done, not « en cours » (to verify by hand).
    expect(report.actions).toEqual([]);
    await sidebar.close();
    await night.close();
    expect(await afterwards(dir)).toEqual({ duplicates: 0, lost: 0, resent: 0 });
  });
});
