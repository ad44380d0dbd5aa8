/**
 * What one action of the night will do, as plain data the executor carries out in order
 * (docs/architecture.md, « From the trigger to the first email »): the Journal rows written ahead,
 * the documents to make or read (its letter, its relevé, the invoice copies), the email, and an
 * action the core already knows cannot go. What the executor measures on the way (the instant a
 * row is written, the documents' sizes) comes back to the core (action-outcome.ts).
 */
import { buildTemplateVariables } from '../messages/compose';
import type { LetterBlock } from '../messages/letter-template';
import type { TemplateScope } from '../messages/templates';
import type { Settings } from '../settings/settings';
import { journalRows } from '../sheets/journal-table';
import { storedStepId } from '../steps';
import type { OutputCell } from '../sheets/output-cells';
import { formatIsoDay, type Day } from '../values/day';
import { safeFileName } from '../values/file-name';
import type { Entry } from '../words/catalogue';
import { EXECUTION_WORDS } from '../words/execution';
import { driveFileId } from '../values/drive-link';
import type { ExecutionStep } from './execution';

/** A document the action makes or reads, in the order its email attaches them. */
export type DocumentOrder =
  | {
      kind: 'letter';
      /** The Google Docs template the letter is a filled copy of. */
      templateId: string;
      fileName: string;
      /** The client whose folder of « Relance — courriers » keeps the PDF. */
      client: string;
      variables: TemplateScope;
      /** The letter's PDF is linked in the action's Journal row, under this label. */
      journalLink: string;
      /** Without its letter the action does not go: an error making it fails the action. */
      optional: false;
    }
  | {
      kind: 'statement';
      blocks: readonly LetterBlock[];
      fileName: string;
      client: string;
      /** The relevé rides along: if Docs fails to make it, the email goes without it. */
      optional: true;
    }
  | {
      kind: 'invoice-copy';
      /** The Drive file the invoice's « Lien facture » points to. */
      fileId: string;
      invoiceNumber: string;
      link: string;
      /** A copy Relance cannot read is left out (the adapter answers undefined). */
      optional: false;
    };

/** The email an action sends, as planned (action-outcome's `packAttachments` may recompose it). */
export interface EmailOrder {
  to: readonly string[];
  subject: string;
  body: string;
  senderName: string;
  replyTo: string;
  /** The user's own address when they keep a copy; '' otherwise. */
  bccSelf: string;
}

/** The one cell of a Journal row only the executor knows: the instant it writes the row. */
export interface InstantSlot {
  readonly instantOfWriting: true;
}
export type DraftCell = OutputCell | InstantSlot;

export interface ActionOrder {
  step: ExecutionStep;
  /** Its Journal rows (one, or more over thousands of invoices), « prévu », the instant left to stamp. */
  journalRows: readonly (readonly DraftCell[])[];
  /** Why the action fails before anything runs (its letter has no template); undefined if it may go. */
  refusal?: Entry<string>;
  documents: readonly DocumentOrder[];
  email?: EmailOrder;
}

/** What the orders are made with: the settings (with the letter templates made), the user. */
export interface OrderContext {
  settings: Settings;
  today: Day;
  /** The account's own address, for « copie à moi-même ». */
  userEmail: string;
}

const INSTANT_SLOT: InstantSlot = { instantOfWriting: true };

/** The action's Journal rows with their instant left to stamp (`stampJournalRows`). */
function draftRows(step: ExecutionStep, context: OrderContext): DraftCell[][] {
  const language = context.settings.sending.defaultLanguage;
  return journalRows(step.event, 0, language).map((row) =>
    row.map((cell): DraftCell =>
      typeof cell === 'object' && 'instantMs' in cell ? INSTANT_SLOT : cell,
    ),
  );
}

/** Journal rows as written at `instantMs`. */
export function stampJournalRows(
  rows: readonly (readonly DraftCell[])[],
  instantMs: number,
): OutputCell[][] {
  return rows.map((row) =>
    row.map((cell) =>
      typeof cell === 'object' && 'instantOfWriting' in cell ? { instantMs } : cell,
    ),
  );
}

/** The Journal row each order's state is written on (its first), the batch appended at `firstRow`. */
export function firstRowsOf(orders: readonly ActionOrder[], firstRow: number): number[] {
  let next = firstRow;
  return orders.map((order) => {
    const first = next;
    next += order.journalRows.length;
    return first;
  });
}

/** The invoice PDFs named in « Lien facture » the action attaches, in its invoices' order. */
function invoiceCopies(step: ExecutionStep): DocumentOrder[] {
  if (!step.attachInvoices) return [];
  return step.compose.invoices.flatMap((invoice): DocumentOrder[] => {
    const link = invoice.invoiceLink ?? '';
    const fileId = driveFileId(link);
    if (!step.invoiceLinks.includes(link) || fileId === undefined) return [];
    return [{ kind: 'invoice-copy', fileId, invoiceNumber: invoice.number, link, optional: false }];
  });
}

/** The letter, the relevé and the invoice copies, each named after the day, the step and the client. */
function documentsOf(step: ExecutionStep, name: string, templateId: string | undefined) {
  const { client } = step.action;
  const letter: DocumentOrder[] =
    step.makesLetter && templateId !== undefined
      ? [
          {
            kind: 'letter',
            templateId,
            fileName: name,
            client,
            variables: buildTemplateVariables(step.compose),
            journalLink: `${name}.pdf`,
            optional: false,
          },
        ]
      : [];
  const statement: DocumentOrder[] =
    step.statement === undefined
      ? []
      : [
          {
            kind: 'statement',
            blocks: step.statement,
            fileName: EXECUTION_WORDS.statementFileName.fr(name),
            client,
            optional: true,
          },
        ];
  return [...letter, ...statement, ...invoiceCopies(step)];
}

function emailOf(step: ExecutionStep, context: OrderContext): EmailOrder {
  const { sending, firm } = context.settings;
  return {
    to: step.action.to,
    subject: step.message.subject,
    body: step.message.body,
    senderName: sending.senderName || firm.name,
    replyTo: sending.replyTo || firm.email,
    bccSelf: sending.copyToSelf ? context.userEmail : '',
  };
}

/** Everything one action will do, decided before it is journaled. */
export function orderOf(step: ExecutionStep, context: OrderContext): ActionOrder {
  const day = formatIsoDay(context.today);
  const name = `${day} ${storedStepId(step.action.step)} ${safeFileName(step.action.client)}`;
  const templateId = context.settings.letterTemplateIds[step.action.step]?.[step.action.language];
  const order: ActionOrder = {
    step,
    journalRows: draftRows(step, context),
    documents: [],
  };
  if (step.makesLetter && templateId === undefined) {
    order.refusal = EXECUTION_WORDS.letterTemplateMissing;
    return order;
  }
  order.documents = documentsOf(step, name, templateId);
  if (step.sendsEmail) order.email = emailOf(step, context);
  return order;
}
