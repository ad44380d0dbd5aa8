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
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { RunReport } from '../core/reports/run-report';
import type { InvoiceSheetDetection } from '../server/run/workbook';
import type { DossierAnswer } from '../server/run/dossier';
import { clientKeyOf, clientNameKey } from '../core/values/keys';
import { serializeSettings } from '../core/settings-input/settings-store';
import { validateSettings } from '../core/settings-input/settings-validate';
import { isUserError, UserError } from './errors';
import { openRuntime, type RuntimeOptions } from './runtime';
import { costOf } from './runtime/cost-table';
import { createDriveServices, DriveState } from './runtime/drive';
import { CallMeter } from './runtime/meter';
import { Blob } from './runtime/utilities';
import { decodeCsv, importCsv } from './runtime/csv-import';
import { loadWorkbook, saveWorkbook } from './runtime/xlsx-io';
import { readStateJson } from './runtime/durable-file';
import { isoDayIn, zonedInstant } from './time';
import type { AccountKind } from './runtime/daily-quotas';
import { NIGHT_PROPERTY, parseNightProgress } from '../core/dunning/night-schedule';
import { PICKER_APP_ID, PICKER_DEVELOPER_KEY } from '../server/run/invoice-link';

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

/** A folder named where a file is expected: said plainly rather than "not found". */
function refuseFolder(path: string, what: string): void {
  if (existsSync(path) && statSync(path).isDirectory())
    throw new UserError('bad-file-type', `« ${path} » est un dossier : indiquez ${what}.`);
}

function readSettingsFile(path: string): Record<string, string> {
  refuseFolder(path, 'le fichier de paramètres (.json) lui-même');
  if (!existsSync(path))
    throw new UserError('file-missing', `Fichier de paramètres introuvable : ${path}`);
  let json: unknown;
  try {
    // Windows editors (Notepad) save UTF-8 with a byte order mark, or UTF-16 (« Unicode »);
    // JSON.parse refuses both. decodeCsv reads any of them, as for a CSV.
    json = JSON.parse(decodeCsv(readFileSync(path), path).replace(/^\uFEFF/, ''));
  } catch (error) {
    if (isUserError(error)) throw error;
    throw new UserError(
      'bad-json',
      `Le fichier de paramètres ${path} n’est pas du JSON valide : ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = validateSettings(json);
  if (!result.ok) {
    const lines = result.errors.map(
      (e: { path: string; message: string }) => `  - ${e.path} : ${e.message}`,
    );
    throw new UserError('bad-settings', `Paramètres refusés (${path}) :\n${lines.join('\n')}`);
  }
  return serializeSettings(result.settings);
}

export interface InitOptions {
  from: string;
  settingsPath?: string;
  timeZone?: string;
  userEmail?: string;
  userLocale?: string;
  mailDailyQuota?: number;
  account?: AccountKind;
  addOn?: boolean;
}

/**
 * Creates a workspace from an .xlsx or .csv. Everything is prepared in a temporary folder next
 * to the target and renamed into place only once the invoice table was found, so a refused
 * source leaves nothing behind and the source file is only ever read.
 */
export async function initWorkspace(
  dir: string,
  options: InitOptions,
): Promise<{ dir: string; workbook: string; invoiceSheet: string; warnings: string[] }> {
  const { source, target, extension } = checkInitPaths(dir, options.from);
  const properties =
    options.settingsPath === undefined ? {} : readSettingsFile(options.settingsPath);
  const warnings: string[] = [];
  const model =
    extension === '.csv'
      ? await importCsv(source, undefined, warnings)
      : await loadWorkbook(source);

  mkdirSync(dirname(target), { recursive: true });
  const staging = `${target}.creating-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const config = writeStaging(staging, { source, target, extension }, options, properties);
    model.timeZone = config.timeZone;
    // An .xlsx is copied as it is (writing 50,000 rows again costs seconds); the model just read
    // is handed to the runtime rather than read a second time.
    if (extension === '.xlsx') copyFileSync(source, join(staging, WORKBOOK_FILE));
    else await saveWorkbook(model, join(staging, WORKBOOK_FILE));

    const detected = await withRuntime(staging, { now: new Date(), workbook: model }, (runtime) =>
      runtime.invoke('detectInvoiceSheet', []),
    );
    const detection = detected.value as InvoiceSheetDetection;
    if (!detection.found) {
      throw new UserError(
        'no-invoice-table',
        detection.message ?? 'Aucun tableau de factures trouvé.',
      );
    }
    if (detection.warnings !== undefined) warnings.push(...detection.warnings);
    if (existsSync(target)) rmSync(target, { recursive: true });
    renameSync(staging, target);
    return {
      dir: target,
      workbook: join(target, WORKBOOK_FILE),
      invoiceSheet: detection.sheet ?? '',
      warnings,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The source file and the target folder `init` may use, or a French refusal naming the problem. */
function checkInitPaths(
  dir: string,
  from: string,
): { source: string; target: string; extension: string } {
  const source = resolve(from);
  refuseFolder(from, 'le fichier des factures (.xlsx ou .csv) lui-même');
  if (!existsSync(source) || !statSync(source).isFile()) {
    throw new UserError('file-missing', `Fichier introuvable : ${from}`);
  }
  const target = resolve(dir);
  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new UserError(
      'workspace-exists',
      `« ${dir} » est un fichier, pas un dossier : choisissez un nom de dossier pour l’espace de travail.`,
    );
  }
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new UserError(
      'workspace-exists',
      `Le dossier « ${dir} » existe déjà et n’est pas vide : choisissez un autre dossier.`,
    );
  }
  const extension = extname(source).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') {
    throw new UserError(
      'not-a-workbook',
      `« ${from} » n’est ni un classeur Excel (.xlsx) ni un fichier CSV.`,
    );
  }
  refuseSize(from, statSync(source).size);
  return { source, target, extension };
}

/**
 * Node reads a file into one string of at most about 512 MB (UTF-16 text doubles in memory), and
 * a Google spreadsheet holds 10 million cells: an invoice list is far below both. An empty file
 * is said to be empty, not unreadable.
 */
const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

function refuseSize(from: string, bytes: number): void {
  if (bytes === 0)
    throw new UserError(
      'not-a-workbook',
      `« ${from} » est vide : exportez à nouveau vos factures.`,
    );
  if (bytes > MAX_SOURCE_BYTES)
    throw new UserError(
      'not-a-workbook',
      `« ${from} » pèse ${Math.round(bytes / 1024 / 1024)} Mo : c’est trop pour un classeur de factures (256 Mo au plus). Exportez seulement les factures à suivre (impayées ou de l’année).`,
    );
}

/**
 * The script properties the publisher sets once for every user (docs/publishing.md): offline, the
 * workspace stands for the published add-on, so its Picker opens (the offline Picker checks no key).
 */
const OFFLINE_PUBLISHER: Record<string, string> = {
  [PICKER_DEVELOPER_KEY]: 'offline-developer-key',
  [PICKER_APP_ID]: '000000000000',
};

/** The staging folder's skeleton: sub-folders, workspace.json and the document properties. */
function writeStaging(
  staging: string,
  paths: { source: string; target: string; extension: string },
  options: InitOptions,
  properties: Record<string, string>,
): WorkspaceConfig {
  for (const sub of ['state', 'outbox', 'drive', 'reports'])
    mkdirSync(join(staging, sub), { recursive: true });
  const config: WorkspaceConfig = {
    version: 1,
    spreadsheetId: `local-${basename(paths.target).replace(/[^\w-]/g, '') || 'classeur'}`,
    spreadsheetName: basename(paths.source, paths.extension),
    timeZone: options.timeZone ?? 'Europe/Paris',
    userEmail: options.userEmail ?? 'vous@exemple.fr',
    ...(options.userLocale === undefined ? {} : { userLocale: options.userLocale }),
    mailDailyQuota: options.mailDailyQuota ?? 100,
    ...(options.account === undefined ? {} : { account: options.account }),
    ...(options.addOn === undefined ? {} : { addOn: options.addOn }),
    createdFrom: paths.source,
  };
  writeFileSync(join(staging, WORKSPACE_CONFIG), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(
    join(staging, 'state/properties.json'),
    `${JSON.stringify({ document: properties, script: OFFLINE_PUBLISHER, user: {} }, null, 2)}\n`,
  );
  return config;
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

export interface NightResult {
  report: RunReport & {
    calls: Record<string, number>;
    serviceCalls: number;
    simulatedSeconds: number;
  };
  reportPath: string;
  /** The following hours' firings of the hourly trigger that went on with the night. */
  continuations: NightResult[];
}

async function execute(
  dir: string,
  entry: string,
  args: unknown[],
  now: Date,
  reportBase: string,
  extra: Pick<RuntimeOptions, 'faults' | 'backUpWorkbook' | 'byTrigger'>,
): Promise<NightResult> {
  const result = await withRuntime(dir, { now, ...extra }, (runtime) =>
    runtime.invokeByName(entry, args),
  );
  const report = {
    ...(result.value as RunReport),
    calls: result.calls,
    serviceCalls: Object.values(result.calls).reduce((a, b) => a + b, 0),
    simulatedSeconds: Math.round(result.simulatedSeconds * 10) / 10,
  };
  const reportPath = freeReportPath(join(dir, 'reports'), reportBase);
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  return { report, reportPath, continuations: [] };
}

const HOUR_MS = 3_600_000;

/** The night of `day` has nothing left, by its checkpoint (core/dunning/night-schedule). */
function nightDone(dir: string, day: string): boolean {
  const { document } = readStateJson<{ document?: Record<string, string> }>(
    join(dir, 'state', 'properties.json'),
    {},
    resolve(dir),
  );
  const progress = parseNightProgress(document?.[NIGHT_PROPERTY] ?? null);
  return progress?.day === day && progress.left === 'nothing';
}

/**
 * One night as Relance's one hourly trigger plays it: the night at `at` (07:00 by default), then
 * the firings of the following whole hours of the same day, each a separate execution, while the
 * night has work left (time budget, lock busy, quota to wait for); a firing with nothing left to
 * do ends it. `relance clock` plays the triggers a workspace really holds.
 */
export async function runNight(
  dir: string,
  options: {
    today?: string;
    at?: string;
    preview?: boolean;
    faults?: RuntimeOptions['faults'];
  } = {},
): Promise<NightResult> {
  const config = readConfig(dir);
  const now = runInstant(config, options.today, options.at);
  const day = options.today ?? isoDayIn(now, config.timeZone);
  const preview = options.preview === true;
  const night = await execute(
    dir,
    preview ? 'runPreview' : 'runNightly',
    [],
    now,
    `${day}${preview ? '-apercu' : ''}`,
    {
      ...(options.faults === undefined ? {} : { faults: options.faults }),
      backUpWorkbook: !preview,
      byTrigger: !preview,
    },
  );
  if (preview) return night;
  const event = { authMode: 'FULL', triggerUid: 'hourly', timezone: config.timeZone };
  for (let at = Math.ceil((now.getTime() + 1) / HOUR_MS) * HOUR_MS; ; at += HOUR_MS) {
    if (isoDayIn(new Date(at), config.timeZone) !== day || nightDone(dir, day)) break;
    const next = await execute(dir, 'runNightly', [event], new Date(at), day, { byTrigger: true });
    // A firing that had nothing to do at that hour leaves no report.
    if (next.report.status === 'idle') rmSync(next.reportPath, { force: true });
    else night.continuations.push(next);
  }
  return night;
}

/** reports/DAY.json, then DAY-2.json… when a day has several runs (manual run, continuation). */
function freeReportPath(reports: string, base: string): string {
  mkdirSync(reports, { recursive: true });
  for (let n = 1; ; n += 1) {
    const path = join(reports, n === 1 ? `${base}.json` : `${base}-${n}.json`);
    try {
      writeFileSync(path, '', { flag: 'wx' });
      return path;
    } catch {
      // taken by an earlier run of the day
    }
  }
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

const UPLOAD_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/**
 * Puts a file into the workspace's Drive, as the user would upload an invoice PDF to their Drive,
 * through the offline DriveApp itself, and returns its link: the value for the "Lien facture"
 * column. The file is the user's, not Relance's; `picked` (the default) also opens it with
 * Relance, as the Google Picker's upload does, so that the per-file `drive.file` scope reaches it
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth). Without it, only
 * the opt-in `drive.readonly` lets Relance read it.
 */
export function uploadToDrive(
  dir: string,
  path: string,
  options: { picked?: boolean } = {},
): string {
  readConfig(dir);
  if (!existsSync(path) || !statSync(path).isFile())
    throw new UserError('file-missing', `Fichier introuvable : ${path}`);
  const type = UPLOAD_TYPES[extname(path).toLowerCase()];
  if (type === undefined)
    throw new UserError(
      'bad-file-type',
      `« ${basename(path)} » n’est ni un PDF ni une image : seuls ces fichiers peuvent être joints aux relances.`,
    );
  const drive = new DriveState(join(dir, 'drive'));
  const { DriveApp } = createDriveServices(drive, new CallMeter(costOf), () => Date.now(), {
    byApp: false,
  });
  const file = DriveApp.createFile(
    new Blob(new Uint8Array(readFileSync(path)), type, basename(path)),
  ) as { getUrl(): string; getId(): string };
  if (options.picked !== false) drive.pick(file.getId());
  drive.save();
  return file.getUrl();
}

/** A file as the Google Picker answers it on pick (its `docs`' id, name and MIME type). */
export interface PickedFile {
  id: string;
  name: string;
  mimeType: string;
}

/**
 * The offline Google Picker's view, filtered to PDFs as the sidebar asks (`setMimeTypes`): the
 * user's files of the workspace's Drive, out of the trash, whether Relance may read them or not
 * (the Picker shows the user's whole Drive; https://developers.google.com/workspace/drive/picker/guides/overview).
 */
export function pickableFiles(dir: string): PickedFile[] {
  const drive = new DriveState(join(dir, 'drive'));
  return Object.values(drive.index.items)
    .filter((item) => !item.trashed && item.mimeType === UPLOAD_TYPES['.pdf'])
    .map((item) => ({ id: item.id, name: item.name, mimeType: item.mimeType }));
}

/**
 * The user picks a file in the Google Picker: under `drive.file` the app may open it from then
 * on ("files that the user opens with the app"), the grant made by Google on pick, before the
 * sidebar calls the server (https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
 */
export function pickInDrive(dir: string, fileId: string): PickedFile {
  const drive = new DriveState(join(dir, 'drive'));
  const item = pickableFiles(dir).find((file) => file.id === fileId);
  if (item === undefined)
    throw new UserError('file-missing', `Aucun PDF d’identifiant « ${fileId} » dans le Drive.`);
  drive.pick(item.id);
  drive.save();
  return item;
}

/**
 * Makes a client's dossier for the judge as the sidebar's button does, the client named as the
 * invoice tab writes it; with, when made, where its folder is on disk under the workspace.
 */
export async function prepareDossierOffline(
  dir: string,
  client: string,
  options: { today?: string } = {},
): Promise<{ answer: DossierAnswer; path?: string }> {
  const clients = (await callFunction(dir, 'listClients', [], options)) as {
    client: string;
    clientKey: string;
  }[];
  const wanted = clientNameKey(client);
  const key =
    clients.find((c) => clientNameKey(c.client) === wanted)?.clientKey ?? clientKeyOf(client);
  const answer = (await callFunction(dir, 'prepareDossier', [key], options)) as DossierAnswer;
  if (!answer.ok) return { answer };
  const drive = new DriveState(join(dir, 'drive'));
  return { answer, path: join(dir, 'drive', drive.folderPath(answer.folderId)) };
}
