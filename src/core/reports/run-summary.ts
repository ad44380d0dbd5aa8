/**
 * The one-line summary of a run, as the menu's toast and the sidebar show it: how many actions
 * went out, were deferred or failed, or why nothing went out today. Read from the run's outcomes
 * (run-report.ts) and the execution's shape alone, in the run's language (the sidebar's for a
 * run it starts; French for the night, the menu and the CLI).
 */
import type { ReportAction } from './run-report';
import type { Language } from '../model';
import { WORDS, type Entry } from '../words/catalogue';
import { EXECUTION_WORDS, SUMMARY_NOUNS } from '../words/execution';
import { countOf } from '../words/wording';

/** What the summary needs of the execution plan (plan/execution.ts, above this folder). */
export interface SummarisedExecution {
  steps: readonly unknown[];
  /** Why nothing goes out today, when that is the case. */
  holdReason?: Entry<string>;
  preview: boolean;
}

/** The one-line summary of a run, as the menu's toast and the sidebar show it. */
export function runSummary(
  execution: SummarisedExecution,
  outcomes: readonly ReportAction[],
  only: readonly string[] | undefined,
  language: Language,
): string {
  const count = (outcome: ReportAction['outcome']) =>
    outcomes.filter((a) => a.outcome === outcome).length;
  if (only !== undefined && only.length > 0 && execution.steps.length === 0)
    return WORDS.noLongerDue[language];
  if (execution.preview) return EXECUTION_WORDS.previewSummary[language](outcomes.length);
  if (execution.holdReason !== undefined) return execution.holdReason[language];
  const parts = SUMMARY_NOUNS.filter(([outcome]) => count(outcome) > 0).map(([outcome, nouns]) =>
    countOf(count(outcome), nouns[language], language),
  );
  return parts.length === 0 ? EXECUTION_WORDS.nothingToday[language] : `${parts.join(', ')}.`;
}
