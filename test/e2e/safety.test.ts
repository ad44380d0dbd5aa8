import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/core/reports/run-report';
import { ExecutionKilled } from '../../src/local/runtime/meter';
import { callFunction, type WorkspaceConfig } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';
import { outboxAgainstJournal } from '../../scripts/kill-nine';

const SETTINGS = resolve('samples/settings.example.json');
const root = mkdtempSync(join(tmpdir(), 'relance-safety-'));

async function emails(
  dir: string,
): Promise<{ to: string; subject: string; attachments: string[] }[]> {
  const outbox = join(dir, 'outbox');
  const files = readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (f) => {
      const mail = await simpleParser(readFileSync(join(outbox, f)));
      const to = Array.isArray(mail.to)
        ? mail.to.map((a) => a.text).join(', ')
        : (mail.to?.text ?? '');
      return {
        to,
        subject: mail.subject ?? '',
        attachments: mail.attachments.map((a) => a.filename ?? ''),
      };
    }),
  );
}

async function journalStates(
  dir: string,
): Promise<{ id: string; state: string; client: string }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const sheet = book.getWorksheet('Journal des relances');
  const rows: { id: string; state: string; client: string }[] = [];
  sheet?.eachRow((row, n) => {
    if (n === 1) return;
    rows.push({
      client: String(row.getCell(2).value ?? ''),
      id: String(row.getCell(13).value ?? ''),
      state: String(row.getCell(14).value ?? ''),
    });
  });
  return rows;
}

/** A small workspace whose first night sends a handful of messages and makes letters. */
async function smallWorkspace(name: string, count = 10): Promise<string> {
  const source = join(root, `${name}.xlsx`);
  await writeSampleWorkbook(source, {
    referenceDay: '2026-03-16',
    invoiceCount: count,
    malformedRows: false,
    seed: 7,
  });
  const dir = join(root, name);
  await initWorkspace(dir, { from: source, settingsPath: SETTINGS });
  return dir;
}

/** Ten clients, one invoice each, whose first reminder is due on Friday 20 March 2026. */
async function tenClients(name: string): Promise<string> {
  const csv = join(root, `${name}.csv`);
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC'];
  for (let i = 1; i <= 10; i += 1)
    lines.push(`T-${i};Client ${i};client${i}@exemple.fr;18/03/2026;100`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const dir = join(root, name);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS });
  return dir;
}

const TEN_ADDRESSES = Array.from({ length: 10 }, (_, i) => `client${i + 1}@exemple.fr`).sort();

describe('a run killed outright right after its first flush', () => {
  it('then run twice more at the same time and once on the next business day, has reminded each client once', async () => {
    const dir = await tenClients('first-flush');
    await expect(
      runNight(dir, {
        today: '2026-03-20',
        faults: { killAfter: { call: 'SpreadsheetApp.flush' }, outright: true },
      }),
    ).rejects.toBeInstanceOf(ExecutionKilled);
    await runNight(dir, { today: '2026-03-20' });
    await runNight(dir, { today: '2026-03-20' });
    // Monday: three days after the reminders, within the five days between two contacts.
    await runNight(dir, { today: '2026-03-23' });
    const sent = await emails(dir);
    expect(sent.map((m) => m.to).sort()).toEqual(TEN_ADDRESSES);
    const check = await outboxAgainstJournal(dir);
    expect(check.duplicates).toBe(0);
    expect(check.lost).toBe(0);
  });
});

describe('a run killed outright right after it releases the document lock', () => {
  it('has flushed everything first: the next holder reads its Suivi', async () => {
    const dir = await tenClients('killed-at-release');
    await expect(
      runNight(dir, {
        today: '2026-03-20',
        faults: { killAfter: { call: 'LockService.Lock.releaseLock' }, outright: true },
      }),
    ).rejects.toBeInstanceOf(ExecutionKilled);
    // The sidebar's next call reads the workbook as the killed run left it, and saves it.
    await callFunction(dir, 'getToday', [], { today: '2026-03-20' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
    const suivi = book.getWorksheet('Suivi des relances');
    const invoices: string[] = [];
    suivi?.eachRow((row, n) => {
      if (n > 1) invoices.push(String(row.getCell(1).value ?? ''));
    });
    expect([...new Set(invoices)].sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `T-${i + 1}`).sort(),
    );
  });
});

/**
 * Each crash point costs three runs: the killed one, a rerun at the same start time, a run on the
 * next business day. `npm test` tries about sixty, spread evenly over the run's service calls,
 * killed outright (kill -9: what was not flushed is lost) and killed as an error (what was written
 * is kept) in turn; CI (.ci/run) also runs this file once with RELANCE_CRASH_EVERY_CALL=1, which
 * tries every call both ways.
 */
const EVERY_CALL = process.env['RELANCE_CRASH_EVERY_CALL'] === '1';
const SPREAD_POINTS = 60;
/** 27 s for the spread points on two quiet cores; every point both ways is about ten times more. */
const CRASH = { timeout: EVERY_CALL ? 900_000 : 80_000 };
const CRASH_DAY = '2026-03-16';
const NEXT_BUSINESS_DAY = '2026-03-17';
const CLIENT_GAP_DAYS = 5;

interface CrashPoint {
  call: number;
  outright: boolean;
}

function crashPoints(calls: number): CrashPoint[] {
  const stride = EVERY_CALL ? 1 : Math.max(1, Math.ceil(calls / SPREAD_POINTS));
  const points: CrashPoint[] = [];
  for (let call = 1, n = 0; call <= calls; call += stride, n += 1) {
    if (EVERY_CALL) points.push({ call, outright: true }, { call, outright: false });
    else points.push({ call, outright: n % 2 === 0 });
  }
  return points;
}

/** Each address's emails by day: two contacts closer than the client gap are a fault. */
async function contactsTooClose(dir: string): Promise<string[]> {
  const outbox = join(dir, 'outbox');
  const days = new Map<string, number[]>();
  for (const file of readdirSync(outbox).filter((f) => f.endsWith('.eml'))) {
    const mail = await simpleParser(readFileSync(join(outbox, file)));
    const day = Math.floor((mail.date?.getTime() ?? 0) / 86_400_000);
    const to = Array.isArray(mail.to) ? mail.to : mail.to === undefined ? [] : [mail.to];
    for (const address of to.flatMap((a) => a.value.map((v) => v.address ?? '')))
      days.set(address, [...(days.get(address) ?? []), day]);
  }
  return [...days].flatMap(([address, list]) => {
    const sorted = list.sort((a, b) => a - b);
    return sorted.some((d, i) => i > 0 && d - (sorted[i - 1] as number) < CLIENT_GAP_DAYS)
      ? [address]
      : [];
  });
}

describe('a run killed at any moment never sends a message twice and loses none', CRASH, () => {
  let baseline: string;
  let expected: { key: string; client: string }[];
  let calls: number;

  beforeAll(async () => {
    baseline = await smallWorkspace('crash-baseline');
    const probe = join(root, 'crash-probe');
    cpSync(baseline, probe, { recursive: true });
    const night = await runNight(probe, { today: CRASH_DAY });
    calls = night.report.serviceCalls;
    expected = night.report.actions.map((a) => ({ key: a.key, client: a.client }));
  });

  /** Kills a copy of the baseline at one point, then runs it again twice; what went wrong. */
  async function tryCrash({ call, outright }: CrashPoint): Promise<string[]> {
    const label = `${outright ? 'kill -9' : 'error'} at call ${call}`;
    const dir = join(root, `crash-${call}-${outright ? 'kill' : 'error'}`);
    cpSync(baseline, dir, { recursive: true });
    await expect(
      runNight(dir, { today: CRASH_DAY, faults: { killAtCall: call, outright } }),
    ).rejects.toBeInstanceOf(ExecutionKilled);
    // The same start time as the killed run: the messages it journaled are named alike.
    await runNight(dir, { today: CRASH_DAY });
    const next = await runNight(dir, { today: NEXT_BUSINESS_DAY });
    const faults: string[] = [];
    if (next.report.actions.some((a) => a.outcome === 'sent'))
      faults.push(`${label}: sent again on the next business day`);
    const { duplicates, lost } = await outboxAgainstJournal(dir);
    if (duplicates > 0) faults.push(`${label}: ${duplicates} message(s) sent twice`);
    if (lost > 0) faults.push(`${label}: ${lost} email(s) without their Journal row`);
    for (const address of await contactsTooClose(dir))
      faults.push(`${label}: ${address} contacted twice within ${CLIENT_GAP_DAYS} days`);
    const states = await journalStates(dir);
    for (const action of expected) {
      // R-<key>, then R2-<key>, R3-<key>… for the attempts of one message.
      const outcome = states
        .filter((r) => r.id.replace(/^R\d*-/, '') === action.key)
        .map((r) => r.state);
      if (!outcome.some((state) => ['fait', 'à faire', 'à vérifier'].includes(state)))
        faults.push(
          `${label}: ${action.client} neither sent nor to verify (${outcome.join(', ')})`,
        );
    }
    return faults;
  }

  it(`${EVERY_CALL ? 'for every crash point, both ways' : 'for crash points spread over the whole run'}, then at the same start time and on the next business day`, async () => {
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const points = crashPoints(calls);
    const faults: string[] = [];
    for (const point of points) faults.push(...(await tryCrash(point)));
    console.log(
      `Crash test: ${points.length} crash points tried over a run of ${calls} service calls sending ${expected.length} actions: ${faults.length} fault(s).`,
    );
    expect(faults).toEqual([]);
  });
});

describe('two runs started together', () => {
  it('lets exactly one proceed; the other says politely that a run is in progress', async () => {
    const dir = await smallWorkspace('concurrent', 300);
    const bin = resolve('bin/relance.js');
    const run = () =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, [bin, 'run', dir, '--today', '2026-03-16'], {
          stdio: 'ignore',
        });
        child.on('exit', (code) => done(code ?? -1));
      });
    await Promise.all([run(), run()]);
    const reports = readdirSync(join(dir, 'reports')).map(
      (f) => JSON.parse(readFileSync(join(dir, 'reports', f), 'utf8')) as RunReport,
    );
    // The lock is real and wall-clock based: the second run either finds it held and says so (on
    // a slow machine, again at each later hour it tries while the first still holds it), or takes
    // it once the first is done and finds nothing left to send. Either way one run sends.
    const statuses = reports.map((r) => r.status);
    expect(statuses.every((s) => s === 'ok' || s === 'busy')).toBe(true);
    for (const busy of reports.filter((r) => r.status === 'busy'))
      expect(busy.message).toMatch(/déjà en cours/);
    const sending = reports.filter((r) => r.actions.some((a) => a.outcome === 'sent'));
    expect(sending).toHaveLength(1);
    const sent = await emails(dir);
    expect(new Set(sent.map((m) => `${m.to}|${m.subject}`)).size).toBe(sent.length);
  });
});

describe('the daily email quota', () => {
  it('sends 5 of 12 messages with a quota of 5, defers 7, and sends all 12 over the next nights', async () => {
    const csv = join(root, 'quota.csv');
    const lines = ['N° facture;Client;Email;Échéance;Montant TTC'];
    for (let i = 1; i <= 12; i += 1)
      lines.push(`Q-${i};Client ${i};client${i}@exemple.fr;2026-03-02;100`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const dir = join(root, 'quota');
    const settings = JSON.parse(readFileSync(SETTINGS, 'utf8')) as {
      sending: { quotaReserve: number };
    };
    settings.sending.quotaReserve = 0;
    writeFileSync(join(root, 'quota-settings.json'), JSON.stringify(settings));
    await initWorkspace(dir, { from: csv, settingsPath: join(root, 'quota-settings.json') });
    const configPath = join(dir, 'workspace.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as WorkspaceConfig;
    writeFileSync(configPath, JSON.stringify({ ...config, mailDailyQuota: 5 }));

    const first = await runNight(dir, { today: '2026-03-04' });
    const outcomes = first.report.actions.map((a) => a.outcome);
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'deferred')).toHaveLength(7);
    expect(first.report.actions.find((a) => a.outcome === 'deferred')?.reason).toMatch(
      /Quota d’envoi/,
    );

    await runNight(dir, { today: '2026-03-05' });
    await runNight(dir, { today: '2026-03-06' });
    const sent = await emails(dir);
    expect(sent).toHaveLength(12);
    expect(new Set(sent.map((m) => m.to)).size).toBe(12);
  });
});
