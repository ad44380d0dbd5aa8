/**
 * `relance sidebar DIR`: serves build/Sidebar.html on localhost with a `google.script.run`
 * bridge to the offline runtime over that workspace, so the sidebar can be used and tested
 * without Google. Each call is one execution, as in Apps Script: the runtime opens the workspace,
 * runs the server function in build/Code.js, saves, and answers. Calls are served one at a time.
 *
 * The bridge keeps google.script.run's documented contract
 * (https://developers.google.com/apps-script/guides/html/reference/run): calls are asynchronous
 * and return nothing; withSuccessHandler / withFailureHandler / withUserObject chain; parameters
 * and return values are primitives, objects and arrays only — "Requests fail if you attempt to
 * pass a Date, Function, DOM element besides a form, or other prohibited type", and undefined
 * fields within arrays become null.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { callFunctionTimed, readConfig, runInstant } from './workspace';

export interface SidebarServerOptions {
  port: number;
  host?: string;
  today?: string;
  /** Where build/Sidebar.html is; the project's build/ by default. */
  buildDir?: string;
}

export interface RunningSidebar {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Finds the first value google.script.run refuses to carry, with its path. */
export function prohibitedValue(value: unknown, path = 'valeur'): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return `${path} est une Date`;
  if (typeof value === 'function') return `${path} est une fonction`;
  if (typeof value === 'bigint' || typeof value === 'symbol')
    return `${path} est de type ${typeof value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = prohibitedValue(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (
      prototype !== Object.prototype &&
      prototype !== null &&
      Object.getPrototypeOf(prototype) !== null
    ) {
      return `${path} n’est pas un objet simple`;
    }
    for (const [key, inner] of Object.entries(value)) {
      const found = prohibitedValue(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The value as the client receives it: undefined inside arrays becomes null. */
function toWire(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

const BRIDGE = `<script>
(function () {
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (obj) { return runner(success, failure, obj); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t) return t[name];
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/__relance/call', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ name: String(name), args: args })
          }).then(function (response) { return response.json(); }).then(function (reply) {
            if (reply.ok) { if (success) success(reply.value, userObject); }
            else {
              var error = new Error(reply.message);
              if (failure) failure(error, userObject); else console.error(error);
            }
          }, function (networkError) {
            var error = new Error('NetworkError: Connection failure due to HTTP 0');
            if (failure) failure(error, userObject); else console.error(networkError);
          });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: { close: function () { document.body.setAttribute('data-closed', 'true'); }, editor: { focus: function () {} } }
  } };
})();
</script>`;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function serveSidebar(
  dir: string,
  options: SidebarServerOptions,
): Promise<RunningSidebar> {
  const workspace = resolve(dir);
  const buildDir = options.buildDir ?? resolve('build');
  let queue: Promise<unknown> = Promise.resolve();
  // The session's clock: it starts at 9:00 on `today` (or now) and moves on with each execution,
  // so that successive calls are successive executions for the document lock.
  let clockMs = runInstant(readConfig(workspace), options.today, '09:00').getTime();

  const server = createServer((request, response) => {
    void (async () => {
      if (request.method === 'GET' && (request.url === '/' || request.url?.startsWith('/?'))) {
        const page = readFileSync(join(buildDir, 'Sidebar.html'), 'utf8');
        const html = page.includes('<head>')
          ? page.replace('<head>', `<head>${BRIDGE}`)
          : `${BRIDGE}${page}`;
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(html);
        return;
      }
      if (request.method === 'POST' && request.url === '/__relance/call') {
        const body = JSON.parse(await readBody(request)) as { name: string; args: unknown[] };
        const call = queue
          .catch(() => undefined)
          .then(async () => {
            const refused = prohibitedValue(body.args, 'paramètres');
            if (refused) return { ok: false, message: `Appel refusé : ${refused}.` };
            const result = await callFunctionTimed(workspace, body.name, body.args, {
              now: new Date(clockMs),
            });
            clockMs += Math.ceil(result.simulatedSeconds * 1000) + 1000;
            const value = result.value;
            const bad = prohibitedValue(value, 'résultat');
            if (bad)
              return { ok: false, message: `Réponse refusée par google.script.run : ${bad}.` };
            return { ok: true, value };
          });
        queue = call;
        const reply = await call.catch((error: unknown) => ({
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        }));
        response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(toWire(reply));
        return;
      }
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Introuvable');
    })().catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen) => server.listen(options.port, host, resolveListen));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://${host}:${port}/`,
    server,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}
