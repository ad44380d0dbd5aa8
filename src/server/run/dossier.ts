/**
 * The dossier for the judge of one client, made in Drive under the document lock held by the
 * caller: the core assembles it (or says what is missing), this reads the invoice PDFs, writes
 * the folder, its PDFs and its ZIP, and records it in the Journal. A dossier already made today
 * for the client is not made again: its folder is shown.
 */
import { assembleDossier } from '../../core/dossier/assemble';
import type { Dossier, DossierInput, Piece } from '../../core/dossier/types';
import {
  BORDEREAU_FILE_NAME,
  REQUETE_FILE_NAME,
  dossierZipName,
} from '../../core/dossier/file-names';
import {
  dossierFailedEvent,
  dossierMadeEvent,
  dossierMadeSentence,
  type DossierReason,
  dossierRefusedEvent,
  existingDossierSentence,
  linesToBlocks,
  pieceRecordLines,
  refusalSentences,
  unreadableDocumentRefusal,
  unreadableInvoiceRefusal,
} from '../../core/dossier/wiring';
import { clientTypesOf } from '../../core/dunning/client-kind';
import { driveFileId } from '../../core/plan/execution';
import { statementBlocks } from '../../core/messages/statement-layout';
import { buildStatement } from '../../core/messages/statement';
import type { Invoice, InvoicePlan, JournalEvent } from '../../core/model';
import type { Settings } from '../../core/settings/settings';
import { journalRows } from '../../core/sheets/journal-table';
import type { Day } from '../../core/values/day';
import { clientNameKey } from '../../core/values/parse-values';
import {
  blocksPdf,
  existingDossier,
  linkedPdf,
  writeDossierFolder,
  type DossierFolder,
} from '../adapters/dossier-drive';
import type { JournalSheet } from '../adapters/journal';

/** A reason the dossier is not made: the core's refusals, or a linked file that cannot be read. */
type Reason = DossierReason;

export interface DossierContext {
  settings: Settings;
  today: Day;
  invoices: readonly Invoice[];
  plans: readonly InvoicePlan[];
  events: readonly JournalEvent[];
  journal: JournalSheet;
  /** The debtor's SIREN and legal form, from the Clients tab when it has them. */
  identity: (clientKey: string) => { siren?: string; legalForm?: string };
  newId: () => string;
}

export type DossierAnswer =
  | ({ ok: true; existing: boolean; folderName: string; message: string } & DossierFolder)
  | { ok: false; messages: string[] };

/** What the core needs of one client: its rows, its plans, its Journal events. */
function dossierInput(context: DossierContext, clientKey: string): DossierInput | undefined {
  const invoices = context.invoices.filter((i) => i.clientKey === clientKey);
  const first = invoices[0];
  if (first === undefined) return undefined;
  const numbers = new Set(invoices.map((i) => i.number));
  const name = clientNameKey(first.client);
  const events = context.events.filter(
    (e) =>
      e.invoices.some((n) => numbers.has(n)) ||
      (e.invoices.length === 0 && clientNameKey(e.client) === name),
  );
  const clientType = clientTypesOf(invoices).get(clientKey);
  const address = invoices.find((i) => (i.address ?? '') !== '')?.address;
  const tribunal = invoices.find((i) => (i.tribunal ?? '') !== '')?.tribunal;
  return {
    client: {
      name: first.client,
      clientKey,
      ...(clientType === undefined ? {} : { clientType }),
      ...(address === undefined ? {} : { address }),
      ...(tribunal === undefined ? {} : { tribunal }),
      ...context.identity(clientKey),
    },
    invoices,
    events,
    settings: context.settings,
    today: context.today,
  };
}

/** The relevé de compte of the invoices claimed, stopped on the day the core names. */
function statementPdf(
  dossier: Dossier,
  input: DossierInput,
  plans: readonly InvoicePlan[],
  piece: Piece,
  statedOn: Day,
) {
  const claimed = new Set(dossier.breakdown.invoices.map((i) => i.number));
  const statement = buildStatement({
    client: dossier.client,
    invoices: input.invoices.filter((i) => claimed.has(i.number)),
    plans,
    events: input.events,
    settings: input.settings,
    today: statedOn,
  });
  const blocks = statementBlocks(statement, { firm: input.settings.firm, language: 'fr' });
  return blocksPdf(blocks, piece.fileName);
}

/** The pieces copied from a Drive link (invoices, a scanned AR), by number; or what cannot be read. */
function linkedFiles(dossier: Dossier) {
  const refusals: Reason[] = [];
  const files = new Map<number, GoogleAppsScript.Base.Blob>();
  for (const piece of dossier.pieces) {
    const source = piece.source;
    if (source.kind !== 'invoice-link' && source.kind !== 'document-link') continue;
    const id = driveFileId(source.url);
    const pdf = id === undefined ? undefined : linkedPdf(id, piece.fileName);
    if (pdf !== undefined) files.set(piece.number, pdf);
    else if (source.kind === 'invoice-link')
      refusals.push(unreadableInvoiceRefusal(source.invoice, source.url));
    else refusals.push(unreadableDocumentRefusal(piece.title, source.url));
  }
  return { files, refusals };
}

/**
 * Every file of the dossier in the bordereau's order, the requête and the bordereau first; or
 * the linked files that cannot be read (nothing is written then).
 */
function dossierFiles(dossier: Dossier, input: DossierInput, plans: readonly InvoicePlan[]) {
  const linked = linkedFiles(dossier);
  if (linked.refusals.length > 0) return { ok: false as const, refusals: linked.refusals };
  const files = [
    blocksPdf(linesToBlocks(dossier.requete.lines), REQUETE_FILE_NAME),
    blocksPdf(linesToBlocks(dossier.bordereau), BORDEREAU_FILE_NAME),
    ...dossier.pieces.map((piece) => {
      const source = piece.source;
      if (source.kind === 'statement')
        return statementPdf(dossier, input, plans, piece, source.statedOn);
      return (
        linked.files.get(piece.number) ??
        blocksPdf(linesToBlocks(pieceRecordLines(piece)), piece.fileName)
      );
    }),
  ];
  return { ok: true as const, files };
}

function refuse(
  context: DossierContext,
  client: string,
  refusals: readonly Reason[],
): DossierAnswer {
  const language = context.settings.sending.defaultLanguage;
  const event = dossierRefusedEvent(
    { id: context.newId(), client, today: context.today, refusals },
    language,
  );
  context.journal.append(journalRows(event, Date.now(), language));
  return { ok: false, messages: refusalSentences(refusals, 'fr') };
}

/** Makes the client's dossier of the day, or says why not, or where today's already is. */
export function prepareClientDossier(context: DossierContext, clientKey: string): DossierAnswer {
  const input = dossierInput(context, clientKey);
  if (input === undefined) return { ok: false, messages: ['Client introuvable.'] };
  const result = assembleDossier(input);
  if (!result.ok) return refuse(context, input.client.name, result.refusals);
  const { dossier } = result;
  const zipName = dossierZipName(dossier.client, dossier.today);
  const existing = existingDossier(dossier.client, dossier.folderName, zipName);
  if (existing !== undefined)
    return {
      ok: true,
      existing: true,
      folderName: dossier.folderName,
      message: existingDossierSentence(dossier.folderName, 'fr'),
      ...existing,
    };
  const files = dossierFiles(
    dossier,
    input,
    context.plans.filter((p) => p.clientKey === clientKey),
  );
  if (!files.ok) return refuse(context, dossier.client, files.refusals);
  const made = writeDossierFolder(
    dossier.client,
    { folder: dossier.folderName, zip: zipName },
    files.files,
  );
  const language = context.settings.sending.defaultLanguage;
  const event = dossierMadeEvent(
    dossier,
    { id: context.newId(), files: files.files.length, zipUrl: made.zipUrl ?? made.folderUrl },
    language,
  );
  // The Document cell shows the ZIP's address itself: the client view reads it back as a link.
  context.journal.append(journalRows(event, Date.now(), language));
  return {
    ok: true,
    existing: false,
    folderName: dossier.folderName,
    message: dossierMadeSentence(dossier, files.files.length, 'fr'),
    ...made,
  };
}

/**
 * At the contentieux step, each client whose recourse task the run just created gets its dossier
 * (or a Journal note of what is missing). A dossier that fails to be written does not fail the
 * run: the Journal says so, and the sidebar's button makes it again.
 */
export function prepareRecourseDossiers(
  context: DossierContext,
  recourses: readonly JournalEvent[],
): void {
  const keys = new Set<string>();
  for (const event of recourses) {
    const invoice = context.invoices.find((i) => event.invoices.includes(i.number));
    if (invoice !== undefined) keys.add(invoice.clientKey);
  }
  for (const key of keys) {
    try {
      prepareClientDossier(context, key);
    } catch (error) {
      const client = context.invoices.find((i) => i.clientKey === key)?.client ?? key;
      const language = context.settings.sending.defaultLanguage;
      const message = error instanceof Error ? error.message : String(error);
      const event = dossierFailedEvent(
        { id: context.newId(), client, today: context.today, message },
        language,
      );
      context.journal.append(journalRows(event, Date.now(), language));
    }
  }
}
