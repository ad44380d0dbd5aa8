/**
 * A backlog of overdue invoices, all 5 per client and 34 days late: far more actions than a
 * day's email quota allows, on a Google Workspace account, in add-on mode. `relance init` from a
 * CSV, automatic sending turned on at 06:30, then the workspace clock plays the day: the one
 * hourly trigger runs the night at 07:00 and continues it at the following hours. Shared by
 * `npm run soak` and the e2e test (test/e2e/clock.test.ts), which check the figures.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { RunReport } from '../src/core/reports/run-report';
import { runClock, type ClockExecution } from '../src/local/clock';
import { TRIGGER_RUNTIME_PER_DAY_MS, type DailyQuotas } from '../src/local/runtime/daily-quotas';
import { zonedInstant } from '../src/local/time';
import { initWorkspace } from '../src/local/init';
import { withRuntime } from '../src/local/workspace';

const DAY = '2026-03-16';
const ZONE = 'Europe/Paris';
/** A Google Workspace account's recipients a day (quotas page). */
const WORKSPACE_MAIL_QUOTA = 1_500;

export interface BacklogFigures {
  invoices: number;
  initSeconds: number;
  daySeconds: number;
  /** Firings of the hourly trigger that ran the night (the others had nothing to do). */
  executions: number;
  firings: number;
  /** Simulated Apps Script seconds of the longest execution (limit 360). */
  slowestSimulated: number;
  /** Simulated seconds of each execution that ran the night, in order. */
  executionSeconds: number[];
  /** Simulated seconds of all the firings together (trigger runtime, limit 6 h a day). */
  totalSeconds: number;
  errors: string[];
  /** The most clock triggers the spreadsheet held at once (after each execution). */
  mostTriggers: number;
  /** Pairs of executions that did work (sent, or wrote the Journal) while overlapping. */
  overlappingWork: number;
  sent: number;
  deferred: number;
  failed: number;
  recipients: number;
  documentsCreated: number;
  triggerMinutes: number;
  /** Clients emailed more than once that day. */
  duplicates: number;
  journalRows: number;
  locksLeft: string[];
}

async function journalRows(dir: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  return Math.max(0, (book.getWorksheet('Journal des relances')?.actualRowCount ?? 1) - 1);
}

/** Client types as a real sheet states them: most clients typed, a few left blank. */
const CLIENT_TYPES = ['SARL', 'SAS', 'particulier', 'SCI', 'association'];
/** One client in 25 has no type: it stays a problem in the Suivi, as on a real sheet. */
const UNTYPED_EVERY = 25;

/** The « Type client » cell of a client of the backlog. */
function backlogClientType(client: number): string {
  return client % UNTYPED_EVERY === 0 ? '' : (CLIENT_TYPES[client % CLIENT_TYPES.length] ?? '');
}

function writeBacklogCsv(path: string, count: number): void {
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC;Type client'];
  for (let i = 1; i <= count; i += 1) {
    const client = Math.ceil(i / 5);
    lines.push(
      `S-${i};Client ${client};client${client}@exemple.fr;2026-02-10;${100 + (i % 900)};` +
        backlogClientType(client),
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Milliseconds as seconds, to the tenth. */
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const reportOf = (e: ClockExecution) => e.value as RunReport | undefined;
const didWork = (e: ClockExecution) =>
  (reportOf(e)?.actions ?? []).some((a) => a.outcome !== 'deferred');

function overlappingPairs(executions: readonly ClockExecution[]): number {
  const working = executions.filter(didWork);
  let pairs = 0;
  for (const [i, a] of working.entries())
    for (const b of working.slice(i + 1))
      if (a.startMs < b.endMs && b.startMs < a.endMs) pairs += 1;
  return pairs;
}

/** Clients that received more than one email, read from the .eml files' To headers. */
function duplicateClients(dir: string): number {
  const seen = new Map<string, number>();
  for (const file of readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))) {
    const to = /^To: (.*)$/m.exec(readFileSync(join(dir, 'outbox', file), 'utf8'))?.[1] ?? file;
    seen.set(to, (seen.get(to) ?? 0) + 1);
  }
  return [...seen.values()].filter((n) => n > 1).length;
}

const triggerCount = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'state', 'triggers.json'), 'utf8')) as { triggers: unknown[] })
    .triggers.length;

export async function runBacklog(count: number): Promise<BacklogFigures> {
  const root = mkdtempSync(join(tmpdir(), 'relance-backlog-'));
  const source = join(root, 'factures.csv');
  writeBacklogCsv(source, count);
  const dir = join(root, 'espace');
  let started = Date.now();
  await initWorkspace(dir, {
    from: source,
    settingsPath: resolve('samples/settings.example.json'),
    mailDailyQuota: WORKSPACE_MAIL_QUOTA,
    account: 'workspace',
    addOn: true,
  });
  const initSeconds = (Date.now() - started) / 1000;
  started = Date.now();
  const enabledAt = zonedInstant(DAY, 6, 30, ZONE);
  await withRuntime(dir, { now: enabledAt }, (runtime) =>
    runtime.invoke('setAutomaticSending', [true]),
  );
  let mostTriggers = triggerCount(dir);
  const clock = await runClock(dir, {
    from: enabledAt,
    until: zonedInstant(DAY, 23, 59, ZONE),
    onExecution: () => {
      mostTriggers = Math.max(mostTriggers, triggerCount(dir));
    },
  });
  const daySeconds = (Date.now() - started) / 1000;
  const working = clock.executions.filter((e) => reportOf(e)?.status !== 'idle');
  const actions = clock.executions.flatMap((e) => reportOf(e)?.actions ?? []);
  const quotas = JSON.parse(readFileSync(join(dir, 'state', 'quotas.json'), 'utf8')) as DailyQuotas;
  const locks = join(dir, 'state', 'locks');
  return {
    invoices: count,
    initSeconds,
    daySeconds,
    executions: working.length,
    firings: clock.executions.length,
    slowestSimulated: seconds(Math.max(0, ...clock.executions.map((e) => e.endMs - e.startMs))),
    executionSeconds: working.map((e) => seconds(e.endMs - e.startMs)),
    totalSeconds: seconds(clock.executions.reduce((sum, e) => sum + e.endMs - e.startMs, 0)),
    errors: clock.executions.flatMap((e) => (e.error === undefined ? [] : [e.error])),
    mostTriggers,
    overlappingWork: overlappingPairs(clock.executions),
    sent: actions.filter((a) => a.outcome === 'sent').length,
    deferred: actions.filter((a) => a.outcome === 'deferred').length,
    failed: actions.filter((a) => a.outcome === 'failed').length,
    recipients: quotas.email.used,
    documentsCreated: quotas.documents.used,
    triggerMinutes: Math.round(quotas.triggerMs.used / 6_000) / 10,
    duplicates: duplicateClients(dir),
    journalRows: await journalRows(dir),
    locksLeft: existsSync(locks) ? readdirSync(locks).filter((f) => f.endsWith('.lock')) : [],
  };
}

export function describeBacklog(f: BacklogFigures): string {
  return (
    `Backlog of ${f.invoices.toLocaleString('en')} overdue invoices (Workspace account, add-on ` +
    `mode): init ${f.initSeconds.toFixed(1)} s, day ${f.daySeconds.toFixed(1)} s wall; ` +
    `${f.firings} firings of the one hourly trigger, ${f.executions} ran the night, longest ` +
    `${f.slowestSimulated} s simulated of 360; ${f.sent} sent, ${f.deferred} deferred, ${f.failed} failed; ` +
    `${f.recipients} recipients of 1,500, ${f.documentsCreated} documents created of 1,500, ` +
    `${f.triggerMinutes} trigger minutes of 360; ${f.duplicates} duplicates; at most ` +
    `${f.mostTriggers} trigger(s); ${f.overlappingWork} overlapping working executions; ` +
    `${f.journalRows} Journal rows; ${f.locksLeft.length} lock(s) left.\n` +
    `Executions (simulated s): ${f.executionSeconds.join(', ')}; all firings ` +
    `${(f.totalSeconds / 60).toFixed(1)} min of the 360 min of trigger runtime a day.`
  );
}

/** What is wrong with a backlog day; empty when it behaved. */
export function backlogProblems(f: BacklogFigures): string[] {
  const problems: string[] = f.errors.map((e) => `an execution failed: ${e}`);
  if (f.slowestSimulated >= 360)
    problems.push(`an execution took ${f.slowestSimulated} s (limit 360 s)`);
  if (f.mostTriggers !== 1) problems.push(`${f.mostTriggers} triggers at once (one expected)`);
  if (f.overlappingWork > 0) problems.push(`${f.overlappingWork} overlapping working executions`);
  if (f.duplicates > 0) problems.push(`${f.duplicates} clients emailed twice`);
  if (f.recipients > WORKSPACE_MAIL_QUOTA) problems.push(`${f.recipients} recipients sent`);
  if (f.documentsCreated > 1_500) problems.push(`${f.documentsCreated} documents created`);
  if (f.triggerMinutes * 60_000 > TRIGGER_RUNTIME_PER_DAY_MS.workspace)
    problems.push(`${f.triggerMinutes} minutes of trigger runtime`);
  // Each due action is sent or waits for a later passage; none fails.
  if (f.failed > 0) problems.push(`${f.failed} actions failed`);
  if (f.sent === 0) problems.push('nothing sent');
  if (f.locksLeft.length > 0) problems.push(`lock left: ${f.locksLeft.join(', ')}`);
  return problems;
}

/** Seconds `relance init` takes on the same backlog saved as an .xlsx (dates and amounts typed). */
export async function timeInitFromXlsx(count: number): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'relance-backlog-xlsx-'));
  const source = join(root, 'factures.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Type client']);
  const due = new Date(Date.UTC(2026, 1, 10));
  for (let i = 1; i <= count; i += 1) {
    const client = Math.ceil(i / 5);
    sheet.addRow([
      `S-${i}`,
      `Client ${client}`,
      `client${client}@exemple.fr`,
      due,
      100 + (i % 900),
      backlogClientType(client),
    ]);
  }
  await book.xlsx.writeFile(source);
  const started = Date.now();
  await initWorkspace(join(root, 'espace'), {
    from: source,
    settingsPath: resolve('samples/settings.example.json'),
  });
  return (Date.now() - started) / 1000;
}
