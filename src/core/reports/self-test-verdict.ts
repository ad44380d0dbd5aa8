/**
 * The installation self-test, judged: the server adapter tries each behaviour Relance relies on
 * against the real spreadsheet (on scratch objects it removes afterwards) and reports what it
 * observed; this module decides, for each check, whether it holds, and says what to do when it
 * does not, in the user's language. The sample letter data lives here too, so that the check of
 * the letter fill uses the same template variables as a real letter.
 */
import { buildTemplateVariables } from '../messages/compose';
import type { TemplateScope } from '../messages/templates';
import { inBoth, WORDS, type Entry } from '../words/catalogue';
import { SELF_TEST_WORDS } from '../words/self-test';
import type { Invoice, Language } from '../model';
import type { Settings } from '../settings/settings';
import { addDays, type Day } from '../values/day';
import type { Cents } from '../values/money';
import { normalizeKey } from '../values/keys';

/**
 * A new tab has 1,000 rows: "By default, new spreadsheets have 1,000 rows and 26 columns"
 * (https://support.google.com/docs/answer/37603). Relance must
 * extend a tab before writing past its last row.
 */
export const NEW_TAB_ROWS = 1000;

/** Text that Sheets would turn into numbers or dates if it were written as typed. */
export const TEXT_SAMPLES: readonly string[] = ['000123', '12,5', '03/2026'];

/** Invoice numbers of the sample letter: each must get a row of its own in the invoice table. */
export const SAMPLE_INVOICES: readonly string[] = ['VERIF-0001', 'VERIF-0002'];

export type Probe<T> = { ok: true; value: T } | { ok: false; error: string };

export interface SelfTestObservations {
  /** Authorisation status in AuthMode.FULL, and the URL where the user grants what is missing. */
  scopes: Probe<{ status: string; url: string | null }>;
  /** A new tab's row count, and what Relance's writer left one row past it. */
  rows: Probe<{ newTabRows: number; lastRow: number; lastValue: unknown; expected: string }>;
  /** The text of each row of the letter's invoice table, after the fill. */
  letter: Probe<{ rows: readonly string[] }>;
  /** TEXT_SAMPLES as read back after Relance's writer wrote them. */
  text: Probe<{ readBack: readonly unknown[] }>;
  quota: Probe<{ remaining: number }>;
  /**
   * Relance's clock triggers in this spreadsheet: the hourly one (one at most, as an add-on may
   * hold), and continuation triggers of earlier versions (none should be left).
   */
  trigger: Probe<{ nightly: number; retired: number }>;
  /** Scratch objects that could not be removed. */
  cleanup: Probe<{ leftovers: readonly string[] }>;
}

export type CheckId = keyof SelfTestObservations;

/** What a probe observed, when it could observe it. */
export type Observed<K extends CheckId> = Extract<SelfTestObservations[K], { ok: true }>['value'];

export interface SelfTestCheck {
  id: CheckId;
  ok: boolean;
  /** What was checked, then what was found. */
  line: string;
  /** What to do, when the check failed. */
  fix?: string;
}

export interface SelfTestReport {
  ok: boolean;
  title: string;
  checks: SelfTestCheck[];
  /** The report as printed: a title, one line per check (✓ or ✗, what to do), a conclusion. */
  text: string;
}

/** Two overdue sample invoices of one client, filled the way a real reminder letter is. */
export function sampleLetterScope(
  settings: Settings,
  today: Day,
  language: Language,
): TemplateScope {
  const invoices: Invoice[] = SAMPLE_INVOICES.map((number, i) => ({
    number,
    client: SELF_TEST_WORDS.sampleClient.fr,
    clientKey: normalizeKey(SELF_TEST_WORDS.sampleClient.fr),
    emails: [],
    issueDate: addDays(today, -60 - i),
    dueDate: addDays(today, -30 - i),
    amountCents: (120_000 + i * 1_000) as Cents,
    paidCents: 0 as Cents,
    markedPaid: false,
    clientType: 'trader',
    language,
    row: 0,
  }));
  return buildTemplateVariables({
    action: {
      step: 'reminder-2',
      client: SELF_TEST_WORDS.sampleClient.fr,
      invoices: [...SAMPLE_INVOICES],
      language,
    },
    invoices,
    standings: [],
    settings,
    today,
  });
}

type Texts = Entry<string>;
const W = SELF_TEST_WORDS;

function check(
  id: CheckId,
  ok: boolean,
  line: Texts,
  fix: Texts,
  language: Language,
): SelfTestCheck {
  return ok
    ? { id, ok, line: line[language] }
    : { id, ok, line: line[language], fix: fix[language] };
}

function failed(id: CheckId, label: Texts, error: string, fix: Texts, language: Language) {
  const line = { fr: W.failed.fr(label.fr, error), en: W.failed.en(label.en, error) };
  return check(id, false, line, fix, language);
}

function judgeScopes(probe: SelfTestObservations['scopes'], language: Language): SelfTestCheck {
  const url = probe.ok && probe.value.url !== null ? ` (${probe.value.url})` : '';
  const fix = inBoth(W.scopesFix, url);
  if (!probe.ok) return failed('scopes', W.scopesLabel, probe.error, fix, language);
  const ok = probe.value.status === 'NOT_REQUIRED';
  return check('scopes', ok, ok ? W.scopesGranted : W.scopesMissing, fix, language);
}

function judgeRows(probe: SelfTestObservations['rows'], language: Language): SelfTestCheck {
  const fix = inBoth(W.rowsFix, NEW_TAB_ROWS);
  if (!probe.ok) return failed('rows', W.rowsLabel, probe.error, fix, language);
  const { newTabRows, lastRow, lastValue, expected } = probe.value;
  if (newTabRows !== NEW_TAB_ROWS)
    return check('rows', false, inBoth(W.rowsOfNewTab, newTabRows, NEW_TAB_ROWS), fix, language);
  const ok = lastRow === newTabRows + 1 && lastValue === expected;
  const line = ok
    ? inBoth(W.rowsExtended, newTabRows)
    : inBoth(W.rowsNotWritten, newTabRows + 1, lastRow);
  return check('rows', ok, line, fix, language);
}

function judgeLetter(probe: SelfTestObservations['letter'], language: Language): SelfTestCheck {
  if (!probe.ok) return failed('letter', W.letterLabel, probe.error, W.letterFix, language);
  const { rows } = probe.value;
  // Each invoice in exactly one row, no row holding two of them, no placeholder left.
  const ok =
    SAMPLE_INVOICES.every((n) => rows.filter((row) => row.includes(n)).length === 1) &&
    rows.every((row) => SAMPLE_INVOICES.filter((n) => row.includes(n)).length <= 1) &&
    rows.every((row) => !row.includes('{{'));
  const found = rows.map((row) => row.replace(/\s+/g, ' ').trim());
  const line = ok ? inBoth(W.letterRowEach, SAMPLE_INVOICES.length) : inBoth(W.letterWrong, found);
  return check('letter', ok, line, W.letterFix, language);
}

function judgeText(probe: SelfTestObservations['text'], language: Language): SelfTestCheck {
  if (!probe.ok) return failed('text', W.textLabel, probe.error, W.textFix, language);
  const { readBack } = probe.value;
  const changed = TEXT_SAMPLES.flatMap((sample, i) =>
    readBack[i] === sample ? [] : [{ sample, readBack: JSON.stringify(readBack[i] ?? null) }],
  );
  const line =
    changed.length === 0 ? inBoth(W.textKept, TEXT_SAMPLES) : inBoth(W.textChanged, changed);
  return check('text', changed.length === 0, line, W.textFix, language);
}

function judgeQuota(probe: SelfTestObservations['quota'], language: Language): SelfTestCheck {
  if (!probe.ok) return failed('quota', W.quotaLabel, probe.error, W.quotaFix, language);
  const line = inBoth(W.quotaReadable, probe.value.remaining);
  return check('quota', true, line, W.quotaFix, language);
}

function judgeTrigger(probe: SelfTestObservations['trigger'], language: Language): SelfTestCheck {
  if (!probe.ok) return failed('trigger', W.triggerLabel, probe.error, W.triggerFix, language);
  const { nightly, retired } = probe.value;
  const ok = nightly <= 1 && retired === 0;
  const line = !ok
    ? inBoth(W.triggerTooMany, nightly + retired)
    : nightly === 1
      ? W.triggerHourly
      : W.triggerOff;
  return check('trigger', ok, line, W.triggerFix, language);
}

function judgeCleanup(probe: SelfTestObservations['cleanup'], language: Language): SelfTestCheck {
  const leftovers = probe.ok ? probe.value.leftovers.join(', ') : '';
  const fix = inBoth(W.cleanupFix, leftovers);
  if (!probe.ok) return failed('cleanup', W.cleanupLabel, probe.error, fix, language);
  const ok = probe.value.leftovers.length === 0;
  const line = ok ? W.cleanupDone : inBoth(W.cleanupLeft, leftovers);
  return check('cleanup', ok, line, fix, language);
}

/** Judges every check and prints the report: ✓ or ✗ per line, what to do under each ✗. */
export function judgeSelfTest(
  observations: SelfTestObservations,
  language: Language,
): SelfTestReport {
  const checks = [
    judgeScopes(observations.scopes, language),
    judgeRows(observations.rows, language),
    judgeLetter(observations.letter, language),
    judgeText(observations.text, language),
    judgeQuota(observations.quota, language),
    judgeTrigger(observations.trigger, language),
    judgeCleanup(observations.cleanup, language),
  ];
  const failures = checks.filter((c) => !c.ok).length;
  const title = WORDS.selfTestTitle[language];
  const conclusion =
    failures === 0
      ? WORDS.selfTestAllWell[language]
      : WORDS.selfTestPointsToFix[language](failures);
  const lines = checks.flatMap((c) =>
    c.ok ? [`✓ ${c.line}`] : [`✗ ${c.line}`, `   → ${capitalise(c.fix ?? '')}`],
  );
  return {
    ok: failures === 0,
    title,
    checks,
    text: [title, '', ...lines, '', conclusion].join('\n'),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
