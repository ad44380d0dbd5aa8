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
import { errorParts } from '../core/values/error-parts';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as SidebarEntries from '../server/entry/sidebar';
import { UserError } from './errors';
import { PACKAGE_BUILD_DIR } from './runtime';
import { callFunctionTimed, readConfig, runInstant } from './workspace';
import { pickableFiles, pickInDrive } from './user-drive';

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

const BRIDGE_TEMPLATE = `<script>
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
            headers: { 'Content-Type': 'application/json', 'X-Relance-Token': __TOKEN__ },
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

/**
 * The offline Google Picker: there is no Google offline, so `gapi.load('picker')` and
 * `google.picker` are stood in for by a list of the workspace Drive's PDFs. As with Google's
 * (https://developers.google.com/workspace/drive/picker/guides/overview), the file is granted to
 * the app when the user picks it, before the page's callback runs; the OAuth token, developer key
 * and app id the page passes are not checked (offline there is no Google account to check them).
 */
const PICKER_STUB_TEMPLATE = `<script>
(function () {
  function post(body) {
    return fetch('/__relance/picker', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Relance-Token': __TOKEN__ },
      body: JSON.stringify(body)
    }).then(function (response) { return response.json(); });
  }
  function show(callback) {
    var dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Google Picker (hors ligne)');
    dialog.className = 'offline-picker';
    dialog.style.cssText = 'position:fixed;inset:0;z-index:10;overflow:auto;padding:12px;background:#fff;display:flex;flex-direction:column;gap:8px';
    function close(answer) { dialog.remove(); callback(answer); }
    post({}).then(function (reply) {
      (reply.files || []).forEach(function (file) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = file.name;
        button.addEventListener('click', function () {
          post({ pick: file.id }).then(function (picked) {
            close(picked.ok ? { action: 'picked', docs: [picked.file] } : { action: 'cancel' });
          });
        });
        dialog.append(button);
      });
      var cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.textContent = 'Annuler';
      cancel.addEventListener('click', function () { close({ action: 'cancel' }); });
      dialog.append(cancel);
      document.body.append(dialog);
    });
  }
  function Builder() { this.callback = function () {}; }
  ['addView', 'setOAuthToken', 'setDeveloperKey', 'setAppId', 'setOrigin'].forEach(function (name) {
    Builder.prototype[name] = function () { return this; };
  });
  Builder.prototype.setCallback = function (fn) { this.callback = fn; return this; };
  Builder.prototype.build = function () {
    var callback = this.callback;
    return { setVisible: function (visible) { if (visible) show(callback); } };
  };
  function DocsView() {}
  DocsView.prototype.setMimeTypes = function () { return this; };
  window.gapi = { load: function (name, options) { options.callback(); } };
  window.google.picker = {
    PickerBuilder: Builder,
    DocsView: DocsView,
    ViewId: { DOCS: 'all' },
    Action: { PICKED: 'picked', CANCEL: 'cancel' }
  };
})();
</script>`;

/**
 * The only server functions the page may call: the sidebar's entry points. The record fails to
 * compile when one is added to or removed from src/server/entry/sidebar.ts.
 */
const SIDEBAR_ENTRY_POINTS: Record<keyof typeof SidebarEntries, true> = {
  getSidebarState: true,
  saveSetup: true,
  getToday: true,
  confirmEcbRate: true,
  sendActions: true,
  postponeAction: true,
  ignoreAction: true,
  confirmVerified: true,
  showRow: true,
  showDashboard: true,
  getClient: true,
  getPickerConfig: true,
  attachInvoiceFile: true,
  listClients: true,
  recordClientEvent: true,
  setClientType: true,
  getSettingsForm: true,
  prepareDossier: true,
  saveSettingsForm: true,
  previewTemplate: true,
  getPlaceholders: true,
  getDefaultTexts: true,
};

export function isSidebarEntryPoint(name: unknown): boolean {
  return typeof name === 'string' && Object.hasOwn(SIDEBAR_ENTRY_POINTS, name);
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** What this server answers to: its own address only (a page of another site is refused). */
interface Session {
  token: string;
  hosts: Set<string>;
  origins: Set<string>;
}

function newSession(port: number): Session {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  return {
    token: randomBytes(24).toString('base64url'),
    hosts,
    origins: new Set([...hosts].map((h) => `http://${h}`)),
  };
}

const sameToken = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * Why a request is refused, as [HTTP status, French sentence], or undefined. Another site's page
 * can reach 127.0.0.1 from the user's browser: its requests carry its own Origin (or, through DNS
 * rebinding, its own Host), cannot read the token, and cannot send application/json without the
 * browser asking first (a CORS preflight this server never approves).
 */
function refusal(request: IncomingMessage, session: Session): [number, string] | undefined {
  if (!session.hosts.has(request.headers.host ?? ''))
    return [403, 'Refusé : cette adresse n’est pas celle de la barre latérale Relance.'];
  if (request.method === 'GET') return undefined;
  const origin = request.headers.origin;
  if (origin !== undefined && !session.origins.has(origin))
    return [403, 'Refusé : appel venu d’une autre page web.'];
  const token = request.headers['x-relance-token'];
  if (typeof token !== 'string' || !sameToken(token, session.token))
    return [403, 'Refusé : jeton de session absent ou erroné. Rechargez la barre latérale.'];
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    return [415, 'Refusé : seul le contenu application/json est accepté.'];
  return undefined;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Requête trop volumineuse.'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    // The page is never to be framed by another site (clickjacking).
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': "frame-ancestors 'none'",
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function sidebarPage(buildDir: string, session: Session): string {
  const page = readFileSync(join(buildDir, 'Sidebar.html'), 'utf8');
  const token = JSON.stringify(session.token);
  const bridge =
    BRIDGE_TEMPLATE.replace('__TOKEN__', token) + PICKER_STUB_TEMPLATE.replace('__TOKEN__', token);
  return page.includes('<head>') ? page.replace('<head>', `<head>${bridge}`) : `${bridge}${page}`;
}

interface CallServer {
  workspace: string;
  /** The session's clock: successive calls are successive executions for the document lock. */
  clockMs: number;
  queue: Promise<unknown>;
}

async function serveCall(server: CallServer, body: { name: unknown; args: unknown }) {
  const refused = prohibitedValue(body.args, 'paramètres');
  if (refused) return { ok: false, message: `Appel refusé : ${refused}.` };
  const args = Array.isArray(body.args) ? (body.args as unknown[]) : [];
  const result = await callFunctionTimed(server.workspace, String(body.name), args, {
    now: new Date(server.clockMs),
  });
  server.clockMs += Math.ceil(result.simulatedSeconds * 1000) + 1000;
  const bad = prohibitedValue(result.value, 'résultat');
  if (bad) return { ok: false, message: `Réponse refusée par google.script.run : ${bad}.` };
  return { ok: true, value: result.value };
}

async function handleCall(request: IncomingMessage, response: ServerResponse, server: CallServer) {
  let body: { name: unknown; args: unknown };
  try {
    body = JSON.parse(await readBody(request)) as { name: unknown; args: unknown };
  } catch {
    answer(response, 400, 'text/plain', 'Refusé : requête illisible.');
    return;
  }
  if (!isSidebarEntryPoint(body.name)) {
    answer(response, 404, 'text/plain', 'Refusé : fonction inconnue de la barre latérale.');
    return;
  }
  // Calls are served one at a time, as the executions of one user follow each other.
  const call = server.queue.catch(() => undefined).then(() => serveCall(server, body));
  server.queue = call;
  const reply = await call.catch((error: unknown) => ({
    ok: false,
    message: errorParts(error).message,
  }));
  answer(response, 200, 'application/json', toWire(reply));
}

/** The offline Picker's two requests: the PDFs it shows, and the grant of the one picked. */
async function handlePicker(
  request: IncomingMessage,
  response: ServerResponse,
  server: CallServer,
) {
  let body: { pick?: unknown };
  try {
    body = JSON.parse(await readBody(request)) as { pick?: unknown };
  } catch {
    answer(response, 400, 'text/plain', 'Refusé : requête illisible.');
    return;
  }
  const pick = body.pick;
  const served = server.queue
    .catch(() => undefined)
    .then(() =>
      typeof pick === 'string'
        ? { ok: true, file: pickInDrive(server.workspace, pick) }
        : { ok: true, files: pickableFiles(server.workspace) },
    );
  server.queue = served;
  const reply = await served.catch((error: unknown) => ({
    ok: false,
    message: errorParts(error).message,
  }));
  answer(response, 200, 'application/json', toWire(reply));
}

export async function serveSidebar(
  dir: string,
  options: SidebarServerOptions,
): Promise<RunningSidebar> {
  const workspace = resolve(dir);
  const buildDir = options.buildDir ?? PACKAGE_BUILD_DIR;
  const calls: CallServer = {
    workspace,
    clockMs: runInstant(readConfig(workspace), options.today, '09:00').getTime(),
    queue: Promise.resolve(),
  };
  // Known once the server listens (the port may be chosen by the system).
  const live: { session?: Session } = {};
  const server = createServer((request, response) => {
    void (async () => {
      const session = live.session;
      if (session === undefined) return answer(response, 503, 'text/plain', 'Démarrage…');
      const refused = refusal(request, session);
      if (refused !== undefined) return answer(response, refused[0], 'text/plain', refused[1]);
      if (request.method === 'GET' && (request.url === '/' || request.url?.startsWith('/?')))
        return answer(response, 200, 'text/html', sidebarPage(buildDir, session));
      if (request.method === 'POST' && request.url === '/__relance/call')
        return handleCall(request, response, calls);
      if (request.method === 'POST' && request.url === '/__relance/picker')
        return handlePicker(request, response, calls);
      answer(response, 404, 'text/plain', 'Introuvable');
    })().catch((error: unknown) => {
      answer(response, 500, 'text/plain', String(error));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      rejectListen(listenError(error, options.port)),
    );
    server.listen(options.port, host, resolveListen);
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  live.session = newSession(port);
  return {
    url: `http://${host}:${port}/`,
    server,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}

/** Why the sidebar could not listen, in French: a port in use or not allowed. */
function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE')
    return new UserError(
      'port-busy',
      `Le port ${port} est déjà utilisé par un autre programme : choisissez-en un autre, par exemple --port ${port === 8080 ? 8081 : 8080}.`,
    );
  if (error.code === 'EACCES')
    return new UserError(
      'port-busy',
      `Le port ${port} est réservé : choisissez un port au-dessus de 1024, par exemple --port 8080.`,
    );
  return error;
}
