/**
 * Counts every Apps Script service call of a run, turns the counts into simulated Apps Script
 * time (costs.ts holds the table and its sources), stops the run past the execution limit, and
 * injects faults so that the product's safety is tested rather than assumed.
 */

/** Apps Script's own message when an execution passes its time limit. */
export const EXCEEDED_MAX_EXECUTION_TIME = 'Exceeded maximum execution time';

/** 6 minutes: the documented limit for a script execution (consumer and Workspace accounts). */
export const DEFAULT_EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/**
 * A simple trigger (onOpen, onEdit, onInstall…) "cannot run for longer than 30 seconds"
 * (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;
const SIMPLE_TRIGGERS: ReadonlySet<string> = new Set([
  'onOpen',
  'onEdit',
  'onInstall',
  'onSelectionChange',
]);

/** The time limit of an invocation: a simple trigger's when a simple trigger fires it. */
export function executionLimitMs(name: string, args: readonly unknown[]): number | undefined {
  const event = args[0];
  const fired = typeof event === 'object' && event !== null && 'authMode' in event;
  return fired && SIMPLE_TRIGGERS.has(name) ? SIMPLE_TRIGGER_LIMIT_MS : undefined;
}

export interface ServiceFault {
  /** A call name or prefix, e.g. 'MailApp.sendEmail' or 'DriveApp.'. */
  match: string;
  /** Message of the error the call throws. */
  message: string;
  /** Only the n-th matching call fails (1-based); every matching call when omitted. */
  nth?: number;
}

export interface FaultPlan {
  /** The n-th service call of the run (1-based) throws, as if the execution were killed there. */
  killAtCall?: number;
  /**
   * The execution dies right after the n-th call named `call` (1-based, the first by default) has
   * taken effect: its next call throws, or its end if it makes none.
   */
  killAfter?: { call: string; nth?: number };
  /**
   * The kill is a kill -9: the execution saves nothing when it ends, so that only what it made
   * durable before (a flush, a sent message) is left. Without it, a killed execution's writes are
   * kept, as Apps Script keeps what a failed execution wrote.
   */
  outright?: boolean;
  services?: ServiceFault[];
  /** Calls that take this much longer than the cost table says (a slow service on Google's side). */
  slow?: { match: string; ms: number }[];
}

export class ExecutionKilled extends Error {
  constructor(
    readonly callNumber: number,
    readonly callName: string,
  ) {
    super(`Exécution interrompue (injection de panne) à l'appel n° ${callNumber} : ${callName}`);
    this.name = 'ExecutionKilled';
  }
}

/**
 * The end of an execution past its time limit. Apps Script ends such an execution from outside:
 * the script cannot catch its way past it. The runtime throws this once, refuses every later
 * service call with it, and `runExecution` rethrows it even when the script caught it.
 */
export class ExecutionTimeLimit extends Error {
  constructor(message = EXCEEDED_MAX_EXECUTION_TIME) {
    super(message);
    this.name = 'ExecutionTimeLimit';
  }
}

/**
 * JavaScript time. The 6-minute limit counts the whole execution, the script's own computing as
 * well as its service calls (quotas page: "Script runtime 6 min / execution",
 * https://developers.google.com/apps-script/guides/services/quotas). The runtime measures the
 * CPU time of this process between service calls (process.cpuUsage, so that other processes on
 * the machine do not count) and charges it times SCRIPT_CPU_FACTOR. Estimate: Google publishes
 * no speed for its V8 servers; users report that scripts run noticeably slower there than on a
 * local machine (e.g. https://github.com/evbacher/gd2md-html/issues/122, "a lot slower"), so a
 * local millisecond is taken as 4 on Google's servers, the pessimistic side.
 */
export const SCRIPT_CPU_FACTOR = 4;

function cpuNowMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export type CostOf = (callName: string, units: number) => number;

export class CallMeter {
  readonly counts = new Map<string, number>();
  private totalCalls = 0;
  private elapsedMs = 0;
  private readonly matchingCounts = new Map<ServiceFault, number>();
  /** Calls named as `faults.killAfter.call` so far; the kill is due once it reaches nth. */
  private killAfterSeen = 0;
  /** Once killed, an execution makes no further call, even from a catch block. */
  private killed: ExecutionKilled | ExecutionTimeLimit | undefined;
  /** Service calls in progress (a call may call back into the script's objects). */
  private depth = 0;
  private lastExitCpuMs = cpuNowMs();
  private scriptCpuMs = 0;
  /** Checks a call is allowed (scopes, authorisation mode) before it counts; throws if not. */
  guard: (callName: string) => void = () => undefined;

  constructor(
    private readonly costOf: CostOf,
    private readonly faults: FaultPlan = {},
    private limitMs: number = DEFAULT_EXECUTION_LIMIT_MS,
    /** The error past `limitMs`: the 6-minute one, or the day's trigger runtime running out. */
    private readonly limitMessage: string = EXCEEDED_MAX_EXECUTION_TIME,
  ) {}

  /**
   * Records one call. `units` scales the cost of calls whose price grows with their size
   * (cells written, bytes rendered); 1 for the rest. Throws the injected fault or the time-limit
   * error before the call takes effect.
   */
  record(callName: string, units = 1): void {
    if (this.killed !== undefined) throw this.killed;
    this.guard(callName);
    this.totalCalls += 1;
    this.counts.set(callName, (this.counts.get(callName) ?? 0) + 1);
    if (this.faults.killAtCall === this.totalCalls || this.killAfterDue()) {
      this.killed = new ExecutionKilled(this.totalCalls, callName);
      throw this.killed;
    }
    if (this.faults.killAfter?.call === callName) this.killAfterSeen += 1;
    for (const fault of this.faults.services ?? []) {
      if (!callName.startsWith(fault.match)) continue;
      const seen = (this.matchingCounts.get(fault) ?? 0) + 1;
      this.matchingCounts.set(fault, seen);
      if (fault.nth === undefined || fault.nth === seen) throw new Error(fault.message);
    }
    this.elapsedMs += this.costOf(callName, units);
    for (const slow of this.faults.slow ?? [])
      if (callName.startsWith(slow.match)) this.elapsedMs += slow.ms;
    if (this.elapsedMs > this.limitMs) this.stop();
  }

  /** Time spent outside service calls (Utilities.sleep, lock waits, the script's computing). */
  advance(ms: number): void {
    if (this.killed !== undefined) throw this.killed;
    this.elapsedMs += ms;
    if (this.elapsedMs > this.limitMs) this.stop();
  }

  /** The call named by `faults.killAfter` has been made its nth time: the execution dies now. */
  private killAfterDue(): boolean {
    const after = this.faults.killAfter;
    return after !== undefined && this.killAfterSeen === (after.nth ?? 1);
  }

  private stop(): never {
    this.killed = new ExecutionTimeLimit(this.limitMessage);
    throw this.killed;
  }

  /** The script enters a service: the JavaScript time since it left the last one is charged. */
  enterService(): void {
    if (this.depth === 0) {
      const now = cpuNowMs();
      const spent = Math.max(0, now - this.lastExitCpuMs);
      this.lastExitCpuMs = now;
      this.scriptCpuMs += spent;
      this.advance(spent * SCRIPT_CPU_FACTOR);
    }
    this.depth += 1;
  }

  leaveService(): void {
    this.depth -= 1;
    if (this.depth === 0) this.lastExitCpuMs = cpuNowMs();
  }

  /**
   * Runs one invocation of the script: its JavaScript time is charged, and an execution stopped
   * by the time limit or an injected kill ends in that error whatever the script did with it.
   */
  runExecution<T>(work: () => T, limitMs?: number): T {
    if (limitMs !== undefined) this.limitMs = limitMs;
    this.depth = 0;
    this.lastExitCpuMs = cpuNowMs();
    let result: T;
    try {
      result = work();
    } catch (error) {
      this.chargeTail();
      throw this.killed ?? error;
    }
    this.chargeTail();
    if (this.killed === undefined && this.killAfterDue())
      this.killed = new ExecutionKilled(this.totalCalls, this.faults.killAfter?.call ?? '');
    if (this.killed !== undefined) throw this.killed;
    return result;
  }

  private chargeTail(): void {
    if (this.killed !== undefined) return;
    try {
      this.enterService();
      this.leaveService();
    } catch {
      // the limit passed in the script's last stretch: `killed` says so
    }
  }

  /** Local CPU milliseconds the script spent computing, before scaling. */
  get scriptMs(): number {
    return this.scriptCpuMs;
  }

  get wasKilled(): boolean {
    return this.killed !== undefined;
  }

  /** Killed as by kill -9: the execution's end saves nothing (FaultPlan.outright). */
  get killedOutright(): boolean {
    return this.killed instanceof ExecutionKilled && this.faults.outright === true;
  }

  get calls(): number {
    return this.totalCalls;
  }

  get simulatedMs(): number {
    return this.elapsedMs;
  }

  /**
   * The execution's clock: the simulated time so far, with the script's computing since it left
   * its last service call, not charged yet. On Google, `Date.now()` moves while the script
   * computes, so that a script timing its own work sees that work.
   */
  get clockMs(): number {
    const pending = this.depth === 0 ? Math.max(0, cpuNowMs() - this.lastExitCpuMs) : 0;
    return this.elapsedMs + pending * SCRIPT_CPU_FACTOR;
  }

  countsByName(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}
