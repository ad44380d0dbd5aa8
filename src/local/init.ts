/**
 * `relance init`: a workspace made from the user's invoices (.xlsx or .csv) and, when given, their
 * settings file; refused with a French sentence naming the problem, leaving nothing behind.
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
import type { InvoiceSheetDetection } from '../server/run/workbook';
import { serializeSettings } from '../core/settings-input/settings-store';
import { validateSettings } from '../core/settings-input/settings-validate';
import { PICKER_APP_ID, PICKER_DEVELOPER_KEY } from '../server/run/invoice-link';
import { isUserError, UserError } from './errors';
import { decodeCsv, importCsv } from './runtime/csv-import';
import type { AccountKind } from './runtime/daily-quotas';
import { loadWorkbook, saveWorkbook } from './runtime/xlsx-io';
import { WORKBOOK_FILE, WORKSPACE_CONFIG, withRuntime, type WorkspaceConfig } from './workspace';

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
