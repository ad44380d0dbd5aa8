import type { RunReport } from '../../core/reports/run-report';
import { loadSettings, saveSettings } from '../adapters/settings';
import {
  deleteTriggerById,
  disableNightly,
  enableNightly,
  nightlyTriggers,
} from '../adapters/triggers';
import { underDocumentLock } from '../adapters/document-lock';
import { ensureLetterTemplates } from '../adapters/letters';
import { CONTINUATION_HANDLER } from '../run/execute-plan';
import { runDunning } from '../run/run-dunning';
import { detectInvoiceSheet as detect, type InvoiceSheetDetection } from '../run/workbook';

export interface TimeDrivenEvent {
  triggerUid?: string;
}

/** Handler of the nightly time-driven trigger. Returns the report for the offline runtime. */
export function runNightly(_e?: TimeDrivenEvent): RunReport {
  return runDunning({ mode: 'nightly' });
}

/** Handler of the one-off trigger that continues a run stopped by its time budget. */
export function continueRun(e?: TimeDrivenEvent): RunReport {
  deleteTriggerById(e?.triggerUid, CONTINUATION_HANDLER);
  return runDunning({ mode: 'nightly' });
}

/** Builds today's plan and writes the Suivi, sending nothing. */
export function runPreview(): RunReport {
  return runDunning({ mode: 'preview' });
}

export function detectInvoiceSheet(): InvoiceSheetDetection {
  return detect();
}

function toast(message: string): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, 'Relance', 10);
}

export function menuRunNow(): void {
  toast('Relances en cours…');
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
    if (enabled)
      enableNightly(
        settings.sending.hour,
        SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
      );
    else disableNightly();
    return { enabled, hour: settings.sending.hour };
  });
}

export function getAutomaticSending(): AutomaticStatus {
  return { enabled: nightlyTriggers().length > 0, hour: loadSettings().settings.sending.hour };
}

export function menuEnableAutomatic(): void {
  const status = setAutomaticSending(true);
  toast(`Envoi automatique activé : chaque jour vers ${status.hour} h.`);
}

export function menuDisableAutomatic(): void {
  setAutomaticSending(false);
  toast('Envoi automatique désactivé.');
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
  toast(
    'Modèles de courrier créés dans le dossier « Relance — modèles de courrier » de votre Drive. Vous pouvez les mettre en forme librement.',
  );
}
