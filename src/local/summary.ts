/** The short human summary `relance run` prints after a night. */
import type { NightResult } from './night';
import type { Cents } from '../core/values/money';
import { formatEuros } from '../core/words/format';
import { OUTCOME_LABELS, STEP_LABELS } from '../core/words/labels';
import { countOf } from '../core/words/wording';

const euros = (cents: number) => formatEuros(Math.round(cents) as Cents);
const PROBLEM = ['problème', 'problèmes'] as const;

export interface SummaryOptions {
  /** List the problems one by one (default), or only count them. */
  listProblems?: boolean;
}

export function formatRunSummary(night: NightResult, options: SummaryOptions = {}): string[] {
  return [night, ...night.continuations].flatMap((run, i) =>
    formatOne(run, i, options.listProblems ?? true),
  );
}

function formatOne(
  { report, reportPath }: NightResult,
  continuation: number,
  listProblems: boolean,
): string[] {
  const lines: string[] = [];
  lines.push(
    continuation === 0
      ? `Relance — passage du ${report.date}`
      : `Relance — suite n° ${continuation} du passage du ${report.date}`,
  );
  if (report.status !== 'ok') {
    lines.push(`  ${report.message}`);
    lines.push(`  Rapport : ${reportPath}`);
    return lines;
  }
  const t = report.totals;
  lines.push(
    `  ${countOf(t.invoices, ['facture lue', 'factures lues'], 'fr')} dans « ${report.invoiceSheet} », ${countOf(t.followed, ['suivie', 'suivies'], 'fr')}, ${euros(t.overdueCents)} en retard.`,
  );
  if (report.actions.length === 0) {
    lines.push('  Aucune relance à faire aujourd’hui.');
  } else {
    lines.push(`  ${countOf(report.actions.length, ['action', 'actions'], 'fr')} du jour :`);
    for (const action of report.actions) {
      const step = STEP_LABELS[action.step].fr;
      const reason = action.reason === undefined ? '' : ` — ${action.reason}`;
      lines.push(
        `    • ${action.client} : ${step} (${action.invoices.join(', ')}, ${euros(action.balanceCents)}) — ${OUTCOME_LABELS[action.outcome].fr}${reason}`,
      );
    }
  }
  if (report.problems.length > 0 && !listProblems) {
    lines.push(
      `  ${countOf(report.problems.length, PROBLEM, 'fr')} à corriger dans le classeur (voir plus haut).`,
    );
  } else if (report.problems.length > 0) {
    lines.push(`  ${countOf(report.problems.length, PROBLEM, 'fr')} à corriger dans le classeur :`);
    for (const problem of report.problems.slice(0, 10)) {
      const where = problem.row > 0 ? `ligne ${problem.row}` : 'général';
      lines.push(
        `    • ${where}${problem.column ? ` (${problem.column})` : ''} : ${problem.text.fr}`,
      );
    }
    if (report.problems.length > 10)
      lines.push(
        `    … et ${countOf(report.problems.length - 10, ['autre', 'autres'], 'fr')}, voir le rapport.`,
      );
  }
  lines.push(
    `  ${report.serviceCalls} appels aux services Apps Script, ${report.simulatedSeconds} s d’exécution simulée.`,
  );
  lines.push(`  Rapport : ${reportPath}`);
  return lines;
}
