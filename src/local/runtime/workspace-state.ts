/**
 * What one execution reads from and writes to the workspace folder, and when. Loaded when the
 * execution starts; made durable at each SpreadsheetApp.flush() (the workbook's log, the
 * properties, triggers, quota and Drive); saved whole when it ends; read again when the
 * execution takes a lock, if another process changed the workspace since (Apps Script reads the
 * document as it is when the lock is obtained; Relance reads the sheets after the lock: docs/architecture.md, « Acting safely »).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeChartImages } from './chart-svg';
import { DriveState } from './drive';
import { readStateJson, writeJsonAtomic } from './durable-file';
import type { MailOutbox, SentMail } from './mail';
import { emptyQuotas, isQuotas, type DailyQuotas } from './daily-quotas';
import { keepWorkbook, takeKeptWorkbook } from './kept-workbook';
import { DurableOutbox } from './outbox';
import type { PropertyStores } from './properties';
import { readWorkbookSync } from './read-workbook';
import type { StoredTrigger } from './script-app';
import { WorkbookModel } from './sheets';
import { WorkbookLog } from './workbook-log';
import { readSheetExtras, sheetExtrasOf } from './sheet-extras';
import { loadWorkbook, saveWorkbook } from './xlsx-io';
import { UserError, isUserError } from '../errors';

export interface TriggerState {
  nextId: number;
  triggers: StoredTrigger[];
}

export const BACKUP_DIR = 'backups';

function workspacePaths(dir: string) {
  return {
    workbook: join(dir, 'workbook.xlsx'),
    log: join(dir, 'state', 'workbook-log.json'),
    charts: join(dir, 'state', 'charts.json'),
    properties: join(dir, 'state', 'properties.json'),
    triggers: join(dir, 'state', 'triggers.json'),
    quotas: join(dir, 'state', 'quotas.json'),
    driveIndex: join(dir, 'drive', 'index.json'),
    outbox: join(dir, 'outbox'),
  };
}

type Paths = ReturnType<typeof workspacePaths>;

export const BACKUPS_KEPT = 7;

/**
 * Before each run, the workbook as it stands goes to backups/ (the last seven are kept): a run
 * that goes wrong, or a workbook damaged on disk, can be undone by copying one back.
 */
export function backUpWorkbook(dir: string): void {
  const source = join(dir, 'workbook.xlsx');
  if (!existsSync(source)) return;
  const folder = join(dir, BACKUP_DIR);
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = join(folder, `workbook-${stamp}.xlsx`);
  for (let n = 2; existsSync(target); n += 1) target = join(folder, `workbook-${stamp}-${n}.xlsx`);
  copyFileSync(source, target);
  const kept = readdirSync(folder)
    .filter((f) => /^workbook-.*\.xlsx$/.test(f))
    .sort();
  for (const old of kept.slice(0, Math.max(0, kept.length - BACKUPS_KEPT)))
    rmSync(join(folder, old), { force: true });
}

/** The newest backup of the workbook, for the message that asks to restore it. */
export function latestBackup(dir: string): string | undefined {
  const folder = join(dir, BACKUP_DIR);
  if (!existsSync(folder)) return undefined;
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  const last = names[names.length - 1];
  return last === undefined ? undefined : join(BACKUP_DIR, last);
}

async function loadWorkbookOrExplain(dir: string, path: string, timeZone: string) {
  try {
    return await loadWorkbook(path, timeZone);
  } catch (error) {
    if (!isUserError(error) || !existsSync(path)) throw error;
    const backup = latestBackup(dir);
    throw new UserError(
      'unreadable-state',
      backup === undefined
        ? `Le classeur workbook.xlsx de l’espace de travail est illisible (fichier tronqué ou abîmé) et aucune sauvegarde n’existe : recréez l’espace de travail avec « relance init ».`
        : `Le classeur workbook.xlsx de l’espace de travail est illisible (fichier tronqué ou abîmé) : restaurez la dernière sauvegarde en copiant « ${backup} » sur « workbook.xlsx ».`,
    );
  }
}

const isStores = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  ['document', 'script', 'user'].every(
    (k) => typeof (v as Record<string, unknown>)[k] === 'object',
  );
const isTriggers = (v: unknown) =>
  typeof v === 'object' && v !== null && Array.isArray((v as TriggerState).triggers);

/** Stat signature of the files another process may change: tells when to read them again. */
function fingerprint(paths: Paths): string {
  return [
    paths.workbook,
    paths.log,
    paths.properties,
    paths.triggers,
    paths.quotas,
    paths.driveIndex,
  ]
    .map((p) => {
      try {
        const s = statSync(p);
        return `${s.ino}:${s.size}:${s.mtimeMs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

export class WorkspaceState {
  private saved: { stores: string; triggers: string; quotas: string; charts: string };
  readonly mail: MailOutbox;
  private seen: string;
  /** The digest of the workbook file this execution's workbook was kept from (kept-workbook.ts). */
  private keptFrom: string | undefined;
  readonly log: WorkbookLog;
  readonly outbox: DurableOutbox;

  private constructor(
    readonly dir: string,
    private readonly paths: Paths,
    readonly workbook: WorkbookModel,
    readonly stores: PropertyStores,
    readonly triggerState: TriggerState,
    readonly quotas: DailyQuotas,
    readonly drive: DriveState,
    seen: string,
  ) {
    this.mail = { sent: [], quota: quotas.email };
    this.log = new WorkbookLog(paths.log, dir);
    this.outbox = new DurableOutbox(paths.outbox);
    this.saved = this.snapshot();
    this.seen = seen;
  }

  static async load(
    dir: string,
    options: {
      timeZone: string;
      name: string;
      backUp: boolean;
      workbook?: WorkbookModel;
      /** The project's trigger store, when several spreadsheets share one. */
      triggersPath?: string;
    },
  ): Promise<WorkspaceState> {
    const paths = workspacePaths(dir);
    if (options.triggersPath !== undefined) paths.triggers = options.triggersPath;
    // Taken before reading: another execution saving meanwhile (the workbook replaced, its log
    // removed) shows as a change, and the workspace is read again under the lock.
    const seen = fingerprint(paths);
    const kept =
      options.workbook === undefined
        ? takeKeptWorkbook(dir, paths.workbook, options.timeZone)
        : undefined;
    const workbook =
      options.workbook ??
      kept?.workbook ??
      (await loadWorkbookOrExplain(dir, paths.workbook, options.timeZone));
    // Only a workbook that could be read is worth keeping as a backup.
    if (options.backUp) backUpWorkbook(dir);
    workbook.name = options.name;
    readStateJson(paths.charts, {}, dir);
    readSheetExtras(workbook, paths.charts);
    const state = new WorkspaceState(
      dir,
      paths,
      workbook,
      readStateJson<PropertyStores>(
        paths.properties,
        { document: {}, script: {}, user: {} },
        dir,
        isStores,
      ),
      readStateJson<TriggerState>(paths.triggers, { nextId: 1, triggers: [] }, dir, isTriggers),
      readStateJson<DailyQuotas>(paths.quotas, emptyQuotas(), dir, isQuotas),
      loadDrive(dir, paths),
      seen,
    );
    state.keptFrom = kept?.digest;
    // What an execution killed before its end left: its flushed writes and its sent messages.
    state.log.recover(workbook);
    await state.outbox.deliver();
    return state;
  }

  private snapshot() {
    return {
      stores: JSON.stringify(this.stores),
      triggers: JSON.stringify(this.triggerState),
      quotas: JSON.stringify(this.quotas),
      charts: JSON.stringify(sheetExtrasOf(this.workbook)),
    };
  }

  /**
   * Everything written so far, durable. A state file is written only when this execution changed
   * it: a run that found the document locked must not overwrite what the lock holder saves.
   */
  persist(): void {
    // Drive first: a file is durable before the Journal row or the property that names it (a
    // process killed in between must not leave a template id pointing at nothing).
    this.drive.save();
    this.log.flush(this.workbook);
    const now = this.snapshot();
    if (now.stores !== this.saved.stores) writeJsonAtomic(this.paths.properties, this.stores);
    if (now.triggers !== this.saved.triggers)
      writeJsonAtomic(this.paths.triggers, this.triggerState);
    if (now.quotas !== this.saved.quotas) writeJsonAtomic(this.paths.quotas, this.quotas);
    this.saved = { ...now, charts: this.saved.charts };
    this.seen = fingerprint(this.paths);
  }

  /** A message was sent: it and the quota it used are durable at once. */
  recordSent(mail: SentMail): void {
    this.outbox.record(mail);
    writeJsonAtomic(this.paths.quotas, this.quotas);
    this.saved.quotas = JSON.stringify(this.quotas);
    this.seen = fingerprint(this.paths);
  }

  /**
   * Another execution changed the workspace since this one last made it durable or read it: it
   * took the document lock this one released, and read what this one had flushed.
   */
  overtaken(): boolean {
    return fingerprint(this.paths) !== this.seen;
  }

  /** The end of an execution that saves nothing else: the messages it sent, as .eml files. */
  async deliverMail(): Promise<void> {
    await this.outbox.deliver();
  }

  /** The end of the execution: the workbook saved whole, the log dropped, the .eml composed. */
  async save(): Promise<void> {
    this.persist();
    if (this.workbook.dirty) this.keptFrom = await saveWorkbook(this.workbook, this.paths.workbook);
    // The next execution of this process starts from the workbook as the file reads back.
    if (this.keptFrom !== undefined) keepWorkbook(this.dir, this.keptFrom, this.workbook);
    this.log.saved(this.workbook);
    const extras = JSON.stringify(sheetExtrasOf(this.workbook));
    if (extras !== this.saved.charts) {
      writeJsonAtomic(this.paths.charts, sheetExtrasOf(this.workbook));
      writeChartImages(this.workbook, join(this.dir, 'charts'));
    }
    await this.outbox.deliver();
  }

  /**
   * The tab names the spreadsheet holds now, as other executions left it (saved whole or flushed
   * to the log); undefined when none changed the workspace since this execution read it.
   */
  sheetNamesNow(): readonly string[] | undefined {
    if (!this.overtaken()) return undefined;
    const model = new WorkbookModel(this.workbook.name, this.workbook.timeZone);
    if (existsSync(this.paths.workbook)) readWorkbookSync(model, this.paths.workbook);
    new WorkbookLog(this.paths.log, this.dir).recover(model);
    return model.sheets.map((sheet) => sheet.name);
  }

  /** On taking a lock: what another process saved since this execution read it. */
  reloadIfChanged(): void {
    const now = fingerprint(this.paths);
    if (now === this.seen) return;
    const { dir, paths } = this;
    Object.assign(
      this.stores,
      readStateJson<PropertyStores>(
        paths.properties,
        { document: {}, script: {}, user: {} },
        dir,
        isStores,
      ),
    );
    const triggers = readStateJson<TriggerState>(
      paths.triggers,
      { nextId: 1, triggers: [] },
      dir,
      isTriggers,
    );
    this.triggerState.nextId = triggers.nextId;
    this.triggerState.triggers.splice(0, this.triggerState.triggers.length, ...triggers.triggers);
    // In place: the services handed to the script keep these objects.
    const quotas = readStateJson<DailyQuotas>(paths.quotas, emptyQuotas(), dir, isQuotas);
    for (const key of ['email', 'documents', 'triggerMs'] as const)
      Object.assign(this.quotas[key], quotas[key]);
    // In place: the Drive facades handed to the script keep this object.
    Object.assign(this.drive, loadDrive(dir, paths));
    readWorkbookSync(this.workbook, paths.workbook);
    this.keptFrom = undefined;
    readSheetExtras(this.workbook, paths.charts);
    this.log.recover(this.workbook);
    this.saved = this.snapshot();
    this.seen = now;
  }
}

function loadDrive(dir: string, paths: Paths): DriveState {
  readStateJson(paths.driveIndex, {}, dir);
  return new DriveState(join(dir, 'drive'));
}
