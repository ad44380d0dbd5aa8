import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSidebar, type RunningSidebar } from '../../src/local/sidebar-server';
import { killBaseline } from '../../scripts/kill-nine';

interface Reply {
  status: number;
  body: string;
}

function send(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  const target = new URL(url);
  return new Promise((done, fail) => {
    const call = request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'POST',
        path: options.path ?? '/__relance/call',
        headers: options.headers ?? {},
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () =>
          done({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    call.on('error', fail);
    call.end(options.body);
  });
}

let sidebar: RunningSidebar;
let token: string;
let origin: string;

beforeAll(async () => {
  const dir = await killBaseline(mkdtempSync(join(tmpdir(), 'relance-sidebar-server-')), 6);
  sidebar = await serveSidebar(dir, { port: 0, today: '2026-03-16' });
  origin = sidebar.url.replace(/\/$/, '');
  const page = await send(sidebar.url, { method: 'GET', path: '/' });
  token = /X-Relance-Token'?"?:\s*"([^"]+)"/.exec(page.body)?.[1] ?? '';
});

afterAll(async () => {
  await sidebar.close();
});

const call = (name: string, args: unknown[] = []) => JSON.stringify({ name, args });
const good = () => ({
  'Content-Type': 'application/json',
  Origin: origin,
  'X-Relance-Token': token,
});

describe('the local sidebar server', () => {
  it('gives its page a session token and answers the sidebar’s own calls', async () => {
    expect(token.length).toBeGreaterThanOrEqual(20);
    const reply = await send(sidebar.url, { headers: good(), body: call('getSidebarState') });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
  });

  it('refuses a call from another web page (foreign Origin)', async () => {
    const reply = await send(sidebar.url, {
      headers: { ...good(), Origin: 'https://site-malveillant.example' },
      body: call('getSidebarState'),
    });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatch(/refusé/i);
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const reply = await send(sidebar.url, {
      method: 'GET',
      path: '/',
      headers: { Host: 'attaquant.example:80' },
    });
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain(token);
  });

  it('refuses a call without the session token, or with a wrong one', async () => {
    const { 'X-Relance-Token': _, ...withoutToken } = good();
    expect(
      (await send(sidebar.url, { headers: withoutToken, body: call('getSidebarState') })).status,
    ).toBe(403);
    expect(
      (
        await send(sidebar.url, {
          headers: { ...good(), 'X-Relance-Token': 'devine' },
          body: call('getSidebarState'),
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a body that is not application/json (a form or text/plain post)', async () => {
    const reply = await send(sidebar.url, {
      headers: { ...good(), 'Content-Type': 'text/plain' },
      body: call('getSidebarState'),
    });
    expect(reply.status).toBe(415);
  });

  it('refuses a server function the sidebar does not call (the nightly run)', async () => {
    const reply = await send(sidebar.url, { headers: good(), body: call('runNightly') });
    expect(reply.status).toBe(404);
    const inherited = await send(sidebar.url, { headers: good(), body: call('constructor') });
    expect(inherited.status).toBe(404);
  });
});
