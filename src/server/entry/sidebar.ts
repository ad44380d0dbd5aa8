/**
 * The sidebar's server functions. Each reads what it needs in a few calls, lets the core build
 * the view, and answers plain JSON (google.script.run refuses Dates), its texts in the interface
 * language (the user's account language, see uiLanguage).
 */
import { templateFor } from '../../core/messages/compose';
import { formatIsoDay } from '../../core/values/day';
import { planDay } from '../../core/plan/plan-day';
import { confirmPendingEcbRate, pendingEcbRate } from '../../core/dunning/ecb-confirmation';
import { DASHBOARD_SHEET_NAME, isDashboardTitle } from '../../core/reports/dashboard';
import { toExecutionPlan } from '../../core/plan/execution';
import type { Indicators } from '../../core/reports/indicators';
import { describeMapping } from '../../core/sheets/invoice-header';
import {
  alignInvoiceNumbers,
  journalRows,
  type JournalReading,
} from '../../core/sheets/journal-table';
import type { ClientType, Invoice, JournalEvent, Language, Plan } from '../../core/model';
import { stepFromStored } from '../../core/steps';
import { clientTypeOfId, STEP_IDS } from '../../core/model';
import { clientTypesOf } from '../../core/dunning/client-kind';
import { PLACEHOLDERS } from '../../core/words/templates';
import { previewTemplateText, type TemplatePreview } from '../../core/messages/template-preview';
import { listOpenClients, type ClientBalance } from '../../core/reports/client-list';
import {
  ignoreActionEvent,
  postponeActionEvent,
  type UserActionResult,
} from '../../core/plan/user-actions';
import {
  amountOwed,
  answerEventId,
  checkEventInput,
  isRecorded,
  type EventInput,
  type FieldError,
} from '../../core/dunning/record-event';
import type { RunReport } from '../../core/reports/run-report';
import { WORDS } from '../../core/words/catalogue';
import { uiLanguage } from './interface-language';
import { SERVER_WORDS } from '../../core/words/server';
import type { FirmIdentity, Settings } from '../../core/settings/settings';
import { validateSettings } from '../../core/settings-input/settings-validate';
import {
  buildClientView,
  buildTodayView,
  type ClientView,
  type TodayView,
} from '../../core/plan/views';
import { checkAuthorization, type AuthorizationState } from '../adapters/authorization';
import { underDocumentLock } from '../adapters/document-lock';
import type { JournalSheet } from '../adapters/journal';
import { ensureLetterTemplates } from '../adapters/letters';
import { isSetupDone, loadSettings, markSetupDone, saveSettings } from '../adapters/settings';
import { effectiveUserEmail } from '../adapters/session';
import {
  activeSpreadsheet,
  fallbackName,
  flushSheets,
  spreadsheetTimeZone,
} from '../adapters/sheets';
import { enableNightly, nightlyTriggers } from '../adapters/triggers';
import { sendConfirmation } from '../run/confirm';
import { readClientIdentityTab, writeClientType } from '../run/clients-tab';
import { prepareClientDossier, type DossierAnswer } from '../run/dossier';
import { runDunning } from '../run/run-dunning';
import {
  pickerConfig,
  withoutReadableCopy,
  writeInvoiceLink,
  type PickerConfig,
} from '../run/invoice-link';
import {
  findInvoiceTable,
  openJournal,
  openWorkbook,
  readingProblems,
  readJournalOnly,
  requireInvoiceTable,
  type InvoiceSource,
  type Workbook,
} from '../run/workbook';

/** A sidebar write under the document lock, refused in the interface language while a run holds it. */
function underLock<T>(work: () => T): T {
  return underDocumentLock(work, SERVER_WORDS.busy[uiLanguage()]);
}

interface ReadContext {
  workbook: Workbook;
  source: InvoiceSource;
  settings: Settings;
  plan: Plan;
  invoices: Invoice[];
  events: JournalEvent[];
  invoiceSheet: string;
  indicators: () => Indicators;
}

interface Context extends ReadContext {
  journal: JournalSheet;
}

/**
 * The day as the sidebar shows it, from one reading of the invoice tab: the plan, and the same
 * problems as the Suivi (the invoice tab's, the Journal's, the settings').
 */
function planContext(
  workbook: Workbook,
  source: InvoiceSource,
  reading: JournalReading,
): ReadContext {
  const { settings, today } = workbook;
  const invoices = source.reading.invoices;
  // The Journal's numbers spelt as the tab spells them (an invoice retyped in full-width).
  const events = alignInvoiceNumbers(
    reading.events,
    invoices.map((i) => i.number),
  );
  const { plan, indicators } = planDay({
    invoices,
    events,
    settings,
    today,
    keepRepeatedFailures: true,
  });
  const problems = [...plan.problems, ...readingProblems(workbook, source, reading)];
  return {
    workbook,
    source,
    settings,
    plan: { ...plan, problems },
    invoices,
    events,
    invoiceSheet: source.sheetName,
    indicators,
  };
}

/** What a read sees: the Journal read as it is, never created nor repaired (no lock is held). */
function readContext(): ReadContext {
  const workbook = openWorkbook();
  return planContext(
    workbook,
    requireInvoiceTable(workbook, uiLanguage()),
    readJournalOnly(workbook, uiLanguage()),
  );
}

/** What a write sees, the Journal opened (made or repaired): only under the document lock. */
function writeContext(workbook: Workbook = openWorkbook()): Context {
  const journal = openJournal(workbook, uiLanguage());
  const source = requireInvoiceTable(workbook, uiLanguage());
  return { ...planContext(workbook, source, journal.reading), journal };
}

/**
 * The day once a write is done: the Journal read again (it holds the rows just written), the
 * invoice tab's reading kept, since a sidebar write never changes it.
 */
function afterWrite(context: Context): ReadContext {
  return planContext(
    context.workbook,
    context.source,
    readJournalOnly(context.workbook, uiLanguage()),
  );
}

export interface SidebarState {
  /** The interface language: every text of the sidebar is shown in it. */
  language: Language;
  configured: boolean;
  today: string;
  invoiceSheet: string;
  found: boolean;
  message: string;
  mapping: { key: string; label: string; header: string | null }[];
  firm: FirmIdentity;
  hour: number;
  mode: 'send' | 'preview';
  alsaceMoselle: boolean;
  automatic: boolean;
  /** Set while the user must authorise Relance again: the sidebar shows it as a banner. */
  authorization: AuthorizationState;
}

export function getSidebarState(): SidebarState {
  const workbook = openWorkbook();
  const { settings } = workbook;
  const language = uiLanguage();
  const source = findInvoiceTable(workbook, language);
  const found = 'reading' in source;
  return {
    language,
    configured: isSetupDone(),
    today: formatIsoDay(workbook.today),
    invoiceSheet: found ? source.sheetName : '',
    found,
    message: found ? '' : source.message,
    mapping: found ? describeMapping(source.reading.mapping, language) : [],
    firm: settings.firm,
    hour: settings.sending.hour,
    mode: settings.sending.mode,
    alsaceMoselle: settings.alsaceMoselle,
    automatic: nightlyTriggers().length > 0,
    authorization: checkAuthorization(),
  };
}

export interface SetupInput {
  firm: FirmIdentity;
  invoiceSheet: string;
  columnOverrides: Record<string, string>;
  hour: number;
  mode: 'send' | 'preview';
  alsaceMoselle: boolean;
}

/** `savedOthers`: the fields not refused were saved, each refused one keeping its stored value. */
export type SaveResult = { ok: true } | { ok: false; errors: FieldError[]; savedOthers?: true };

function toFieldErrors(errors: { path: string; message: string }[]): FieldError[] {
  return errors.map((e) => ({ field: e.path, message: e.message }));
}

/** First-run set-up: settings, the Suivi and Journal tabs, the letter templates, the nightly run. */
export function saveSetup(input: SetupInput): SaveResult {
  const saved = underLock((): SaveResult => {
    const { settings } = loadSettings();
    const candidate = {
      ...settings,
      firm: input.firm,
      invoiceSheet: input.invoiceSheet,
      columnOverrides: { ...settings.columnOverrides, ...input.columnOverrides },
      alsaceMoselle: input.alsaceMoselle,
      sending: { ...settings.sending, hour: input.hour, mode: input.mode },
    };
    const result = validateSettings(candidate, { unknownKeys: 'refuse', language: uiLanguage() });
    if (!result.ok) return { ok: false, errors: toFieldErrors(result.errors) };
    const complete = { ...result.settings, ...ensureLetterTemplates(result.settings) };
    saveSettings(complete);
    enableNightly(spreadsheetTimeZone());
    markSetupDone();
    return { ok: true };
  });
  // The first preview takes the lock itself, once the settings are saved and the lock released.
  if (saved.ok) runDunning({ mode: 'preview' });
  return saved;
}

export function getToday(): TodayView {
  return todayView(readContext());
}

function todayView(context: ReadContext, language: Language = uiLanguage()): TodayView {
  const execution = toExecutionPlan({
    plan: context.plan,
    invoices: context.invoices,
    settings: context.settings,
    today: context.plan.today,
    mode: 'preview',
    events: context.events,
  });
  const view = buildTodayView(
    context.plan,
    execution.steps,
    context.events,
    context.indicators(),
    context.invoiceSheet,
    language,
  );
  const pending = pendingEcbRate(context.plan.today, context.settings.penalties.extraEcbRates);
  return pending === undefined ? view : { ...view, pendingEcbRate: pending };
}

export type EcbConfirmationResult = { ok: true; view: TodayView } | { ok: false; message: string };

/**
 * « Confirmer le taux BCE »: records the last known ECB rate as the rate of the pending
 * half-year, with the day and the account that confirmed it (stored in the settings).
 */
export function confirmEcbRate(halfYear: string): EcbConfirmationResult {
  const result = underLock(() => {
    const { settings, today } = openWorkbook();
    const who = effectiveUserEmail();
    const confirmed = confirmPendingEcbRate(settings, halfYear, today, who, uiLanguage());
    if (confirmed.ok) saveSettings(confirmed.settings);
    return confirmed;
  });
  return result.ok ? { ok: true, view: getToday() } : result;
}

/**
 * Carries out the given actions of today now (one at a time from the sidebar, for progress); the
 * report's message and reasons in the interface language.
 */
export function sendActions(keys: string[]): RunReport {
  return runDunning({ mode: 'manual', only: keys, language: uiLanguage() });
}

function appendEvent(context: Context, event: JournalEvent): void {
  context.journal.append(journalRows(event, Date.now(), context.settings.sending.defaultLanguage));
}

function newEventId(): string {
  return `S-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** "Reporter": holds the action's invoices for a few days; the ladder resumes on its own. */
export function postponeAction(key: string, days: number): TodayView {
  return underLock(() => {
    const context = writeContext();
    recordDecision(context, postponeActionEvent(context.plan, key, days, newEventId()));
    return todayView(afterWrite(context));
  });
}

/** "Ignorer": the step counts as done without anything going out. */
export function ignoreAction(key: string): TodayView {
  return underLock(() => {
    const context = writeContext();
    recordDecision(context, ignoreActionEvent(context.plan, key, newEventId()));
    return todayView(afterWrite(context));
  });
}

function recordDecision(context: Context, decision: UserActionResult): void {
  if (!decision.ok) throw new Error(decision.text[uiLanguage()]);
  appendEvent(context, decision.event);
}

/** An interrupted send checked by the user: it went ("fait") or it did not ("échec": planned again). */
export function confirmVerified(eventId: string, wasSent: boolean): TodayView {
  return underLock(() => {
    const context = writeContext();
    const { events, rows } = context.journal.reading;
    const at = events.findIndex((e) => e.id === eventId && e.state === 'to-verify');
    const row = rows[at];
    if (row === undefined) throw new Error(SERVER_WORDS.sendNotFound[uiLanguage()]);
    // The Journal's notes stay French, as every text the runs write there.
    context.journal.setState(
      row,
      wasSent ? 'done' : 'failed',
      (wasSent ? SERVER_WORDS.sendConfirmedByUser : SERVER_WORDS.notSentWillResend).fr,
    );
    return todayView(afterWrite(context));
  });
}

/**
 * Selects a row of the invoice tab, so that the user sees the cell a problem is about
 * (a sidebar cannot scroll the sheet itself; Range.activate does, and shows that tab).
 */
export function showRow(row: number): string {
  const workbook = openWorkbook();
  const language = uiLanguage();
  const source = requireInvoiceTable(workbook, language);
  const sheet = workbook.spreadsheet.getSheetByName(source.sheetName);
  if (sheet === null || !Number.isInteger(row) || row < 1 || row > sheet.getMaxRows())
    throw new Error(SERVER_WORDS.noSuchRow[language](row, source.sheetName));
  sheet.getRange(row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
  return source.sheetName;
}

/** Shows the Tableau de bord tab (written by each run); says so when no run has written it yet. */
export function showDashboard(): string {
  const spreadsheet = activeSpreadsheet();
  for (const name of [DASHBOARD_SHEET_NAME, fallbackName(DASHBOARD_SHEET_NAME)]) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet !== null && isDashboardTitle(sheet.getRange(1, 1).getValue())) {
      sheet.activate();
      return name;
    }
  }
  throw new Error(SERVER_WORDS.noDashboardYet[uiLanguage()]);
}

/**
 * The client view, with the type its rows agree on (null while Relance cannot read one) and the
 * invoices whose « Lien facture » names no copy Relance can read (« Joindre la facture… »).
 */
export type ClientPanelView = ClientView & {
  clientType: ClientType | null;
  withoutCopy: string[];
};

export function getClient(clientKey: string): ClientPanelView {
  return clientView(readContext(), clientKey);
}

function clientView(context: ReadContext, clientKey: string): ClientPanelView {
  const language = uiLanguage();
  const view = buildClientView(
    clientKey,
    context.plan.standings,
    context.events,
    context.indicators(),
    language,
  );
  if (view === undefined) throw new Error(SERVER_WORDS.clientNotInInvoiceTab[language]);
  return {
    ...view,
    clientType: clientTypesOf(context.invoices).get(clientKey) ?? null,
    withoutCopy: withoutReadableCopy(
      context.invoices,
      view.invoices.map((i) => i.number),
    ),
  };
}

/** What the sidebar's Google Picker needs, or why it cannot open. */
export function getPickerConfig(): PickerConfig {
  return pickerConfig(uiLanguage());
}

export type AttachResult = { ok: true; view: ClientPanelView } | { ok: false; message: string };

/**
 * « Joindre la facture… »: the file the user just picked becomes the invoice's « Lien facture »,
 * once Drive shows Relance may read it and it is a PDF; the client view answered again.
 */
export function attachInvoiceFile(invoiceNumber: string, fileId: string): AttachResult {
  return underLock((): AttachResult => {
    const written = writeInvoiceLink(openWorkbook(), invoiceNumber, fileId, uiLanguage());
    if (!written.ok) return written;
    flushSheets();
    return { ok: true, view: getClient(written.clientKey) };
  });
}

export type ClientTypeResult = { ok: true; view: ClientView } | { ok: false; message: string };

/** Records the client's type in the Clients tab, where every run reads it. */
export function setClientType(clientKey: string, type: string): ClientTypeResult {
  return underLock((): ClientTypeResult => {
    const language = uiLanguage();
    const clientType = clientTypeOfId(type);
    if (clientType === undefined)
      return { ok: false, message: SERVER_WORDS.unknownClientType[language] };
    const workbook = openWorkbook();
    const client = requireInvoiceTable(workbook, language).reading.invoices.find(
      (i) => i.clientKey === clientKey,
    )?.client;
    if (client === undefined) return { ok: false, message: SERVER_WORDS.clientNotFound[language] };
    const written = writeClientType(
      workbook.spreadsheet,
      workbook.days,
      client,
      clientType,
      language,
    );
    if (!written.ok) return written;
    flushSheets();
    return { ok: true, view: getClient(clientKey) };
  });
}

/**
 * « Préparer le dossier d’injonction de payer »: the client's dossier for the judge, made in Drive
 * (folder, PDFs, ZIP) and recorded in the Journal; or what is missing, in French; or where the
 * day's dossier already is.
 */
export function prepareDossier(clientKey: string): DossierAnswer {
  return underLock(() => {
    const workbook = openWorkbook();
    const context = writeContext(workbook);
    const identities = readClientIdentityTab(workbook.spreadsheet, workbook.days);
    const answer = prepareClientDossier(
      {
        settings: context.settings,
        today: context.plan.today,
        invoices: context.invoices,
        events: context.events,
        journal: context.journal,
        identity: (key) => identities.get(key) ?? {},
        newId: newEventId,
      },
      clientKey,
      uiLanguage(),
    );
    flushSheets();
    return answer;
  });
}

export function listClients(): ClientBalance[] {
  return listOpenClients(readContext().plan.standings);
}

export type RecordResult =
  { ok: true; view: ClientView; confirmation?: string } | { ok: false; errors: FieldError[] };

/** What the sidebar records; a promise or a payment plan is confirmed in writing unless unticked. */
export interface RecordInput extends EventInput {
  confirm?: boolean;
}

/**
 * Records a client's answer once, whatever the number of submits: an answer whose idempotency key
 * is already in the Journal (read under the lock, after the previous holder flushed) is neither
 * recorded nor confirmed again.
 */
export function recordClientEvent(input: RecordInput): RecordResult {
  return underLock(() => {
    const language = uiLanguage();
    const id = input.requestId === undefined ? newEventId() : answerEventId(input.requestId);
    if (id === undefined)
      return { ok: false, errors: [{ field: 'requestId', message: WORDS.badRequestId[language] }] };
    const context = writeContext();
    if (isRecorded(context.events, id))
      return {
        ok: true,
        view: clientView(context, input.clientKey),
        confirmation: WORDS.answerAlreadyRecorded[language],
      };
    const standings = context.plan.standings.filter((p) => p.clientKey === input.clientKey);
    const first = standings[0];
    if (first === undefined)
      return {
        ok: false,
        errors: [{ field: 'clientKey', message: SERVER_WORDS.clientNotFound[language] }],
      };
    const checked = checkEventInput(input, {
      client: first.client,
      today: context.plan.today,
      id,
      balances: new Map(standings.map((p) => [p.number, amountOwed(p)])),
      calendar: { alsaceMoselle: context.settings.alsaceMoselle },
      language,
    });
    if (!checked.ok) return checked;
    appendEvent(context, checked.event);
    const confirmation =
      input.confirm === false ? undefined : confirmInWriting(context, checked.event, language);
    const view = clientView(afterWrite(context), input.clientKey);
    return confirmation === undefined ? { ok: true, view } : { ok: true, view, confirmation };
  });
}

/** The written confirmation of a promise or a payment plan just recorded (none for other events). */
function confirmInWriting(
  context: Context,
  event: JournalEvent,
  language: Language,
): string | undefined {
  return sendConfirmation(
    {
      settings: context.settings,
      invoices: context.invoices,
      standings: context.plan.standings,
      today: context.plan.today,
      journal: context.journal,
    },
    event,
    language,
  );
}

export function getSettingsForm(): Settings {
  return loadSettings().settings;
}

/** Saves what is right; a refused field keeps its stored value and says why. */
export function saveSettingsForm(input: unknown): SaveResult {
  return underLock((): SaveResult => {
    const { settings } = loadSettings();
    const result = validateSettings(input, {
      unknownKeys: 'refuse',
      fallback: settings,
      language: uiLanguage(),
    });
    saveSettings(result.settings);
    return result.ok
      ? { ok: true }
      : { ok: false, errors: toFieldErrors(result.errors), savedOthers: true };
  });
}

/**
 * Renders a template being edited on a real invoice of the sheet, before it is saved. The step
 * comes by its id, or by its stored id from a sidebar opened before an update.
 */
export function previewTemplate(
  stepId: string,
  language: Language,
  subject: string,
  body: string,
): TemplatePreview {
  const step = stepFromStored(stepId);
  if (step === undefined)
    return { ok: false, problems: [SERVER_WORDS.unknownStep], subject: '', body: '', invoice: '' };
  const { plan, invoices, settings } = readContext();
  return previewTemplateText({ plan, invoices, settings, step, language, subject, body });
}

export function getPlaceholders(): { name: string; description: string }[] {
  const language = uiLanguage();
  return Object.entries(PLACEHOLDERS).flatMap(([name, info]) => [
    { name: `{{${name}}}`, description: info[language] },
    ...Object.entries(info.item ?? {}).map(([item, d]) => ({
      name: `{{${item}}}`,
      description: SERVER_WORDS.insideSection[language](d[language], name),
    })),
  ]);
}

export function getDefaultTexts(): Record<
  string,
  Record<Language, { subject: string; body: string }>
> {
  const { settings } = loadSettings();
  const result: Record<string, Record<Language, { subject: string; body: string }>> = {};
  for (const step of STEP_IDS) {
    const fr = templateFor(step, 'fr', settings);
    const en = templateFor(step, 'en', settings);
    result[step] = {
      fr: { subject: fr.subject, body: fr.body },
      en: { subject: en.subject, body: en.body },
    };
  }
  return result;
}
