/** ScriptApp, offline: installable triggers kept in the workspace. Sources inline. */
import type { Facade, NamedAs } from './facade-types';
import type { CallMeter } from './meter';

/* ------------------------------------------------------------------ ScriptApp */

export interface StoredTrigger {
  id: string;
  handler: string;
  kind: 'daily' | 'hourly' | 'after' | 'at';
  /** daily: hour of day and zone; hourly: hours between firings; after/at: the instant it fires. */
  hour?: number;
  everyHours?: number;
  timeZone?: string;
  atMs?: number;
  createdMs: number;
  /** When the workspace clock last fired it (src/local/clock.ts). */
  firedMs?: number;
  /** The document the trigger was created in (getUserTriggers(document) lists it). */
  documentId?: string;
}

/** "Triggers 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas). */
export const TRIGGER_LIMIT = 20;
export const TRIGGER_LIMIT_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/**
 * Add-on mode (workspace option `addOn`): "Each add-on can only have one trigger of each type,
 * per user, per document" and "time-driven triggers cannot run more frequently than once per
 * hour" (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 * Google's exact error texts are not published: these say which rule was broken.
 */
export const ADD_ON_ONE_TRIGGER_MESSAGE =
  'An add-on can only have one time-driven trigger per user per document.';
export const ADD_ON_HOURLY_MESSAGE =
  'Time-driven triggers of an add-on cannot run more frequently than once per hour.';
const HOUR_MS = 3_600_000;

type TriggerFacade = ReturnType<typeof triggerFacade>;

/** A trigger, https://developers.google.com/apps-script/reference/script/trigger. */
function triggerFacade(trigger: StoredTrigger) {
  return {
    getUniqueId: () => trigger.id,
    getHandlerFunction: () => trigger.handler,
    getEventType: () => 'CLOCK',
    getTriggerSource: () => 'CLOCK',
    // "For clock events this returns null"
    // (https://developers.google.com/apps-script/reference/script/trigger#getTriggerSourceId()):
    // every trigger here is a clock trigger; the document it belongs to shows in getUserTriggers.
    getTriggerSourceId: () => null,
  } satisfies Facade<GoogleAppsScript.Script.Trigger, 'getUniqueId' | 'getHandlerFunction'> &
    NamedAs<GoogleAppsScript.Script.Trigger>;
}

interface ClockState {
  days?: number;
  hours?: number;
  minutes?: number;
  hour?: number;
  timeZone: string;
  afterMs?: number;
  atMs?: number;
}

/**
 * ClockTriggerBuilder, https://developers.google.com/apps-script/reference/script/clock-trigger-builder:
 * atHour takes 0–23; create() needs a frequency (everyDays, after or at).
 */
function clockTriggerBuilder(
  meter: CallMeter,
  timeZone: string,
  create: (state: ClockState) => TriggerFacade,
) {
  const state: ClockState = { timeZone };
  const builder = {
    everyDays: (n: number) => {
      state.days = n;
      return builder;
    },
    everyHours: (n: number) => {
      if (!Number.isInteger(n) || n < 1) throw new Error('Invalid argument: hours');
      state.hours = n;
      return builder;
    },
    /** "n: the number of minutes between executions: 1, 5, 10, 15 or 30" (clock-trigger-builder#everyMinutes). */
    everyMinutes: (n: number) => {
      if (![1, 5, 10, 15, 30].includes(n)) throw new Error('Invalid argument: minutes');
      state.minutes = n;
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
      return create(state);
    },
  };
  const _shape: Facade<
    GoogleAppsScript.Script.ClockTriggerBuilder,
    | 'everyDays'
    | 'everyHours'
    | 'everyMinutes'
    | 'atHour'
    | 'nearMinute'
    | 'inTimezone'
    | 'after'
    | 'create'
  > = builder; // `at` takes a script Date, which Google types as its own Date interface
  return builder;
}

interface ScriptAppOptions {
  now: () => number;
  timeZone: string;
  scriptId: string;
  nextId: () => string;
  /** The document this execution runs in: triggers made here belong to it. */
  documentId?: string;
  /** True while the user has not granted every scope of the manifest (re-consent pending). */
  reconsentRequired?: () => boolean;
  /** Add-on mode: the Editor add-on trigger rules apply. */
  addOn?: boolean;
}

/**
 * https://developers.google.com/apps-script/reference/script/authorization-info:
 * getAuthorizationStatus() is REQUIRED when the user must authorise the script (again), and
 * getAuthorizationUrl() gives the page to do it, null when nothing is required.
 */
function authorizationInfo(authMode: unknown, options: ScriptAppOptions) {
  if (!['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'].includes(String(authMode)))
    throw new Error(
      `The parameters (${String(authMode)}) don't match the method signature for ScriptApp.getAuthorizationInfo.`,
    );
  const required = String(authMode) === 'FULL' && (options.reconsentRequired?.() ?? false);
  return {
    getAuthorizationStatus: () => (required ? 'REQUIRED' : 'NOT_REQUIRED'),
    getAuthorizationUrl: () =>
      required ? `https://script.google.com/macros/d/${options.scriptId}/authorize` : null,
  } satisfies NamedAs<GoogleAppsScript.Script.AuthorizationInfo>;
}

const SCRIPT_APP_ENUMS = {
  AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
  InstallationSource: {
    NONE: 'NONE',
    APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
    WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
  },
  AuthMode: { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' },
  EventType: { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT' },
} as const;

/** The shortest time between two firings of a trigger being built; undefined for a one-off at. */
function periodMs(state: ClockState, nowMs: number): number | undefined {
  if (state.minutes !== undefined) return state.minutes * 60_000;
  if (state.afterMs !== undefined) return state.afterMs;
  if (state.atMs !== undefined) return Math.max(0, state.atMs - nowMs);
  if (state.hours !== undefined) return state.hours * HOUR_MS;
  return state.days === undefined ? undefined : state.days * 24 * HOUR_MS;
}

/** The add-on rules, checked before a time-driven trigger is stored. */
function checkAddOnRules(triggers: StoredTrigger[], state: ClockState, options: ScriptAppOptions) {
  if (options.addOn !== true) return;
  if (triggers.some((t) => t.documentId === options.documentId))
    throw new Error(ADD_ON_ONE_TRIGGER_MESSAGE);
  const period = periodMs(state, options.now());
  if (period !== undefined && period < HOUR_MS) throw new Error(ADD_ON_HOURLY_MESSAGE);
}

/** Stores a new trigger (within the quota) and returns its facade. */
function triggerStore(triggers: StoredTrigger[], options: ScriptAppOptions) {
  const add = (trigger: Omit<StoredTrigger, 'id' | 'createdMs'>) => {
    if (triggers.length >= TRIGGER_LIMIT) throw new Error(TRIGGER_LIMIT_MESSAGE);
    const stored: StoredTrigger = {
      ...trigger,
      id: options.nextId(),
      createdMs: options.now(),
      ...(options.documentId === undefined ? {} : { documentId: options.documentId }),
    };
    triggers.push(stored);
    return triggerFacade(stored);
  };
  return (handler: string) => (state: ClockState) => {
    checkAddOnRules(triggers, state, options);
    if (state.minutes !== undefined)
      return add({ handler, kind: 'hourly', everyHours: state.minutes / 60 });
    if (state.hours !== undefined)
      return add({ handler, kind: 'hourly', everyHours: state.hours, timeZone: state.timeZone });
    if (state.afterMs !== undefined)
      return add({ handler, kind: 'after', atMs: options.now() + state.afterMs });
    if (state.atMs !== undefined) return add({ handler, kind: 'at', atMs: state.atMs });
    if (state.days === undefined)
      throw new Error('Trigger frequency is not set: call everyDays, everyHours, after or at.');
    return add({ handler, kind: 'daily', hour: state.hour ?? 0, timeZone: state.timeZone });
  };
}

/** Triggers stored before documents were recorded came from the workspace's own spreadsheet. */
function adoptUnrecordedTriggers(triggers: StoredTrigger[], documentId: string | undefined): void {
  if (documentId === undefined) return;
  for (const t of triggers) t.documentId ??= documentId;
}

/**
 * "Gets the OAuth 2.0 access token for the effective user"
 * (https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()): the
 * sidebar hands it to the Google Picker. Offline there is no Google account: an opaque text that
 * only the offline Picker (src/local/sidebar-server.ts) receives.
 */
function oauthToken(meter: CallMeter, scriptId: string): string {
  meter.record('ScriptApp.getOAuthToken');
  return `offline-token-${scriptId}`;
}

export function createScriptApp(
  triggers: StoredTrigger[],
  meter: CallMeter,
  options: ScriptAppOptions,
) {
  adoptUnrecordedTriggers(triggers, options.documentId);
  const createFor = triggerStore(triggers, options);
  return {
    newTrigger: (handler: string) => {
      meter.record('ScriptApp.newTrigger');
      return {
        timeBased: () => clockTriggerBuilder(meter, options.timeZone, createFor(handler)),
      } satisfies Facade<GoogleAppsScript.Script.TriggerBuilder, 'timeBased'>;
    },
    /**
     * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers():
     * "all installable triggers associated with the current project and current user" — every
     * document the project runs in. #getUserTriggers(Spreadsheet): "all installable triggers
     * owned by this user in the given spreadsheet, for this script or add-on only".
     */
    getProjectTriggers: () => {
      meter.record('ScriptApp.getProjectTriggers');
      return triggers.map(triggerFacade);
    },
    getUserTriggers: (document: { getId(): string }) => {
      meter.record('ScriptApp.getUserTriggers');
      if (typeof document?.getId !== 'function')
        throw new Error(
          "The parameters (undefined) don't match the method signature for ScriptApp.getUserTriggers.",
        );
      const id = document.getId();
      return triggers.filter((t) => t.documentId === id).map(triggerFacade);
    },
    deleteTrigger: (trigger: GoogleAppsScript.Script.Trigger) => {
      meter.record('ScriptApp.deleteTrigger');
      const id = trigger.getUniqueId();
      const index = triggers.findIndex((t) => t.id === id);
      if (index >= 0) triggers.splice(index, 1);
    },
    getAuthorizationInfo: (authMode: GoogleAppsScript.Script.AuthMode) => {
      meter.record('ScriptApp.getAuthorizationInfo');
      return authorizationInfo(authMode, options);
    },
    getScriptId: () => options.scriptId,
    getOAuthToken: () => oauthToken(meter, options.scriptId),
    getInstallationSource: () => 'NONE',
    ...SCRIPT_APP_ENUMS,
  } satisfies Facade<
    GoogleAppsScript.Script.ScriptApp,
    | 'newTrigger'
    | 'getProjectTriggers'
    | 'getUserTriggers'
    | 'deleteTrigger'
    | 'getAuthorizationInfo'
    | 'getScriptId'
    | 'getOAuthToken'
  > &
    Record<string, unknown>;
}
