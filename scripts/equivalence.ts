/**
 * Two builds of Relance on the same random workspaces: the outbox, the Journal (but its instants),
 * the Suivi and the run reports' actions must be the same. For a change meant to leave behaviour
 * as it is (a move, a split):
 *
 *   git worktree add /tmp/before main && (cd /tmp/before && npm run build)   # or any other way
 *   npm run build && npx tsx scripts/equivalence.ts /tmp/before/build build [scenarios] [seed]
 *
 * Each scenario: the sample invoices (scripts/sample-workbook) drawn from its seed, with « Lien
 * facture » links (a PDF opened with Relance, one it may not read, a missing file, sometimes two
 * of 13 MB), random settings (language, copy to self, invoice copies, quota reserve, a small email
 * quota) and a few nights, each with a service fault drawn at random (a daily quota, a message
 * limit, a Docs or Journal write failing). Prints the scenarios, actions and differences; what
 * each build left of a scenario that differs goes to the temporary folder (EQUIVALENCE_KEEP=1
 * keeps the workspaces too).
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { initWorkspace } from '../src/local/init';
import { runNight } from '../src/local/night';
import { uploadToDrive } from '../src/local/user-drive';
import { WORKSPACE_CONFIG } from '../src/local/workspace';
import { renderPdf } from '../src/local/runtime/pdf';
import { MAIL_QUOTA_EXCEEDED } from '../src/local/runtime/cost-table';
import { DOCUMENTS_QUOTA_EXCEEDED } from '../src/local/runtime/daily-quotas';
import type { ServiceFault } from '../src/local/runtime/meter';
import { random, SAMPLE_HEADERS, sampleRows } from './sample-workbook';

const [buildA = '', buildB = '', count = '20', firstSeed = '1'] = process.argv.slice(2);

const pick = <T>(next: () => number, items: readonly T[]): T =>
  items[Math.floor(next() * items.length)] as T;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const FAULTS: readonly Omit<ServiceFault, 'nth'>[] = [
  { match: 'MailApp.sendEmail', message: MAIL_QUOTA_EXCEEDED },
  { match: 'MailApp.sendEmail', message: 'Limit Exceeded: Email Body Size.' },
  { match: 'MailApp.sendEmail', message: 'Service unavailable: Gmail' },
  { match: 'Drive.Files.copy', message: DOCUMENTS_QUOTA_EXCEEDED },
  { match: 'Drive.Files.copy', message: 'Service unavailable: Drive' },
  { match: 'Drive.Files.create', message: 'Service unavailable: Docs' },
  { match: 'SpreadsheetApp.Range.setValue', message: 'Service Spreadsheets timed out' },
];

/** The links of the « Lien facture » column: readable, not opened with Relance, missing, huge. */
function invoiceLinks(dir: string, rows: number, next: () => number): string[] {
  const file = (name: string, bytes: Buffer | Uint8Array, picked: boolean) => {
    const path = join(dir, '..', name);
    writeFileSync(path, bytes);
    return uploadToDrive(dir, path, { picked });
  };
  const readable = file('F.pdf', renderPdf([{ kind: 'paragraph', text: 'Facture' }]), true);
  const unpicked = file('G.pdf', renderPdf([{ kind: 'paragraph', text: 'Autre' }]), false);
  const huge = next() < 0.3 ? file('H.pdf', Buffer.alloc(13_000_000, 7), true) : readable;
  const choices = [
    readable,
    unpicked,
    huge,
    huge,
    'https://drive.google.com/file/d/1Missing000XYZ/view',
    '',
  ];
  return Array.from({ length: rows }, () => pick(next, choices));
}

/** A workspace drawn from `seed`, ready for both builds. */
async function scenario(root: string, seed: number) {
  const next = random(seed);
  const referenceDay = addDays('2026-03-02', Math.floor(next() * 300));
  const rows = sampleRows({
    referenceDay,
    seed,
    invoiceCount: 12 + Math.floor(next() * 36),
    malformedRows: next() < 0.3,
  });
  const settings = JSON.parse(readFileSync('samples/settings.example.json', 'utf8')) as {
    sending: Record<string, unknown>;
    ladder: Record<string, unknown>[];
  };
  settings.sending['copyToSelf'] = next() < 0.5;
  settings.sending['quotaReserve'] = pick(next, [0, 10]);
  settings.sending['defaultLanguage'] = pick(next, ['fr', 'en']);
  settings.sending['sendOnNonBusinessDays'] = next() < 0.3;
  for (const step of settings.ladder) step['attachInvoice'] = next() < 0.6;
  writeFileSync(join(root, 'settings.json'), JSON.stringify(settings));
  const source = join(root, 'factures.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Factures');
  sheet.addRow([...SAMPLE_HEADERS, 'Lien facture']);
  for (const row of rows) sheet.addRow([...row, '']);
  await book.xlsx.writeFile(source);
  const dir = join(root, 'ws');
  await initWorkspace(dir, {
    from: source,
    settingsPath: join(root, 'settings.json'),
    mailDailyQuota: pick(next, [6, 15, 100]),
  });
  const links = invoiceLinks(dir, rows.length, next);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const tab = workbook.getWorksheet('Factures');
  links.forEach((link, i) => {
    if (tab !== undefined) tab.getCell(i + 2, SAMPLE_HEADERS.length + 1).value = link;
  });
  await workbook.xlsx.writeFile(join(dir, 'workbook.xlsx'));
  const nights: { day: string; fault: ServiceFault[] }[] = [];
  let day = referenceDay;
  for (let n = 0; n < 4 + Math.floor(next() * 4); n += 1) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    // Mostly business days (a weekend night only tells that nothing goes).
    if ((weekday === 0 || weekday === 6) && next() < 0.8) day = addDays(day, weekday === 6 ? 2 : 1);
    const fault = next() < 0.6 ? [{ ...pick(next, FAULTS), nth: 1 + Math.floor(next() * 3) }] : [];
    nights.push({ day, fault });
    day = addDays(day, 1 + Math.floor(next() * 6));
  }
  return { dir, nights };
}

/** jsPDF stamps each PDF with the machine's clock and a random file id: both left out. */
function pdfHash(bytes: Buffer): string {
  const stable = bytes
    .toString('latin1')
    .replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, '')
    .replace(/\/ID \[[^\]]*\]/g, '');
  return createHash('sha256').update(stable).digest('hex');
}

/** Each email sent: recipients, sender, subject, text, attachments' names and contents. */
async function mailsOf(dir: string): Promise<string[]> {
  const files = readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
  const mails = await Promise.all(
    files.map(async (f) => {
      const mail = await simpleParser(readFileSync(join(dir, 'outbox', f)));
      const attachments = mail.attachments.map((a) => [a.filename, pdfHash(a.content)]);
      const { to, bcc, replyTo, from, subject, text } = mail;
      return JSON.stringify([to, bcc, replyTo, from, subject, text, attachments]);
    }),
  );
  return mails.sort();
}

/** The Journal's rows but their first cell (the instant of writing), and the Suivi's rows. */
async function tabsOf(dir: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const rows = (name: string, from: number) => {
    const lines: string[] = [];
    workbook.getWorksheet(name)?.eachRow((row) => {
      lines.push(JSON.stringify((row.values as unknown[]).slice(from)));
    });
    return lines;
  };
  return [...rows('Journal des relances', 2), ...rows('Suivi des relances', 1)];
}

interface ReportAction {
  outcome: string;
}

/** Each run report's status, actions and problems, but its timings and call counts. */
function reportsOf(
  dir: string,
): { file: string; status: unknown; actions: ReportAction[]; problems: unknown }[] {
  return readdirSync(join(dir, 'reports'))
    .sort()
    .map((f) => {
      const report = JSON.parse(readFileSync(join(dir, 'reports', f), 'utf8')) as {
        status: unknown;
        actions?: ReportAction[];
        problems: unknown;
      };
      const { status, problems } = report;
      return { file: f, status, actions: report.actions ?? [], problems };
    });
}

/** What a workspace shows once its nights ran, but its instants; and the actions tried. */
async function outcome(
  dir: string,
): Promise<{ text: string; actions: number; outcomes: Record<string, number> }> {
  const reports = reportsOf(dir);
  const outcomes: Record<string, number> = {};
  for (const action of reports.flatMap((r) => r.actions))
    outcomes[action.outcome] = (outcomes[action.outcome] ?? 0) + 1;
  const actions = reports.reduce((n, r) => n + r.actions.length, 0);
  const text = [...(await mailsOf(dir)), ...(await tabsOf(dir)), JSON.stringify(reports)];
  return { text: text.join('\n'), actions, outcomes };
}

async function runBoth(
  seed: number,
): Promise<{ same: boolean; actions: number; mails: number; outcomes: Record<string, number> }> {
  const root = mkdtempSync(join(tmpdir(), `relance-equivalence-${seed}-`));
  try {
    const { dir, nights } = await scenario(root, seed);
    const results = [];
    for (const [side, build] of [
      ['a', buildA],
      ['b', buildB],
    ] as const) {
      const copy = join(root, side);
      cpSync(dir, copy, { recursive: true });
      const config = JSON.parse(readFileSync(join(copy, WORKSPACE_CONFIG), 'utf8')) as object;
      writeFileSync(
        join(copy, WORKSPACE_CONFIG),
        JSON.stringify({ ...config, buildDir: resolve(build) }),
      );
      for (const night of nights)
        await runNight(copy, { today: night.day, faults: { services: night.fault } }).catch(
          () => undefined,
        );
      results.push(await outcome(copy));
    }
    const [a, b] = results;
    if (a === undefined || b === undefined) throw new Error('no result');
    if (a.text !== b.text) {
      const diffs = join(tmpdir(), 'relance-equivalence-diffs');
      mkdirSync(diffs, { recursive: true });
      writeFileSync(join(diffs, `${seed}-a.txt`), a.text);
      writeFileSync(join(diffs, `${seed}-b.txt`), b.text);
      console.log(`seed ${seed}: what each build left is in ${diffs}/${seed}-{a,b}.txt`);
    }
    const mails = readdirSync(join(root, 'a', 'outbox')).filter((f) => f.endsWith('.eml')).length;
    return { same: a.text === b.text, actions: a.actions, mails, outcomes: a.outcomes };
  } finally {
    if (process.env['EQUIVALENCE_KEEP'] !== '1') rmSync(root, { recursive: true, force: true });
  }
}

let differences = 0;
let actions = 0;
let mails = 0;
const outcomes: Record<string, number> = {};
for (let seed = Number(firstSeed); seed < Number(firstSeed) + Number(count); seed += 1) {
  const result = await runBoth(seed);
  actions += result.actions;
  mails += result.mails;
  if (!result.same) differences += 1;
  for (const [kind, n] of Object.entries(result.outcomes))
    outcomes[kind] = (outcomes[kind] ?? 0) + n;
  console.log(
    `seed ${seed}: ${result.actions} actions ${JSON.stringify(result.outcomes)}, ${result.mails} emails, ${result.same ? 'same' : 'DIFFERENT'}`,
  );
}
console.log(
  `${count} scenarios, ${actions} actions ${JSON.stringify(outcomes)}, ${mails} emails, ${differences} with differences.`,
);
process.exitCode = differences === 0 ? 0 : 1;
