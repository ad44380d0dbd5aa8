/**
 * « Vérifier l'installation »: run once after deploying, from the Relance menu (Aide › Vérifier
 * l'installation) or from the Apps Script editor (function runSelfTest). It tries, on scratch
 * objects it removes afterwards, each behaviour of Google's services that Relance relies on, and
 * through Relance's own adapters wherever Relance has one (the sheet writer, the letter fill, the
 * quota, the trigger listing), so that it checks the product as it runs, not a copy of it. It
 * makes no trigger: an add-on may hold one time-driven trigger per document, the one that sends
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions). The
 * core judges what was observed (core/reports/self-test-verdict); the report is shown in a dialog when
 * there is a UI, always logged, and returned as data.
 */
import { SERVER_WORDS } from '../../core/words/server';
import { DEFAULT_TEXTS } from '../../core/words/default-texts';
import type { Language } from '../../core/model';
import {
  judgeSelfTest,
  sampleLetterScope,
  TEXT_SAMPLES,
  type Observed,
  type Probe,
  type SelfTestObservations,
  type SelfTestReport,
} from '../../core/reports/self-test-verdict';
import type { OutputCell } from '../../core/sheets/output-cells';
import { WORDS } from '../../core/words/catalogue';
import { DayConverter } from '../adapters/days';
import { trash } from '../adapters/drive-files';
import { fillLetter, openNewDoc, writeLetterTemplate } from '../adapters/letters';
import { remainingDailyQuota } from '../adapters/mail';
import { loadSettings } from '../adapters/settings';
import { authorizationInfo } from '../adapters/authorization';
import { alert } from '../adapters/ui';
import {
  activeSpreadsheet,
  columnFormats,
  insertQuietly,
  readCells,
  rewriteSheet,
} from '../adapters/sheets';
import {
  documentTriggers,
  NIGHTLY_HANDLER,
  RETIRED_CONTINUATION_HANDLER,
} from '../adapters/triggers';
import { messageOf } from '../adapters/error-message';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SCRATCH_NAME = SERVER_WORDS.selfTestScratch.fr;

/** What the self-test made and must remove, whatever happened in between. */
interface Scratch {
  sheets: string[];
  docId?: string;
}

function probe<T>(work: () => T): Probe<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/**
 * In AuthMode.FULL, NOT_REQUIRED means that the user granted every scope the manifest declares
 * (https://developers.google.com/apps-script/reference/script/authorization-info).
 */
function observeScopes(): Observed<'scopes'> {
  return authorizationInfo();
}

/** A new tab's row count, then Relance's sheet writer asked to write one row past it. */
function observeRows(
  spreadsheet: Spreadsheet,
  days: DayConverter,
  scratch: Scratch,
): Observed<'rows'> {
  const name = `${SCRATCH_NAME} ${scratch.sheets.length + 1} ${Date.now().toString(36)}`;
  scratch.sheets.push(name);
  const newTabRows = insertQuietly(spreadsheet, name).getMaxRows();
  const rows: OutputCell[][] = Array.from({ length: newTabRows + 1 }, (_, i) => [`ligne ${i + 1}`]);
  const sheet = rewriteSheet(spreadsheet, name, rows, days, [], () => true);
  const lastRow = sheet.getLastRow();
  return {
    newTabRows,
    lastRow,
    lastValue: lastRow > 0 ? sheet.getRange(lastRow, 1).getValue() : '',
    expected: `ligne ${newTabRows + 1}`,
  };
}

/** Text that looks like a number or a date, written by Relance's sheet writer and read back. */
function observeText(
  spreadsheet: Spreadsheet,
  days: DayConverter,
  scratch: Scratch,
): Observed<'text'> {
  const name = `${SCRATCH_NAME} ${scratch.sheets.length + 1} ${Date.now().toString(36)}`;
  scratch.sheets.push(name);
  const header = TEXT_SAMPLES.map((_, i) => `texte ${i + 1}`);
  const formats = columnFormats(TEXT_SAMPLES.map(() => 'text'));
  const sheet = rewriteSheet(
    spreadsheet,
    name,
    [header, [...TEXT_SAMPLES]],
    days,
    formats,
    () => true,
  );
  return { readBack: readCells(sheet, days)[1] ?? [] };
}

/** Relance's default reminder letter as a scratch Doc, filled by Relance's letter fill. */
function observeLetter(
  language: Language,
  days: DayConverter,
  scratch: Scratch,
): Observed<'letter'> {
  // Made through Drive, as Relance's letters are: a file the app created, in reach of drive.file.
  const doc = openNewDoc('root', `${SCRATCH_NAME} ${Date.now().toString(36)}`);
  scratch.docId = doc.getId();
  const body = doc.getBody();
  writeLetterTemplate(body, DEFAULT_TEXTS['reminder-2'][language].letter ?? '', language);
  fillLetter(body, sampleLetterScope(loadSettings().settings, days.today(), language));
  const rows: string[] = [];
  for (const table of body.getTables())
    for (let r = 0; r < table.getNumRows(); r += 1) rows.push(table.getRow(r).getText());
  doc.saveAndClose();
  return { rows };
}

/** This spreadsheet's triggers, read through Relance's own listing: its clock triggers counted. */
function observeTrigger(): Observed<'trigger'> {
  const handlers = documentTriggers().map((t) => t.getHandlerFunction());
  return {
    nightly: handlers.filter((h) => h === NIGHTLY_HANDLER).length,
    retired: handlers.filter((h) => h === RETIRED_CONTINUATION_HANDLER).length,
  };
}

/** Removes every scratch object, each on its own, and names those that stay. */
function cleanUp(
  spreadsheet: Spreadsheet,
  scratch: Scratch,
  language: Language,
): Observed<'cleanup'> {
  const leftovers: string[] = [];
  const attempt = (what: string, work: () => void) => {
    try {
      work();
    } catch {
      leftovers.push(what);
    }
  };
  for (const name of scratch.sheets) {
    attempt(WORDS.scratchTab[language](name), () => {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet !== null) spreadsheet.deleteSheet(sheet);
    });
  }
  const { docId } = scratch;
  if (docId !== undefined) attempt(WORDS.scratchDocument[language], () => trash(docId));
  return { leftovers };
}

function languageOf(): Language {
  try {
    return loadSettings().settings.sending.defaultLanguage;
  } catch {
    return 'fr';
  }
}

/** Checks the installation and reports: a dialog when there is a UI, the log, and the data. */
export function runSelfTest(): SelfTestReport {
  const spreadsheet = activeSpreadsheet();
  const days = new DayConverter(spreadsheet.getSpreadsheetTimeZone());
  const language = languageOf();
  const scratch: Scratch = { sheets: [] };
  const observations: Omit<SelfTestObservations, 'cleanup'> = {
    scopes: probe(observeScopes),
    rows: probe(() => observeRows(spreadsheet, days, scratch)),
    letter: probe(() => observeLetter(language, days, scratch)),
    text: probe(() => observeText(spreadsheet, days, scratch)),
    quota: probe(() => ({ remaining: remainingDailyQuota() })),
    trigger: probe(observeTrigger),
  };
  const cleanup = probe(() => cleanUp(spreadsheet, scratch, language));
  const report = judgeSelfTest({ ...observations, cleanup }, language);
  console.log(report.text);
  try {
    alert(report.text);
  } catch {
    // No dialog from the Apps Script editor or a trigger: the execution log has the report.
  }
  return report;
}
