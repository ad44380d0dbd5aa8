/**
 * The offline Apps Script runtime, assembled: the services over one workspace folder, a
 * simulated clock, and build/Code.js loaded in a vm context. One `openRuntime` … `close` is one
 * Apps Script execution: whatever it changed is saved when it ends, even when it ends in an error
 * (Apps Script does not roll back what a failed execution wrote or sent). Before that, a flush
 * makes its writes durable and a sent message is durable at once (workspace-state.ts), so that
 * an execution killed outright (kill -9) leaves what Google would have kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { costOf } from './cost-table';
import {
  CallMeter,
  DEFAULT_EXECUTION_LIMIT_MS,
  EXCEEDED_MAX_EXECUTION_TIME,
  executionLimitMs,
  type FaultPlan,
} from './meter';
import { createSpreadsheetApp, type UiRecord, type WorkbookModel } from './sheets';
import { createHtmlService } from './html-service';
import {
  createLockRegistry,
  createLockService,
  takeLockNow,
  type LockCalendar,
  type LockRegistry,
} from './lock';
import {
  documentCounter,
  DOCUMENTS_CREATED_PER_DAY,
  spend,
  triggerExecutionLimit,
  type AccountKind,
} from './daily-quotas';
import { createPropertiesService } from './properties';
import { createScriptApp } from './script-app';
import { createSession } from './session';
import { createUtilities } from './utilities';
import type * as ServerModule from '../../server/index';
import { authModeOf, isTriggerEvent, openScopeGate } from './scopes';
import {
  createSandbox,
  invoke,
  loadScript,
  simulatedDate,
  timedServices,
  type Sandbox,
} from './vm';
import { createMailApp, type MailOutbox } from './mail';
import { createDriveServices } from './drive';
import { WorkspaceState } from './workspace-state';
import { UserError } from '../errors';

export interface RuntimeOptions {
  workspaceDir: string;
  now: Date;
  timeZone: string;
  userEmail: string;
  /** The user's Google account language (Session.getActiveUserLocale): « fr » when not given. */
  userLocale?: string;
  mailDailyQuota: number;
  spreadsheetId: string;
  spreadsheetName: string;
  faults?: FaultPlan;
  /** build/ of the project: Code.js and Sidebar.html. */
  buildDir?: string;
  /** The project's trigger store, when several spreadsheets share one (state/triggers.json). */
  triggersPath?: string;
  /** Keep the workbook in backups/ before the execution (a run, not each sidebar call). */
  backUpWorkbook?: boolean;
  /** The workbook already read from workbook.xlsx by the caller (relance init): not read again. */
  workbook?: WorkbookModel;
  /** Consumer or Google Workspace account: the daily quotas (daily-quotas.ts). */
  account?: AccountKind;
  /** Add-on mode: the Editor add-on trigger rules apply (script-app.ts). */
  addOn?: boolean;
  /** Shared by the executions the workspace clock plays, which overlap on Google (lock.ts). */
  lockCalendar?: LockCalendar;
  /** A trigger started this execution: it counts against the day's trigger runtime. */
  byTrigger?: boolean;
}

/** The bundle's top-level functions, typed from src/server/index.ts (as the sidebar's client). */
type Server = typeof ServerModule;
export type ServerFunction = keyof Server;

export interface AppsScriptRuntime {
  meter: CallMeter;
  outbox: MailOutbox;
  ui: UiRecord;
  sandbox: Sandbox;
  /** Calls a server function: a renamed or re-typed one breaks its callers at compile time. */
  invoke<K extends ServerFunction>(name: K, args: Parameters<Server[K]>): ReturnType<Server[K]>;
  /** For names known only at run time (a trigger's handler, `relance call`). */
  invokeByName(name: string, args: readonly unknown[]): unknown;
  close(): Promise<void>;
}

/** build/ of this package, wherever the command is run from. */
export const PACKAGE_BUILD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../build');

function readCode(buildDir: string): string {
  const codePath = join(buildDir, 'Code.js');
  if (!existsSync(codePath))
    throw new UserError(
      'file-missing',
      `build/Code.js introuvable (${codePath}) : lancez d’abord « npm run build » dans le dossier de Relance.`,
    );
  return readFileSync(codePath, 'utf8');
}

/** The workspace's spreadsheet, properties, triggers, mail and quotas, as the options say. */
function loadState(dir: string, options: RuntimeOptions): Promise<WorkspaceState> {
  return WorkspaceState.load(dir, {
    timeZone: options.timeZone,
    name: options.spreadsheetName,
    backUp: options.backUpWorkbook === true,
    ...(options.workbook === undefined ? {} : { workbook: options.workbook }),
    ...(options.triggersPath === undefined ? {} : { triggersPath: options.triggersPath }),
  });
}

export async function openRuntime(options: RuntimeOptions): Promise<AppsScriptRuntime> {
  const dir = resolve(options.workspaceDir);
  const buildDir = options.buildDir ?? PACKAGE_BUILD_DIR;
  const code = readCode(buildDir);
  const state = await loadState(dir, options);
  const startMs = options.now.getTime();
  const meter = executionMeter(options, state);
  const gate = openScopeGate(buildDir, dir);
  meter.guard = (callName) => gate.check(callName);
  const clock = { now: () => startMs + Math.round(meter.clockMs) };
  const SimDate = simulatedDate(clock);
  const locks = createLockRegistry(options.lockCalendar, clock.now);
  const outbox: MailOutbox = state.mail;
  outbox.onSent = (mail) => state.recordSent(mail);
  const globals = serviceGlobals(options, {
    state,
    meter,
    clock,
    makeDate: (ms: number) => new SimDate(ms),
    locks,
    buildDir,
    gate,
  });
  const spreadsheet = globals.spreadsheet;
  const sandbox = createSandbox(timedServices(globals.services, meter), SimDate);
  loadScript(sandbox, code, 'Code.js');

  const run = (name: string, args: readonly unknown[]): unknown => {
    gate.mode = authModeOf(args);
    gate.fromTrigger = isTriggerEvent(args);
    return meter.runExecution(() => invoke(sandbox, name, args), executionLimitMs(name, args));
  };
  let closed = false;
  return {
    meter,
    outbox,
    ui: spreadsheet.ui,
    sandbox,
    invoke: <K extends ServerFunction>(name: K, args: Parameters<Server[K]>) =>
      run(name, args) as ReturnType<Server[K]>,
    invokeByName: run,
    close: async () => {
      if (closed) return;
      closed = true;
      if (options.byTrigger === true)
        spend(state.quotas.triggerMs, startMs, Math.round(meter.simulatedMs));
      try {
        // A process killed outright saves nothing: the next execution finds what was durable.
        if (!meter.killedOutright) await endExecution(state, locks);
      } finally {
        // Released only once everything is saved: the next holder reads what this one wrote.
        locks.releaseAll();
      }
    },
  };
}

/**
 * Saves what an execution wrote, under the document lock. The script may have released that lock
 * before its end, and another execution taken it (Lock.releaseLock "allowing other processes
 * waiting on the lock to continue",
 * https://developers.google.com/apps-script/reference/lock/lock#releaseLock()): that one read
 * what this one had flushed, and saves its own state whole. This one then saves nothing more: its
 * writes since its last flush are lost, as they may be on Google, where a script that released
 * the lock before flushing lets the next holder read without them. It never overwrites the other
 * execution's work with an older workbook.
 */
async function endExecution(state: WorkspaceState, locks: LockRegistry): Promise<void> {
  const documentLock = join(state.dir, 'state', 'locks', 'document.lock');
  if (takeLockNow(documentLock, locks) && !state.overtaken()) await state.save();
  else await state.deliverMail();
}

/**
 * The execution's meter. An execution a trigger started stops at 6 minutes or when the day's
 * trigger runtime runs out, whichever comes first ("Triggers total runtime", quotas page).
 */
function executionMeter(options: RuntimeOptions, state: WorkspaceState): CallMeter {
  const faults = options.faults ?? {};
  if (options.byTrigger !== true) return new CallMeter(costOf, faults);
  const { limitMs, message } = triggerExecutionLimit(
    state.quotas.triggerMs,
    options.account ?? 'consumer',
    options.now.getTime(),
    DEFAULT_EXECUTION_LIMIT_MS,
  );
  return new CallMeter(costOf, faults, limitMs, message ?? EXCEEDED_MAX_EXECUTION_TIME);
}

interface Wiring {
  state: WorkspaceState;
  meter: CallMeter;
  clock: { now: () => number };
  makeDate: (ms: number) => Date;
  locks: ReturnType<typeof createLockRegistry>;
  buildDir: string;
  gate: ReturnType<typeof openScopeGate>;
}

function serviceGlobals(options: RuntimeOptions, wiring: Wiring) {
  const { state, meter, clock, makeDate, gate } = wiring;
  const { triggerState } = state;
  const driveServices = createDriveServices(state.drive, meter, clock.now, {
    documentCreated: documentCounter(
      state.quotas.documents,
      DOCUMENTS_CREATED_PER_DAY[options.account ?? 'consumer'],
      clock.now,
    ),
    access: gate.driveAccess(),
  });
  const spreadsheet = createSpreadsheetApp(state.workbook, {
    meter,
    spreadsheetId: options.spreadsheetId,
    makeDate,
    now: clock.now,
    onFlush: () => state.persist(),
    sheetNamesNow: () => state.sheetNamesNow(),
  });
  const services: Record<string, unknown> = {
    SpreadsheetApp: spreadsheet.app,
    PropertiesService: createPropertiesService(state.stores, meter),
    LockService: createLockService(join(state.dir, 'state', 'locks'), meter, wiring.locks, {
      onAcquire: () => state.reloadIfChanged(),
    }),
    ScriptApp: createScriptApp(triggerState.triggers, meter, {
      now: clock.now,
      timeZone: options.timeZone,
      scriptId: `script-${options.spreadsheetId}`,
      documentId: options.spreadsheetId,
      reconsentRequired: () => gate.reconsentRequired,
      addOn: options.addOn === true,
      nextId: () => {
        const id = `trigger-${triggerState.nextId}`;
        triggerState.nextId += 1;
        return id;
      },
    }),
    Utilities: createUtilities(meter, { makeDate, uuid: randomUUID, now: clock.now }),
    Session: createSession(meter, {
      userEmail: options.userEmail,
      timeZone: options.timeZone,
      locale: options.userLocale ?? 'fr',
    }),
    HtmlService: createHtmlService(wiring.buildDir, meter),
    DriveApp: driveServices.DriveApp,
    DocumentApp: driveServices.DocumentApp,
    ...(gate.advancedDrive ? { Drive: driveServices.Drive } : {}),
    MailApp: createMailApp(state.mail, meter, {
      userEmail: options.userEmail,
      dailyLimit: options.mailDailyQuota,
      now: clock.now,
    }),
  };
  return { services, spreadsheet };
}
