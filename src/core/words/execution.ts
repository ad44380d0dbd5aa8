/**
 * What carrying out the day's actions writes (plan/action-order.ts, plan/action-outcome.ts,
 * plan/execution.ts): the Journal's reasons, the attachments' file names and the run summary.
 * The Journal's texts are used in French, as the run's other notes there (docs/architecture.md,
 * « One place for each fact »); the summary in the run's language (reports/run-summary.ts).
 */
import type { ActionOutcome } from '../model';
import { byCount, MENU_LABELS, type Entry } from './catalogue';

export const EXECUTION_WORDS = {
  /** The reason of every action of a preview. */
  previewNothingSent: {
    fr: 'Aperçu : rien n’a été envoyé.',
    en: 'Preview: nothing was sent.',
  },
  /** The Journal's detail of an action that failed before anything went out. */
  actionFailed: {
    fr: (reason: string) => `Échec : ${reason}`,
    en: (reason: string) => `Failed: ${reason}`,
  },
  /** A letter step whose Google Docs template Relance cannot find in the settings. */
  letterTemplateMissing: {
    fr: `Modèle de courrier introuvable : utilisez « ${MENU_LABELS.fr.createTemplates} ».`,
    en: `Letter template not found: use « ${MENU_LABELS.en.createTemplates} ».`,
  },
  /** The relevé de compte's file name, after the action's own (day, step, client). */
  statementFileName: {
    fr: (name: string) => `${name} relevé de compte`,
    en: (name: string) => `${name} statement of account`,
  },
  /** The summary of a preview: how many actions it shows. */
  previewSummary: {
    fr: (count: number) =>
      `Aperçu : ${count} ${byCount(count, 'fr', 'action prévue', 'actions prévues')} aujourd’hui, rien n’a été envoyé.`,
    en: (count: number) =>
      `Preview: ${count} ${byCount(count, 'en', 'action planned', 'actions planned')} today, nothing was sent.`,
  },
  /** The summary of a run that had nothing to do. */
  nothingToday: { fr: 'Aucune action aujourd’hui.', en: 'No action today.' },
} as const satisfies Record<string, Entry<unknown>>;

/** The summary's noun for each outcome it counts, in the order it counts them. */
export const SUMMARY_NOUNS: readonly [ActionOutcome, Entry<readonly [string, string]>][] = [
  ['sent', { fr: ['envoi', 'envois'], en: ['email sent', 'emails sent'] }],
  ['task', { fr: ['tâche', 'tâches'], en: ['task', 'tasks'] }],
  ['deferred', { fr: ['reporté', 'reportés'], en: ['postponed', 'postponed'] }],
  ['failed', { fr: ['échec', 'échecs'], en: ['failure', 'failures'] }],
];
