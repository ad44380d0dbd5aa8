/**
 * Counts every Apps Script service call of a run, turns the counts into simulated Apps Script
 * time (costs.ts holds the table and its sources), stops the run past the execution limit, and
 * injects faults so that the product's safety is tested rather than assumed.
 */

/** Apps Script's own message when an execution passes its time limit. */
export const EXCEEDED_MAX_EXECUTION_TIME = 'Exceeded maximum execution time';

/** 6 minutes: the documented limit for a script execution (consumer and Workspace accounts). */
export const DEFAULT_EXECUTION_LIMIT_MS = 6 * 60 * 1000;

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
  services?: ServiceFault[];
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

export type CostOf = (callName: string, units: number) => number;

export class CallMeter {
  readonly counts = new Map<string, number>();
  private totalCalls = 0;
  private elapsedMs = 0;
  private readonly matchingCounts = new Map<ServiceFault, number>();
  /** Once killed, an execution makes no further call, even from a catch block. */
  private killed: ExecutionKilled | undefined;
  /** Checks a call is allowed (scopes, authorisation mode) before it counts; throws if not. */
  guard: (callName: string) => void = () => undefined;

  constructor(
    private readonly costOf: CostOf,
    private readonly faults: FaultPlan = {},
    private readonly limitMs: number = DEFAULT_EXECUTION_LIMIT_MS,
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
    if (this.faults.killAtCall === this.totalCalls) {
      this.killed = new ExecutionKilled(this.totalCalls, callName);
      throw this.killed;
    }
    for (const fault of this.faults.services ?? []) {
      if (!callName.startsWith(fault.match)) continue;
      const seen = (this.matchingCounts.get(fault) ?? 0) + 1;
      this.matchingCounts.set(fault, seen);
      if (fault.nth === undefined || fault.nth === seen) throw new Error(fault.message);
    }
    this.elapsedMs += this.costOf(callName, units);
    if (this.elapsedMs > this.limitMs) throw new Error(EXCEEDED_MAX_EXECUTION_TIME);
  }

  /** Time spent outside service calls (Utilities.sleep, lock waits). */
  advance(ms: number): void {
    this.elapsedMs += ms;
    if (this.elapsedMs > this.limitMs) throw new Error(EXCEEDED_MAX_EXECUTION_TIME);
  }

  get wasKilled(): boolean {
    return this.killed !== undefined;
  }

  get calls(): number {
    return this.totalCalls;
  }

  get simulatedMs(): number {
    return this.elapsedMs;
  }

  countsByName(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}
