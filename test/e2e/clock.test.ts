import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli';
import { killBaseline } from '../../scripts/kill-nine';

const root = mkdtempSync(join(tmpdir(), 'relance-clock-'));
const emlCount = (dir: string) =>
  readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml')).length;

describe('a run dated before the Journal’s last run', () => {
  it('refuses in French, sends nothing, and exits 1', async () => {
    const dir = await killBaseline(root, 30);
    const io = () => {
      const lines: string[] = [];
      return {
        lines,
        io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) },
      };
    };
    const first = io();
    expect(await main(['run', dir, '--today', '2026-03-20'], first.io)).toBe(0);
    const sent = emlCount(dir);
    expect(sent).toBeGreaterThan(0);
    const back = io();
    expect(await main(['run', dir, '--today', '2026-03-16'], back.io)).toBe(1);
    expect(back.lines.join('\n')).toMatch(/antérieure? au dernier passage|avant le dernier/);
    expect(back.lines.join('\n')).toMatch(/20\/03\/2026/);
    expect(emlCount(dir)).toBe(sent);
  }, 35_000);
});
