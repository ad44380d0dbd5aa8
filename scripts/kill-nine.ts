/**
 * The kill -9 trial: the real `relance run` as a child process, killed (SIGKILL) at a random
 * moment, then run again to the end at the same start time, then checked: every email in the outbox went once, and each
 * has its Journal row (« fait » or « à vérifier »). Used by test/e2e/kill-nine.test.ts (a few
 * kills) and by scripts/soak.ts (many).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { initWorkspace } from '../src/local/init';
import { random, writeSampleWorkbook } from './sample-workbook';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(PROJECT, 'bin', 'relance.js');
const DAY = '2026-03-16';

export interface KillFigures {
  kills: number;
  /** Kills that landed while the run was still going (the others found it finished). */
  killedMidRun: number;
  emails: number;
  duplicates: number;
  lostJournalRows: number;
  toVerify: number;
  failures: string[];
}

interface Sent {
  to: string;
  subject: string;
}

/** Runs the CLI; kills it after `killAfterMs` when given. Resolves with its exit code or signal. */
export function runCli(dir: string, at: string, killAfterMs?: number): Promise<string> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'run', dir, '--today', DAY, '--at', at], {
      cwd: PROJECT,
      stdio: 'ignore',
    });
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer !== undefined) clearTimeout(timer);
      done(signal ?? String(code));
    });
  });
}

const addressList = (text: string) =>
  text
    .split(/[,;]\s*/)
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a !== '')
    .sort()
    .join(',');

async function outbox(dir: string): Promise<Sent[]> {
  const folder = join(dir, 'outbox');
  const files = readdirSync(folder).filter((f) => f.endsWith('.eml'));
  return Promise.all(
    files.map(async (f) => {
      const mail = await simpleParser(readFileSync(join(folder, f)));
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(',') : mail.to?.text;
      return { to: addressList(to ?? ''), subject: mail.subject ?? '' };
    }),
  );
}

async function journal(dir: string): Promise<{ to: string; subject: string; state: string }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const rows: { to: string; subject: string; state: string }[] = [];
  book.getWorksheet('Journal des relances')?.eachRow((row, n) => {
    if (n === 1) return;
    const text = (c: number) => String(row.getCell(c).value ?? '');
    rows.push({ to: addressList(text(7)), subject: text(8), state: text(14) });
  });
  return rows;
}

/** Emails sent twice, and emails without their Journal row (« fait » or « à vérifier »). */
export async function outboxAgainstJournal(
  dir: string,
): Promise<{ emails: number; duplicates: number; lost: number; toVerify: number }> {
  const sent = await outbox(dir);
  const rows = await journal(dir);
  const keys = sent.map((m) => `${m.to}|${m.subject}`);
  const recorded = new Set(
    rows
      .filter((r) => r.state === 'fait' || r.state === 'à vérifier')
      .map((r) => `${r.to}|${r.subject}`),
  );
  return {
    emails: sent.length,
    duplicates: keys.length - new Set(keys).size,
    lost: keys.filter((k) => !recorded.has(k)).length,
    toVerify: rows.filter((r) => r.state === 'à vérifier').length,
  };
}

/** Checks one workspace after its kill and recovery run; adds to the figures. */
async function check(dir: string, label: string, figures: KillFigures): Promise<void> {
  const { emails, duplicates, lost, toVerify } = await outboxAgainstJournal(dir);
  figures.emails += emails;
  figures.duplicates += duplicates;
  figures.lostJournalRows += lost;
  figures.toVerify += toVerify;
  if (duplicates + lost > 0)
    figures.failures.push(`${label}: ${duplicates} duplicate(s), ${lost} email(s) not journaled`);
}

/** A workspace whose first night sends a handful of messages and makes letters. */
export async function killBaseline(root: string, invoices = 12): Promise<string> {
  const source = join(root, `kill-source-${invoices}.xlsx`);
  await writeSampleWorkbook(source, {
    referenceDay: DAY,
    invoiceCount: invoices,
    malformedRows: false,
    seed: 7,
  });
  const dir = join(root, `kill-baseline-${invoices}`);
  await initWorkspace(dir, {
    from: source,
    settingsPath: join(PROJECT, 'samples', 'settings.example.json'),
  });
  return dir;
}

/** `parallel` trials at a time (each its own workspace): the soak uses both cores. */
export async function killTrials(options: {
  kills: number;
  seed?: number;
  parallel?: number;
}): Promise<KillFigures> {
  const root = mkdtempSync(join(tmpdir(), 'relance-kill-'));
  const baseline = await killBaseline(root);
  const probe = join(root, 'probe');
  cpSync(baseline, probe, { recursive: true });
  const started = Date.now();
  await runCli(probe, '07:00');
  const fullMs = Date.now() - started;
  const next = random(options.seed ?? 20260316);
  const figures: KillFigures = {
    kills: 0,
    killedMidRun: 0,
    emails: 0,
    duplicates: 0,
    lostJournalRows: 0,
    toVerify: 0,
    failures: [],
  };
  const trial = async (k: number, delay: number) => {
    const dir = join(root, `kill-${k}`);
    cpSync(baseline, dir, { recursive: true });
    const ended = await runCli(dir, '07:00', delay);
    figures.kills += 1;
    if (ended === 'SIGKILL') figures.killedMidRun += 1;
    // Run again at the killed run's own start time: a message it journaled is named alike.
    await runCli(dir, '07:00');
    await check(dir, `kill ${k} after ${delay} ms`, figures);
  };
  const parallel = Math.max(1, options.parallel ?? 1);
  for (let k = 1; k <= options.kills; k += parallel) {
    const batch: Promise<void>[] = [];
    for (let j = k; j < k + parallel && j <= options.kills; j += 1)
      batch.push(trial(j, Math.round(fullMs * (0.2 + 0.9 * next()))));
    await Promise.all(batch);
  }
  return figures;
}
