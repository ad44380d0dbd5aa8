/**
 * `relance`: the dunning job on a workspace folder that plays the user's Google account for one
 * spreadsheet, through the offline Apps Script runtime running build/Code.js.
 */
import { parseArgs } from 'node:util';
import { parseIsoDay } from '../core/values/day';
import { isEntryArgumentError } from '../core/plan/entry-arguments';
import { errorParts } from '../core/values/error-parts';
import { isUserError, UserError } from './errors';
import { callFunction, readConfig } from './workspace';
import { initWorkspace } from './init';
import { prepareDossierOffline } from './offline-dossier';
import { runNight } from './night';
import { uploadToDrive } from './user-drive';
import { runClock } from './clock';
import { zonedInstant } from './time';
import { formatRunSummary } from './summary';

const USAGE = `Utilisation :
  relance init DOSSIER --from FICHIER.xlsx|FICHIER.csv [--settings parametres.json]
  relance run DOSSIER [--today AAAA-MM-JJ] [--at HH:MM] [--preview]
  relance clock DOSSIER --until AAAA-MM-JJTHH:MM [--from AAAA-MM-JJTHH:MM]
  relance call DOSSIER FONCTION ['[arguments JSON]']
  relance upload DOSSIER FICHIER.pdf
  relance dossier DOSSIER CLIENT [--today AAAA-MM-JJ]
  relance sidebar DOSSIER [--port 8080] [--today AAAA-MM-JJ]`;

function requireDay(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (parseIsoDay(text) === undefined) {
    throw new UserError(
      'bad-date',
      `Date invalide : « ${text} ». Utilisez le format AAAA-MM-JJ, par exemple 2026-03-15.`,
    );
  }
  return text;
}

/** A TCP port the sidebar can listen on: 1 to 65535 (0 lets the system pick one, for tests). */
function requirePort(text: string | undefined): number {
  if (text === undefined) return 8080;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UserError(
      'usage',
      `Port invalide : « ${text} ». Indiquez un nombre entre 1 et 65535, par exemple --port 8080.`,
    );
  return port;
}

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIO: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

type Command = (args: string[], io: CliIO) => Promise<number>;

type ArgsConfig = Parameters<typeof parseArgs>[0] & {
  options: Record<string, { type: 'string' | 'boolean' }>;
};

/** parseArgs, with an unknown option or a missing value told in French with the usage. */
function readArgs<T extends ArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const option = error instanceof Error ? /'(-[^']*)'/.exec(error.message)?.[1] : undefined;
    throw new UserError(
      'usage',
      `Option ${option === undefined ? 'invalide' : `inconnue ou incomplète : « ${option} »`}.\n${USAGE}`,
    );
  }
}

async function init(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = readArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, settings: { type: 'string' } },
  });
  const dir = positionals[0];
  if (dir === undefined || values.from === undefined) throw new UserError('usage', USAGE);
  const created = await initWorkspace(dir, {
    from: values.from,
    ...(values.settings === undefined ? {} : { settingsPath: values.settings }),
  });
  io.out(`Espace de travail créé : ${created.dir}`);
  for (const warning of created.warnings) io.out(`Attention : ${warning}`);
  io.out(`Classeur : ${created.workbook} (copie de ${values.from}, l’original n’est pas modifié)`);
  return 0;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = readArgs({
    args,
    allowPositionals: true,
    options: { today: { type: 'string' }, at: { type: 'string' }, preview: { type: 'boolean' } },
  });
  const dir = positionals[0];
  if (dir === undefined) throw new UserError('usage', USAGE);
  const today = requireDay(values.today);
  if (values.at !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.at)) {
    throw new UserError(
      'bad-date',
      `Heure invalide : « ${values.at} ». Utilisez le format HH:MM, par exemple 09:30.`,
    );
  }
  const result = await runNight(dir, {
    ...(today === undefined ? {} : { today }),
    ...(values.at === undefined ? {} : { at: values.at }),
    preview: values.preview === true,
  });
  for (const line of formatRunSummary(result)) io.out(line);
  return result.report.status === 'ok' ? 0 : 1;
}

/** « AAAA-MM-JJTHH:MM » in the workspace's zone, or a French refusal. */
function requireMoment(text: string | undefined, timeZone: string): Date | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (match === null || parseIsoDay(match[1] ?? '') === undefined)
    throw new UserError(
      'bad-date',
      `Moment invalide : « ${text} ». Utilisez le format AAAA-MM-JJTHH:MM, par exemple 2026-03-16T12:00.`,
    );
  return zonedInstant(match[1] ?? '', Number(match[2]), Number(match[3]), timeZone);
}

/** Moves the workspace's clock forward, firing every trigger due on the way. */
async function clock(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = readArgs({
    args,
    allowPositionals: true,
    options: { until: { type: 'string' }, from: { type: 'string' } },
  });
  const dir = positionals[0];
  if (dir === undefined || values.until === undefined) throw new UserError('usage', USAGE);
  const { timeZone } = readConfig(dir);
  const until = requireMoment(values.until, timeZone) ?? new Date();
  const from = requireMoment(values.from, timeZone);
  const result = await runClock(dir, {
    until,
    ...(from === undefined ? {} : { from }),
    onExecution: (e) => {
      const at = new Date(e.startMs).toLocaleString('fr-FR', { timeZone });
      const seconds = Math.round((e.endMs - e.startMs) / 100) / 10;
      const outcome =
        e.error ?? (e.value as { message?: string } | undefined)?.message ?? 'terminé';
      io.out(`${at} — ${e.handler} (${seconds} s) : ${outcome}`);
    },
  });
  io.out(`${result.executions.length} exécution(s) déclenchée(s).`);
  return result.executions.some((e) => e.error !== undefined) ? 1 : 0;
}

/** The arguments of `relance call`: a JSON array, or one JSON value standing for itself. */
function callArguments(json: string | undefined): unknown[] {
  if (json === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    throw new UserError('bad-json', `Arguments JSON illisibles : ${json}`);
  }
}

async function call(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = readArgs({
    args,
    allowPositionals: true,
    options: { today: { type: 'string' } },
  });
  const [dir, name, json] = positionals;
  if (dir === undefined || name === undefined) throw new UserError('usage', USAGE);
  const callArgs = callArguments(json);
  const today = requireDay(values.today);
  const result = await callFunction(dir, name, callArgs, today === undefined ? {} : { today });
  io.out(JSON.stringify(result ?? null, null, 2));
  return 0;
}

function upload(args: string[], io: CliIO): Promise<number> {
  const [dir, file] = args;
  if (dir === undefined || file === undefined) throw new UserError('usage', USAGE);
  const url = uploadToDrive(dir, file);
  io.out(
    `Fichier déposé dans le Drive de l’espace de travail et ouvert avec Relance, qui peut donc le lire : ${url}`,
  );
  io.out('Collez ce lien dans la colonne « Lien facture » de la facture.');
  return Promise.resolve(0);
}

/**
 * The client's dossier for the judge, made as the sidebar's button makes it, in the workspace's
 * drive/: prints where, and its files; or what is missing (exit 1).
 */
async function dossier(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = readArgs({
    args,
    allowPositionals: true,
    options: { today: { type: 'string' } },
  });
  const [dir, client] = positionals;
  if (dir === undefined || client === undefined) throw new UserError('usage', USAGE);
  const today = requireDay(values.today);
  const { answer, path } = await prepareDossierOffline(
    dir,
    client,
    today === undefined ? {} : { today },
  );
  if (!answer.ok) {
    io.err(`Dossier non préparé pour ${client} :`);
    for (const message of answer.messages) io.err(`  • ${message}`);
    return 1;
  }
  io.out(answer.message);
  io.out(`Dossier : ${path ?? answer.folderUrl}`);
  for (const file of answer.files) io.out(`  ${file}`);
  return 0;
}

/** Serves the sidebar until the user stops the process. */
async function sidebar(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = readArgs({
    args,
    allowPositionals: true,
    options: { port: { type: 'string' }, today: { type: 'string' } },
  });
  const dir = positionals[0];
  if (dir === undefined) throw new UserError('usage', USAGE);
  const today = requireDay(values.today);
  const { serveSidebar } = await import('./sidebar-server');
  const server = await serveSidebar(dir, {
    port: requirePort(values.port),
    ...(today === undefined ? {} : { today }),
  });
  io.out(`Barre latérale Relance : ${server.url} (Ctrl+C pour arrêter)`);
  await new Promise(() => undefined);
  return 0;
}

const COMMANDS = new Map<string, Command>([
  ['init', init],
  ['run', run],
  ['clock', clock],
  ['call', call],
  ['upload', upload],
  ['dossier', dossier],
  ['sidebar', sidebar],
]);

export async function main(argv: readonly string[], io: CliIO = consoleIO): Promise<number> {
  try {
    const [name, ...rest] = argv;
    const command = name === undefined ? undefined : COMMANDS.get(name);
    if (command === undefined) throw new UserError('usage', USAGE);
    return await command(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      io.err(error.message);
      return error.code === 'usage' ? 2 : 1;
    }
    for (const line of unexpectedErrorLines(error, process.env['RELANCE_DEBUG'] === '1'))
      io.err(line);
    return 1;
  }
}

/**
 * What a person reads when a command fails for a reason it did not foresee: one French sentence,
 * never a stack (it is there with RELANCE_DEBUG=1). An Error thrown by Relance's own code with a
 * message for the user (an entry point refusing its arguments, a row no longer there) is that
 * sentence; anything else is said to be Relance's fault, not the user's.
 */
export function unexpectedErrorLines(error: unknown, debug: boolean): string[] {
  const { name, message, stack } = errorParts(error);
  const file = fileErrorSentence(error);
  const lines =
    file !== undefined
      ? [file]
      : name === 'Error' || isEntryArgumentError(error)
        ? [firstLine(message)]
        : [
            `Erreur inattendue dans Relance (${name}) : ${firstLine(message)} Ce n’est pas une erreur de votre part : signalez-la avec la commande lancée (détail technique avec RELANCE_DEBUG=1).`,
          ];
  if (debug && stack !== undefined) lines.push(stack);
  return lines;
}

/** What the system said about a file, in French: the workspace's disk, folders and rights. */
const FILE_ERRORS: Record<string, (path: string) => string> = {
  ENOSPC: (path) =>
    `Disque plein : impossible d’écrire « ${path} ». Libérez de la place puis relancez : rien n’a été perdu de ce qui était déjà enregistré.`,
  EACCES: (path) =>
    `Accès refusé à « ${path} » : l’espace de travail doit être modifiable par votre compte.`,
  EPERM: (path) =>
    `Opération refusée sur « ${path} » : l’espace de travail doit être modifiable par votre compte.`,
  EROFS: (path) =>
    `« ${path} » est sur un disque en lecture seule : copiez l’espace de travail sur un disque modifiable.`,
  EEXIST: (path) =>
    `« ${path} » existe déjà et n’est pas un dossier : déplacez ou renommez ce fichier, Relance y range ses fichiers.`,
  ENOTDIR: (path) =>
    `Un élément du chemin « ${path} » est un fichier, pas un dossier : déplacez ou renommez ce fichier.`,
  EISDIR: (path) => `« ${path} » est un dossier, pas un fichier.`,
  EMFILE: () => 'Trop de fichiers ouverts sur cette machine : relancez la commande.',
};

function fileErrorSentence(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, path } = error as { code?: unknown; path?: unknown };
  const sentence = typeof code === 'string' ? FILE_ERRORS[code] : undefined;
  return sentence?.(typeof path === 'string' ? path : 'l’espace de travail');
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 500);
}
