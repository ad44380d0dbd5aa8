/**
 * A night in a workspace as Relance's hourly trigger plays it, each execution's report written
 * under reports/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunReport } from '../core/reports/run-report';
import { NIGHT_PROPERTY, parseNightProgress } from '../core/dunning/night-schedule';
import type { RuntimeOptions } from './runtime';
import { readStateJson } from './runtime/durable-file';
import { isoDayIn } from './time';
import { readConfig, runInstant, withRuntime } from './workspace';

export interface NightResult {
  report: RunReport & {
    calls: Record<string, number>;
    serviceCalls: number;
    simulatedSeconds: number;
  };
  reportPath: string;
  /** The following hours' firings of the hourly trigger that went on with the night. */
  continuations: NightResult[];
}

async function execute(
  dir: string,
  entry: string,
  args: unknown[],
  now: Date,
  reportBase: string,
  extra: Pick<RuntimeOptions, 'faults' | 'backUpWorkbook' | 'byTrigger'>,
): Promise<NightResult> {
  const result = await withRuntime(dir, { now, ...extra }, (runtime) =>
    runtime.invokeByName(entry, args),
  );
  const report = {
    ...(result.value as RunReport),
    calls: result.calls,
    serviceCalls: Object.values(result.calls).reduce((a, b) => a + b, 0),
    simulatedSeconds: Math.round(result.simulatedSeconds * 10) / 10,
  };
  const reportPath = freeReportPath(join(dir, 'reports'), reportBase);
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  return { report, reportPath, continuations: [] };
}

const HOUR_MS = 3_600_000;

/** The night of `day` has nothing left, by its checkpoint (core/dunning/night-schedule). */
function nightDone(dir: string, day: string): boolean {
  const { document } = readStateJson<{ document?: Record<string, string> }>(
    join(dir, 'state', 'properties.json'),
    {},
    resolve(dir),
  );
  const progress = parseNightProgress(document?.[NIGHT_PROPERTY] ?? null);
  return progress?.day === day && progress.left === 'nothing';
}

/**
 * One night as Relance's one hourly trigger plays it: the night at `at` (07:00 by default), then
 * the firings of the following whole hours of the same day, each a separate execution, while the
 * night has work left (time budget, lock busy, quota to wait for); a firing with nothing left to
 * do ends it. `relance clock` plays the triggers a workspace really holds.
 */
export async function runNight(
  dir: string,
  options: {
    today?: string;
    at?: string;
    preview?: boolean;
    faults?: RuntimeOptions['faults'];
  } = {},
): Promise<NightResult> {
  const config = readConfig(dir);
  const now = runInstant(config, options.today, options.at);
  const day = options.today ?? isoDayIn(now, config.timeZone);
  const preview = options.preview === true;
  const night = await execute(
    dir,
    preview ? 'runPreview' : 'runNightly',
    [],
    now,
    `${day}${preview ? '-apercu' : ''}`,
    {
      ...(options.faults === undefined ? {} : { faults: options.faults }),
      backUpWorkbook: !preview,
      byTrigger: !preview,
    },
  );
  if (preview) return night;
  const event = { authMode: 'FULL', triggerUid: 'hourly', timezone: config.timeZone };
  for (let at = Math.ceil((now.getTime() + 1) / HOUR_MS) * HOUR_MS; ; at += HOUR_MS) {
    if (isoDayIn(new Date(at), config.timeZone) !== day || nightDone(dir, day)) break;
    const next = await execute(dir, 'runNightly', [event], new Date(at), day, { byTrigger: true });
    // A firing that had nothing to do at that hour leaves no report.
    if (next.report.status === 'idle') rmSync(next.reportPath, { force: true });
    else night.continuations.push(next);
  }
  return night;
}

/** reports/DAY.json, then DAY-2.json… when a day has several runs (manual run, continuation). */
function freeReportPath(reports: string, base: string): string {
  mkdirSync(reports, { recursive: true });
  for (let n = 1; ; n += 1) {
    const path = join(reports, n === 1 ? `${base}.json` : `${base}-${n}.json`);
    try {
      writeFileSync(path, '', { flag: 'wx' });
      return path;
    } catch {
      // taken by an earlier run of the day
    }
  }
}
