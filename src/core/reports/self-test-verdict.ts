/**
 * The installation self-test, judged: the server adapter tries each behaviour Relance relies on
 * against the real spreadsheet (on scratch objects it removes afterwards) and reports what it
 * observed; this module decides, for each check, whether it holds, and says what to do when it
 * does not, in the user's language. The sample letter data lives here too, so that the check of
 * the letter fill uses the same template variables as a real letter.
 */
import { buildTemplateVariables } from '../messages/compose';
import type { TemplateScope } from '../messages/templates';
import { WORDS, type Entry } from '../words/catalogue';
import { countOf } from '../words/wording';
import type { Invoice, Language } from '../model';
import type { Settings } from '../settings/settings';
import { addDays, type Day } from '../values/day';
import type { Cents } from '../values/money';

/**
 * A new tab has 1,000 rows: "By default, new spreadsheets have 1,000 rows and 26 columns"
 * (https://support.google.com/docs/answer/37603). Relance must
 * extend a tab before writing past its last row.
 */
export const NEW_TAB_ROWS = 1000;

/** Text that Sheets would turn into numbers or dates if it were written as typed. */
export const TEXT_SAMPLES: readonly string[] = ['000123', '12,5', '03/2026'];

/** Invoice numbers of the sample letter: each must get a row of its own in the invoice table. */
export const SAMPLE_INVOICES: readonly string[] = ['VERIF-0001', 'VERIF-0002'];

export type Probe<T> = { ok: true; value: T } | { ok: false; error: string };

export interface SelfTestObservations {
  /** Authorisation status in AuthMode.FULL, and the URL where the user grants what is missing. */
  scopes: Probe<{ status: string; url: string | null }>;
  /** A new tab's row count, and what Relance's writer left one row past it. */
  rows: Probe<{ newTabRows: number; lastRow: number; lastValue: unknown; expected: string }>;
  /** The text of each row of the letter's invoice table, after the fill. */
  letter: Probe<{ rows: readonly string[] }>;
  /** TEXT_SAMPLES as read back after Relance's writer wrote them. */
  text: Probe<{ readBack: readonly unknown[] }>;
  quota: Probe<{ remaining: number }>;
  /**
   * Relance's clock triggers in this spreadsheet: the hourly one (one at most, as an add-on may
   * hold), and continuation triggers of earlier versions (none should be left).
   */
  trigger: Probe<{ nightly: number; retired: number }>;
  /** Scratch objects that could not be removed. */
  cleanup: Probe<{ leftovers: readonly string[] }>;
}

export type CheckId = keyof SelfTestObservations;

/** What a probe observed, when it could observe it. */
export type Observed<K extends CheckId> = Extract<SelfTestObservations[K], { ok: true }>['value'];

export interface SelfTestCheck {
  id: CheckId;
  ok: boolean;
  /** What was checked, then what was found. */
  line: string;
  /** What to do, when the check failed. */
  fix?: string;
}

export interface SelfTestReport {
  ok: boolean;
  title: string;
  checks: SelfTestCheck[];
  /** The report as printed: a title, one line per check (✓ or ✗, what to do), a conclusion. */
  text: string;
}

/** Two overdue sample invoices of one client, filled the way a real reminder letter is. */
export function sampleLetterScope(
  settings: Settings,
  today: Day,
  language: Language,
): TemplateScope {
  const invoices: Invoice[] = SAMPLE_INVOICES.map((number, i) => ({
    number,
    client: 'Client de vérification',
    clientKey: 'client de verification',
    emails: [],
    issueDate: addDays(today, -60 - i),
    dueDate: addDays(today, -30 - i),
    amountCents: (120_000 + i * 1_000) as Cents,
    paidCents: 0 as Cents,
    markedPaid: false,
    clientType: 'trader',
    language,
    row: 0,
  }));
  return buildTemplateVariables({
    action: {
      step: 'relance-2',
      client: 'Client de vérification',
      invoices: [...SAMPLE_INVOICES],
      language,
    },
    invoices,
    standings: [],
    settings,
    today,
  });
}

type Texts = Entry<string>;

const SUPPORT: Texts = {
  fr: 'envoyez ce rapport au support de Relance',
  en: 'send this report to Relance’s support',
};

function check(
  id: CheckId,
  ok: boolean,
  line: Texts,
  fix: Texts,
  language: Language,
): SelfTestCheck {
  return ok
    ? { id, ok, line: line[language] }
    : { id, ok, line: line[language], fix: fix[language] };
}

function failed(id: CheckId, label: Texts, error: string, fix: Texts, language: Language) {
  const line = { fr: `${label.fr} : erreur « ${error} »`, en: `${label.en}: error “${error}”` };
  return check(id, false, line, fix, language);
}

function judgeScopes(probe: SelfTestObservations['scopes'], language: Language): SelfTestCheck {
  const label = { fr: 'Autorisations', en: 'Permissions' };
  const url = probe.ok && probe.value.url !== null ? ` (${probe.value.url})` : '';
  const fix = {
    fr: `ouvrez le menu Relance › Ouvrir Relance et acceptez toutes les autorisations demandées${url}, puis relancez la vérification.`,
    en: `open Relance › Open Relance and accept every permission asked${url}, then run this check again.`,
  };
  if (!probe.ok) return failed('scopes', label, probe.error, fix, language);
  const ok = probe.value.status === 'NOT_REQUIRED';
  const line = ok
    ? {
        fr: 'Autorisations : toutes celles du manifeste sont accordées.',
        en: 'Permissions: every scope of the manifest is granted.',
      }
    : {
        fr: 'Autorisations : certaines ne sont pas encore accordées.',
        en: 'Permissions: some are not granted yet.',
      };
  return check('scopes', ok, line, fix, language);
}

function judgeRows(probe: SelfTestObservations['rows'], language: Language): SelfTestCheck {
  const label = { fr: 'Taille des onglets', en: 'Tab size' };
  const fix = {
    fr: `le Journal et le Suivi ne pourraient pas dépasser ${NEW_TAB_ROWS} lignes : n’activez pas l’envoi automatique et ${SUPPORT.fr}.`,
    en: `the Journal and the Suivi could not grow past ${NEW_TAB_ROWS} rows: do not turn automatic sending on, and ${SUPPORT.en}.`,
  };
  if (!probe.ok) return failed('rows', label, probe.error, fix, language);
  const { newTabRows, lastRow, lastValue, expected } = probe.value;
  if (newTabRows !== NEW_TAB_ROWS) {
    const line = {
      fr: `Taille des onglets : un nouvel onglet a ${newTabRows} lignes (${NEW_TAB_ROWS} attendues).`,
      en: `Tab size: a new tab has ${newTabRows} rows (${NEW_TAB_ROWS} expected).`,
    };
    return check('rows', false, line, fix, language);
  }
  const ok = lastRow === newTabRows + 1 && lastValue === expected;
  const line = ok
    ? {
        fr: `Taille des onglets : un nouvel onglet a ${newTabRows} lignes ; Relance l’agrandit et écrit la ligne ${newTabRows + 1}.`,
        en: `Tab size: a new tab has ${newTabRows} rows; Relance extends it and writes row ${newTabRows + 1}.`,
      }
    : {
        fr: `Taille des onglets : Relance n’a pas écrit la ligne ${newTabRows + 1} d’un nouvel onglet (dernière ligne : ${lastRow}).`,
        en: `Tab size: Relance did not write row ${newTabRows + 1} of a new tab (last row: ${lastRow}).`,
      };
  return check('rows', ok, line, fix, language);
}

function judgeLetter(probe: SelfTestObservations['letter'], language: Language): SelfTestCheck {
  const label = { fr: 'Courriers', en: 'Letters' };
  const fix = {
    fr: `les courriers de rappel et mises en demeure partiraient sans leurs factures : désactivez ces étapes dans Paramètres et ${SUPPORT.fr}.`,
    en: `reminder letters and formal notices would go without their invoices: turn these steps off in Settings and ${SUPPORT.en}.`,
  };
  if (!probe.ok) return failed('letter', label, probe.error, fix, language);
  const { rows } = probe.value;
  // Each invoice in exactly one row, no row holding two of them, no placeholder left.
  const ok =
    SAMPLE_INVOICES.every((n) => rows.filter((row) => row.includes(n)).length === 1) &&
    rows.every((row) => SAMPLE_INVOICES.filter((n) => row.includes(n)).length <= 1) &&
    rows.every((row) => !row.includes('{{'));
  const found = rows.map((row) => `« ${row.replace(/\s+/g, ' ').trim()} »`).join(', ');
  const line = ok
    ? {
        fr: `Courriers : le tableau des factures a une ligne par facture (${SAMPLE_INVOICES.length} factures).`,
        en: `Letters: the invoice table has one row per invoice (${SAMPLE_INVOICES.length} invoices).`,
      }
    : {
        fr: `Courriers : le tableau des factures est mal rempli (lignes : ${found}).`,
        en: `Letters: the invoice table is filled wrongly (rows: ${found}).`,
      };
  return check('letter', ok, line, fix, language);
}

function judgeText(probe: SelfTestObservations['text'], language: Language): SelfTestCheck {
  const label = { fr: 'Textes', en: 'Text' };
  const fix = {
    fr: `des numéros de facture seraient changés en nombres et relancés chaque semaine : ${SUPPORT.fr} avant d’activer l’envoi automatique.`,
    en: `invoice numbers would turn into numbers and be reminded every week: ${SUPPORT.en} before turning automatic sending on.`,
  };
  if (!probe.ok) return failed('text', label, probe.error, fix, language);
  const { readBack } = probe.value;
  const changed = TEXT_SAMPLES.flatMap((sample, i) =>
    readBack[i] === sample ? [] : [`« ${sample} » → ${JSON.stringify(readBack[i] ?? null)}`],
  );
  const shown = (samples: readonly string[]) => samples.map((s) => `« ${s} »`).join(', ');
  const line =
    changed.length === 0
      ? {
          fr: `Textes : ${shown(TEXT_SAMPLES)} restent du texte une fois écrits.`,
          en: `Text: ${shown(TEXT_SAMPLES)} stay text once written.`,
        }
      : {
          fr: `Textes : relus autrement qu’écrits (${changed.join(', ')}).`,
          en: `Text: read back otherwise than written (${changed.join(', ')}).`,
        };
  return check('text', changed.length === 0, line, fix, language);
}

function judgeQuota(probe: SelfTestObservations['quota'], language: Language): SelfTestCheck {
  const label = { fr: 'Quota d’emails', en: 'Email quota' };
  const fix = {
    fr: 'vérifiez que Relance peut envoyer des emails (menu Relance › Ouvrir Relance, accepter les autorisations), puis relancez la vérification.',
    en: 'check that Relance may send email (Relance › Open Relance, accept the permissions), then run this check again.',
  };
  if (!probe.ok) return failed('quota', label, probe.error, fix, language);
  const { remaining } = probe.value;
  const line = {
    fr: `Quota d’emails : lisible, ${countOf(remaining, ['destinataire possible', 'destinataires possibles'], 'fr')} aujourd’hui.`,
    en: `Email quota: readable, ${countOf(remaining, ['recipient', 'recipients'], 'en')} left today.`,
  };
  return check('quota', true, line, fix, language);
}

function judgeTrigger(probe: SelfTestObservations['trigger'], language: Language): SelfTestCheck {
  const label = { fr: 'Déclencheurs', en: 'Triggers' };
  const fix = {
    fr: 'désactivez puis réactivez l’envoi automatique (menu Relance) : Relance n’en garde qu’un, le déclencheur horaire.',
    en: 'turn automatic sending off and on again (Relance menu): Relance keeps only one, the hourly trigger.',
  };
  if (!probe.ok) return failed('trigger', label, probe.error, fix, language);
  const { nightly, retired } = probe.value;
  const total = nightly + retired;
  const ok = nightly <= 1 && retired === 0;
  const line = !ok
    ? {
        fr: `Déclencheurs : ${countOf(total, ['déclencheur', 'déclencheurs'], 'fr')} de Relance dans ce classeur, un seul est permis.`,
        en: `Triggers: ${countOf(total, ['trigger', 'triggers'], 'en')} of Relance in this spreadsheet, one is allowed.`,
      }
    : nightly === 1
      ? {
          fr: 'Déclencheurs : lisibles ; l’envoi automatique a son déclencheur horaire, le seul de Relance.',
          en: 'Triggers: readable; automatic sending has its hourly trigger, Relance’s only one.',
        }
      : {
          fr: 'Déclencheurs : lisibles ; l’envoi automatique n’est pas activé.',
          en: 'Triggers: readable; automatic sending is off.',
        };
  return check('trigger', ok, line, fix, language);
}

function judgeCleanup(probe: SelfTestObservations['cleanup'], language: Language): SelfTestCheck {
  const label = { fr: 'Nettoyage', en: 'Clean-up' };
  const leftovers = probe.ok ? probe.value.leftovers.join(', ') : '';
  const fix = {
    fr: `supprimez à la main ce que la vérification a laissé${leftovers === '' ? '' : ` (${leftovers})`}.`,
    en: `delete by hand what the check left behind${leftovers === '' ? '' : ` (${leftovers})`}.`,
  };
  if (!probe.ok) return failed('cleanup', label, probe.error, fix, language);
  const ok = probe.value.leftovers.length === 0;
  const line = ok
    ? {
        fr: 'Nettoyage : les onglets et le document temporaires sont supprimés.',
        en: 'Clean-up: the scratch tabs and document are removed.',
      }
    : { fr: `Nettoyage : il reste ${leftovers}.`, en: `Clean-up: ${leftovers} remain.` };
  return check('cleanup', ok, line, fix, language);
}

/** Judges every check and prints the report: ✓ or ✗ per line, what to do under each ✗. */
export function judgeSelfTest(
  observations: SelfTestObservations,
  language: Language,
): SelfTestReport {
  const checks = [
    judgeScopes(observations.scopes, language),
    judgeRows(observations.rows, language),
    judgeLetter(observations.letter, language),
    judgeText(observations.text, language),
    judgeQuota(observations.quota, language),
    judgeTrigger(observations.trigger, language),
    judgeCleanup(observations.cleanup, language),
  ];
  const failures = checks.filter((c) => !c.ok).length;
  const title = WORDS.selfTestTitle[language];
  const conclusion =
    failures === 0
      ? WORDS.selfTestAllWell[language]
      : WORDS.selfTestPointsToFix[language](failures);
  const lines = checks.flatMap((c) =>
    c.ok ? [`✓ ${c.line}`] : [`✗ ${c.line}`, `   → ${capitalise(c.fix ?? '')}`],
  );
  return {
    ok: failures === 0,
    title,
    checks,
    text: [title, '', ...lines, '', conclusion].join('\n'),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
