import type { RunReport } from '../../core/reports/run-report';
import { SERVER_WORDS } from '../../core/words/server';
import { loadSettings, saveSettings } from '../adapters/settings';
import { spreadsheetTimeZone } from '../adapters/sheets';
import { toast as showToast } from '../adapters/ui';
import {
  deleteTriggerById,
  disableNightly,
  enableNightly,
  nightlyTriggers,
  RETIRED_CONTINUATION_HANDLER,
} from '../adapters/triggers';
import { underDocumentLock } from '../adapters/document-lock';
import { ensureLetterTemplates, TEMPLATE_FOLDER } from '../adapters/letters';
import { runDunning, runNightIfDue } from '../run/run-dunning';
import { detectInvoiceSheet as detect, type InvoiceSheetDetection } from '../run/workbook';

export interface TimeDrivenEvent {
  triggerUid?: string;
}

/**
 * Handler of the hourly time-driven trigger (triggerUid set: the hour decides whether the night
 * runs), and the night run at once when called without a trigger (the Apps Script editor, the
 * offline `relance run`). Returns the report for the offline runtime.
 */
export function runNightly(e?: TimeDrivenEvent): RunReport {
  if (e?.triggerUid !== undefined) return runNightIfDue();
  return runDunning({ mode: 'nightly', night: true });
}

/**
 * Handler of the one-off continuation trigger earlier versions made. It deletes that trigger and
 * does nothing else: the hourly trigger continues the night, and a continuation made by a
 * single-action « Envoyer » must not send the rest of the day.
 */
export function continueRun(e?: TimeDrivenEvent): void {
  deleteTriggerById(e?.triggerUid, RETIRED_CONTINUATION_HANDLER);
}

/** Builds today's plan and writes the Suivi, sending nothing. */
export function runPreview(): RunReport {
  return runDunning({ mode: 'preview' });
}

export function detectInvoiceSheet(): InvoiceSheetDetection {
  return detect();
}

/** The menu's toasts are French, as the menu (menu.ts). */
function toast(message: string): void {
  showToast(message, 'Relance', 10);
}

export function menuRunNow(): void {
  toast(SERVER_WORDS.runningNow.fr);
  toast(runDunning({ mode: 'manual' }).message);
}

export function menuPreview(): void {
  toast(runDunning({ mode: 'preview' }).message);
}

export interface AutomaticStatus {
  enabled: boolean;
  hour: number;
}

export function setAutomaticSending(enabled: boolean): AutomaticStatus {
  return underDocumentLock(() => {
    const { settings } = loadSettings();
    if (enabled) enableNightly(spreadsheetTimeZone());
    else disableNightly();
    return { enabled, hour: settings.sending.hour };
  });
}

export function getAutomaticSending(): AutomaticStatus {
  return { enabled: nightlyTriggers().length > 0, hour: loadSettings().settings.sending.hour };
}

export function menuEnableAutomatic(): void {
  const status = setAutomaticSending(true);
  toast(SERVER_WORDS.automaticOn.fr(status.hour));
}

export function menuDisableAutomatic(): void {
  setAutomaticSending(false);
  toast(SERVER_WORDS.automaticOff.fr);
}

export function createLetterTemplates(): { folderId: string } {
  return underDocumentLock(() => {
    const { settings } = loadSettings();
    const created = ensureLetterTemplates(settings);
    saveSettings({ ...settings, ...created });
    return { folderId: created.letterTemplateFolderId };
  });
}

export function menuCreateLetterTemplates(): void {
  createLetterTemplates();
  toast(SERVER_WORDS.letterTemplatesMade.fr(TEMPLATE_FOLDER));
}
