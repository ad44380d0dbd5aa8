/**
 * PropertiesService, LockService, ScriptApp (triggers), Utilities, Session and HtmlService,
 * offline. Each one keeps the documented contract the product relies on; sources inline.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { CallMeter } from './meter';
import { DEFAULT_EXECUTION_LIMIT_MS } from './meter';

/* ------------------------------------------------------------------ PropertiesService */

/**
 * Quotas for Google Services (https://developers.google.com/apps-script/guides/services/quotas):
 * "Properties value size 9 KB / val", "Properties total storage 500 KB / property store".
 * The page does not quote the errors; these are the messages Apps Script throws.
 */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
export const PROPERTY_VALUE_TOO_LARGE = 'Argument too large: value';
export const PROPERTY_STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export interface PropertyStores {
  document: Record<string, string>;
  script: Record<string, string>;
  user: Record<string, string>;
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function storeBytes(store: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(store)) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

export function createPropertiesService(stores: PropertyStores, meter: CallMeter) {
  const properties = (name: keyof PropertyStores) => {
    const record = (method: string) => meter.record(`PropertiesService.Properties.${method}`);
    const checkAndSet = (next: Record<string, string>) => {
      for (const value of Object.values(next)) {
        if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT_BYTES)
          throw new Error(PROPERTY_VALUE_TOO_LARGE);
      }
      if (storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) throw new Error(PROPERTY_STORE_FULL);
      stores[name] = next;
    };
    const facade = {
      getProperty: (key: string) => {
        record('getProperty');
        return stores[name][key] ?? null;
      },
      getProperties: () => {
        record('getProperties');
        return { ...stores[name] };
      },
      getKeys: () => {
        record('getKeys');
        return Object.keys(stores[name]);
      },
      setProperty: (key: string, value: unknown) => {
        record('setProperty');
        checkAndSet({ ...stores[name], [key]: String(value) });
        return facade;
      },
      setProperties: (props: Record<string, unknown>, deleteAllOthers = false) => {
        record('setProperties');
        const base = deleteAllOthers ? {} : { ...stores[name] };
        for (const [key, value] of Object.entries(props)) base[key] = String(value);
        checkAndSet(base);
        return facade;
      },
      deleteProperty: (key: string) => {
        record('deleteProperty');
        const next = { ...stores[name] };
        delete next[key];
        stores[name] = next;
        return facade;
      },
      deleteAllProperties: () => {
        record('deleteAllProperties');
        stores[name] = {};
        return facade;
      },
    };
    return facade;
  };
  return {
    getDocumentProperties: () => {
      meter.record('PropertiesService.getDocumentProperties');
      return properties('document');
    },
    getScriptProperties: () => {
      meter.record('PropertiesService.getScriptProperties');
      return properties('script');
    },
    getUserProperties: () => {
      meter.record('PropertiesService.getUserProperties');
      return properties('user');
    },
  };
}

/* ------------------------------------------------------------------ LockService */

/**
 * https://developers.google.com/apps-script/reference/lock/lock — tryLock(timeoutInMillis)
 * "Attempts to acquire the lock, timing out after the provided number of milliseconds. This
 * method has no effect if the lock has already been acquired." waitLock throws
 * "Lock timeout: another process was holding the lock for too long." on timeout. A lock is
 * released by releaseLock or when its execution ends.
 *
 * Executions here run much faster than on Google's servers, so the lock is kept in simulated
 * time: each holding is recorded in state/locks/<scope>.json as [from, until) on the simulated
 * clock, and an execution cannot take the lock at a simulated instant another one holds it. Two
 * runs started at the same simulated moment therefore contend as they would in Apps Script,
 * whatever their real speed. Records are updated under a short exclusive file mutex, so that
 * separate processes sharing a workspace agree.
 */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';
const LOCK_POLL_MS = 50;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

interface LockHolding {
  id: string;
  pid: number;
  from: number;
  /** null while the holder has not released it. */
  until: number | null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function withMutex<T>(path: string, work: () => T): T {
  const mutex = `${path}.mutex`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      closeSync(openSync(mutex, 'wx'));
      break;
    } catch {
      if (attempt > 200) {
        // A process died inside the critical section: its mutex is stale.
        try {
          unlinkSync(mutex);
        } catch {
          // already gone
        }
      }
      sleepSync(5);
    }
  }
  try {
    return work();
  } finally {
    try {
      unlinkSync(mutex);
    } catch {
      // already gone
    }
  }
}

function readHoldings(path: string): LockHolding[] {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LockHolding[]) : [];
}

export interface LockRegistry {
  /** Holdings of this execution: lock file → holding id. */
  held: Map<string, string>;
  release(path: string): void;
  releaseAll(): void;
}

export function createLockService(
  lockDir: string,
  meter: CallMeter,
  registry: LockRegistry,
  now: () => number,
) {
  mkdirSync(lockDir, { recursive: true });
  const lock = (scope: 'document' | 'script' | 'user') => {
    const path = join(lockDir, `${scope}.json`);
    /** Takes the lock at the current simulated instant, or says until when it is held. */
    const attempt = (): { ok: true } | { ok: false; until: number | null } => {
      if (registry.held.has(path)) return { ok: true };
      return withMutex(path, () => {
        const t = now();
        const holdings = readHoldings(path).filter((h) => {
          if (h.until === null && h.pid !== process.pid && !processAlive(h.pid))
            return h.from + DEFAULT_EXECUTION_LIMIT_MS > t;
          return h.until === null || h.until > t - 86_400_000;
        });
        const blocking = holdings.find((h) => h.from <= t && (h.until === null || h.until > t));
        if (blocking) return { ok: false as const, until: blocking.until };
        const id = `${process.pid}-${t}-${Math.random().toString(36).slice(2, 8)}`;
        holdings.push({ id, pid: process.pid, from: t, until: null });
        writeFileSync(path, JSON.stringify(holdings));
        registry.held.set(path, id);
        return { ok: true as const };
      });
    };
    const acquire = (timeoutMs: number): boolean => {
      let waited = 0;
      for (;;) {
        const result = attempt();
        if (result.ok) return true;
        if (waited >= timeoutMs) return false;
        // A holder already finished (in simulated time) ends at `until`: wait for it in
        // simulated time. A holder still running: wait in real time too.
        const step =
          result.until === null
            ? LOCK_POLL_MS
            : Math.max(1, Math.min(timeoutMs - waited, result.until - now()));
        if (result.until === null) sleepSync(LOCK_POLL_MS);
        meter.advance(step);
        waited += step;
      }
    };
    return {
      tryLock: (timeoutInMillis: number) => {
        meter.record('LockService.Lock.tryLock');
        return acquire(timeoutInMillis);
      },
      waitLock: (timeoutInMillis: number) => {
        meter.record('LockService.Lock.waitLock');
        if (!acquire(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
      },
      releaseLock: () => {
        meter.record('LockService.Lock.releaseLock');
        registry.release(path);
      },
      hasLock: () => registry.held.has(path),
    };
  };
  registry.release = (path: string) => {
    const id = registry.held.get(path);
    if (id === undefined) return;
    registry.held.delete(path);
    withMutex(path, () => {
      const holdings = readHoldings(path).map((h) => (h.id === id ? { ...h, until: now() } : h));
      writeFileSync(path, JSON.stringify(holdings));
    });
  };
  return {
    getDocumentLock: () => {
      meter.record('LockService.getDocumentLock');
      return lock('document');
    },
    getScriptLock: () => {
      meter.record('LockService.getScriptLock');
      return lock('script');
    },
    getUserLock: () => {
      meter.record('LockService.getUserLock');
      return lock('user');
    },
  };
}

export function createLockRegistry(): LockRegistry {
  const registry = {
    held: new Map<string, string>(),
    release: (_path: string) => undefined as void,
    releaseAll: () => {
      for (const path of [...registry.held.keys()]) registry.release(path);
    },
  };
  return registry;
}

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

/** Triggers that would fire in (fromMs, toMs]: one-off ones by instant, daily ones by hour. */
export function dueTriggers(
  triggers: readonly StoredTrigger[],
  fromMs: number,
  toMs: number,
  hourAt: (ms: number, tz: string) => number,
): StoredTrigger[] {
  return triggers.filter((t) => {
    if (t.kind !== 'daily') return t.atMs !== undefined && t.atMs > fromMs && t.atMs <= toMs;
    return hourAt(toMs, t.timeZone ?? 'Europe/Paris') >= (t.hour ?? 0);
  });
}

/* ------------------------------------------------------------------ Utilities */

const JAVA_PATTERN = /'([^']*)'|y+|M+|d+|H+|h+|m+|s+|S+|E+|a|Z+|X+|z+|u/g;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function wallClock(ms: number, timeZone: string) {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    }).formatToParts(new Date(ms));
  } catch {
    throw new Error(`Invalid argument: timeZone (${timeZone})`);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  const year = Number(get('year'));
  const month = Number(get('month'));
  const day = Number(get('day'));
  const hour = Number(get('hour'));
  const minute = Number(get('minute'));
  const second = Number(get('second'));
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wallMs - Math.floor(ms / 1000) * 1000) / 60000);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millis: ((ms % 1000) + 1000) % 1000,
    weekday: new Date(wallMs).getUTCDay(),
    offsetMinutes,
  };
}

/**
 * Utilities.formatDate(date, timeZone, format): format is a Java SimpleDateFormat pattern
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const w = wallClock(date.getTime(), timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const offset = (colon: boolean) => {
    const sign = w.offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(w.offsetMinutes);
    return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
  };
  return pattern.replace(JAVA_PATTERN, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const n = token.length;
    switch (token[0]) {
      case 'y':
        return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
      case 'M':
        return n >= 4
          ? (MONTHS_EN[w.month - 1] ?? '')
          : n === 3
            ? (MONTHS_EN[w.month - 1] ?? '').slice(0, 3)
            : pad(w.month, n);
      case 'd':
        return pad(w.day, n);
      case 'H':
        return pad(w.hour, n);
      case 'h':
        return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
      case 'm':
        return pad(w.minute, n);
      case 's':
        return pad(w.second, n);
      case 'S':
        return pad(w.millis, n);
      case 'E':
        return n >= 4 ? (DAYS_EN[w.weekday] ?? '') : (DAYS_EN[w.weekday] ?? '').slice(0, 3);
      case 'u':
        return String(w.weekday === 0 ? 7 : w.weekday);
      case 'a':
        return w.hour < 12 ? 'AM' : 'PM';
      case 'Z':
        return offset(false);
      case 'X':
        return w.offsetMinutes === 0 ? 'Z' : offset(n >= 3);
      case 'z':
        return timeZone;
      default:
        return token;
    }
  });
}

/** Utilities.parseDate(date, timeZone, format) for the numeric patterns Relance uses. */
export function parseDate(text: string, timeZone: string, pattern: string): Date {
  const fields: string[] = [];
  const regex = new RegExp(
    `^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/yyyy|MM|dd|HH|mm|ss/g, (token) => {
      fields.push(token);
      return token === 'yyyy' ? '(\\d{4})' : '(\\d{1,2})';
    })}$`,
  );
  const match = regex.exec(text.trim());
  if (!match) throw new Error(`Unparseable date: "${text}"`);
  const value = (token: string, fallback: number) => {
    const index = fields.indexOf(token);
    return index < 0 ? fallback : Number(match[index + 1]);
  };
  const guess = Date.UTC(
    value('yyyy', 1970),
    value('MM', 1) - 1,
    value('dd', 1),
    value('HH', 0),
    value('mm', 0),
    value('ss', 0),
  );
  const first = guess - wallClock(guess, timeZone).offsetMinutes * 60000;
  return new Date(guess - wallClock(first, timeZone).offsetMinutes * 60000);
}

export class Blob {
  constructor(
    private bytes: Uint8Array,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getBytes(): number[] {
    return Array.from(this.bytes);
  }
  getRawBytes(): Uint8Array {
    return this.bytes;
  }
  getDataAsString(): string {
    return Buffer.from(this.bytes).toString('utf8');
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(type: string): Blob {
    this.contentType = type;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = name;
    return this;
  }
  getBlob(): Blob {
    return this;
  }
  copyBlob(): Blob {
    return new Blob(new Uint8Array(this.bytes), this.contentType, this.name);
  }
}

export function createUtilities(
  meter: CallMeter,
  options: { makeDate: (ms: number) => Date; uuid: () => string },
) {
  return {
    formatDate: (date: Date, timeZone: string, format: string) => {
      meter.record('Utilities.formatDate');
      return formatDate(date, timeZone, format);
    },
    parseDate: (text: string, timeZone: string, format: string) => {
      meter.record('Utilities.parseDate');
      return options.makeDate(parseDate(text, timeZone, format).getTime());
    },
    newBlob: (data: string | number[] | Uint8Array, contentType?: string, name?: string) => {
      meter.record('Utilities.newBlob');
      const bytes =
        typeof data === 'string'
          ? new TextEncoder().encode(data)
          : Uint8Array.from(data as ArrayLike<number>);
      return new Blob(bytes, contentType ?? null, name ?? null);
    },
    sleep: (ms: number) => {
      meter.record('Utilities.sleep');
      meter.advance(ms);
    },
    getUuid: () => options.uuid(),
    base64Encode: (data: string | number[]) =>
      Buffer.from(
        typeof data === 'string' ? Buffer.from(data, 'utf8') : Uint8Array.from(data),
      ).toString('base64'),
    base64Decode: (text: string) => Array.from(Buffer.from(text, 'base64')),
  };
}

/* ------------------------------------------------------------------ Session, HtmlService */

export function createSession(options: { userEmail: string; timeZone: string; locale: string }) {
  const user = { getEmail: () => options.userEmail };
  return {
    getActiveUser: () => user,
    getEffectiveUser: () => user,
    getScriptTimeZone: () => options.timeZone,
    getActiveUserLocale: () => options.locale,
    getTemporaryActiveUserKey: () => 'local-user',
  };
}

export function createHtmlService(buildDir: string, meter: CallMeter) {
  const output = (html: string) => {
    let title = '';
    const facade = {
      getContent: () => html,
      setTitle: (t: string) => {
        title = t;
        return facade;
      },
      getTitle: () => title,
      setWidth: () => facade,
      setHeight: () => facade,
      setSandboxMode: () => facade,
      setXFrameOptionsMode: () => facade,
      addMetaTag: () => facade,
    };
    return facade;
  };
  return {
    createHtmlOutputFromFile: (name: string) => {
      meter.record('HtmlService.createHtmlOutputFromFile');
      const path = join(buildDir, name.endsWith('.html') ? name : `${name}.html`);
      if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
      return output(readFileSync(path, 'utf8'));
    },
    createHtmlOutput: (html = '') => {
      meter.record('HtmlService.createHtmlOutput');
      return output(html);
    },
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
  };
}
