/**
 * What every entry point opens first, in one place: the active spreadsheet, its day converter
 * (the only clock read), the settings, and on demand the invoice tab and the Journal. Entry
 * points (the run, the sidebar, the set-up) read through here and never rebuild this plumbing.
 */
import { DASHBOARD_SHEET_NAME } from '../../core/reports/dashboard';
import { isClientDirectoryName } from '../../core/sheets/client-directory';
import { HEADER_SEARCH_ROWS } from '../../core/sheets/invoice-header';
import { readInvoiceTable, type InvoiceTableReading } from '../../core/sheets/invoice-table';
import {
  JOURNAL_SHEET_NAME,
  vanishedJournalMessage,
  type JournalReading,
} from '../../core/sheets/journal-table';
import { SUIVI_SHEET_NAME } from '../../core/sheets/suivi-table';
import type { Language, Problem } from '../../core/model';
import { SERVER_WORDS } from '../../core/words/server';
import type { Settings } from '../../core/settings/settings';
import type { Day } from '../../core/values/day';
import { DayConverter } from '../adapters/days';
import { JournalSheet, recordedJournalRows } from '../adapters/journal';
import { loadSettings } from '../adapters/settings';
import { activeSpreadsheet, fallbackName, readCells } from '../adapters/sheets';
import { readClientTab } from './clients-tab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Workbook {
  spreadsheet: Spreadsheet;
  days: DayConverter;
  /** Today in the spreadsheet's time zone. */
  today: Day;
  settings: Settings;
  /** What could not be read back from the stored settings (defaults were used instead). */
  settingsProblems: string[];
}

/** The active spreadsheet with its day converter, today and the stored settings. */
export function openWorkbook(): Workbook {
  const spreadsheet = activeSpreadsheet();
  const days = new DayConverter(spreadsheet.getSpreadsheetTimeZone());
  const today = days.today();
  const { settings, problems } = loadSettings();
  return { spreadsheet, days, today, settings, settingsProblems: problems };
}

/** The tabs Relance writes itself: never taken for the invoice tab. */
const RELANCE_SHEETS: readonly string[] = [SUIVI_SHEET_NAME, DASHBOARD_SHEET_NAME]
  .flatMap((name) => [name, fallbackName(name)])
  .concat(JOURNAL_SHEET_NAME);

export interface InvoiceSource {
  sheetName: string;
  reading: Extract<InvoiceTableReading, { found: true }>;
}

/**
 * The configured invoice tab, or the first tab whose header the reader recognises; when another
 * tab looks like an invoice table too, a warning names them all and the one read. Why none was
 * found is said in `language` (the sidebar's); the reader's own reasons and the warning, which the
 * Suivi shows too, are French.
 */
export function findInvoiceTable(
  workbook: Workbook,
  language: Language = 'fr',
): InvoiceSource | { message: string } {
  const { spreadsheet, settings, days } = workbook;
  if (settings.invoiceSheet !== '') {
    const sheet = spreadsheet.getSheetByName(settings.invoiceSheet);
    if (sheet === null)
      return { message: SERVER_WORDS.invoiceTabGone[language](settings.invoiceSheet) };
    return readSource(workbook, sheet, readClientTab(spreadsheet, days));
  }
  const clients = readClientTab(spreadsheet, days);
  const candidates = spreadsheet
    .getSheets()
    .filter((s) => !RELANCE_SHEETS.includes(s.getName()) && !isClientDirectoryName(s.getName()));
  let message: string = SERVER_WORDS.noInvoiceTab[language];
  for (const [i, sheet] of candidates.entries()) {
    const source = readSource(workbook, sheet, clients);
    if (!('reading' in source)) {
      message = source.message;
      continue;
    }
    const others = candidates
      .slice(i + 1)
      .filter(
        (other) => readInvoiceTable(readCells(other, days, HEADER_SEARCH_ROWS), { settings }).found,
      )
      .map((other) => other.getName());
    if (others.length > 0)
      source.reading.problems.unshift(severalTabsWarning(sheet.getName(), others));
    return source;
  }
  return { message };
}

/** A tab read as the invoice table, the Clients tab filling what its rows leave blank. */
function readSource(
  workbook: Workbook,
  sheet: Sheet,
  directory: ReturnType<typeof readClientTab>,
): InvoiceSource | { message: string } {
  const reading = readInvoiceTable(readCells(sheet, workbook.days), {
    settings: workbook.settings,
    ...(directory.clients === undefined ? {} : { clients: directory.clients }),
  });
  if (!reading.found) return { message: reading.message };
  reading.problems.push(...directory.problems);
  return { sheetName: sheet.getName(), reading };
}

function severalTabsWarning(read: string, others: readonly string[]): Problem {
  return {
    row: 0,
    column: '',
    value: '',
    severity: 'warning',
    message: SERVER_WORDS.severalInvoiceTabs.fr([read, ...others], read),
  };
}

/** The invoice tab read, or an error whose message tells the user what to do. */
export function requireInvoiceTable(workbook: Workbook, language: Language = 'fr'): InvoiceSource {
  const source = findInvoiceTable(workbook, language);
  if (!('reading' in source)) throw new Error(source.message);
  return source;
}

/** Why the Journal cannot be used: its tab vanished after Relance wrote in it; else undefined. */
function vanishedJournal(workbook: Workbook): string | undefined {
  const present = workbook.spreadsheet.getSheetByName(JOURNAL_SHEET_NAME) !== null;
  return vanishedJournalMessage(present, present ? null : recordedJournalRows());
}

/**
 * The problems any reader of the workbook reports beside the plan's: the invoice tab's, the
 * Journal's (their column prefixed with the tab's name) and the stored settings'. The Suivi and
 * the sidebar's « Aujourd'hui » show the same list.
 */
export function readingProblems(
  workbook: Workbook,
  source: InvoiceSource,
  journal: JournalReading,
): Problem[] {
  const general = (message: string): Problem => ({ row: 0, column: '', value: '', message });
  return [
    ...source.reading.problems,
    ...journal.problems.map((p) => ({ ...p, column: `${JOURNAL_SHEET_NAME} › ${p.column}` })),
    ...workbook.settingsProblems.map(general),
  ];
}

/**
 * The Journal read without writing anything (a missing tab reads as empty): for reads. A tab that
 * vanished after Relance wrote in it is an error whose message says how to restore it.
 */
export function readJournalOnly(workbook: Workbook): JournalReading {
  const vanished = vanishedJournal(workbook);
  if (vanished !== undefined) throw new Error(vanished);
  return JournalSheet.read(
    workbook.spreadsheet,
    workbook.days,
    workbook.settings.sending.defaultLanguage,
  );
}

/**
 * The Journal tab, read, in the user's language, under the lock; created when missing, unless
 * Relance had written in it: then it vanished (deleted or renamed), and why everything stops.
 */
export function findJournal(workbook: Workbook): JournalSheet | { message: string } {
  const vanished = vanishedJournal(workbook);
  if (vanished !== undefined) return { message: vanished };
  return JournalSheet.open(
    workbook.spreadsheet,
    workbook.days,
    workbook.settings.sending.defaultLanguage,
  );
}

/** The Journal tab, read; an error whose message says how to restore it when it vanished. */
export function openJournal(workbook: Workbook): JournalSheet {
  const journal = findJournal(workbook);
  if (!(journal instanceof JournalSheet)) throw new Error(journal.message);
  return journal;
}

export interface InvoiceSheetDetection {
  found: boolean;
  sheet?: string;
  message?: string;
  invoices?: number;
  problems?: number;
  /** What the user should know before the first run, such as several invoice-looking tabs. */
  warnings?: string[];
}

/** Finds the invoice tab without writing anything: first-run set-up and `relance init`. */
export function detectInvoiceSheet(): InvoiceSheetDetection {
  const source = findInvoiceTable(openWorkbook());
  if (!('reading' in source)) return { found: false, message: source.message };
  return {
    found: true,
    sheet: source.sheetName,
    invoices: source.reading.invoices.length,
    problems: source.reading.problems.length,
    warnings: source.reading.problems.filter((p) => p.row === 0).map((p) => p.message),
  };
}
