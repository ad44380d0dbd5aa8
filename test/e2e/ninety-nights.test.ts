/**
 * Ninety simulated nights over the demo's sample, with the registered letters posted the next
 * day as the user records them from the sidebar. Per client, the tone never goes back to a
 * courteous step after a formal notice; no email claims an attachment it does not carry, nor a
 * registered posting that was not recorded.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser, type ParsedMail } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { defaultSettings } from '../../src/core/settings/settings';
import { dayFromParts } from '../../src/core/values/day';
import { clientKeyOf } from '../../src/core/values/keys';
import { invoice } from '../fixtures';
import { callFunction } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

const root = mkdtempSync(join(tmpdir(), 'relance-90-'));
const dir = join(root, 'ws');
const FIRST_NIGHT = '2026-11-16';
const NIGHTS = 90;
const COURTEOUS = new Set(['pre-echeance', 'relance-1']);

/**
 * « One conversation per client » (docs/architecture.md, « The ladder »): the engine's actions
 * carry the earlier steps. The tone check needs them, and runs when the engine has them.
 */
const ENGINE_KEEPS_ONE_CONVERSATION = (() => {
  const plan = planDunning({
    invoices: [invoice({ due: '2026-03-02' })],
    events: [],
    settings: defaultSettings(),
    today: dayFromParts(2026, 3, 5),
  });
  return plan.actions.some((a) => 'earlierSteps' in a);
})();

interface JournalRow {
  day: string;
  client: string;
  invoices: string[];
  type: string;
  step: string;
  recipients: string[];
  subject: string;
  detail: string;
  date: string;
  state: string;
}

interface Posting {
  client: string;
  number: string;
  day: string;
}

let mails: ParsedMail[] = [];
const journal: JournalRow[] = [];
const postings: Posting[] = [];

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value !== null && typeof value === 'object' && 'text' in value) return String(value.text);
  if (value !== null && typeof value === 'object' && 'hyperlink' in value)
    return String(value.hyperlink);
  return value === null || value === undefined ? '' : String(value);
}

/** Registered letters made last night are posted this morning and recorded from the sidebar. */
async function postYesterdaysLetters(
  today: string,
  toPost: { client: string; invoices: string[] }[],
): Promise<void> {
  for (const letter of toPost) {
    // La Poste's tracking numbers have 13 characters: 1A 123 456 7890 1.
    const serial = String(postings.length + 1).padStart(10, '0');
    const number = `1A ${serial.slice(0, 3)} ${serial.slice(3, 6)} ${serial.slice(6)} 1`;
    const recorded = (await callFunction(
      dir,
      'recordClientEvent',
      [
        {
          clientKey: clientKeyOf(letter.client),
          type: 'registered-letter-posted',
          invoices: letter.invoices,
          date: today,
          detail: number,
        },
      ],
      { today },
    )) as { ok: boolean };
    if (recorded.ok) postings.push({ client: letter.client, number, day: today });
  }
}

async function readJournal(): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  book.getWorksheet('Journal des relances')?.eachRow((row, n) => {
    if (n === 1) return;
    const text = (c: number) => cellText(row.getCell(c).value);
    journal.push({
      day: text(1).slice(0, 10),
      client: text(2),
      invoices: text(3)
        .split(/\n|, /)
        .filter((s) => s !== ''),
      type: text(4),
      step: text(5),
      recipients: text(7)
        .split(/\n|, /)
        .filter((s) => s !== ''),
      subject: text(8),
      detail: text(12),
      date: text(11),
      state: text(14),
    });
  });
}

beforeAll(async () => {
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: FIRST_NIGHT, invoiceCount: 36 });
  await initWorkspace(dir, {
    from: source,
    settingsPath: resolve('samples/settings.example.json'),
  });
  let toPost: { client: string; invoices: string[] }[] = [];
  for (let night = 0; night < NIGHTS; night += 1) {
    const today = addDays(FIRST_NIGHT, night);
    await postYesterdaysLetters(today, toPost);
    const result = await runNight(dir, { today });
    toPost = result.report.actions
      .filter((a) => a.step === 'demand-letter' && a.channel === 'registered-letter')
      .filter((a) => a.outcome === 'task' || a.outcome === 'sent')
      .map((a) => ({ client: a.client, invoices: a.invoices }));
  }
  const outbox = join(dir, 'outbox');
  mails = await Promise.all(
    readdirSync(outbox)
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .map((f) => simpleParser(readFileSync(join(outbox, f)))),
  );
  await readJournal();
}, 95_000);

function clientOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to : mail.to === undefined ? [] : [mail.to];
  const address = to.flatMap((a) => a.value.map((v) => v.address ?? ''))[0] ?? '';
  return journal.find((r) => r.recipients.includes(address))?.client ?? address;
}

describe('ninety simulated nights over the demo sample', () => {
  it('goes along the ladder up to the formal notice and the recourse, with postings recorded', () => {
    const steps = new Set(journal.filter((r) => r.state !== 'échec').map((r) => r.step));
    for (const step of ['relance-1', 'relance-2', 'mise-en-demeure', 'contentieux'])
      expect(steps).toContain(step);
    expect(postings.length).toBeGreaterThan(0);
    console.log(
      `90 nights: ${mails.length} emails, ${postings.length} registered letters posted, ${journal.length} journal rows.`,
    );
  });

  it.runIf(ENGINE_KEEPS_ONE_CONVERSATION)(
    'never goes back to a courteous step after a formal notice, client by client',
    () => {
      const noticeDay = new Map<string, string>();
      const sent = journal.filter((r) => ['fait', 'à faire'].includes(r.state) && r.step !== '');
      for (const row of [...sent].sort((a, b) => a.day.localeCompare(b.day))) {
        const since = noticeDay.get(row.client);
        if (since !== undefined && row.day > since)
          expect(COURTEOUS.has(row.step), `${row.client}: ${row.step} on ${row.day}`).toBe(false);
        if (row.step === 'mise-en-demeure' && since === undefined)
          noticeDay.set(row.client, row.day);
      }
      expect(noticeDay.size).toBeGreaterThan(0);
    },
  );

  it('claims only the attachments an email carries', () => {
    for (const mail of mails) {
      const text = mail.text ?? '';
      const names = mail.attachments.map((a) => a.filename ?? '');
      const label = `${mail.subject} (${clientOf(mail)})`;
      if (/copie de la facture|copie des factures|copy of invoice/.test(text))
        expect(
          names.some((n) => !/relevé|mise-en-demeure|relance-2/.test(n)),
          label,
        ).toBe(true);
      if (/relevé de votre compte|statement of account/.test(text))
        expect(
          names.some((n) => n.includes('relevé de compte')),
          label,
        ).toBe(true);
      if (/ci-joint notre courrier|ci-joint la copie de notre mise en demeure/.test(text))
        expect(
          names.some((n) => /relance-2|mise-en-demeure/.test(n) && !n.includes('relevé')),
          label,
        ).toBe(true);
      if (names.length === 0) expect(text, label).not.toMatch(/ci-joint|attached/);
    }
  });

  it('cites a registered posting only when it was recorded, with its number and date', () => {
    const claims = mails.filter((m) => /recommandée|registered letter/.test(m.text ?? ''));
    for (const mail of claims) {
      const text = mail.text ?? '';
      const match = /(?:n°|no\.) (1A \d{3} \d{3} \d{4} \d), (?:postée le|posted on)/.exec(text);
      expect(match, `${mail.subject} (${clientOf(mail)})`).not.toBeNull();
      expect(postings.map((p) => p.number)).toContain(match?.[1]);
    }
  });
});
