import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli';
import { killBaseline } from '../../scripts/kill-nine';

const root = mkdtempSync(join(tmpdir(), 'relance-robust-'));
let baseline: string;

beforeAll(async () => {
  baseline = await killBaseline(root, 6);
  // A first night writes every state file (triggers and charts included).
  expect((await cli('run', baseline, '--today', '2026-03-16')).code).toBe(0);
  expect((await cli('call', baseline, 'setAutomaticSending', 'true')).code).toBe(0);
});

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let copies = 0;
function copy(): string {
  copies += 1;
  const dir = join(root, `copy-${copies}`);
  cpSync(baseline, dir, { recursive: true });
  return dir;
}

/** One French sentence naming the file; no stack trace. */
function expectOneFrenchSentence(text: string, naming: string) {
  expect(text).toContain(naming);
  expect(text).not.toMatch(/\n\s+at |Erreur inattendue|SyntaxError|TypeError/);
  expect(text.split('\n')).toHaveLength(1);
}

describe('a workspace whose state files cannot be read', () => {
  const files = [
    'state/properties.json',
    'workspace.json',
    'state/triggers.json',
    'state/quotas.json',
    'drive/index.json',
    'state/charts.json',
  ];
  for (const file of files) {
    it(`names ${file} and says what to do, in one French sentence`, async () => {
      const dir = copy();
      writeFileSync(join(dir, file), '{ "coupé au milieu');
      const result = await cli('run', dir, '--today', '2026-03-17');
      expect(result.code).toBe(1);
      expectOneFrenchSentence(result.err, file);
    });
  }

  it('treats a garbled lock file as no lock at all', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'state', 'locks', 'document.lock'), '%%%');
    const result = await cli('run', dir, '--today', '2026-03-17');
    expect(result.code).toBe(0);
  });

  it('names the backup to restore when the workbook is truncated', async () => {
    const dir = copy();
    expect((await cli('run', dir, '--today', '2026-03-17')).code).toBe(0);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups.length).toBeGreaterThan(0);
    truncateSync(join(dir, 'workbook.xlsx'), 2000);
    const result = await cli('run', dir, '--today', '2026-03-18');
    expect(result.code).toBe(1);
    expectOneFrenchSentence(result.err, `backups/${backups.sort().at(-1) ?? ''}`);
  });

  it('keeps the last seven workbooks as backups, one per run', async () => {
    const dir = copy();
    for (let d = 17; d <= 26; d += 1)
      expect((await cli('run', dir, '--today', `2026-03-${d}`)).code).toBe(0);
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(7);
  }, 240_000);
});

describe('mistakes on the command line', () => {
  it('refuses an invalid time zone in workspace.json in French', async () => {
    const dir = copy();
    const config = JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8')) as object;
    writeFileSync(
      join(dir, 'workspace.json'),
      JSON.stringify({ ...config, timeZone: 'Europe/Lutèce' }),
    );
    const result = await cli('run', dir, '--today', '2026-03-17');
    expect(result.code).toBe(1);
    expectOneFrenchSentence(result.err, 'Europe/Lutèce');
  });

  it('refuses to create a workspace onto an existing file', async () => {
    const file = join(root, 'un-fichier.txt');
    writeFileSync(file, 'x');
    const result = await cli('init', file, '--from', join(baseline, 'workbook.xlsx'));
    expect(result.code).toBe(1);
    expectOneFrenchSentence(result.err, 'un-fichier.txt');
  });

  it('refuses an unknown function name in French', async () => {
    const result = await cli('call', copy(), 'envoyerToutLeMonde');
    expect(result.code).toBe(1);
    expectOneFrenchSentence(result.err, 'envoyerToutLeMonde');
  });

  it('runs from any directory', () => {
    const dir = copy();
    const child = spawnSync(
      process.execPath,
      [resolve('bin/relance.js'), 'run', dir, '--today', '2026-03-17'],
      { cwd: tmpdir(), encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
  }, 60_000);
});
