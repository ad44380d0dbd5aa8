/**
 * The written confirmation of what a client agreed to, sent when the user records it (a checkbox,
 * on by default): a promise restated with its date and sum, a payment plan with each instalment
 * and what a missed one causes. Practitioners' rule: an agreement to pay is confirmed in writing.
 */
import type { Invoice, InvoiceStanding, JournalEvent, Language } from '../model';
import type { Settings } from '../settings/settings';
import type { Day } from '../values/day';
import { formatDayFor, formatEuros } from '../words/format';
import type { Cents } from '../values/money';
import { addAddress } from '../values/parse-values';
import type { ComposedMessage } from './compose';
import { CONFIRMATION_TEXTS } from '../words/default-texts';
import { renderTemplate } from './templates';
import { buildTemplateVariables } from './variables';
import { WORDS } from '../words/catalogue';
import { joinList } from '../words/wording';

export interface ConfirmationInput {
  event: JournalEvent;
  invoices: readonly Invoice[];
  standings: readonly InvoiceStanding[];
  settings: Settings;
  today: Day;
  language: Language;
}

export const CONFIRMED_TYPES = ['promise', 'payment-plan'] as const;

function invoicesNamed(numbers: readonly string[], language: Language): string {
  return WORDS.theInvoicesNamed[language](numbers.length, joinList([...numbers], language));
}

export function confirmationMessage(input: ConfirmationInput): ComposedMessage | undefined {
  const { event, language } = input;
  if (event.type !== 'promise' && event.type !== 'payment-plan') return undefined;
  const client =
    input.invoices.find((i) => event.invoices.includes(i.number))?.client ?? event.client;
  const variables = buildTemplateVariables({
    action: { step: 'reminder-1', client, invoices: event.invoices, language },
    invoices: input.invoices,
    standings: input.standings,
    settings: input.settings,
    today: input.today,
  });
  const instalments = event.instalments ?? [];
  const paymentPlanTotal = instalments.reduce((sum, i) => sum + i.amountCents, 0) as Cents;
  const text = CONFIRMATION_TEXTS[event.type][language];
  const scope = {
    ...variables,
    factures_nommees: invoicesNamed(event.invoices, language),
    factures_nommees_court: WORDS.invoicesNamed[language](
      event.invoices.length,
      joinList([...event.invoices], language),
    ),
    date_promise: event.date === undefined ? '' : formatDayFor(language, event.date),
    echeances: instalments.map((i) => ({
      date: formatDayFor(language, i.date),
      montant: formatEuros(i.amountCents, language),
    })),
    total_echeancier: formatEuros(paymentPlanTotal, language),
  };
  return {
    subject: renderTemplate(text.subject, scope).replace(/\s+/g, ' ').trim(),
    body: renderTemplate(text.body, scope).trim(),
  };
}

/** The addresses of the confirmed invoices' own rows (docs/architecture.md, « Acting safely »: never another client's). */
export function confirmationRecipients(
  event: JournalEvent,
  invoices: readonly Invoice[],
): string[] {
  const to: string[] = [];
  for (const invoice of invoices)
    if (event.invoices.includes(invoice.number))
      for (const email of invoice.emails) addAddress(to, email);
  return to;
}
