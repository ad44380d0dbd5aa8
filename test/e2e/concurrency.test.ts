import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/reports/run-report';
import { runNight } from '../../src/local/night';
import { killBaseline, outboxAgainstJournal, runCli } from '../../scripts/kill-nine';

const root = mkdtempSync(join(tmpdir(), 'relance-concurrency-'));

const reports = (dir: string) =>
  readdirSync(join(dir, 'reports')).map(
    (f) => JSON.parse(readFileSync(join(dir, 'reports', f), 'utf8')) as RunReport,
  );

const lockFiles = (dir: string) =>
  existsSync(join(dir, 'state', 'locks'))
    ? readdirSync(join(dir, 'state', 'locks')).filter((f) => f.endsWith('.lock'))
    : [];

describe('two runs of one workspace at once', () => {
  it('dated 09:00 and 07:00 of one day: one proceeds, the other says so, no email twice, no Journal row lost', async () => {
    const dir = await killBaseline(root, 80);
    const [late, early] = await Promise.all([runCli(dir, '09:00'), runCli(dir, '07:00')]);
    const statuses = reports(dir).map((r) => r.status);
    expect(statuses).toContain('ok');
    for (const report of reports(dir).filter((r) => r.status === 'busy'))
      expect(report.message).toMatch(/déjà en cours/);
    expect([late, early]).toContain('0');
    const check = await outboxAgainstJournal(dir);
    expect(check.emails).toBeGreaterThan(0);
    expect(check.duplicates).toBe(0);
    expect(check.lost).toBe(0);
    expect(lockFiles(dir)).toEqual([]);
  }, 40_000);

  it('does not tell a second run at the same day and time that a run is in progress once the first has finished', async () => {
    const dir = await killBaseline(root, 8);
    const first = await runNight(dir, { today: '2026-03-16', at: '07:00' });
    expect(first.report.status).toBe('ok');
    expect(lockFiles(dir)).toEqual([]);
    const second = await runNight(dir, { today: '2026-03-16', at: '07:00' });
    expect(second.report.status).toBe('ok');
    expect(second.report.actions.filter((a) => a.outcome === 'sent')).toEqual([]);
  }, 30_000);
});
