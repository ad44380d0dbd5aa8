/**
 * A workspace is a folder that plays the user's Google account for one spreadsheet:
 *
 *   workspace.json            time zone, user, mail quota, where the workbook came from
 *   workbook.xlsx             the spreadsheet (the user's tabs and Relance's own)
 *   state/properties.json     document, script and user properties (settings, checkpoint)
 *   state/triggers.json       the project's triggers
 *   state/quotas.json         daily quotas used: recipients, documents, trigger runtime
 *   outbox/*.eml              every email sent, with its attachments
 *   drive/                    Drive files (letter templates, letters as PDF)
 *   reports/YYYY-MM-DD.json   what each run did
 *
 * Runs on successive days against one workspace behave like successive nights on one
 * spreadsheet: everything a run leaves behind is in these files.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from './errors';
import { openRuntime, type RuntimeOptions } from './runtime';
import { readStateJson } from './runtime/durable-file';
import type { AccountKind } from './runtime/daily-quotas';
import { zonedInstant } from './time';

export const WORKSPACE_CONFIG = 'workspace.json';
export const WORKBOOK_FILE = 'workbook.xlsx';

export interface WorkspaceConfig {
  version: 1;
  spreadsheetId: string;
  spreadsheetName: string;
  timeZone: string;
  userEmail: string;
  /** The user's Google account language, as Session.getActiveUserLocale gives it: « fr » when absent. */
  userLocale?: string;
  /** Recipients per day: 100 for a consumer Gmail account (see runtime/cost-table.ts). */
  mailDailyQuota: number;
  /**
   * The account's kind for the other daily quotas (runtime/daily-quotas.ts); when absent, a
   * Google Workspace account if the mail quota is above a consumer account's 100.
   */
  account?: AccountKind;
  /** Add-on mode: the project runs as an Editor add-on, under the add-on trigger rules. */
  addOn?: boolean;
  /**
   * The build the workspace runs, build/ by default: its manifest decides the scopes, as on
   * Google (e.g. a private install's, built with `npm run build -- --invoice-links`).
   */
  buildDir?: string;
  createdFrom: string;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function readConfig(dir: string): WorkspaceConfig {
  const path = join(dir, WORKSPACE_CONFIG);
  if (!existsSync(path)) {
    throw new UserError(
      'not-a-workspace',
      `« ${dir} » n’est pas un espace de travail Relance : créez-le avec « relance init ${dir} --from factures.xlsx ».`,
    );
  }
  const config = readStateJson<WorkspaceConfig>(path, {} as WorkspaceConfig, resolve(dir));
  if (typeof config.timeZone !== 'string' || !isTimeZone(config.timeZone))
    throw new UserError(
      'bad-settings',
      `Fuseau horaire inconnu dans workspace.json : « ${String(config.timeZone)} ». Indiquez un fuseau IANA, par exemple « Europe/Paris ».`,
    );
  refuseMissingProperties(dir);
  return config;
}

/**
 * `relance init` writes state/properties.json (the settings, the run's checkpoint). Without it,
 * the next run would use the default settings, which send: Relance stops instead and says how
 * to get them back.
 */
function refuseMissingProperties(dir: string): void {
  if (existsSync(join(dir, 'state', 'properties.json'))) return;
  throw new UserError(
    'unreadable-state',
    `Les paramètres de l’espace de travail « ${dir} » ont disparu (state/properties.json) : Relance s’arrête plutôt que d’envoyer avec les réglages par défaut. Restaurez le dossier « state » depuis une sauvegarde, ou recréez l’espace avec « relance init … --settings parametres.json ».`,
  );
}

/** The account kind of a workspace: as written, or told by its mail quota. */
export function accountOf(config: WorkspaceConfig): AccountKind {
  return config.account ?? (config.mailDailyQuota > 100 ? 'workspace' : 'consumer');
}

type ExecutionOptions = Pick<
  RuntimeOptions,
  'now' | 'faults' | 'backUpWorkbook' | 'workbook' | 'lockCalendar' | 'byTrigger'
>;

/** The runtime options of an execution in the workspace `dir`. */
export function runtimeOptions(dir: string, options: ExecutionOptions): RuntimeOptions {
  const config = readConfig(dir);
  return {
    workspaceDir: dir,
    timeZone: config.timeZone,
    userEmail: config.userEmail,
    ...(config.userLocale === undefined ? {} : { userLocale: config.userLocale }),
    mailDailyQuota: config.mailDailyQuota,
    spreadsheetId: config.spreadsheetId,
    spreadsheetName: config.spreadsheetName,
    account: accountOf(config),
    addOn: config.addOn === true,
    ...(config.buildDir === undefined ? {} : { buildDir: config.buildDir }),
    ...options,
  };
}

/** One execution in the workspace: its runtime opened, `work` run, the runtime closed. */
export async function withRuntime<T>(
  dir: string,
  options: ExecutionOptions,
  work: (runtime: Awaited<ReturnType<typeof openRuntime>>) => T,
): Promise<{ value: T; calls: Record<string, number>; simulatedSeconds: number }> {
  const runtime = await openRuntime(runtimeOptions(dir, options));
  try {
    const value = work(runtime);
    return {
      value,
      calls: runtime.meter.countsByName(),
      simulatedSeconds: runtime.meter.simulatedMs / 1000,
    };
  } finally {
    await runtime.close();
  }
}

/** The clock of a run: `today` at `time` (the nightly 07:00 by default) in the workspace's zone, or now. */
export function runInstant(
  config: WorkspaceConfig,
  today: string | undefined,
  time = '07:00',
): Date {
  const [hour = 7, minute = 0] = time.split(':').map(Number);
  return today === undefined ? new Date() : zonedInstant(today, hour, minute, config.timeZone);
}

/**
 * Calls a server function as the sidebar would: one execution. `now` sets its clock (the sidebar
 * dev server moves it forward between calls, as successive clicks happen at successive times).
 */
export async function callFunction(
  dir: string,
  name: string,
  args: unknown[],
  options: { today?: string; now?: Date } = {},
): Promise<unknown> {
  return (await callFunctionTimed(dir, name, args, options)).value;
}

export async function callFunctionTimed(
  dir: string,
  name: string,
  args: unknown[],
  options: { today?: string; now?: Date } = {},
): Promise<{ value: unknown; simulatedSeconds: number }> {
  const config = readConfig(dir);
  const now = options.now ?? runInstant(config, options.today, '09:00');
  const result = await withRuntime(dir, { now }, (runtime) => {
    if (typeof (runtime.sandbox.context as Record<string, unknown>)[name] !== 'function')
      throw new UserError(
        'unknown-function',
        `Fonction inconnue : « ${name} ». Voir la liste des fonctions de Relance dans src/server/index.ts.`,
      );
    return runtime.invokeByName(name, args);
  });
  return { value: result.value, simulatedSeconds: result.simulatedSeconds };
}
