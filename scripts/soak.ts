/**
 * `npm run soak`: the long checks, run once by .ci/run. The kill -9 trial over many random
 * moments, and a backlog of overdue invoices (scripts/backlog.ts): `relance init`, then a day
 * played by the workspace clock in add-on mode on a Workspace account, one hourly trigger at all
 * times, every execution within the Apps Script time limit, no two working executions at once,
 * within the day's quotas, no client emailed twice, no lock left. Prints its figures; exits 1
 * when one is wrong.
 */
import { backlogProblems, describeBacklog, runBacklog } from './backlog';
import { killTrials } from './kill-nine';

const KILLS = Number(process.env['SOAK_KILLS'] ?? 50);
// 10,000 invoices by default. SOAK_INVOICES=50000 runs the 50,000-invoice backlog (a long wall
// time on a shared machine: the workbook is read and saved whole by each execution). See the
// README.
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
