/**
 * A thread that plays one more Apps Script execution at a time on a workspace, so that a test can
 * run two executions at once without paying a process start for each (test/e2e/night-and-sidebar).
 * The document lock is a lock file: threads exclude each other as processes do.
 */
import { parentPort } from 'node:worker_threads';
import { callFunction } from '../../src/local/workspace';
import { runNight } from '../../src/local/night';

export type ExecutionRequest =
  | { id: number; kind: 'night'; dir: string; today: string; at: string }
  | { id: number; kind: 'call'; dir: string; name: string; args: unknown[]; now: number };

export type ExecutionAnswer =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

parentPort?.on('message', (request: ExecutionRequest) => {
  const work =
    request.kind === 'night'
      ? runNight(request.dir, { today: request.today, at: request.at }).then((n) => n.report)
      : callFunction(request.dir, request.name, request.args, { now: new Date(request.now) });
  work.then(
    (value) =>
      parentPort?.postMessage({ id: request.id, ok: true, value } satisfies ExecutionAnswer),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies ExecutionAnswer),
  );
});
