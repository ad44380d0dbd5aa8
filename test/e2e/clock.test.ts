/**
 * Across executions, through the workspace clock (src/local/clock.ts): every trigger an
 * execution made fires when due, executions overlap as on Google, and the daily quotas roll.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TodayView } from '../../src/core/plan/views';
import type { RunReport } from '../../src/core/reports/run-report';
import { runClock } from '../../src/local/clock';
import type { FaultPlan } from '../../src/local/runtime/meter';
import { zonedInstant } from '../../src/local/time';
import { initWorkspace } from '../../src/local/init';
import { withRuntime } from '../../src/local/workspace';
import { backlogProblems, describeBacklog, runBacklog } from '../../scripts/backlog';

const root = mkdtempSync(join(tmpdir(), 'relance-clock-'));
const SETTINGS = resolve('samples/settings.example.json');
const at = (day: string, hour: number, minute = 0) =>
  zonedInstant(day, hour, minute, 'Europe/Paris');

/** One invoice per client, all 34 days late on Monday 16 March 2026. */
async function workspace(name: string, clients: number): Promise<string> {
  const csv = join(root, `${name}.csv`);
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC;Type client'];
  for (let i = 1; i <= clients; i += 1)
    lines.push(`C-${i};Client ${i};client${i}@exemple.fr;2026-02-10;${100 + i};SARL`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const dir = join(root, name);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS });
  return dir;
}

/** One execution of a server function at `now`, as the sidebar makes it. */
async function call(dir: string, name: string, args: unknown[], now: Date, faults?: FaultPlan) {
  const result = await withRuntime(
    dir,
    { now, ...(faults === undefined ? {} : { faults }) },
    (runtime) => runtime.invokeByName(name, args),
  );
  return result.value;
}

const emails = (dir: string) => readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));

describe('« Envoyer » on one action', () => {
  it('never sends the rest of the day, even when the click runs out of time', async () => {
    const dir = await workspace('one-click', 4);
    const day = '2026-03-16';
    const view = (await call(dir, 'getToday', [], at(day, 9))) as TodayView;
    const keys = view.clients.flatMap((c) => c.actions).map((a) => a.key);
    expect(keys).toHaveLength(4);
    const clicked = keys[0] ?? '';

    // Sheets answers slowly: the click's run passes its time budget before the action.
    const slow = { slow: [{ match: 'SpreadsheetApp.Range.getValues', ms: 90_000 }] };
    const late = (await call(dir, 'sendActions', [[clicked]], at(day, 9), slow)) as RunReport;
    expect(late.actions.map((a) => [a.key, a.outcome])).toEqual([[clicked, 'deferred']]);
    expect(late.actions[0]?.reason).toMatch(/prochain passage de l’envoi automatique/);

    const again = (await call(dir, 'sendActions', [[clicked]], at(day, 9, 10))) as RunReport;
    expect(again.actions.map((a) => [a.key, a.outcome])).toEqual([[clicked, 'sent']]);

    const clock = await runClock(dir, { from: at(day, 9), until: at(day, 23, 59) });
    expect(clock.executions).toEqual([]);
    expect(emails(dir)).toHaveLength(1);
  });
});

describe('a backlog in add-on mode, through the clock', () => {
  it('runs on one hourly trigger, one execution at a time, each under 6 minutes, within the day’s quotas, with no duplicate', async () => {
    const f = await runBacklog(2_000);
    console.log(describeBacklog(f));
    expect(f.errors).toEqual([]);
    expect(f.mostTriggers).toBe(1);
    expect(f.overlappingWork).toBe(0);
    expect(f.executions).toBeGreaterThan(1);
    expect(f.slowestSimulated).toBeLessThan(360);
    expect(f.sent).toBe(400);
    expect(f.duplicates).toBe(0);
    expect(f.recipients).toBeLessThanOrEqual(1_500);
    expect(f.documentsCreated).toBeLessThanOrEqual(1_500);
    expect(f.triggerMinutes).toBeLessThanOrEqual(360);
    expect(backlogProblems(f)).toEqual([]);
  }, 180_000);
});
