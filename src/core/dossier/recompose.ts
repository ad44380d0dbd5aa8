/**
 * The text of a reminder the Journal says was sent, for its page in the dossier. The Journal
 * keeps the day, the recipients and the subject of a message, not its body, so Relance composes
 * it again as it stood that day: the same templates (composeAction), the invoices as they were
 * (payments received later left out) and the Journal up to the day before. The page says it is
 * a recomposition: the message itself stays in the sender's mailbox. A letter whose PDF the
 * Journal links (« Document ») is produced as is and needs no recomposition.
 */
import type { Invoice, JournalEvent } from '../model';
import { composeAction } from '../messages/compose';
import type { Day } from '../values/day';
import { RECORD_WORDS } from '../words/dossier';
import type { Cents } from '../values/money';
import { standingsOf } from './scope';
import type { DossierInput, PieceText } from './types';

/** An invoice row as it stood on `day`: a payment dated after it had not been received. */
function rowOn(invoice: Invoice, day: Day): Invoice {
  if (invoice.paymentDate === undefined || invoice.paymentDate <= day) return invoice;
  const { paymentDate: _later, ...row } = invoice;
  return { ...row, paidCents: 0 as Cents, markedPaid: false };
}

export function recomposedText(event: JournalEvent, input: DossierInput): PieceText | undefined {
  const step = event.step;
  if (step === undefined || (event.link ?? '').trim() !== '') return undefined;
  const rows = input.invoices.map((invoice) => rowOn(invoice, event.day));
  const about = rows.filter((invoice) => event.invoices.includes(invoice.number));
  const first = about[0];
  if (first === undefined) return undefined;
  const events = input.events.filter((e) => e.day < event.day);
  const facts = standingsOf({ ...input, invoices: rows, events, today: event.day });
  const composed = composeAction({
    action: { step, client: first.client, invoices: event.invoices, language: first.language },
    invoices: rows,
    standings: facts.map((f) => f.standing),
    settings: input.settings,
    today: event.day,
    events,
  });
  const text = event.channel === 'email' ? composed.body : (composed.letter ?? composed.body);
  return {
    caveat: RECORD_WORDS.recomposed.fr(event.day),
    subject: composed.subject,
    paragraphs: text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  };
}
