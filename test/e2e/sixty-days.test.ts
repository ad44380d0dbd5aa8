import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser, type ParsedMail } from 'mailparser';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEmails } from '../../src/core/values/parse-values';
import { clientKeyOf } from '../../src/core/values/keys';
import { callFunction } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { sampleRows, writeSampleWorkbook } from '../../scripts/sample-workbook';

const root = mkdtempSync(join(tmpdir(), 'relance-60-'));
const dir = join(root, 'ws');
const START = '2026-03-02';

interface JournalRow {
  client: string;
  invoices: string[];
  type: string;
  step: string;
  recipients: string[];
  subject: string;
  link: string;
  amount: number;
  state: string;
}

let mails: ParsedMail[] = [];
const journal: JournalRow[] = [];
const emailsOfClient = new Map<string, Set<string>>();

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  const source = join(root, 'factures.xlsx');
  const options = {
    referenceDay: addDays(START, 20),
    invoiceCount: 50,
    malformedRows: false,
    seed: 11,
  };
  await writeSampleWorkbook(source, options);
  for (const row of sampleRows(options)) {
    const client = String(row[1]);
    const set = emailsOfClient.get(client) ?? new Set<string>();
    for (const address of parseEmails(String(row[2])).valid) set.add(address);
    emailsOfClient.set(client, set);
  }
  await initWorkspace(dir, {
    from: source,
    settingsPath: resolve('samples/settings.example.json'),
  });
  // The user posts each mise en demeure the day after Relance makes it, and records the posting
  // from the sidebar: its email copy and the recourse follow.
  let toPost: { client: string; invoices: string[] }[] = [];
  for (let night = 0; night < 60; night += 1) {
    const today = addDays(START, night);
    for (const [i, letter] of toPost.entries()) {
      const input = {
        clientKey: clientKeyOf(letter.client),
        type: 'registered-letter-posted',
        invoices: letter.invoices,
        date: today,
        detail: `1A 000 000 ${String(night).padStart(2, '0')}${String(i).padStart(2, '0')} 1`,
      };
      const recorded = (await callFunction(dir, 'recordClientEvent', [input], { today })) as {
        ok: boolean;
      };
      expect(recorded.ok, JSON.stringify(recorded)).toBe(true);
    }
    const result = await runNight(dir, { today });
    toPost = [result, ...result.continuations]
      .flatMap((r) => r.report.actions)
      .filter((a) => a.step === 'demand-letter' && a.outcome === 'task')
      .map((a) => ({ client: a.client, invoices: a.invoices }));
  }

  const outbox = join(dir, 'outbox');
  mails = await Promise.all(
    readdirSync(outbox)
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .map((f) => simpleParser(readFileSync(join(outbox, f)))),
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  book.getWorksheet('Journal des relances')?.eachRow((row, n) => {
    if (n === 1) return;
    const text = (c: number) => {
      const value = row.getCell(c).value;
      if (value !== null && typeof value === 'object' && 'text' in value) return String(value.text);
      if (value !== null && typeof value === 'object' && 'hyperlink' in value)
        return String(value.hyperlink);
      return value === null ? '' : String(value);
    };
    const link = row.getCell(9).value;
    journal.push({
      client: text(2),
      invoices: text(3)
        .split('\n')
        .filter((s) => s !== ''),
      type: text(4),
      step: text(5),
      recipients: text(7)
        .split(', ')
        .filter((s) => s !== ''),
      subject: text(8),
      link:
        link !== null && typeof link === 'object' && 'hyperlink' in link
          ? String(link.hyperlink)
          : text(9),
      amount: Number(row.getCell(10).value ?? 0),
      state: text(14),
    });
  });
}, 65_000);

/** The journal row of each email: both are in chronological order, so the n-th email to the
 *  same addresses with the same subject is the n-th such row that went out. */
function rowOf(mail: ParsedMail): JournalRow | undefined {
  const key = `${mail.subject}|${addresses(mail).join(',')}`;
  const rows = journal.filter(
    (r) =>
      (r.state === 'fait' || r.state === 'à faire') &&
      r.recipients.length > 0 &&
      `${r.subject}|${r.recipients.join(',')}` === key,
  );
  const sameBefore = mails
    .slice(0, mails.indexOf(mail))
    .filter((m) => `${m.subject}|${addresses(m).join(',')}` === key).length;
  return rows[sameBefore];
}

function addresses(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to === undefined ? [] : [mail.to];
  return to.flatMap((a) => a.value.map((v) => v.address ?? ''));
}

const euros = (value: number) =>
  `${Math.floor(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${Math.round((value % 1) * 100)
    .toString()
    .padStart(2, '0')}\u00a0€`;

describe('sixty simulated nights over fifty invoices', () => {
  it('sent emails and made letters along the whole ladder', () => {
    expect(mails.length).toBeGreaterThan(20);
    const steps = new Set(
      journal.filter((r) => r.state === 'fait' || r.state === 'à faire').map((r) => r.step),
    );
    for (const step of ['relance-1', 'appel', 'relance-2', 'mise-en-demeure', 'contentieux'])
      expect(steps).toContain(step);
    console.log(
      `60 nights: ${mails.length} emails, ${journal.filter((r) => r.link !== '').length} letters, ${journal.length} journal rows.`,
    );
  });

  it('sent each email to the addresses of its own client’s rows only, never a Bcc list', () => {
    for (const mail of mails) {
      const row = rowOf(mail);
      expect(row, mail.subject).toBeDefined();
      const allowed = emailsOfClient.get(row?.client ?? '') ?? new Set();
      for (const address of addresses(mail))
        expect(allowed.has(address), `${address} for ${row?.client}`).toBe(true);
      expect(mail.bcc).toBeUndefined();
      expect(mail.replyTo?.text).toBe('compta@atelier-dupont.fr');
      expect(mail.from?.text).toContain('Atelier Dupont');
    }
  });

  it('wrote French text naming the invoices and their balance in every email', () => {
    for (const mail of mails) {
      const row = rowOf(mail);
      const text = mail.text ?? '';
      for (const number of row?.invoices ?? []) expect(text).toContain(number);
      const english = text.startsWith('Dear');
      const amount = row?.amount ?? 0;
      expect(text).toContain(
        english
          ? `€${amount.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
          : euros(amount),
      );
      expect(text).toMatch(/^(Bonjour|Dear|Madame, Monsieur|Sir or Madam|[A-Z][^\n]*,\n)/);
      expect(text).toContain('Atelier Dupont SARL');
      expect(text).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('attached a readable letter PDF listing the right invoices and total to every letter step', async () => {
    const letters = mails.filter((m) =>
      /Rappel : \d+ factures? impayées?|Mise en demeure/.test(m.subject ?? ''),
    );
    expect(letters.length).toBeGreaterThan(3);
    for (const mail of letters) {
      const row = rowOf(mail);
      const pdfs = mail.attachments.filter((a) => a.contentType === 'application/pdf');
      // The relevé de compte always; the letter too, unless this is the email copy of a mise en
      // demeure already posted (it cites the posting instead).
      const statement = pdfs.find((a) => /relevé de compte\.pdf$/.test(a.filename ?? ''));
      expect(statement, mail.subject).toBeDefined();
      const letter = pdfs.find((a) => a !== statement);
      if (/postée le/.test(mail.text ?? '')) {
        expect(letter, mail.subject).toBeUndefined();
        continue;
      }
      const pdf = await getDocumentProxy(new Uint8Array(letter?.content ?? Buffer.alloc(0)));
      const { text } = await extractText(pdf, { mergePages: true });
      for (const number of row?.invoices ?? []) expect(text).toContain(number);
      expect(text.replace(/\s/g, ' ')).toContain(euros(row?.amount ?? 0).replace(/\s/g, ' '));
      expect(text).toContain('Atelier Dupont SARL');
      if (/Mise en demeure/.test(mail.subject ?? '')) expect(text).toContain('MISE EN DEMEURE');
      expect(row?.link).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    }
  });

  it('turned each registered letter into a « Courrier à poster » task and each call into a task', () => {
    const toPost = journal.filter((r) => r.type === 'Courrier à poster');
    expect(toPost.length).toBeGreaterThan(0);
    expect(toPost.every((r) => r.state === 'à faire' && r.step === 'mise-en-demeure')).toBe(true);
    expect(
      journal
        .filter((r) => r.type === 'Tâche' && r.step === 'appel')
        .every((r) => r.state === 'à faire'),
    ).toBe(true);
  });

  it('never contacted one client twice on the same day', () => {
    const seen = new Set<string>();
    // A Note is Relance's own record (e.g. why a dossier for the judge could not be made at a
    // recourse), not a contact with the client.
    const contacts = journal.filter(
      (r) => (r.state === 'fait' || r.state === 'à faire') && r.type !== 'Note',
    );
    for (const row of contacts) {
      // The letter to post and its email copy (after the posting) share a subject, not a type.
      const key = `${row.client}|${row.type}|${row.subject}|${row.invoices.join(',')}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});
