/**
 * The dunning run: read everything in a few batched calls, let the core decide, write the
 * derived tabs back. The same function serves the nightly trigger, "Lancer maintenant" and the
 * preview; this module only moves data between the services and the core.
 */
import { readInvoiceTable } from '../core/invoice-table';
import { JOURNAL_SHEET_NAME, readJournal } from '../core/journal-table';
import { planDunning } from '../core/engine';
import { withholdIncompleteActions } from '../core/compose';
import type { Problem } from '../core/model';
import { buildRunReport, type RunReport } from '../core/run-report';
import type { Settings } from '../core/settings';
import { SUIVI_SHEET_NAME, suiviTable } from '../core/suivi-table';
import { formatIsoDay } from '../core/day';
import { DayConverter } from './adapters/days';
import { DATE_FORMAT, EURO_FORMAT, readCells, rewriteSheet } from './adapters/sheets';
import { loadSettings } from './adapters/settings';

export const RELANCE_SHEETS: readonly string[] = [
  SUIVI_SHEET_NAME,
  JOURNAL_SHEET_NAME,
  'Tableau de bord',
];

/** How long a run waits for another one to finish before saying so (the sidebar waits too). */
const LOCK_WAIT_MS = 30_000;

export interface RunOptions {
  mode: 'nightly' | 'manual' | 'preview';
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function emptyReport(today: string, status: RunReport['status'], message: string): RunReport {
  return {
    date: today,
    status,
    message,
    invoiceSheet: '',
    invoices: [],
    actions: [],
    problems: [],
    totals: { invoices: 0, followed: 0, overdueCents: 0, actions: 0, problems: 0 },
  };
}

interface InvoiceSource {
  sheetName: string;
  reading: Extract<ReturnType<typeof readInvoiceTable>, { invoices: unknown }>;
}

/** The configured invoice tab, or the first tab whose header the reader recognises. */
function findInvoiceTable(
  spreadsheet: Spreadsheet,
  settings: Settings,
  days: DayConverter,
): InvoiceSource | { message: string } {
  const candidates =
    settings.invoiceSheet !== ''
      ? [spreadsheet.getSheetByName(settings.invoiceSheet)]
      : spreadsheet.getSheets().filter((s) => !RELANCE_SHEETS.includes(s.getName()));
  let message = 'Aucun onglet de factures trouvé dans ce classeur.';
  for (const sheet of candidates) {
    if (sheet === null) {
      return {
        message: `L’onglet de factures « ${settings.invoiceSheet} » n’existe plus : choisissez-le à nouveau dans Paramètres.`,
      };
    }
    const reading = readInvoiceTable(readCells(sheet, days), { settings });
    if ('invoices' in reading) return { sheetName: sheet.getName(), reading };
    message = reading.message;
  }
  return { message };
}

export interface InvoiceSheetDetection {
  found: boolean;
  sheet?: string;
  message?: string;
  invoices?: number;
  problems?: number;
}

/** Finds the invoice tab without writing anything: first-run set-up and `relance init`. */
export function detectInvoiceSheet(): InvoiceSheetDetection {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const days = new DayConverter(spreadsheet.getSpreadsheetTimeZone());
  const { settings } = loadSettings();
  const source = findInvoiceTable(spreadsheet, settings, days);
  if (!('reading' in source)) return { found: false, message: source.message };
  return {
    found: true,
    sheet: source.sheetName,
    invoices: source.reading.invoices.length,
    problems: source.reading.problems.length,
  };
}

export function runDunning(options: RunOptions): RunReport {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const days = new DayConverter(spreadsheet.getSpreadsheetTimeZone());
  const today = days.today();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    return emptyReport(
      formatIsoDay(today),
      'busy',
      'Une relance est déjà en cours dans ce classeur. Réessayez dans quelques minutes.',
    );
  }
  try {
    const { settings, problems: settingsProblems } = loadSettings();
    const source = findInvoiceTable(spreadsheet, settings, days);
    if (!('reading' in source)) {
      return emptyReport(formatIsoDay(today), 'no-invoice-table', source.message);
    }
    const journalSheet = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
    const journal = readJournal(journalSheet === null ? [] : readCells(journalSheet, days));
    const plan = withholdIncompleteActions(
      planDunning({ invoices: source.reading.invoices, events: journal.events, settings, today }),
      settings,
    );
    const extraProblems: Problem[] = [
      ...source.reading.problems,
      ...journal.problems.map((p) => ({ ...p, column: `${JOURNAL_SHEET_NAME} › ${p.column}` })),
      ...settingsProblems.map((message) => ({ row: 0, column: '', value: '', message })),
    ];
    const report = buildRunReport(plan, source.sheetName, extraProblems);
    rewriteSheet(
      spreadsheet,
      SUIVI_SHEET_NAME,
      suiviTable(plan.invoices, report.problems, settings.sending.defaultLanguage),
      days,
      [
        { column: 3, numberFormat: DATE_FORMAT },
        { column: 4, numberFormat: EURO_FORMAT },
        { column: 8, numberFormat: DATE_FORMAT },
        { column: 10, numberFormat: DATE_FORMAT },
        { column: 11, numberFormat: EURO_FORMAT },
        { column: 12, numberFormat: EURO_FORMAT },
      ],
    );
    report.message =
      options.mode === 'preview'
        ? `Aperçu : ${report.actions.length} action(s) prévue(s) aujourd’hui, rien n’a été envoyé.`
        : `${report.totals.followed} facture(s) suivie(s), ${report.actions.length} action(s) prévue(s) aujourd’hui.`;
    return report;
  } finally {
    lock.releaseLock();
  }
}
