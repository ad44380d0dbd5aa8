/**
 * The offline Apps Script runtime, assembled: the services over one workspace folder, a
 * simulated clock, and build/Code.js loaded in a vm context. One `openRuntime` … `close` is one
 * Apps Script execution: whatever it changed is saved when it ends, even when it ends in an error
 * (Apps Script does not roll back what a failed execution wrote or sent).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { costOf } from './cost-table';
import { CallMeter, type FaultPlan } from './meter';
import { createSpreadsheetApp, type UiRecord } from './sheets';
import { createHtmlService } from './html-service';
import { createLockRegistry, createLockService } from './lock';
import { createPropertiesService, type PropertyStores } from './properties';
import { createScriptApp, type StoredTrigger } from './script-app';
import { createSession } from './session';
import { createUtilities } from './utilities';
import type * as ServerModule from '../../server/index';
import { authModeOf, openScopeGate } from './scopes';
import {
  createSandbox,
  invoke,
  loadScript,
  simulatedDate,
  timedServices,
  type Sandbox,
} from './vm';
import { writeChartImages } from './chart-svg';
import { loadWorkbook, readSheetExtras, saveWorkbook, sheetExtrasOf } from './xlsx-io';
import { createMailApp, readQuota, writeOutbox, type MailOutbox } from './mail';
import { isoDayIn } from '../time';
import { createDriveServices, DriveState } from './drive';

export interface RuntimeOptions {
  workspaceDir: string;
  now: Date;
  timeZone: string;
  userEmail: string;
  mailDailyQuota: number;
  spreadsheetId: string;
  spreadsheetName: string;
  faults?: FaultPlan;
  /** build/ of the project: Code.js and Sidebar.html. */
  buildDir?: string;
  /** The project's trigger store, when several spreadsheets share one (state/triggers.json). */
  triggersPath?: string;
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

function readJson<T>(path: string, fallback: T): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback;
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Writes a state file only when the execution changed it: a run that found the document
 *  locked must not overwrite what the run holding the lock saves. */
function writeJsonIfChanged(path: string, value: unknown, before: string): void {
  if (JSON.stringify(value) !== before) writeJson(path, value);
}

export async function openRuntime(options: RuntimeOptions): Promise<AppsScriptRuntime> {
  const dir = resolve(options.workspaceDir);
  const buildDir = options.buildDir ?? resolve('build');
  const codePath = join(buildDir, 'Code.js');
  if (!existsSync(codePath)) {
    throw new Error(`build/Code.js introuvable : lancez d’abord « npm run build ».`);
  }
  const workbookPath = join(dir, 'workbook.xlsx');
  const workbook = await loadWorkbook(workbookPath, options.timeZone);
  workbook.name = options.spreadsheetName;
  const chartsPath = join(dir, 'state', 'charts.json');
  readSheetExtras(workbook, chartsPath);
  const propertiesPath = join(dir, 'state', 'properties.json');
  const triggersPath = options.triggersPath ?? join(dir, 'state', 'triggers.json');
  const stores = readJson<PropertyStores>(propertiesPath, { document: {}, script: {}, user: {} });
  const triggerState = readJson<{ nextId: number; triggers: StoredTrigger[] }>(triggersPath, {
    nextId: 1,
    triggers: [],
  });

  const meter = new CallMeter(costOf, options.faults ?? {});
  const gate = openScopeGate(buildDir, dir);
  meter.guard = (callName) => gate.check(callName);
  const startMs = options.now.getTime();
  const clock = { now: () => startMs + Math.round(meter.simulatedMs) };
  const SimDate = simulatedDate(clock);
  const makeDate = (ms: number) => new SimDate(ms);
  const locks = createLockRegistry();

  const quotaPath = join(dir, 'state', 'mail-quota.json');
  const outbox: MailOutbox = { sent: [], quota: readQuota(quotaPath) };
  const initial = {
    stores: JSON.stringify(stores),
    triggers: JSON.stringify(triggerState),
    quota: JSON.stringify(outbox.quota),
    charts: JSON.stringify(sheetExtrasOf(workbook)),
  };
  const drive = new DriveState(join(dir, 'drive'));
  const driveServices = createDriveServices(drive, meter, clock.now);
  const spreadsheet = createSpreadsheetApp(workbook, {
    meter,
    spreadsheetId: options.spreadsheetId,
    makeDate,
  });
  const globals: Record<string, unknown> = {
    SpreadsheetApp: spreadsheet.app,
    PropertiesService: createPropertiesService(stores, meter),
    LockService: createLockService(join(dir, 'state', 'locks'), meter, locks, clock.now),
    ScriptApp: createScriptApp(triggerState.triggers, meter, {
      now: clock.now,
      timeZone: options.timeZone,
      scriptId: `script-${options.spreadsheetId}`,
      documentId: options.spreadsheetId,
      reconsentRequired: () => gate.reconsentRequired,
      nextId: () => {
        const id = `trigger-${triggerState.nextId}`;
        triggerState.nextId += 1;
        return id;
      },
    }),
    Utilities: createUtilities(meter, { makeDate, uuid: randomUUID }),
    Session: createSession(meter, {
      userEmail: options.userEmail,
      timeZone: options.timeZone,
      locale: 'fr',
    }),
    HtmlService: createHtmlService(buildDir, meter),
    DriveApp: driveServices.DriveApp,
    DocumentApp: driveServices.DocumentApp,
    MailApp: createMailApp(outbox, meter, {
      userEmail: options.userEmail,
      dailyLimit: options.mailDailyQuota,
      now: clock.now,
      today: () => isoDayIn(new Date(clock.now()), options.timeZone),
    }),
  };
  const sandbox = createSandbox(timedServices(globals, meter), SimDate);
  loadScript(sandbox, readFileSync(codePath, 'utf8'), 'Code.js');

  const run = (name: string, args: readonly unknown[]): unknown => {
    gate.mode = authModeOf(args);
    return meter.runExecution(() => invoke(sandbox, name, args));
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
      locks.releaseAll();
      await writeOutbox(outbox.sent, join(dir, 'outbox'));
      writeJsonIfChanged(quotaPath, outbox.quota, initial.quota);
      drive.save();
      writeJsonIfChanged(propertiesPath, stores, initial.stores);
      writeJsonIfChanged(triggersPath, triggerState, initial.triggers);
      if (workbook.dirty) await saveWorkbook(workbook, workbookPath);
      const extras = sheetExtrasOf(workbook);
      if (JSON.stringify(extras) !== initial.charts) {
        writeJson(chartsPath, extras);
        writeChartImages(workbook, join(dir, 'charts'));
      }
    },
  };
}
