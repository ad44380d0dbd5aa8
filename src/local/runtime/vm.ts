/**
 * Runs build/Code.js in a `node:vm` context that holds only the Apps Script globals we give it,
 * and a Date whose clock is the simulated one. Nothing of Node (process, require, Buffer,
 * timers) is reachable from the script, as in Apps Script's V8 runtime.
 */
import { createContext, runInContext, type Context } from 'node:vm';

export interface Clock {
  /** Milliseconds since the epoch, simulated. */
  now(): number;
}

/** A Date class whose `new Date()` and `Date.now()` read the simulated clock. */
export function simulatedDate(clock: Clock): DateConstructor {
  const RealDate = Date;
  class SimulatedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return clock.now();
    }
  }
  return SimulatedDate as DateConstructor;
}

export interface ScriptLog {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export interface Sandbox {
  context: Context;
  logs: ScriptLog[];
}

export function createSandbox(
  globals: Record<string, unknown>,
  dateClass: DateConstructor,
): Sandbox {
  const logs: ScriptLog[] = [];
  const log =
    (level: ScriptLog['level']) =>
    (...parts: unknown[]) =>
      logs.push({
        level,
        message: parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' '),
      });
  const consoleLike = {
    log: log('log'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  };
  const context = createContext({
    ...globals,
    Date: dateClass,
    console: consoleLike,
    Logger: { log: (...parts: unknown[]) => consoleLike.log(...parts) },
  });
  return { context, logs };
}

export function loadScript(sandbox: Sandbox, code: string, filename = 'Code.js'): void {
  runInContext(code, sandbox.context, { filename });
}

interface ServiceClock {
  enterService(): void;
  leaveService(): void;
}

/**
 * Wraps the service globals so that the time the script spends inside service calls is told
 * apart from its own JavaScript time: every function reached from a global (and from what it
 * returns: facades, iterators, arrays of facades) enters and leaves the clock. Plain data (values
 * grids, strings, Dates, bytes) is handed over as is.
 */
export function timedServices(
  globals: Record<string, unknown>,
  clock: ServiceClock,
): Record<string, unknown> {
  const targets = new WeakMap<object, object>();
  const proxies = new WeakMap<object, object>();
  const functions = new WeakMap<object, unknown>();
  const isData = (value: object) =>
    value instanceof Date || ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
  const wrap = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const known = functions.get(value);
      if (known !== undefined) return known;
      const original = value as (...args: unknown[]) => unknown;
      const timed = function (this: unknown, ...args: unknown[]) {
        const self = typeof this === 'object' && this !== null ? (targets.get(this) ?? this) : this;
        clock.enterService();
        try {
          return wrap(original.apply(self, args));
        } finally {
          clock.leaveService();
        }
      };
      functions.set(value, timed);
      return timed;
    }
    if (typeof value !== 'object' || value === null || isData(value)) return value;
    if (Array.isArray(value)) {
      const first: unknown = value[0];
      return typeof first === 'object' && first !== null && !Array.isArray(first) && !isData(first)
        ? value.map(wrap)
        : value;
    }
    const known = proxies.get(value);
    if (known !== undefined) return known;
    const proxy = new Proxy(value, { get: (target, key) => wrap(Reflect.get(target, key)) });
    proxies.set(value, proxy);
    targets.set(proxy, value);
    return proxy;
  };
  return Object.fromEntries(Object.entries(globals).map(([name, value]) => [name, wrap(value)]));
}

/** Calls a top-level function of the loaded script, as a trigger or google.script.run would. */
export function invoke(sandbox: Sandbox, name: string, args: readonly unknown[]): unknown {
  const fn = (sandbox.context as Record<string, unknown>)[name];
  if (typeof fn !== 'function') {
    throw new Error(`Script function not found: ${name}`);
  }
  return (fn as (...a: unknown[]) => unknown)(...args);
}
