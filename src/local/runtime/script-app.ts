/** ScriptApp, offline: installable triggers kept in the workspace. Sources inline. */
import type { CallMeter } from './meter';

/* ------------------------------------------------------------------ ScriptApp */

export interface StoredTrigger {
  id: string;
  handler: string;
  kind: 'daily' | 'after' | 'at';
  /** daily: hour of day and zone; after/at: the instant it fires. */
  hour?: number;
  timeZone?: string;
  atMs?: number;
  createdMs: number;
}

/**
 * "Triggers 20 / user / script" (quotas page). An add-on may have only one time-driven trigger
 * of each kind per document, and may not fire more than once an hour
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions);
 * Relance keeps one daily trigger and at most one one-off continuation.
 */
export const TRIGGER_LIMIT = 20;
export const TRIGGER_LIMIT_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export function createScriptApp(
  triggers: StoredTrigger[],
  meter: CallMeter,
  options: { now: () => number; timeZone: string; scriptId: string; nextId: () => string },
) {
  const facadeOf = (trigger: StoredTrigger) => ({
    getUniqueId: () => trigger.id,
    getHandlerFunction: () => trigger.handler,
    getEventType: () => 'CLOCK',
    getTriggerSource: () => 'CLOCK',
    __id: trigger.id,
  });
  const add = (trigger: Omit<StoredTrigger, 'id' | 'createdMs'>) => {
    if (triggers.length >= TRIGGER_LIMIT) throw new Error(TRIGGER_LIMIT_MESSAGE);
    const stored: StoredTrigger = { ...trigger, id: options.nextId(), createdMs: options.now() };
    triggers.push(stored);
    return facadeOf(stored);
  };
  return {
    newTrigger: (handler: string) => {
      meter.record('ScriptApp.newTrigger');
      return {
        timeBased: () => {
          const state: {
            days?: number;
            hour?: number;
            timeZone: string;
            afterMs?: number;
            atMs?: number;
          } = {
            timeZone: options.timeZone,
          };
          const builder = {
            everyDays: (n: number) => {
              state.days = n;
              return builder;
            },
            atHour: (hour: number) => {
              if (!Number.isInteger(hour) || hour < 0 || hour > 23)
                throw new Error('Invalid argument: hour');
              state.hour = hour;
              return builder;
            },
            nearMinute: () => builder,
            inTimezone: (tz: string) => {
              state.timeZone = tz;
              return builder;
            },
            after: (ms: number) => {
              state.afterMs = ms;
              return builder;
            },
            at: (date: Date) => {
              state.atMs = date.getTime();
              return builder;
            },
            create: () => {
              meter.record('ScriptApp.TriggerBuilder.create');
              if (state.afterMs !== undefined)
                return add({ handler, kind: 'after', atMs: options.now() + state.afterMs });
              if (state.atMs !== undefined) return add({ handler, kind: 'at', atMs: state.atMs });
              if (state.days === undefined)
                throw new Error('Trigger frequency is not set: call everyDays, after or at.');
              return add({
                handler,
                kind: 'daily',
                hour: state.hour ?? 0,
                timeZone: state.timeZone,
              });
            },
          };
          return builder;
        },
      };
    },
    getProjectTriggers: () => {
      meter.record('ScriptApp.getProjectTriggers');
      return triggers.map(facadeOf);
    },
    getUserTriggers: () => {
      meter.record('ScriptApp.getUserTriggers');
      return triggers.map(facadeOf);
    },
    deleteTrigger: (trigger: { __id?: string }) => {
      meter.record('ScriptApp.deleteTrigger');
      const index = triggers.findIndex((t) => t.id === trigger.__id);
      if (index >= 0) triggers.splice(index, 1);
    },
    getScriptId: () => options.scriptId,
    getInstallationSource: () => 'NONE',
    InstallationSource: {
      NONE: 'NONE',
      APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
      WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
    },
    AuthMode: {
      NONE: 'NONE',
      CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
      LIMITED: 'LIMITED',
      FULL: 'FULL',
    },
    EventType: { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT' },
  };
}
