/**
 * The dossier for the judge of one client, made in Drive under the document lock held by the
 * caller: the core assembles it (or says what is missing), this reads the linked PDFs, writes
 * the folder, its PDFs and its ZIP, and records it in the Journal. A dossier already made today
 * for the client is not made again: its folder is shown.
 */
import { messageOf } from '../adapters/error-message';
import { assembleDossier } from '../../core/dossier/assemble';
import {
  BORDEREAU_FILE_NAME,
  REQUETE_FILE_NAME,
  dossierZipName,
} from '../../core/dossier/file-names';
import { dossierNoteText } from '../../core/dossier/render';
import type { Dossier, DossierInput, DossierRefusal, Piece } from '../../core/dossier/types';
import {
  alreadyNoted,
  dossierEvent,
  dossierFailedEvent,
  existingDossierSentence,
  linesToBlocks,
  pieceRecordLines,
  refusalSentences,
  unreadableDocumentRefusal,
  unreadableInvoiceRefusal,
} from '../../core/dossier/wiring';
import { clientTypesOf } from '../../core/dunning/client-kind';
import { statementBlocks } from '../../core/messages/statement-layout';
import type { Invoice, JournalEvent, Language } from '../../core/model';
import { SERVER_WORDS } from '../../core/words/server';
import type { Settings } from '../../core/settings/settings';
import { journalRows } from '../../core/sheets/journal-table';
import type { Day } from '../../core/values/day';
import { clientNameKey } from '../../core/values/keys';
import {
  blocksPdf,
  clientPlace,
  existingDossier,
  linkedPdf,
  sentDocumentPdf,
  writeDossierFolder,
  type DossierFolder,
} from '../adapters/dossier-drive';
import type { JournalSheet } from '../adapters/journal';

type Blob = GoogleAppsScript.Base.Blob;

export interface DossierContext {
  settings: Settings;
  today: Day;
  invoices: readonly Invoice[];
  events: readonly JournalEvent[];
  journal: JournalSheet;
  /** The debtor's SIREN and legal form, from the Clients tab when it has them. */
  identity: (clientKey: string) => { siren?: string; legalForm?: string };
  newId: () => string;
}

export type DossierAnswer =
  | ({ ok: true; existing: boolean; folderName: string; message: string } & DossierFolder)
  | { ok: false; messages: string[] };

/** What the core needs of one client: its rows and its Journal events. */
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

/** A piece kept as a file: an invoice PDF, a scanned AR, the letter the Journal links. */
function keptFile(place: string, piece: Piece): Blob | DossierRefusal | undefined {
  const source = piece.source;
  if (source.kind === 'invoice-link' || source.kind === 'document-link') {
    const pdf = linkedPdf(source.url, piece.fileName);
    if (pdf !== undefined) return pdf;
    return source.kind === 'invoice-link'
      ? unreadableInvoiceRefusal(source.invoice, source.url)
      : unreadableDocumentRefusal(piece.title, source.url);
  }
  if (source.kind !== 'journal-event' || source.link === undefined) return undefined;
  return (
    sentDocumentPdf(place, source.link, piece.fileName) ??
    unreadableDocumentRefusal(piece.title, source.link)
  );
}

/** A piece Relance writes: the relevé of the day, or the page of a reminder recomposed. */
function writtenFile(dossier: Dossier, piece: Piece, settings: Settings, place: string): Blob {
  const blocks =
    piece.source.kind === 'statement'
      ? statementBlocks(dossier.statement, { firm: settings.firm, language: 'fr' })
      : linesToBlocks(pieceRecordLines(piece));
  return blocksPdf(blocks, piece.fileName, place);
}

/**
 * Every file of the dossier in the bordereau's order, the requête and the bordereau first; or
 * the kept files that cannot be read (nothing is written then).
 */
function dossierFiles(dossier: Dossier, settings: Settings, place: string) {
  const kept = dossier.pieces.map((piece) => keptFile(place, piece));
  const refusals = kept.filter((k): k is DossierRefusal => k !== undefined && 'code' in k);
  if (refusals.length > 0) return { ok: false as const, refusals };
  const files = [
    blocksPdf(linesToBlocks(dossier.requete.lines), REQUETE_FILE_NAME, place),
    blocksPdf(linesToBlocks(dossier.bordereau), BORDEREAU_FILE_NAME, place),
    ...dossier.pieces.map((piece, i) => {
      const file = kept[i];
      return file === undefined || 'code' in file
        ? writtenFile(dossier, piece, settings, place)
        : file;
    }),
  ];
  return { ok: true as const, files };
}

function refuse(
  context: DossierContext,
  client: string,
  refusals: DossierRefusal[],
  interfaceLanguage: Language,
): DossierAnswer {
  const language = context.settings.sending.defaultLanguage;
  const note = { id: context.newId(), client, today: context.today };
  const event = dossierEvent({ ok: false, refusals }, note, language);
  if (!alreadyNoted(context.events, event))
    context.journal.append(journalRows(event, Date.now(), language));
  return { ok: false, messages: refusalSentences(refusals, interfaceLanguage) };
}

/**
 * Makes the client's dossier of the day, or says why not, or where today's already is: in the
 * interface language; the Journal's note in the settings' default language, as the run's.
 */
export function prepareClientDossier(
  context: DossierContext,
  clientKey: string,
  interfaceLanguage: Language = 'fr',
): DossierAnswer {
  const input = dossierInput(context, clientKey);
  if (input === undefined)
    return { ok: false, messages: [SERVER_WORDS.clientNotFound[interfaceLanguage]] };
  const result = assembleDossier(input);
  if (!result.ok) return refuse(context, input.client.name, result.refusals, interfaceLanguage);
  const { dossier } = result;
  const names = { folder: dossier.folderName, zip: dossierZipName(dossier.client, dossier.today) };
  const place = clientPlace(dossier.client);
  const existing = existingDossier(place, names.folder, names.zip);
  const answer = { ok: true as const, folderName: names.folder };
  if (existing !== undefined)
    return {
      ...answer,
      existing: true,
      message: existingDossierSentence(names.folder, interfaceLanguage),
      ...existing,
    };
  const files = dossierFiles(dossier, input.settings, place);
  if (!files.ok) return refuse(context, dossier.client, files.refusals, interfaceLanguage);
  const made = writeDossierFolder(place, names, files.files);
  const language = context.settings.sending.defaultLanguage;
  const note = { id: context.newId(), client: dossier.client, today: dossier.today };
  // The Document cell shows the ZIP's address itself: the client view reads it back as a link.
  const event = dossierEvent(result, { ...note, zipUrl: made.zipUrl ?? made.folderUrl }, language);
  context.journal.append(journalRows(event, Date.now(), language));
  return {
    ...answer,
    existing: false,
    message: dossierNoteText(result)[interfaceLanguage],
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
      const message = messageOf(error);
      const event = dossierFailedEvent(
        { id: context.newId(), client, today: context.today, message },
        language,
      );
      context.journal.append(journalRows(event, Date.now(), language));
    }
  }
}
