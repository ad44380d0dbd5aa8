/**
 * npm run bench: figures, not assertions (these machines are shared and noisy).
 * - the engine's time for 10,000 and 100,000 invoices with three journal events each, and the ratio;
 * - a whole nightly run through the offline runtime for 1,000 and 10,000 invoices: spreadsheet
 *   service calls (they must not grow with the number of invoices) and simulated Apps Script time;
 * - `relance init` on 50,000 rows (from a CSV and from an .xlsx) and the backlog night that
 *   follows: executions, the longest one's simulated time, actions, Journal rows, locks left.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, dayFromParts, type Day } from '../src/core/values/day';
import { dashboardLayout } from '../src/core/reports/dashboard';
import { planDunning } from '../src/core/dunning/engine';
import { computeIndicators } from '../src/core/reports/indicators';
import type { Cents } from '../src/core/values/money';
import type { Invoice, JournalEvent } from '../src/core/model';
import { defaultSettings } from '../src/core/settings/settings';
import { initWorkspace } from '../src/local/init';
import { runNight } from '../src/local/night';
import { describeBacklog, runBacklog, timeInitFromXlsx } from '../scripts/backlog';

const TODAY = dayFromParts(2026, 3, 16);

function workload(count: number): { invoices: Invoice[]; events: JournalEvent[] } {
  const invoices: Invoice[] = [];
  const events: JournalEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const client = `Client ${i % Math.max(1, Math.floor(count / 4))}`;
    const dueDate = addDays(TODAY, -((i * 7) % 90) + 10);
    const number = `F-${i}`;
    invoices.push({
      number,
      client,
      clientKey: client.toLowerCase(),
      emails: [`compta${i % 997}@client.fr`],
      dueDate,
      amountCents: (10_000 + ((i * 137) % 500_000)) as Cents,
      paidCents: 0 as Cents,
      markedPaid: false,
      clientType: i % 10 === 0 ? 'consumer' : 'trader',
      language: 'fr',
      row: i + 2,
    });
    const base = { client, invoices: [number], state: 'done' as const };
    events.push(
      { ...base, id: `${i}-a`, day: addDays(dueDate, 2) as Day, type: 'sent', step: 'reminder-1' },
      {
        ...base,
        id: `${i}-b`,
        day: addDays(dueDate, 5) as Day,
        type: 'payment',
        amountCents: 1000 as Cents,
      },
      { ...base, id: `${i}-c`, day: addDays(dueDate, 9) as Day, type: 'call', step: 'phone-call' },
    );
  }
  return { invoices, events };
}

/** Best and median of several timed runs, after a warm-up: these machines are shared and noisy. */
function timed(runs: number, work: () => void): { best: number; median: number } {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { best: times[0] ?? NaN, median: times[Math.floor(times.length / 2)] ?? NaN };
}

function timeEngine(count: number) {
  const { invoices, events } = workload(count);
  const settings = defaultSettings();
  const engine = timed(7, () => planDunning({ invoices, events, settings, today: TODAY }));
  const standings = planDunning({ invoices, events, settings, today: TODAY }).standings;
  const indicators = timed(5, () =>
    dashboardLayout(
      computeIndicators({ invoices, standings, events, today: TODAY, paymentTermsDays: 30 }),
      'fr',
    ),
  );
  return { engine, indicators };
}

console.log('Engine and dashboard (best and median of 7 runs, 3 journal events per invoice)');
const small = timeEngine(10_000);
const large = timeEngine(100_000);
const ms = (t: { best: number; median: number }) =>
  `${t.best.toFixed(0)} ms (median ${t.median.toFixed(0)} ms)`;
console.log(`  engine, 10,000 invoices:  ${ms(small.engine)}`);
console.log(`  engine, 100,000 invoices: ${ms(large.engine)}   (target: under 1,000 ms)`);
console.log(
  `  ratio 100k / 10k: ${(large.engine.best / small.engine.best).toFixed(1)}   (linear ≈ 10)`,
);
console.log(
  `  indicators + dashboard layout: ${ms(small.indicators)} for 10,000, ${ms(large.indicators)} for 100,000`,
);

console.log(
  '\nA nightly run through the offline runtime (build/Code.js), 50 emails and 10 letters due',
);

/** N invoices: 50 clients due for the first reminder, 10 for the reminder letter, the rest not due. */
function workbookCsv(count: number): string {
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC'];
  for (let i = 0; i < count; i += 1) {
    const due = i < 50 ? '14/03/2026' : i < 60 ? '20/02/2026' : '15/06/2026';
    lines.push(`B-${i};Client ${i};client${i}@exemple.fr;${due};${100 + (i % 900)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function measure(count: number, csvText: string) {
  const root = mkdtempSync(join(tmpdir(), 'relance-bench-'));
  const source = join(root, 'factures.csv');
  writeFileSync(source, csvText);
  const dir = join(root, 'ws');
  await initWorkspace(dir, {
    from: source,
    settingsPath: 'samples/settings.example.json',
    mailDailyQuota: 1500,
  });
  const start = performance.now();
  const { report } = await runNight(dir, { today: '2026-03-16' });
  return { report, wall: performance.now() - start };
}

const sum = (calls: Record<string, number>, prefix: string) =>
  Object.entries(calls)
    .filter(([name]) => name.startsWith(prefix))
    .reduce((total, [, n]) => total + n, 0);

for (const count of [1_000, 10_000]) {
  const { report, wall } = await measure(count, workbookCsv(count));
  const quiet = await measure(
    count,
    workbookCsv(count).replace(/14\/03\/2026|20\/02\/2026/g, '15/06/2026'),
  );
  const sent = report.actions.filter((a) => a.outcome === 'sent');
  const letters = sent.filter((a) => a.step === 'reminder-2').length;
  const messages = sent.length;
  const letterCalls = sum(report.calls, 'DriveApp.') + sum(report.calls, 'DocumentApp.');
  const perAction =
    (report.serviceCalls - quiet.report.serviceCalls - letterCalls) / Math.max(1, messages);
  console.log(
    `  ${count.toLocaleString('en')} invoices: ${sum(report.calls, 'SpreadsheetApp.')} spreadsheet calls ` +
      `(${sum(quiet.report.calls, 'SpreadsheetApp.')} with nothing to send), ${messages} emails of which ${letters} with a letter, ` +
      `${perAction.toFixed(1)} calls per message, ${(letterCalls / Math.max(1, letters)).toFixed(1)} Drive/Docs calls per letter, ` +
      `${report.simulatedSeconds} s simulated (limit 360 s), ${(wall / 1000).toFixed(1)} s wall time here`,
  );
}

// The backlog: `relance init` on a sheet of BENCH_BACKLOG overdue invoices (50,000 by default), then
// the night and its continuations (scripts/backlog.ts, the soak's check).
const backlogSize = Number(process.env['BENCH_BACKLOG'] ?? 50_000);
console.log(`\nA backlog of ${backlogSize.toLocaleString('en')} overdue invoices (5 per client)`);
const backlog = await runBacklog(backlogSize);
const xlsxInit = await timeInitFromXlsx(backlogSize);
console.log(
  `  init: ${backlog.initSeconds.toFixed(1)} s wall from a CSV, ${xlsxInit.toFixed(1)} s from an .xlsx   (target: under 20 s at 50,000 rows)`,
);
console.log(`  ${describeBacklog(backlog)}`);
