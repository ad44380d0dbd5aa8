/**
 * The workspace clock: time moves forward and every trigger stored in the workspace fires when
 * it is due, whatever execution created it (a run, `relance call`, the local sidebar), each
 * firing a separate execution, as on Google:
 * - `after(ms)` and `at(date)` fire once, at their instant: "the minimum duration after the
 *   current time that the trigger runs"
 *   (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)),
 *   counted from create(), not from the end of the execution that made it;
 * - `everyHours(n)` fires at whole hours, n hours apart; `everyDays(1).atHour(h)` at h:00 in its
 *   zone. Google picks a moment within the hour; the clock fires at its start, the earliest.
 * Executions overlap when Google's would: a firing due while an earlier execution still runs
 * (in simulated time) starts all the same; the document lock then makes it wait or give up as
 * it would there (runtime/lock.ts, LockCalendar). Trigger executions count against the day's
 * trigger runtime (runtime/daily-quotas.ts).
 */
import { errorParts } from '../core/values/error-parts';
import { join, resolve } from 'node:path';
import { readStateJson, writeJsonAtomic } from './runtime/durable-file';
import { openRuntime } from './runtime';
import type { LockCalendar } from './runtime/lock';
import type { StoredTrigger } from './runtime/script-app';
import type { TriggerState } from './runtime/workspace-state';
import { readConfig, runtimeOptions } from './workspace';
import { UserError } from './errors';
import { isoDayIn, zonedInstant } from './time';
import { addDays, formatIsoDay, parseIsoDay } from '../core/values/day';

const HOUR_MS = 3_600_000;

export interface ClockExecution {
  handler: string;
  triggerId: string;
  startMs: number;
  endMs: number;
  /** What the handler returned (a run report for Relance's night). */
  value?: unknown;
  /** The error that ended the execution, when it failed. */
  error?: string;
}

export interface ClockResult {
  fromMs: number;
  untilMs: number;
  executions: ClockExecution[];
  /** The document lock's holdings in simulated time, in the order they ended. */
  lockHolds: LockCalendar['holds'];
}

const triggersPath = (dir: string) => join(dir, 'state', 'triggers.json');
const clockPath = (dir: string) => join(dir, 'state', 'clock.json');

function readTriggers(dir: string): TriggerState {
  return readStateJson<TriggerState>(triggersPath(dir), { nextId: 1, triggers: [] }, resolve(dir));
}

/** The next whole hour at or after `ms`. */
const ceilHour = (ms: number) => Math.ceil(ms / HOUR_MS) * HOUR_MS;

function nextDaily(trigger: StoredTrigger, afterMs: number): number {
  const zone = trigger.timeZone ?? 'UTC';
  let day = parseIsoDay(isoDayIn(new Date(afterMs), zone));
  for (let i = 0; day !== undefined && i < 3; i += 1) {
    const at = zonedInstant(formatIsoDay(day), trigger.hour ?? 0, 0, zone).getTime();
    if (at >= afterMs) return at;
    day = addDays(day, 1);
  }
  return Number.POSITIVE_INFINITY;
}

/** When `trigger` fires next, at or after `cursorMs`; Infinity when it never fires again. */
export function nextFiring(trigger: StoredTrigger, cursorMs: number): number {
  const fired = trigger.firedMs;
  if (trigger.kind === 'after' || trigger.kind === 'at')
    return fired !== undefined ? Number.POSITIVE_INFINITY : Math.max(trigger.atMs ?? 0, cursorMs);
  const notBefore = Math.max(cursorMs, fired === undefined ? trigger.createdMs : fired + 1);
  if (trigger.kind === 'daily') return nextDaily(trigger, notBefore);
  const period = Math.max(1, Math.round((trigger.everyHours ?? 1) * HOUR_MS));
  const first = ceilHour(trigger.createdMs + 1);
  return first + Math.max(0, Math.ceil((notBefore - first) / period)) * period;
}

/** The earliest firing due by `untilMs`. */
function dueFiring(dir: string, cursorMs: number, untilMs: number) {
  let best: { trigger: StoredTrigger; atMs: number } | undefined;
  for (const trigger of readTriggers(dir).triggers) {
    const atMs = nextFiring(trigger, cursorMs);
    if (atMs <= untilMs && (best === undefined || atMs < best.atMs)) best = { trigger, atMs };
  }
  return best;
}

function markFired(dir: string, id: string, atMs: number): void {
  const state = readTriggers(dir);
  const trigger = state.triggers.find((t) => t.id === id);
  if (trigger === undefined) return;
  trigger.firedMs = atMs;
  writeJsonAtomic(triggersPath(dir), state);
}

/** One firing: the handler run as its own execution, whatever it ends with. */
async function fire(
  dir: string,
  trigger: StoredTrigger,
  atMs: number,
  calendar: LockCalendar,
): Promise<ClockExecution> {
  const config = readConfig(dir);
  const runtime = await openRuntime(
    runtimeOptions(dir, { now: new Date(atMs), lockCalendar: calendar, byTrigger: true }),
  );
  const execution: ClockExecution = {
    handler: trigger.handler,
    triggerId: trigger.id,
    startMs: atMs,
    endMs: atMs,
  };
  try {
    // The time-driven event object (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events).
    const event = { authMode: 'FULL', triggerUid: trigger.id, timezone: config.timeZone };
    execution.value = runtime.invokeByName(trigger.handler, [event]);
  } catch (error) {
    execution.error = errorParts(error).message;
  } finally {
    execution.endMs = atMs + Math.round(runtime.meter.simulatedMs);
    await runtime.close();
  }
  return execution;
}

/**
 * Moves the workspace's clock from `from` (or where it stopped last) to `until`, firing every
 * trigger due on the way. `onExecution` sees each execution as it ends.
 */
export async function runClock(
  dir: string,
  options: { from?: Date; until: Date; onExecution?: (execution: ClockExecution) => void },
): Promise<ClockResult> {
  const stored = readStateJson<{ nowMs?: number }>(clockPath(dir), {}, resolve(dir));
  const fromMs = options.from?.getTime() ?? stored.nowMs ?? Date.now();
  const untilMs = options.until.getTime();
  if (untilMs < fromMs)
    throw new UserError(
      'bad-date',
      `L’horloge de l’espace de travail est déjà au ${new Date(fromMs).toLocaleString('fr-FR', { timeZone: readConfig(dir).timeZone })} : elle ne recule pas. Indiquez un moment plus tard avec --until, ou un départ avec --from.`,
    );
  const calendar: LockCalendar = { holds: [] };
  const executions: ClockExecution[] = [];
  let cursor = fromMs;
  for (let due = dueFiring(dir, cursor, untilMs); due !== undefined;) {
    cursor = due.atMs;
    markFired(dir, due.trigger.id, due.atMs);
    const execution = await fire(dir, due.trigger, due.atMs, calendar);
    executions.push(execution);
    options.onExecution?.(execution);
    due = dueFiring(dir, cursor, untilMs);
  }
  writeJsonAtomic(clockPath(dir), { nowMs: Math.max(untilMs, fromMs) });
  return { fromMs, untilMs, executions, lockHolds: calendar.holds };
}
