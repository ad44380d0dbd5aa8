/**
 * The installation self-test's verdicts (reports/self-test-verdict.ts): for each check, its
 * label, what was found when it holds or fails, and what to do when it fails. The report's title
 * and conclusion are WORDS.selfTestTitle, selfTestAllWell and selfTestPointsToFix.
 */
import type { Language } from '../model';
import { byCount, type Entry } from './catalogue';

const SUPPORT = {
  fr: 'envoyez ce rapport au support de Relance',
  en: 'send this report to Relance’s support',
} as const satisfies Entry<string>;

/** « « 000123 », « 12,5 » »: samples as the report quotes them, in either language. */
const quoted = (samples: readonly string[]): string => samples.map((s) => `« ${s} »`).join(', ');

/** « « 12,5 » → 12.5 »: a sample and what Sheets gave back for it. */
const changes = (changed: readonly { sample: string; readBack: string }[]): string =>
  changed.map((c) => `« ${c.sample} » → ${c.readBack}`).join(', ');

/** A count and its noun, by the language's plural rule. */
const counted = (count: number, language: Language, one: string, other: string): string =>
  `${count} ${byCount(count, language, one, other)}`;

/** The entries, by English id. */
export const SELF_TEST_WORDS = {
  /** The sample letter's client. */
  sampleClient: { fr: 'Client de vérification', en: 'Sample client' },
  /** A check whose probe threw: its label and Google's error. */
  failed: {
    fr: (label: string, error: string) => `${label} : erreur « ${error} »`,
    en: (label: string, error: string) => `${label}: error “${error}”`,
  },

  scopesLabel: { fr: 'Autorisations', en: 'Permissions' },
  scopesFix: {
    fr: (url: string) =>
      `ouvrez le menu Relance › Ouvrir Relance et acceptez toutes les autorisations demandées${url}, puis relancez la vérification.`,
    en: (url: string) =>
      `open Relance › Open Relance and accept every permission asked${url}, then run this check again.`,
  },
  scopesGranted: {
    fr: 'Autorisations : toutes celles du manifeste sont accordées.',
    en: 'Permissions: every scope of the manifest is granted.',
  },
  scopesMissing: {
    fr: 'Autorisations : certaines ne sont pas encore accordées.',
    en: 'Permissions: some are not granted yet.',
  },

  rowsLabel: { fr: 'Taille des onglets', en: 'Tab size' },
  rowsFix: {
    fr: (rows: number) =>
      `le Journal et le Suivi ne pourraient pas dépasser ${rows} lignes : n’activez pas l’envoi automatique et ${SUPPORT.fr}.`,
    en: (rows: number) =>
      `the Journal and the Suivi could not grow past ${rows} rows: do not turn automatic sending on, and ${SUPPORT.en}.`,
  },
  rowsOfNewTab: {
    fr: (rows: number, expected: number) =>
      `Taille des onglets : un nouvel onglet a ${rows} lignes (${expected} attendues).`,
    en: (rows: number, expected: number) =>
      `Tab size: a new tab has ${rows} rows (${expected} expected).`,
  },
  rowsExtended: {
    fr: (rows: number) =>
      `Taille des onglets : un nouvel onglet a ${rows} lignes ; Relance l’agrandit et écrit la ligne ${rows + 1}.`,
    en: (rows: number) =>
      `Tab size: a new tab has ${rows} rows; Relance extends it and writes row ${rows + 1}.`,
  },
  rowsNotWritten: {
    fr: (row: number, lastRow: number) =>
      `Taille des onglets : Relance n’a pas écrit la ligne ${row} d’un nouvel onglet (dernière ligne : ${lastRow}).`,
    en: (row: number, lastRow: number) =>
      `Tab size: Relance did not write row ${row} of a new tab (last row: ${lastRow}).`,
  },

  letterLabel: { fr: 'Courriers', en: 'Letters' },
  letterFix: {
    fr: `les courriers de rappel et mises en demeure partiraient sans leurs factures : désactivez ces étapes dans Paramètres et ${SUPPORT.fr}.`,
    en: `reminder letters and formal notices would go without their invoices: turn these steps off in Settings and ${SUPPORT.en}.`,
  },
  letterRowEach: {
    fr: (count: number) =>
      `Courriers : le tableau des factures a une ligne par facture (${count} factures).`,
    en: (count: number) =>
      `Letters: the invoice table has one row per invoice (${count} invoices).`,
  },
  letterWrong: {
    fr: (rows: readonly string[]) =>
      `Courriers : le tableau des factures est mal rempli (lignes : ${quoted(rows)}).`,
    en: (rows: readonly string[]) =>
      `Letters: the invoice table is filled wrongly (rows: ${quoted(rows)}).`,
  },

  textLabel: { fr: 'Textes', en: 'Text' },
  textFix: {
    fr: `des numéros de facture seraient changés en nombres et relancés chaque semaine : ${SUPPORT.fr} avant d’activer l’envoi automatique.`,
    en: `invoice numbers would turn into numbers and be reminded every week: ${SUPPORT.en} before turning automatic sending on.`,
  },
  textKept: {
    fr: (samples: readonly string[]) =>
      `Textes : ${quoted(samples)} restent du texte une fois écrits.`,
    en: (samples: readonly string[]) => `Text: ${quoted(samples)} stay text once written.`,
  },
  textChanged: {
    fr: (changed: readonly { sample: string; readBack: string }[]) =>
      `Textes : relus autrement qu’écrits (${changes(changed)}).`,
    en: (changed: readonly { sample: string; readBack: string }[]) =>
      `Text: read back otherwise than written (${changes(changed)}).`,
  },

  quotaLabel: { fr: 'Quota d’emails', en: 'Email quota' },
  quotaFix: {
    fr: 'vérifiez que Relance peut envoyer des emails (menu Relance › Ouvrir Relance, accepter les autorisations), puis relancez la vérification.',
    en: 'check that Relance may send email (Relance › Open Relance, accept the permissions), then run this check again.',
  },
  quotaReadable: {
    fr: (remaining: number) =>
      `Quota d’emails : lisible, ${counted(remaining, 'fr', 'destinataire possible', 'destinataires possibles')} aujourd’hui.`,
    en: (remaining: number) =>
      `Email quota: readable, ${counted(remaining, 'en', 'recipient', 'recipients')} left today.`,
  },

  triggerLabel: { fr: 'Déclencheurs', en: 'Triggers' },
  triggerFix: {
    fr: 'désactivez puis réactivez l’envoi automatique (menu Relance) : Relance n’en garde qu’un, le déclencheur horaire.',
    en: 'turn automatic sending off and on again (Relance menu): Relance keeps only one, the hourly trigger.',
  },
  triggerTooMany: {
    fr: (total: number) =>
      `Déclencheurs : ${counted(total, 'fr', 'déclencheur', 'déclencheurs')} de Relance dans ce classeur, un seul est permis.`,
    en: (total: number) =>
      `Triggers: ${counted(total, 'en', 'trigger', 'triggers')} of Relance in this spreadsheet, one is allowed.`,
  },
  triggerHourly: {
    fr: 'Déclencheurs : lisibles ; l’envoi automatique a son déclencheur horaire, le seul de Relance.',
    en: 'Triggers: readable; automatic sending has its hourly trigger, Relance’s only one.',
  },
  triggerOff: {
    fr: 'Déclencheurs : lisibles ; l’envoi automatique n’est pas activé.',
    en: 'Triggers: readable; automatic sending is off.',
  },

  cleanupLabel: { fr: 'Nettoyage', en: 'Clean-up' },
  cleanupFix: {
    fr: (leftovers: string) =>
      `supprimez à la main ce que la vérification a laissé${leftovers === '' ? '' : ` (${leftovers})`}.`,
    en: (leftovers: string) =>
      `delete by hand what the check left behind${leftovers === '' ? '' : ` (${leftovers})`}.`,
  },
  cleanupDone: {
    fr: 'Nettoyage : les onglets et le document temporaires sont supprimés.',
    en: 'Clean-up: the scratch tabs and document are removed.',
  },
  cleanupLeft: {
    fr: (leftovers: string) => `Nettoyage : il reste ${leftovers}.`,
    en: (leftovers: string) => `Clean-up: ${leftovers} remain.`,
  },
} as const satisfies Record<string, Entry<unknown>>;
