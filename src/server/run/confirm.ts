/**
 * Sends the written confirmation of a promise or a payment plan just recorded from the sidebar,
 * and journals it as a note (a confirmation is not a step of the ladder). The core writes the
 * text and names the recipients; this only sends and records.
 */
import { confirmationMessage, confirmationRecipients } from '../../core/messages/confirmations';
import type { Invoice, InvoiceStanding, JournalEvent, Language } from '../../core/model';
import { journalRows } from '../../core/sheets/journal-table';
import { WORDS } from '../../core/words/catalogue';
import type { Settings } from '../../core/settings/settings';
import type { Day } from '../../core/values/day';
import { messageOf } from '../adapters/error-message';
import type { JournalSheet } from '../adapters/journal';
import { remainingDailyQuota, sendMail } from '../adapters/mail';

export interface ConfirmContext {
  settings: Settings;
  invoices: readonly Invoice[];
  standings: readonly InvoiceStanding[];
  today: Day;
  journal: JournalSheet;
}

/**
 * Returns what to tell the user in the interface language, or undefined when the answer needs no
 * confirmation. The Journal's note stays French, as every text the runs write there.
 */
export function sendConfirmation(
  context: ConfirmContext,
  event: JournalEvent,
  interfaceLanguage: Language = 'fr',
): string | undefined {
  const { settings } = context;
  const to = confirmationRecipients(event, context.invoices);
  const language =
    context.invoices.find((i) => event.invoices.includes(i.number))?.language ??
    settings.sending.defaultLanguage;
  const message = confirmationMessage({ ...context, event, language });
  if (message === undefined) return undefined;
  if (to.length === 0) return WORDS.confirmationNoEmail[interfaceLanguage];
  if (settings.sending.mode === 'preview') return WORDS.confirmationPreview[interfaceLanguage];
  if (remainingDailyQuota() - settings.sending.quotaReserve < to.length)
    return WORDS.confirmationQuota[interfaceLanguage];
  try {
    sendMail({
      to,
      subject: message.subject,
      body: message.body,
      senderName: settings.sending.senderName || settings.firm.name,
      replyTo: settings.sending.replyTo || settings.firm.email,
      bccSelf: '',
      attachments: [],
    });
  } catch (error) {
    return WORDS.confirmationFailed[interfaceLanguage](messageOf(error));
  }
  const note: JournalEvent = {
    id: `${event.id}-confirmation`,
    day: context.today,
    type: 'note',
    client: event.client,
    invoices: [...event.invoices],
    recipients: to,
    subject: message.subject,
    detail: WORDS.confirmationSent.fr(to),
    state: 'done',
  };
  context.journal.append(journalRows(note, Date.now(), settings.sending.defaultLanguage));
  return WORDS.confirmationSent[interfaceLanguage](to);
}
