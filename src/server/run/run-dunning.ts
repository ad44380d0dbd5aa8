/**
 * The dunning run: read everything in a few batched calls, let the core decide, carry the plan
 * out, write the derived tabs back. The same function serves the nightly trigger, "Lancer
 * maintenant", the continuation trigger and the preview; this module only moves data between
 * the services and the core.
 */
import { frenchOnly, inBoth, WORDS } from '../../core/words/catalogue';
import { SERVER_WORDS } from '../../core/words/server';
import { messageOf } from '../adapters/error-message';
import { dashboardLayout } from '../../core/reports/dashboard';
import { formatIsoDay } from '../../core/values/day';
import { planDay, type DayPlan } from '../../core/plan/plan-day';
import { runDateProblem } from '../../core/dunning/run-date';
import { toExecutionPlan, type ExecutionPlan } from '../../core/plan/execution';
import { runSummary } from '../../core/reports/run-summary';
import { alignInvoiceNumbers } from '../../core/sheets/journal-table';
import { recoveryOf } from '../../core/plan/recovery';
import { letterTemplatesNeeded } from '../../core/plan/letter-templates';
import type { Invoice, JournalEvent, Language, Problem } from '../../core/model';
import type { Settings } from '../../core/settings/settings';
import { buildRunReport, type RunReport } from '../../core/reports/run-report';
import {
  isSuiviHeader,
  SUIVI_COLUMNS,
  SUIVI_SHEET_NAME,
  suiviTable,
} from '../../core/sheets/suivi-table';
import { AUTHORIZATION_MESSAGE, checkAuthorization } from '../adapters/authorization';
import { writeDashboard } from '../adapters/dashboard';
import { JournalSheet } from '../adapters/journal';
import {
  ensureLetterTemplates,
  letterTemplateName,
  TEMPLATE_FOLDER,
  templateExists,
} from '../adapters/letters';
import { saveSettings } from '../adapters/settings';
import {
  columnFormats,
  rewriteSheet,
  spreadsheetTimeZone,
  workbookCells,
} from '../adapters/sheets';
import { effectiveUserEmail } from '../adapters/session';
import { cellLimitWarning } from '../../core/sheets/workbook-size';
import { releaseDocumentLock, takeDocumentLock } from '../adapters/document-lock';
import { carryOut } from './execute-plan';
import { RECOURSE } from '../../core/steps';
import { readClientIdentityTab } from './clients-tab';
import { prepareRecourseDossiers } from './dossier';
import { nightDecision, quotaHasRoom, type NightLeft } from '../../core/dunning/night-schedule';
import { DayConverter } from '../adapters/days';
import { remainingDailyQuota } from '../adapters/mail';
import { documentsLeft } from '../adapters/documents-quota';
import { loadSettings } from '../adapters/settings';
import { readNightProgress, saveNightProgress } from '../adapters/night-progress';
import {
  findInvoiceTable,
  findJournal,
  openWorkbook,
  readingProblems,
  type InvoiceSource,
  type Workbook,
} from './workbook';
import { paceSample, reserveAfterActionsMs } from '../../core/plan/time-budget';

export interface RunOptions {
  mode: 'nightly' | 'manual' | 'preview';
  /** Carry out only these actions (the sidebar's "Envoyer" on one action). */
  only?: readonly string[];
  /** A problem to show first in the Suivi (why nothing was sent). */
  notice?: string;
  /** This run is the night: it records what it leaves for the next firing (night-progress). */
  night?: boolean;
  /**
   * The language of the report's message (its summary, or why the run cannot go: busy, not
   * authorised, no invoice tab, the Journal gone, a date before the Journal's) and of its
   * actions' reasons (the Journal's and the Suivi's stay French): the sidebar's; French for the
   * night, the menu and the CLI.
   */
  language?: Language;
}

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

/** The rows a killed run left « en cours » or « prévu », recovered (core/plan/recovery). */
function recoverInterruptedRows(journal: JournalSheet): JournalEvent[] {
  return journal.reading.events.map((event, i) => {
    const row = journal.reading.rows[i];
    const recovery = recoveryOf(event.state);
    if (row === undefined || recovery === undefined) return event;
    journal.setState(row, recovery.state, recovery.reason);
    return { ...event, state: recovery.state };
  });
}

/**
 * A run that finds its authorisation missing sends nothing: it builds the day as a preview, puts
 * the reason at the top of the Suivi and in its report, and leaves it recorded for the menu and
 * the sidebar (adapters/authorization).
 */
export function runDunning(options: RunOptions): RunReport {
  if (!checkAuthorization().required) return runAuthorized(options);
  const report = runAuthorized({ ...options, mode: 'preview', notice: AUTHORIZATION_MESSAGE });
  return report.status === 'ok'
    ? {
        ...report,
        status: 'auth-required',
        message: SERVER_WORDS.authorizationRequired[options.language ?? 'fr'],
      }
    : report;
}

/**
 * A firing of the hourly trigger: runs the night when its hour has come and the day's night has
 * work left (core/dunning/night-schedule); otherwise an 'idle' report, after a few cheap reads.
 */
export function runNightIfDue(): RunReport {
  const days = new DayConverter(spreadsheetTimeZone());
  const today = days.today();
  const { settings } = loadSettings();
  const decision = nightDecision({
    today,
    hour: days.hour(),
    nightHour: settings.sending.hour,
    progress: readNightProgress(),
  });
  const quotaRoom = () => {
    const remaining = remainingDailyQuota();
    return quotaHasRoom({
      remainingEmails: remaining,
      quotaReserve: settings.sending.quotaReserve,
      documentsLeft: documentsLeft(remaining),
    });
  };
  if (decision === 'run' || (decision === 'run-if-quota' && quotaRoom()))
    return runDunning({ mode: 'nightly', night: true });
  return emptyReport(
    formatIsoDay(today),
    'idle',
    (decision === 'wait' ? SERVER_WORDS.nothingThisHour : SERVER_WORDS.emailQuotaStillReached).fr,
  );
}

function runAuthorized(options: RunOptions): RunReport {
  const startMs = Date.now();
  const lock = takeDocumentLock();
  try {
    // Settings are read once the lock is held: a run that saved them is over.
    const workbook = openWorkbook();
    if (lock === undefined)
      return emptyReport(
        formatIsoDay(workbook.today),
        'busy',
        SERVER_WORDS.runAlreadyUnderWay[options.language ?? 'fr'],
      );
    const report = runLocked(workbook, options, startMs);
    if (options.night === true) saveNightProgress(report.date, report.left);
    return report.report;
  } finally {
    if (lock !== undefined) releaseDocumentLock(lock);
  }
}

/** The run, the document lock held; what it leaves for the next firing of the hourly trigger. */
function runLocked(
  workbook: Workbook,
  options: RunOptions,
  startMs: number,
): { report: RunReport; date: string; left: NightLeft } {
  const date = formatIsoDay(workbook.today);
  const day = readAndPlan(workbook, options);
  if ('status' in day) return { report: day, date, left: 'nothing' };
  const { settings, notices } = withLetterTemplates(workbook.settings, day.execution);
  const done = carryOut(day.execution, {
    settings,
    today: workbook.today,
    startMs,
    userEmail: day.execution.preview ? '' : effectiveUserEmail(),
    journal: day.journal,
    afterActionsMs: day.afterActionsMs,
    language: options.language ?? 'fr',
  });
  if (!day.execution.preview && done.left !== 'work')
    dossiersAtRecourse(workbook, day, done.events);
  const report = reportTheDay(workbook, day, done, { ...options, settings, notices });
  return { report, date, left: done.left };
}

/**
 * The dossier for the judge of each client whose recourse task was just created, unless the run
 * is out of time (the sidebar's button makes it then).
 */
function dossiersAtRecourse(
  workbook: Workbook,
  day: PreparedRun,
  done: readonly JournalEvent[],
): void {
  const recourses = done.filter((e) => e.step === RECOURSE && e.state === 'to-do');
  if (recourses.length === 0) return;
  const identities = readClientIdentityTab(workbook.spreadsheet, workbook.days);
  let count = 0;
  prepareRecourseDossiers(
    {
      settings: workbook.settings,
      today: workbook.today,
      invoices: day.invoices,
      events: [...day.events, ...done],
      journal: day.journal,
      identity: (key) => identities.get(key) ?? {},
      newId: () => `D-${Date.now().toString(36)}-${(count += 1)}`,
    },
    recourses,
  );
}

/** What a run has read and decided before carrying anything out. */
interface PreparedRun {
  source: InvoiceSource;
  invoices: readonly Invoice[];
  journal: JournalSheet;
  events: JournalEvent[];
  dayPlan: DayPlan;
  execution: ExecutionPlan;
  /** Time kept after the actions for the Suivi and the dashboard (core/plan/time-budget). */
  afterActionsMs: number;
}

/** Reads the invoice tab and the Journal, and plans the day; a report when the run cannot go on. */
function readAndPlan(workbook: Workbook, options: RunOptions): PreparedRun | RunReport {
  const { today, settings } = workbook;
  const readStartMs = Date.now();
  const language = options.language ?? 'fr';
  const source = findInvoiceTable(workbook, language);
  if (!('reading' in source))
    return emptyReport(formatIsoDay(today), 'no-invoice-table', source.message);
  const readMs = Date.now() - readStartMs;
  const invoices = source.reading.invoices;
  const journal = findJournal(workbook, language);
  if (!(journal instanceof JournalSheet))
    return emptyReport(formatIsoDay(today), 'refused', journal.message);
  const refused = runDateProblem(today, journal.reading.events, language);
  if (refused !== undefined) return emptyReport(formatIsoDay(today), 'refused', refused);
  if (options.mode !== 'preview') journal.rememberRows();
  const events = alignInvoiceNumbers(
    options.mode === 'preview' ? journal.reading.events : recoverInterruptedRows(journal),
    invoices.map((i) => i.number),
  );
  const planStartMs = Date.now();
  const dayPlan = planDay({ invoices, events, settings, today, only: options.only });
  const execution = toExecutionPlan({
    plan: dayPlan.plan,
    invoices,
    settings,
    today,
    mode: options.mode,
    events,
  });
  // The Suivi lists every problem: the plan's and what the workbook's reading found.
  const problems =
    dayPlan.plan.problems.length + readingProblems(workbook, source, journal.reading).length;
  const afterActionsMs = reserveAfterActionsMs(
    paceSample(
      source.reading,
      { readMs, planMs: Date.now() - planStartMs },
      { problems, formattedColumns: columnFormats(SUIVI_COLUMNS.map((c) => c.kind)).length },
    ),
  );
  return { source, invoices, journal, events, dayPlan, execution, afterActionsMs };
}

/**
 * The settings with the letter templates the day's letters need, made and saved when missing: not
 * made yet, or made but gone from Drive (deleted, trashed, or never made durable by a run killed
 * after saving their ids). A template that was there and is gone is named in a notice.
 */
function withLetterTemplates(
  settings: Settings,
  execution: ExecutionPlan,
): { settings: Settings; notices: string[] } {
  const missing = letterTemplatesNeeded(execution).filter(
    ({ step, language }) => !templateExists(settings.letterTemplateIds[step]?.[language]),
  );
  if (missing.length === 0) return { settings, notices: [] };
  const updated = { ...settings, ...ensureLetterTemplates(settings) };
  saveSettings(updated);
  const notices = missing
    .filter(({ step, language }) => settings.letterTemplateIds[step]?.[language] !== undefined)
    .map(({ step, language }) =>
      WORDS.letterTemplateRecreated.fr(letterTemplateName(step, language), TEMPLATE_FOLDER),
    );
  return { settings: updated, notices };
}

/** The problems a run reports beside the plan's: its notices, then what the workbook's reading found. */
function runProblems(workbook: Workbook, day: PreparedRun, notices: readonly string[]): Problem[] {
  const general = (text: string): Problem => ({
    row: 0,
    column: '',
    value: '',
    text: frenchOnly(text),
  });
  return [...notices.map(general), ...readingProblems(workbook, day.source, day.journal.reading)];
}

/** Writes the Suivi and the dashboard as the invoices stand after today's actions; the report. */
function reportTheDay(
  workbook: Workbook,
  day: PreparedRun,
  done: ReturnType<typeof carryOut>,
  options: RunOptions & { settings: Settings; notices: readonly string[] },
): RunReport {
  const { spreadsheet, days, today } = workbook;
  const { settings } = options;
  const invoices = day.invoices;
  const after =
    done.events.length === 0
      ? day.dayPlan
      : planDay({ invoices, events: [...day.events, ...done.events], settings, today });
  const report = buildRunReport(
    { ...after.plan, actions: day.dayPlan.plan.actions },
    day.source.sheetName,
    runProblems(workbook, day, [
      ...(options.notice === undefined ? [] : [options.notice]),
      ...options.notices,
    ]),
  );
  report.actions = done.actions;
  const size = cellLimitWarning(workbookCells(spreadsheet));
  if (size !== undefined) report.problems.unshift(size);
  const language = settings.sending.defaultLanguage;
  // The dashboard is a view: when it cannot be written, the run has still done its work, and
  // the Suivi says what went wrong.
  try {
    writeDashboard(spreadsheet, dashboardLayout(after.indicators(), language));
  } catch (error) {
    report.problems.push({
      row: 0,
      column: '',
      value: '',
      text: inBoth(SERVER_WORDS.dashboardNotUpdated, messageOf(error)),
    });
  }
  rewriteSheet(
    spreadsheet,
    SUIVI_SHEET_NAME,
    suiviTable(after.plan.standings, report.problems, language),
    days,
    columnFormats(SUIVI_COLUMNS.map((c) => c.kind)),
    (firstRow) => isSuiviHeader(firstRow),
  );
  report.message = runSummary(day.execution, done.actions, options.only, options.language ?? 'fr');
  return report;
}
