/**
 * A backlog of overdue invoices, all 5 per client and 34 days late: far more actions than a
 * day's email quota allows. `relance init` from a CSV, then one night with its continuations.
 * Shared by `npm run soak` (which checks the figures) and `npm run bench` (which prints them).
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { initWorkspace, runNight } from '../src/local/workspace';

export interface BacklogFigures {
  invoices: number;
  initSeconds: number;
  nightSeconds: number;
  executions: number;
  /** Simulated Apps Script seconds of the longest execution (limit 360). */
  slowestSimulated: number;
  actions: number;
  sent: number;
  deferred: number;
  journalRows: number;
  status: string;
  reports: number;
  locksLeft: string[];
}

async function journalRows(dir: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  return Math.max(0, (book.getWorksheet('Journal des relances')?.actualRowCount ?? 1) - 1);
}

function writeBacklogCsv(path: string, count: number): void {
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC'];
  for (let i = 1; i <= count; i += 1) {
    const client = Math.ceil(i / 5);
    lines.push(`S-${i};Client ${client};client${client}@exemple.fr;2026-02-10;${100 + (i % 900)}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

export async function runBacklog(count: number): Promise<BacklogFigures> {
  const root = mkdtempSync(join(tmpdir(), 'relance-backlog-'));
  const source = join(root, 'factures.csv');
  writeBacklogCsv(source, count);
  const dir = join(root, 'espace');
  let started = Date.now();
  await initWorkspace(dir, {
    from: source,
    settingsPath: resolve('samples/settings.example.json'),
  });
  const initSeconds = (Date.now() - started) / 1000;
  started = Date.now();
  const night = await runNight(dir, { today: '2026-03-16' });
  const nightSeconds = (Date.now() - started) / 1000;
  const executions = [night, ...night.continuations];
  const outcomes = executions.flatMap((e) => e.report.actions.map((a) => a.outcome));
  const locks = join(dir, 'state', 'locks');
  return {
    invoices: count,
    initSeconds,
    nightSeconds,
    executions: executions.length,
    slowestSimulated: Math.max(...executions.map((e) => e.report.simulatedSeconds)),
    actions: outcomes.length,
    sent: outcomes.filter((o) => o === 'sent').length,
    deferred: outcomes.filter((o) => o === 'deferred').length,
    journalRows: await journalRows(dir),
    status: night.report.status,
    reports: executions.filter((e) => existsSync(e.reportPath)).length,
    locksLeft: existsSync(locks) ? readdirSync(locks).filter((f) => f.endsWith('.lock')) : [],
  };
}

export function describeBacklog(f: BacklogFigures): string {
  return (
    `Backlog of ${f.invoices.toLocaleString('en')} overdue invoices: init ${f.initSeconds.toFixed(1)} s, ` +
    `night ${f.nightSeconds.toFixed(1)} s wall (${f.executions} execution(s), longest ` +
    `${f.slowestSimulated} s simulated of 360), ${f.actions} actions (${f.sent} sent, ` +
    `${f.deferred} deferred), ${f.journalRows} Journal rows, ${f.reports} report(s), ` +
    `status ${f.status}, ${f.locksLeft.length} lock(s) left.`
  );
}

/** What is wrong with a backlog night; empty when it behaved. */
export function backlogProblems(f: BacklogFigures): string[] {
  const problems: string[] = [];
  if (f.status !== 'ok') problems.push(`night status ${f.status}`);
  if (f.slowestSimulated >= 360)
    problems.push(`an execution took ${f.slowestSimulated} s (limit 360 s)`);
  if (f.reports !== f.executions)
    problems.push(`${f.executions - f.reports} execution(s) without a report`);
  if (f.locksLeft.length > 0) problems.push(`lock left: ${f.locksLeft.join(', ')}`);
  // What the day's quota cannot send waits without a Journal row: a few hundred rows at most.
  if (f.journalRows > 500) problems.push(`${f.journalRows} Journal rows after one night`);
  return problems;
}

/** Seconds `relance init` takes on the same backlog saved as an .xlsx (dates and amounts typed). */
export async function timeInitFromXlsx(count: number): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'relance-backlog-xlsx-'));
  const source = join(root, 'factures.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC']);
  const due = new Date(Date.UTC(2026, 1, 10));
  for (let i = 1; i <= count; i += 1) {
    const client = Math.ceil(i / 5);
    sheet.addRow([
      `S-${i}`,
      `Client ${client}`,
      `client${client}@exemple.fr`,
      due,
      100 + (i % 900),
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
