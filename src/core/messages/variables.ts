/**
 * The values a template is filled with, for one action: the invoices and their amounts, the sum
 * claimed and its breakdown, what the journal says (earlier reminders, posting, broken promise),
 * what is attached, how the reader is addressed, and the firm's identity with its mentions.
 */
import type {
  Action,
  Court,
  FormalNoticeTerms,
  Invoice,
  InvoiceStanding,
  JournalEvent,
  Language,
  StepId,
} from '../model';
import { formalNoticeTerms } from '../dunning/conversation';
import { courtFor } from '../dunning/court';
import { debtorCalendar } from '../dunning/debtor-calendar';
import { standingOf } from '../dunning/invoice-standing';
import { foldHistory } from '../dunning/journal-fold';
import { PRESCRIPTION_WARNING_DAYS } from '../dunning/prescription';
import {
  halfYearStart,
  periodRate,
  PUBLIC_BUYER_MARGIN_POINTS,
  unknownEcbHalfYear,
  publicBuyerRatePercent,
  rateChoiceFor,
} from '../dunning/penalties';
import type { Settings } from '../settings/settings';
import { RECOURSE, stepDefinition, storedStepId } from '../steps';
import { addDays, type Day } from '../values/day';
import { formatDayFor, formatEuros, formatShortDayFor } from '../words/format';
import type { Cents } from '../values/money';
import { attentionLine, greeting, salutation } from '../words/addressing';
import { citedAsReminder, citedHistory, paymentDeadline, type CitedHistory } from './cited-history';
import { legalMentionsLine } from './firm-mentions';
import { buildStatement, type AccountStatement, type PenaltyPeriod } from './statement';
import type { TemplateScope } from './templates';
import { WORDS } from '../words/catalogue';
import { formatPercent, joinList } from '../words/wording';

/** What goes with the message; a text says something is attached only when it is. */
export interface Attachments {
  /** Invoice numbers whose PDF copy is attached. */
  invoiceCopies: readonly string[];
  /** The step's letter (courrier de rappel, mise en demeure) as a PDF. */
  letter: boolean;
  /** The relevé de compte as a PDF. */
  statement: boolean;
}

export interface ComposeInput {
  action: Pick<Action, 'step' | 'client' | 'invoices' | 'language' | 'keptInvoices'> &
    Partial<CarriedDetails>;
  invoices: readonly Invoice[];
  standings: readonly InvoiceStanding[];
  settings: Settings;
  today: Day;
  /** The journal: earlier reminders, payments, the registered letter's posting, promises. */
  events?: readonly JournalEvent[];
  /** Nothing attached when absent. */
  attachments?: Attachments;
}

/**
 * What the engine may carry on an action for the texts (its shapes, structurally): when present
 * they win over what the texts read from the journal themselves.
 */
export interface CarriedDetails {
  deadline: Day;
  earlierSteps: readonly { step: StepId; day: Day; invoices?: readonly string[] }[];
  posting: { number: string; day: Day };
  brokenPromise: { promisedDay: Day; recordedOn: Day };
  court: Court;
  terms: FormalNoticeTerms;
  statedOn: Day;
  awaiting: readonly { invoice: string; step?: StepId; date?: Day }[];
  brokenPaymentPlan: { agreedOn: Day; missedDay: Day; missedCents: Cents };
}

/**
 * The input as it stood on the day the action states its sums (`statedOn`, the letter's day for
 * a mise en demeure's email copy): the standings, the journal and the day, so that the copy and the
 * letter claim one sum arrêtée au one day. The input itself when that day is today.
 */
export function asStated(input: ComposeInput): ComposeInput {
  const on = input.action.statedOn;
  if (on === undefined || on >= input.today) return input;
  const events = (input.events ?? []).filter((e) => e.day <= on);
  // The kept invoices too: their claimed penalties are in the sum the letter stated.
  const numbers = [...input.action.invoices, ...(input.action.keptInvoices ?? [])];
  const standings = actionInvoices(input, numbers).map(
    (invoice) =>
      standingOf(
        invoice,
        foldHistory(events.filter((e) => e.invoices.includes(invoice.number))),
        input.settings,
        on,
      ).standing,
  );
  return { ...input, standings, events, today: on };
}

/**
 * The history a message cites: the journal's, overridden by the engine's details where the action
 * carries them.
 */
function citedOf(input: ComposeInput): CitedHistory & { deadline?: Day } {
  const { action } = input;
  const cited: CitedHistory & { deadline?: Day } = citedHistory(
    input.events ?? [],
    action.invoices,
    input.today,
  );
  if (action.earlierSteps !== undefined)
    cited.earlierReminders = action.earlierSteps
      .filter((s) => citedAsReminder(s.step))
      .map((s) => (s.invoices === undefined ? { step: s.step, day: s.day } : { ...s }));
  if (action.posting !== undefined)
    cited.posting = { number: action.posting.number, day: action.posting.day };
  if (action.brokenPromise !== undefined)
    cited.brokenPromise = {
      promisedOn: action.brokenPromise.recordedOn,
      date: action.brokenPromise.promisedDay,
    };
  if (action.deadline !== undefined) cited.deadline = action.deadline;
  return cited;
}

/** A posting read from the journal alone (a preview) is taken as recorded the day it was made. */
function termsOf(
  input: ComposeInput,
  cited: CitedHistory & { deadline?: Day },
): FormalNoticeTerms | undefined {
  if (input.action.terms !== undefined) return input.action.terms;
  if (!stepDefinition(input.action.step).formalNotice || cited.posting === undefined)
    return undefined;
  if (cited.deadline !== undefined) return undefined;
  const calendar = { alsaceMoselle: input.settings.alsaceMoselle };
  return formalNoticeTerms({ ...cited.posting, recordedOn: cited.posting.day }, calendar);
}

/**
 * The mise en demeure's deadline as its email copy states it: eight days from the first
 * presentation (the recorded one, else the one expected), or from a posting recorded late.
 */
function formalNoticeDelay(
  terms: FormalNoticeTerms | undefined,
  given: Day | undefined,
  language: Language,
): string {
  const rule = WORDS.noticeRule[language];
  if (terms === undefined && given !== undefined)
    return WORDS.noticeRuleBy[language](rule, dayText(language, given));
  if (terms === undefined) return rule;
  const deadline = dayText(language, terms.deadline);
  if (terms.fromRecording) return WORDS.atTheLatest[language](deadline);
  const presented = dayText(language, terms.presentation);
  const when = terms.presentationKnown
    ? WORDS.presentedOn[language](presented)
    : WORDS.presentationExpectedOn[language](presented);
  return WORDS.noticeRuleWhenBy[language](rule, when, deadline);
}

export const NO_ATTACHMENTS: Attachments = { invoiceCopies: [], letter: false, statement: false };

function dayText(language: Language, day: Day): string {
  return formatDayFor(language, day);
}

function actionInvoices(input: ComposeInput, numbers = input.action.invoices): Invoice[] {
  const byNumber = new Map(input.invoices.map((i) => [i.number, i]));
  return numbers.map((n) => byNumber.get(n)).filter((i): i is Invoice => i !== undefined);
}

/**
 * The invoices paid late whose claimed penalties and indemnity stay on the account
 * (Action.keptInvoices): listed beside the unpaid ones, so that every euro of the sum claimed
 * is on a line the reader can check. One line of text, as {{autres_factures}}: the letters'
 * Docs renderer shows sections, not lists (only the invoice table is a list there).
 */
function keptLines(
  statement: AccountStatement,
  input: ComposeInput,
  language: Language,
): { text: string; cents: number } {
  // A reminder before the due date claims nothing: it lists no penalty.
  if (stepDefinition(input.action.step).beforeDue) return { text: '', cents: 0 };
  const kept = new Set(input.action.keptInvoices ?? []);
  const owed = statement.invoices.filter(
    (i) => kept.has(i.number) && i.interestCents + i.indemnityCents > 0,
  );
  const lines = owed.map((i) => {
    const due = dayText(language, i.dueDate);
    const left = formatEuros((i.interestCents + i.indemnityCents) as Cents, language);
    return WORDS.keptInvoice[language](i.number, due, left);
  });
  const cents = owed.reduce((sum, i) => sum + i.interestCents + i.indemnityCents, 0);
  if (lines.length === 0) return { text: '', cents: 0 };
  return {
    text: WORDS.keptSums[language](lines),
    cents,
  };
}

/** « 1 jour de retard », « 12 jours de retard »; « 1 day overdue », « 12 days overdue ». */
function lateness(days: number, language: Language): string {
  return WORDS.daysLate[language](days);
}

function invoiceLines(invoices: readonly Invoice[], input: ComposeInput): TemplateScope[] {
  const language = input.action.language;
  const standingByNumber = new Map(input.standings.map((p) => [p.number, p]));
  return invoices.map((invoice) => {
    const standing = standingByNumber.get(invoice.number);
    const due = standing?.dueDate ?? invoice.dueDate;
    return {
      numero: invoice.number,
      date: invoice.issueDate === undefined ? '' : dayText(language, invoice.issueDate),
      echeance: dayText(language, due),
      // Not due yet (a reminder before the due date): « à échéance le », never « échue le ».
      a_echoir: due >= input.today,
      montant: formatEuros(invoice.amountCents, language),
      solde: formatEuros(
        standing?.balanceCents ?? ((invoice.amountCents - invoice.paidCents) as Cents),
        language,
      ),
      jours_retard: standing?.daysLate ?? 0,
      retard: lateness(standing?.daysLate ?? 0, language),
      penalites: formatEuros(standing?.interestCents ?? (0 as Cents), language),
    };
  });
}

/**
 * « Malgré nos relances du 23 juin 2025 (email) et du 8 juillet 2025 (courrier de rappel), »;
 * a reminder about only some of the invoices names them (« courrier de rappel, facture F-1 »):
 * a letter never cites a reminder for an invoice it was not about.
 */
function remindersSentence(
  cited: CitedHistory,
  language: Language,
  invoices: readonly string[],
): string {
  const items = cited.earlierReminders.map((r) => {
    const step = stepDefinition(r.step).asEarlierReminder?.[language] ?? storedStepId(r.step);
    const about = r.invoices;
    const partial = about !== undefined && invoices.some((n) => !about.includes(n));
    const name = partial
      ? WORDS.reminderAbout[language](step, about.length, joinList(about, language))
      : step;
    return WORDS.reminderOn[language](dayText(language, r.day), name);
  });
  if (items.length === 0) return '';
  return WORDS.despiteReminders[language](items.length, joinList(items, language));
}

/**
 * What the list that follows holds: invoices still due, or, when an invoice paid late keeps the
 * penalties and indemnity a letter claimed ({{factures_reglees_en_retard}}), sums that are not
 * all invoices: « les sommes suivantes ».
 */
function unpaidPhrase(count: number, kept: boolean, language: Language, capital: boolean): string {
  const text = WORDS.remainUnpaid[language](count, kept);
  return capital ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}

/** « la facture suivante », « les 2 factures suivantes », « les sommes suivantes ». */
function listIntro(count: number, kept: boolean, language: Language): TemplateScope {
  return {
    factures_suivantes: WORDS.followingList[language](count, kept),
    de_factures_suivantes: WORDS.ofFollowingList[language](count, kept),
  };
}

/** « Le 6 mars 2026, nous étions convenus d’un échéancier : l’échéance du 20 mars … » */
function brokenPaymentPlanSentence(input: ComposeInput): string {
  const broken = input.action.brokenPaymentPlan;
  if (broken === undefined) return '';
  const language = input.action.language;
  const agreed = dayText(language, broken.agreedOn);
  const missed = dayText(language, broken.missedDay);
  return WORDS.brokenPaymentPlan[language](
    agreed,
    missed,
    formatEuros(broken.missedCents, language),
  );
}

function promiseSentence(cited: CitedHistory, language: Language): string {
  const broken = cited.brokenPromise;
  if (broken === undefined) return '';
  const on = dayText(language, broken.promisedOn);
  return WORDS.brokenPromise[language](on, dayText(language, broken.date));
}

export function penaltyLine(period: PenaltyPeriod, language: Language): TemplateScope {
  return {
    facture: period.invoice,
    du: formatShortDayFor(language, period.from),
    au: formatShortDayFor(language, period.to),
    jours: period.days,
    base: formatEuros(period.baseCents, language),
    taux: periodRateText(period, language),
    montant: provisionalAmount(formatEuros(period.cents, language), period.provisional, language),
  };
}

/**
 * « 12,15 % (BCE 2,15 % + 10 points) »; past the ECB table and unconfirmed, no figure:
 * « taux BCE en vigueur au 1er juillet 2026 + 10 points ».
 */
export function periodRateText(period: PenaltyPeriod, language: Language): string {
  const rate = formatPercent(period.ratePercent, language);
  if (period.ecbPercent === undefined) return rate;
  const margin = period.marginPoints ?? 10;
  if (period.provisional === true && period.ecbDay !== undefined)
    return `${unknownEcbRateText(period.ecbDay, language)} + ${margin} points`;
  return `${rate} (${WORDS.ecb[language]} ${formatPercent(period.ecbPercent, language)} + ${margin} points)`;
}

/** The ECB rate of a half-year Relance does not know yet, named without a figure. */
export function unknownEcbRateText(halfYear: Day, language: Language): string {
  return WORDS.unknownEcbRate[language](dayText(language, halfYear));
}

/** An amount computed at an ECB rate not yet confirmed: « 12,34 € (provisoire) ». */
export function provisionalAmount(
  amount: string,
  provisional: boolean | undefined,
  language: Language,
): string {
  if (provisional !== true) return amount;
  return `${amount} (${WORDS.provisional[language]})`;
}

function attachmentSentences(
  attachments: Attachments,
  step: StepId,
  language: Language,
): TemplateScope {
  const copies = attachments.invoiceCopies;
  const copyText =
    copies.length === 0
      ? ''
      : WORDS.invoiceCopiesAttached[language](copies.length, joinList([...copies], language));
  const pieces: string[] = [];
  if (attachments.letter)
    pieces.push(stepDefinition(step).letter?.attached[language] ?? WORDS.ourLetter[language]);
  if (attachments.statement) pieces.push(WORDS.yourStatement[language]);
  const piecesText =
    pieces.length === 0 ? '' : WORDS.piecesAttached[language](joinList(pieces, language));
  return { copie_facture: copyText, pieces_jointes: piecesText };
}

/**
 * A public buyer's rates, fixed per invoice by the half-year its interest started in (R2192-31):
 * « 11,15 % » when all agree, else « 11,15 % pour la facture F-1 et 10,15 % pour la facture F-2 ».
 */
function publicBuyerRateText(statement: AccountStatement, input: ComposeInput): string {
  const language = input.action.language;
  const extra = input.settings.penalties.extraEcbRates;
  const byRate = new Map<string, string[]>();
  for (const invoice of statement.invoices) {
    const start = addDays(invoice.dueDate, 1);
    const unknown = unknownEcbHalfYear(start, extra);
    const rate =
      unknown === undefined
        ? formatPercent(publicBuyerRatePercent(start, extra), language)
        : pointsAboveUnknownEcb(unknown, PUBLIC_BUYER_MARGIN_POINTS, language);
    byRate.set(rate, [...(byRate.get(rate) ?? []), invoice.number]);
  }
  if (byRate.size <= 1) return [...byRate.keys()][0] ?? '';
  const parts = [...byRate].map(([rate, numbers]) =>
    WORDS.rateForInvoices[language](rate, numbers.length, joinList(numbers, language)),
  );
  return joinList(parts, language);
}

/**
 * The rate of today's half-year: the contractual one (never below the half-year's floor, L441-10),
 * or the ECB rate + 10 points, named without a figure while unconfirmed.
 */
function rateText(input: ComposeInput): string {
  const { settings, today } = input;
  const language = input.action.language;
  const rate = periodRate(today, today, rateChoiceFor('trader', settings.penalties));
  if (rate.provisional === true) return pointsAboveUnknownEcb(halfYearStart(today), 10, language);
  return formatPercent(rate.ratePercent, language);
}

/** « 10 points au-dessus du taux BCE en vigueur au 1er juillet 2026 »: a rate with no figure. */
function pointsAboveUnknownEcb(halfYear: Day, points: number, language: Language): string {
  return WORDS.pointsAbove[language](points, unknownEcbRateText(halfYear, language));
}

function annexTitle(publicBuyer: boolean, settings: Settings, language: Language): string {
  if (publicBuyer) return WORDS.publicBuyerRate[language];
  if (settings.penalties.mode === 'contractual') return WORDS.contractualRate[language];
  return WORDS.statutoryRate[language];
}

/** The sum claimed: a consumer (or a client of unknown type) is claimed the principal only. */
function claimedCents(statement: AccountStatement, pro: boolean): number {
  return pro ? statement.totals.claimedCents : statement.totals.balanceCents;
}

/** The sum claimed and its parts; a consumer is claimed the principal only. */
function claimVariables(
  statement: AccountStatement,
  pro: boolean,
  input: ComposeInput,
): TemplateScope {
  const language = input.action.language;
  const money = (cents: number) => formatEuros(cents as Cents, language);
  const t = statement.totals;
  const late = statement.invoices.filter((i) => i.indemnityCents > 0);
  const unit = late[0]?.indemnityCents ?? 0;
  const claimed = claimedCents(statement, pro);
  const publicBuyer = statement.publicBuyer;
  const provisional = pro && statement.provisional;
  return {
    total_du: money(t.balanceCents),
    penalites: provisionalAmount(money(pro ? t.interestCents : 0), provisional, language),
    taux_penalites: publicBuyer ? publicBuyerRateText(statement, input) : rateText(input),
    indemnite: money(pro ? t.indemnityCents : 0),
    indemnite_detail: `${late.length} × ${money(unit)} = ${money(t.indemnityCents)}`,
    total_reclame: provisionalAmount(money(claimed), provisional, language),
    // The same sums without the « (provisoire) » mark, for a sentence that says it once.
    montant_provisoire: provisional === true,
    total_reclame_chiffre: money(claimed),
    penalites_chiffre: money(pro ? t.interestCents : 0),
    annexe_titre: annexTitle(publicBuyer, input.settings, language),
    acheteur_public: publicBuyer,
    annexe_penalites: pro ? statement.penalties.map((p) => penaltyLine(p, language)) : [],
  };
}

function citedVariables(
  cited: CitedHistory & { deadline?: Day },
  input: ComposeInput,
  count: number,
  kept: boolean,
): TemplateScope {
  const terms = termsOf(input, cited);
  const language = input.action.language;
  const calendar = debtorCalendar(
    input.invoices.find((i) => input.action.invoices.includes(i.number))?.address,
    { alsaceMoselle: input.settings.alsaceMoselle },
  );
  const sentFrom = cited.posting?.day ?? input.today;
  // A mise en demeure is printed before it is posted: its eight days run from its first
  // presentation, a day no one knows yet. The letter states no date; the email copy, sent once
  // the posting is recorded, states the date counted from the posting (docs/french-law.md, « The mise en demeure »).
  const unknown =
    stepDefinition(input.action.step).formalNotice &&
    cited.deadline === undefined &&
    cited.posting === undefined;
  const deadline = cited.deadline ?? paymentDeadline(sentFrom, calendar);
  const reminders = remindersSentence(cited, language, input.action.invoices);
  return {
    constat_impaye: `${reminders}${unpaidPhrase(count, kept, language, reminders === '')}`,
    factures_impayees: unpaidPhrase(count, kept, language, false),
    ...listIntro(count, kept, language),
    relances_precedentes: reminders,
    numero_lrar: cited.posting?.number ?? '',
    date_envoi_lrar: cited.posting === undefined ? '' : dayText(language, cited.posting.day),
    date_limite: unknown ? '' : dayText(language, terms?.deadline ?? deadline),
    date_presentation: terms === undefined ? '' : dayText(language, terms.presentation),
    delai_mise_en_demeure: formalNoticeDelay(terms, cited.deadline, language),
    promesse_non_tenue: promiseSentence(cited, language),
    echeancier_non_tenu: brokenPaymentPlanSentence(input),
  };
}

function firmVariables(settings: Settings, language: Language): TemplateScope {
  const firm = settings.firm;
  return {
    entreprise: firm.name,
    adresse_entreprise: firm.address,
    mentions_legales: legalMentionsLine(firm, language),
    siret: firm.siret,
    email_entreprise: firm.email,
    telephone_entreprise: firm.phone,
    signataire: firm.signatory || firm.name,
    iban: firm.iban,
    bic: firm.bic,
    lien_paiement: firm.paymentLink,
  };
}

/** Where an invoice left out of a recourse stands, in a few words. */
function awaitingState(
  step: StepId | undefined,
  date: string | undefined,
  language: Language,
): string {
  // An invoice with no step of its own to come waits for the recourse: its notice runs.
  const phrases =
    (step === undefined ? undefined : stepDefinition(step).awaiting) ??
    stepDefinition(RECOURSE).awaiting;
  if (phrases === undefined) return '';
  return date === undefined ? phrases.toCome[language] : `${phrases.dueOn[language]} ${date}`;
}

/**
 * The recourse memo's word on the client's invoices left out of it, none having a mise en
 * demeure of its own that expired (none sent yet, or one still running): « Pas encore dans ce
 * recours, faute de mise en demeure expirée : F-2 (courrier de rappel prévu le …). »
 */
function awaitingSentence(input: ComposeInput): string {
  const awaiting = input.action.awaiting ?? [];
  if (awaiting.length === 0) return '';
  const language = input.action.language;
  const items = awaiting.map(
    (a) =>
      `${a.invoice} (${awaitingState(a.step, a.date === undefined ? undefined : dayText(language, a.date), language)})`,
  );
  return WORDS.notYetInRecourse[language](joinList(items, language));
}

/**
 * The court of a recourse: the engine's (by type and seat, see dunning/court.ts), else worked out
 * from the first invoice. Its procedure and checks are in French, as the courts are. No agency
 * or commissaire de justice against a public body (no forced enforcement against it) nor abroad;
 * the simplified procedure only up to 5 000 € (Code des procédures civiles d'exécution R125-1).
 */
function courtVariables(
  input: ComposeInput,
  first: Invoice | undefined,
  claimed: number,
): TemplateScope {
  const court: Court | undefined =
    input.action.court ?? (first === undefined ? undefined : courtFor(first));
  const kind = court?.kind;
  const agency =
    kind !== undefined &&
    kind !== 'administrative-court' &&
    kind !== 'abroad' &&
    kind !== 'undetermined';
  return {
    juridiction: court?.name ?? '',
    procedure_recours: court?.procedure ?? '',
    cerfa: court?.cerfa ?? '',
    verification_juridiction: court?.check ?? '',
    etranger: kind === 'abroad',
    voie_amiable: agency,
    procedure_simplifiee: agency && claimed <= SIMPLIFIED_PROCEDURE_LIMIT_CENTS,
    ...prescriptionVariables(input),
  };
}

/** The simplified recovery of small claims: up to 5 000 € (CPCE L125-1, R125-1). */
export const SIMPLIFIED_PROCEDURE_LIMIT_CENTS = 500000;

/** The earliest limit of the action's invoices, and whether it is near (prescription.ts). */
function prescriptionVariables(input: ComposeInput): TemplateScope {
  const numbers = new Set(input.action.invoices);
  const limit = input.standings
    .filter((p) => numbers.has(p.number))
    .reduce<Day | undefined>(
      (min, p) => (min === undefined || p.prescriptionDay < min ? p.prescriptionDay : min),
      undefined,
    );
  if (limit === undefined) return { date_prescription: '', prescription_proche: false };
  return {
    date_prescription: dayText(input.action.language, limit),
    prescription_proche: limit - input.today < PRESCRIPTION_WARNING_DAYS,
  };
}

function addressVariables(first: Invoice | undefined, language: Language): TemplateScope {
  return {
    contact: first?.contact ?? WORDS.unknownContact[language],
    salutation: salutation(first?.civility, language),
    a_l_attention: attentionLine(first?.contact, first?.civility, language),
    bonjour: greeting(first?.contact, first?.civility, language),
    adresse_client: first?.address ?? '',
    telephone_client: first?.phone ?? '',
  };
}

/** The list's count and the sums kept on invoices paid late (keptLines). */
function listVariables(
  count: number,
  kept: { text: string; cents: number },
  language: Language,
): TemplateScope {
  return {
    factures_reglees_en_retard: kept.text,
    penalites_conservees: kept.cents > 0 ? formatEuros(kept.cents as Cents, language) : '',
    nombre_factures: count,
    factures_compte: WORDS.invoiceCount[language](count),
    une_facture: count === 1,
    de_factures: WORDS.ofInvoices[language](count),
  };
}

export function buildTemplateVariables(input: ComposeInput): TemplateScope {
  const { settings, today } = input;
  const language = input.action.language;
  const invoices = actionInvoices(input);
  const first = invoices[0];
  // Nothing professional (penalties, indemnity) is claimed from a client of unknown type.
  const pro = first?.clientType !== undefined && first.clientType !== 'consumer';
  // The sums, as they stood on the day the message states them.
  const stated = asStated(input);
  const statement = buildStatement({
    client: input.action.client,
    invoices: [...invoices, ...actionInvoices(input, input.action.keptInvoices ?? [])],
    standings: stated.standings,
    events: stated.events ?? [],
    settings,
    today: stated.today,
  });
  const lines = invoiceLines(invoices, stated);
  const chased = statement.invoices.filter((i) => input.action.invoices.includes(i.number));
  const oldest = chased.reduce<Day | undefined>(
    (min, i) => (min === undefined || i.dueDate < min ? i.dueDate : min),
    undefined,
  );
  const cited = citedOf(input);
  const kept = keptLines(statement, input, language);
  return {
    client: input.action.client,
    ...addressVariables(first, language),
    // A notice to a debtor abroad announces no French injonction de payer (CPC 1406).
    etranger: first !== undefined && courtFor(first).kind === 'abroad',
    ...(stepDefinition(input.action.step).recourse
      ? {
          ...courtVariables(input, first, claimedCents(statement, pro)),
          factures_en_cours: awaitingSentence(input),
        }
      : {}),
    factures: lines,
    ...listVariables(lines.length, kept, language),
    plus_ancienne_echeance: oldest === undefined ? '' : dayText(language, oldest),
    jours_retard_max: Math.max(0, ...chased.map((i) => i.daysLate)),
    retard_max: lateness(Math.max(0, ...chased.map((i) => i.daysLate)), language),
    ...claimVariables(statement, pro, stated),
    ...citedVariables(cited, input, lines.length, kept.text !== ''),
    ...attachmentSentences(input.attachments ?? NO_ATTACHMENTS, input.action.step, language),
    date_du_jour: dayText(language, today),
    date_arrete: dayText(language, stated.today),
    pro,
    ...firmVariables(settings, language),
  };
}
