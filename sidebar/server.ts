/**
 * The one typed client for every server call. Its type is derived from the server's exports, so
 * a renamed or re-typed server function breaks the sidebar at compile time. Calls go through
 * google.script.run and come back as promises; only JSON crosses (Apps Script refuses Dates).
 */
import type * as ServerModule from '../src/server/index';
import { words } from './words';

type Server = typeof ServerModule;
export type ServerFunction = keyof Server;
type Result<K extends ServerFunction> = Awaited<ReturnType<Server[K]>>;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

export class ServerError extends Error {
  constructor(
    readonly functionName: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

export function callServer<K extends ServerFunction>(
  name: K,
  ...args: Parameters<Server[K]>
): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler((error) =>
        reject(new ServerError(String(name), error?.message ?? String(error))),
      );
    const fn = runner[name as string];
    if (typeof fn !== 'function') {
      reject(new ServerError(String(name), words().unknownServerFunction(String(name))));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
