/**
 * Turns an action of the plan into the words that go out: the template of its step (the user's
 * or the default) filled with the invoices, amounts, penalties and the firm's identity. Also says
 * what is missing for a step to go out at all (a mise en demeure without SIRET is not sent).
 */
import { PAYMENT_DEADLINE_DAYS } from '../dunning/conversation';
import { businessDeadline } from '../values/calendar';
import { type Day } from '../values/day';
import { DEFAULT_TEXTS } from './default-texts';
import { formatDayFor } from '../values/format';
import { formatEuros, type Cents } from '../values/money';
import type { Action, Invoice, InvoicePlan, Language, Plan, Problem, StepId } from '../model';
import { legalPenaltyRatePercent } from '../dunning/penalties';
import type { Settings, TemplateText } from '../settings/settings';
import { checkTemplate, renderTemplate, type TemplateScope } from './templates';

export function templateFor(step: StepId, language: Language, settings: Settings): TemplateText {
  const fallback = DEFAULT_TEXTS[step][language];
  const custom = settings.templates[step]?.[language];
  if (custom === undefined) return fallback;
  const text: TemplateText = {
    subject: custom.subject || fallback.subject,
    body: custom.body || fallback.body,
  };
  const letter = custom.letter ?? fallback.letter;
  if (letter !== undefined) text.letter = letter;
  return text;
}

function percent(rate: number, language: Language): string {
  const text = (Math.round(rate * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return language === 'fr' ? `${text.replace('.', ',')}\u00a0%` : `${text}%`;
}

export interface ComposeInput {
  /** `deadline`: the date the engine computed (a business day); else today + 8, moved likewise. */
  action: Pick<Action, 'step' | 'client' | 'invoices' | 'language'> &
    Partial<Pick<Action, 'deadline'>>;
  invoices: readonly Invoice[];
  plans: readonly InvoicePlan[];
  settings: Settings;
  today: Day;
}

export function buildTemplateVariables(input: ComposeInput): TemplateScope {
  const { settings, today } = input;
  const language = input.action.language;
  const money = (cents: number) => formatEuros(cents as Cents, language);
  const date = (day: Day) => formatDayFor(language, day);
  const planOf = new Map(input.plans.map((p) => [p.number, p]));
  const invoices = input.action.invoices
    .map((number) => input.invoices.find((i) => i.number === number))
    .filter((i): i is Invoice => i !== undefined);
  const first = invoices[0];
  let total = 0;
  let penalties = 0;
  let indemnity = 0;
  let oldest: Day | undefined;
  let maxLate = 0;
  const lines: TemplateScope[] = invoices.map((invoice) => {
    const plan = planOf.get(invoice.number);
    const balance = plan?.balanceCents ?? invoice.amountCents - invoice.paidCents;
    const due = plan?.dueDate ?? invoice.dueDate;
    const late = plan?.daysLate ?? 0;
    total += balance;
    penalties += plan?.interestCents ?? 0;
    indemnity += plan?.indemnityCents ?? 0;
    if (oldest === undefined || due < oldest) oldest = due;
    maxLate = Math.max(maxLate, late);
    return {
      numero: invoice.number,
      date: invoice.issueDate === undefined ? '—' : date(invoice.issueDate),
      echeance: date(due),
      montant: money(invoice.amountCents),
      solde: money(balance),
      jours_retard: late,
      penalites: money(plan?.interestCents ?? 0),
    };
  });
  const pro = first?.clientType !== 'particulier';
  const rate =
    settings.penalties.mode === 'contractual'
      ? settings.penalties.contractualRatePercent
      : legalPenaltyRatePercent(today, settings.penalties.extraEcbRates);
  const firm = settings.firm;
  return {
    client: input.action.client,
    contact: first?.contact ?? (language === 'fr' ? 'Madame, Monsieur' : 'Sir or Madam'),
    adresse_client: first?.address ?? '',
    telephone_client: first?.phone ?? '',
    factures: lines,
    nombre_factures: lines.length,
    total_du: money(total),
    plus_ancienne_echeance: oldest === undefined ? '' : date(oldest),
    jours_retard_max: maxLate,
    penalites: money(pro ? penalties : 0),
    taux_penalites: percent(rate, language),
    indemnite: money(pro ? indemnity : 0),
    total_reclame: money(pro ? total + penalties + indemnity : total),
    date_limite: date(
      input.action.deadline ??
        businessDeadline(today, PAYMENT_DEADLINE_DAYS, { alsaceMoselle: settings.alsaceMoselle }),
    ),
    date_du_jour: date(today),
    pro,
    entreprise: firm.name,
    adresse_entreprise: firm.address,
    siret: firm.siret,
    email_entreprise: firm.email,
    telephone_entreprise: firm.phone,
    signataire: firm.signatory || firm.name,
    iban: firm.iban,
    bic: firm.bic,
    lien_paiement: firm.paymentLink,
  };
}

const LETTER_STEPS: ReadonlySet<StepId> = new Set(['relance-2', 'mise-en-demeure', 'contentieux']);
const MESSAGE_STEPS: ReadonlySet<StepId> = new Set([
  'pre-echeance',
  'relance-1',
  'relance-2',
  'mise-en-demeure',
]);

/** What the settings lack for a step to go out, in French; empty when it may go. */
export function requiredMentions(step: StepId, settings: Settings): string[] {
  const missing: string[] = [];
  const firm = settings.firm;
  if (firm.name === '') missing.push('la raison sociale de votre entreprise');
  if (MESSAGE_STEPS.has(step) && firm.iban === '' && firm.paymentLink === '') {
    missing.push('un moyen de paiement (IBAN ou lien de paiement)');
  }
  if (LETTER_STEPS.has(step)) {
    if (firm.address === '') missing.push('votre adresse');
    if (firm.siret === '') missing.push('votre SIRET');
  }
  return missing;
}

export function missingMentionsMessage(step: StepId, missing: readonly string[]): string {
  return `Relance « ${step} » non envoyée : il manque ${missing.join(', ')}. Complétez-les dans Paramètres › Entreprise.`;
}

export interface ComposedMessage {
  subject: string;
  body: string;
  letter?: string;
}

export function composeAction(input: ComposeInput): ComposedMessage {
  const template = templateFor(input.action.step, input.action.language, input.settings);
  const variables = buildTemplateVariables(input);
  const composed: ComposedMessage = {
    subject: renderTemplate(template.subject, variables).replace(/\s+/g, ' ').trim(),
    body: renderTemplate(template.body, variables).trim(),
  };
  if (template.letter !== undefined)
    composed.letter = renderTemplate(template.letter, variables).trim();
  return composed;
}

/** Problems in the user's templates, reported when the settings are saved. */
export function checkTemplates(settings: Settings): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const [step, byLanguage] of Object.entries(settings.templates)) {
    for (const [language, text] of Object.entries(byLanguage ?? {})) {
      for (const field of ['subject', 'body', 'letter'] as const) {
        const value = text?.[field];
        if (value === undefined) continue;
        for (const message of checkTemplate(value))
          problems.push({ path: `templates.${step}.${language}.${field}`, message });
      }
    }
  }
  return problems;
}

/**
 * Takes out of the plan the actions whose step lacks a mandatory mention, each becoming a
 * problem on its invoices: they are not sent, and the user is told what to complete.
 */
export function withholdIncompleteActions(plan: Plan, settings: Settings): Plan {
  const kept: Action[] = [];
  const problems: Problem[] = [...plan.problems];
  const plansByNumber = new Map(plan.invoices.map((p) => [p.number, p]));
  for (const action of plan.actions) {
    const missing = requiredMentions(action.step, settings);
    if (missing.length === 0) {
      kept.push(action);
      continue;
    }
    const message = missingMentionsMessage(action.step, missing);
    problems.push({
      row: 0,
      column: '',
      value: action.client,
      message,
      invoice: action.invoices.join(', '),
    });
    for (const number of action.invoices) plansByNumber.get(number)?.problems.push(message);
  }
  return { ...plan, actions: kept, problems };
}
