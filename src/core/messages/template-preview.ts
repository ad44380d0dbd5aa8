/**
 * A template being edited, rendered on a real invoice of the sheet before it is saved: the most
 * overdue open invoice, so that the user sees the placeholders filled; unknown placeholders are
 * listed instead.
 */
import type { Invoice, InvoiceStanding, Language, Plan, StepId } from '../model';
import type { Settings } from '../settings/settings';
import { composeAction } from './compose';
import { checkTemplate } from './templates';
import { MESSAGE_WORDS } from '../words/messages';

export interface TemplatePreview {
  ok: boolean;
  problems: string[];
  subject: string;
  body: string;
  invoice: string;
}

export interface TemplatePreviewInput {
  plan: Plan;
  invoices: readonly Invoice[];
  settings: Settings;
  step: StepId;
  language: Language;
  subject: string;
  body: string;
}

export const NO_OPEN_INVOICE = MESSAGE_WORDS.noOpenInvoice.fr;

/** The open invoice most days late: the one a template preview is shown on. */
export function previewInvoice(standings: readonly InvoiceStanding[]): InvoiceStanding | undefined {
  return [...standings]
    .filter((p) => p.state !== 'paid')
    .sort((a, b) => b.daysLate - a.daysLate)[0];
}

/** The settings as they would be with the edited text saved for that step and language. */
function withEditedText(input: TemplatePreviewInput): Settings {
  const { settings, step, language, subject, body } = input;
  return {
    ...settings,
    templates: {
      ...settings.templates,
      [step]: { ...(settings.templates[step] ?? {}), [language]: { subject, body } },
    },
  };
}

export function previewTemplateText(input: TemplatePreviewInput): TemplatePreview {
  const problems = [...checkTemplate(input.subject), ...checkTemplate(input.body)];
  const sample = previewInvoice(input.plan.standings);
  if (problems.length > 0 || sample === undefined)
    return {
      ok: false,
      problems: sample === undefined ? [NO_OPEN_INVOICE] : problems,
      subject: '',
      body: '',
      invoice: '',
    };
  const { step, language } = input;
  const message = composeAction({
    action: { step, client: sample.client, invoices: [sample.number], language },
    invoices: [...input.invoices],
    standings: input.plan.standings,
    settings: withEditedText(input),
    today: input.plan.today,
  });
  return {
    ok: true,
    problems: [],
    subject: message.subject,
    body: message.body,
    invoice: sample.number,
  };
}
