/**
 * `npm run soak`: the long checks, run once by .ci/run. The kill -9 trial over many random
 * moments, and a backlog of overdue invoices (scripts/backlog.ts): `relance init`, then one
 * night, whose every execution must stay within the Apps Script time limit and write its report,
 * leave no lock and add only the Journal rows of what it did. Prints its figures; exits 1 when
 * one is wrong.
 */
import { backlogProblems, describeBacklog, runBacklog } from './backlog';
import { killTrials } from './kill-nine';

const KILLS = Number(process.env['SOAK_KILLS'] ?? 50);
// 10,000 invoices by default: a few minutes here. SOAK_INVOICES=50000 runs the 50,000-invoice
// backlog (it passes too, in ten executions, but takes about half an hour of wall time on a
// shared machine: the workbook is read and saved whole by each execution). See the README.
const BACKLOG = Number(process.env['SOAK_INVOICES'] ?? 10_000);

async function backlog(): Promise<string[]> {
  const figures = await runBacklog(BACKLOG);
  console.log(describeBacklog(figures));
  return backlogProblems(figures);
}

async function main(): Promise<number> {
  const started = Date.now();
  const kills = await killTrials({ kills: KILLS, parallel: 2 });
  console.log(
    `kill -9: ${kills.kills} kills (${kills.killedMidRun} mid-run), ${kills.emails} emails, ` +
      `${kills.duplicates} duplicates, ${kills.lostJournalRows} lost Journal rows, ` +
      `${kills.toVerify} rows « à vérifier », ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
  const backlogFailures = await backlog().catch((error: unknown) => [
    `backlog run crashed: ${error instanceof Error ? error.message : String(error)}`,
  ]);
  const problems = [...kills.failures, ...backlogFailures];
  for (const problem of problems) console.log(`FAILED: ${problem}`);
  console.log(problems.length === 0 ? 'Soak passed.' : 'Soak FAILED.');
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();
