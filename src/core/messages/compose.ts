/**
 * Turns an action of the plan into the words that go out: the template of its step (the user's
 * or the default) filled with the invoices, amounts, penalties and the firm's identity. Also says
 * what is missing for a step to go out at all (a mise en demeure without SIRET is not sent).
 */
import { DEFAULT_TEXTS } from '../words/default-texts';
import type { Action, Invoice, Language, Plan, Problem, StepId } from '../model';
import type { Settings, TemplateText } from '../settings/settings';
import { stepDefinition, storedStepId } from '../steps';
import { inBoth, inEach, WORDS, type Entry } from '../words/catalogue';
import { MESSAGE_WORDS } from '../words/messages';
import { missingFirmMentions } from './firm-mentions';
import { EMAIL_LISTED_INVOICES, otherInvoicesSentence, tooManyRecipients } from './message-limits';
import { checkTemplate, renderTemplate, type TemplateScope } from './templates';
import { buildTemplateVariables, type ComposeInput } from './variables';
import { withNotes, type InvoiceNote } from '../dunning/invoice-standing';

export { buildTemplateVariables, NO_ATTACHMENTS } from './variables';
export type { Attachments, ComposeInput } from './variables';
export { PAYMENT_DEADLINE_DAYS } from '../dunning/conversation';

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

/** What the settings lack for a step to go out, in `language`; empty when it may go. */
export function requiredMentions(
  step: StepId,
  settings: Settings,
  language: Language = 'fr',
): string[] {
  const missing: string[] = [];
  const firm = settings.firm;
  const { needs } = stepDefinition(step);
  if (firm.name === '') missing.push(MESSAGE_WORDS.missingFirmName[language]);
  if (needs.paymentMeans && firm.iban === '' && firm.paymentLink === '') {
    missing.push(MESSAGE_WORDS.missingPaymentMeans[language]);
  }
  if (needs.firmAddress) {
    if (firm.address === '') missing.push(MESSAGE_WORDS.missingFirmAddress[language]);
    if (firm.siret === '') missing.push(MESSAGE_WORDS.missingSiret[language]);
  }
  if (needs.legalMentions) missing.push(...missingFirmMentions(firm, language));
  return missing;
}

/** The problem of a step whose mentions are missing; undefined when none is. */
function missingMentionsProblem(step: StepId, settings: Settings): Entry<string> | undefined {
  if (requiredMentions(step, settings).length === 0) return undefined;
  return inEach((language) =>
    MESSAGE_WORDS.missingMentions[language](
      storedStepId(step),
      requiredMentions(step, settings, language),
    ),
  );
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
    body: emailBody(template.body, variables, input),
  };
  if (template.letter !== undefined)
    composed.letter = renderTemplate(template.letter, variables).trim();
  return composed;
}

/**
 * The email's body lists at most EMAIL_LISTED_INVOICES invoices, then says how many more (the
 * relevé and the letter list them all): Google refuses a body past 200 KB. A template of the
 * user's without {{autres_factures}} gets that sentence at its end, so it never claims a
 * complete list.
 */
function emailBody(body: string, variables: TemplateScope, input: ComposeInput): string {
  const lines = variables['factures'];
  if (!Array.isArray(lines) || lines.length <= EMAIL_LISTED_INVOICES)
    return renderTemplate(body, variables).trim();
  const others = otherInvoicesSentence(
    lines.length - EMAIL_LISTED_INVOICES,
    input.attachments?.statement === true,
    input.action.language,
  );
  const listed = {
    ...variables,
    factures: lines.slice(0, EMAIL_LISTED_INVOICES),
    autres_factures: others,
  };
  const text = renderTemplate(body, listed).trim();
  return body.includes('autres_factures') ? text : `${text}\n\n${others}`;
}

/** Problems in the user's templates, reported when the settings are saved. */
export function checkTemplates(settings: Settings): { path: string; text: Entry<string> }[] {
  const problems: { path: string; text: Entry<string> }[] = [];
  for (const [step, byLanguage] of Object.entries(settings.templates)) {
    for (const [language, text] of Object.entries(byLanguage ?? {})) {
      for (const field of ['subject', 'body', 'letter'] as const) {
        const value = text?.[field];
        if (value === undefined) continue;
        for (const text of checkTemplate(value))
          problems.push({ path: `templates.${step}.${language}.${field}`, text });
      }
    }
  }
  return problems;
}

/** What an action lacks about its client, from the invoice rows (the Clients tab joined in). */
function missingClientFields(
  action: Action,
  invoices: readonly Invoice[] | undefined,
): Entry<string>[] {
  if (invoices === undefined || !stepDefinition(action.step).needs.clientAddress) return [];
  const own = invoices.filter((i) => action.invoices.includes(i.number));
  return own.some((i) => (i.address ?? '') !== '')
    ? []
    : [inBoth(WORDS.noClientAddress, action.client)];
}

/**
 * Takes out of the plan the actions whose step lacks a mandatory mention, each becoming a
 * problem on its invoices: they are not sent, and the user is told what to complete.
 */
export function withholdIncompleteActions(
  plan: Plan,
  settings: Settings,
  invoices?: readonly Invoice[],
): Plan {
  const kept: Action[] = [];
  const problems: Problem[] = [...plan.problems];
  const notes: InvoiceNote[] = [];
  for (const action of plan.actions) {
    const recipients = tooManyRecipients(action, settings, invoices);
    if (recipients !== undefined) {
      problems.push(recipients);
      notes.push({ invoices: action.invoices, message: recipients.text.fr });
      continue;
    }
    const missing = missingMentionsProblem(action.step, settings);
    const texts = [
      ...(missing === undefined ? [] : [missing]),
      ...missingClientFields(action, invoices),
    ];
    if (texts.length === 0) {
      kept.push(action);
      continue;
    }
    for (const text of texts) {
      problems.push({
        row: 0,
        column: '',
        value: action.client,
        text,
        invoice: action.invoices.join(', '),
      });
      notes.push({ invoices: action.invoices, message: text.fr });
    }
  }
  return { ...plan, actions: kept, problems, standings: withNotes(plan.standings, notes) };
}
