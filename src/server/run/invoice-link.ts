/**
 * The invoice copies the user hands to Relance through the Google Picker. Under the per-file
 * `drive.file` scope, Relance reads a file of the user's Drive only once the user opened it with
 * Relance, which for an Editor add-on means picking it in the Google Picker
 * (https://developers.google.com/workspace/drive/picker/guides/overview): the grant happens on
 * pick, before the sidebar calls the server with the file's id.
 */
import type { Invoice, Language } from '../../core/model';
import { SERVER_WORDS } from '../../core/words/server';
import { driveFileId } from '../../core/values/drive-link';
import { oauthToken } from '../adapters/authorization';
import { isInvoiceCopy, liveFile } from '../adapters/drive-files';
import { publisherProperty } from '../adapters/settings';
import { requireInvoiceTable, type Workbook } from './workbook';

export const PICKER_DEVELOPER_KEY = 'relance.pickerDeveloperKey';
export const PICKER_APP_ID = 'relance.pickerAppId';

/**
 * What the sidebar's Picker needs: the user's OAuth token (`setOAuthToken`), the publisher's API
 * key (`setDeveloperKey`) and the Cloud project's number (`setAppId`, so that the picked files
 * are granted to this app), the last two from the script properties the publisher sets.
 */
export type PickerConfig =
  | { ok: true; oauthToken: string; developerKey: string; appId: string }
  | { ok: false; message: string };

export function pickerConfig(language: Language = 'fr'): PickerConfig {
  const developerKey = publisherProperty(PICKER_DEVELOPER_KEY);
  const appId = publisherProperty(PICKER_APP_ID);
  const missing = [
    ...(developerKey === '' ? [PICKER_DEVELOPER_KEY] : []),
    ...(appId === '' ? [PICKER_APP_ID] : []),
  ];
  if (missing.length > 0)
    return { ok: false, message: SERVER_WORDS.pickerNotConfigured[language](missing) };
  return { ok: true, oauthToken: oauthToken(), developerKey, appId };
}

/** The numbers, among these invoices, whose « Lien facture » names no copy Relance can read. */
export function withoutReadableCopy(
  invoices: readonly Invoice[],
  numbers: readonly string[],
): string[] {
  return numbers.filter((number) => {
    const link = invoices.find((i) => i.number === number)?.invoiceLink ?? '';
    const file = liveFile(driveFileId(link));
    return file === undefined || !isInvoiceCopy(file);
  });
}

export type AttachAnswer = { ok: true; clientKey: string } | { ok: false; message: string };

/**
 * Writes the link of a picked file into the invoice's « Lien facture » cell, once Drive shows the
 * file is reachable and is a PDF (or a Google Doc, exported as one when attached); or why not, in
 * the interface language.
 */
export function writeInvoiceLink(
  workbook: Workbook,
  invoiceNumber: string,
  fileId: string,
  language: Language = 'fr',
): AttachAnswer {
  const refuse = (message: string): AttachAnswer => ({ ok: false, message });
  const source = requireInvoiceTable(workbook, language);
  const invoice = source.reading.invoices.find((i) => i.number === invoiceNumber);
  if (invoice === undefined) return refuse(SERVER_WORDS.invoiceNotInTab[language](invoiceNumber));
  const column = source.reading.mapping.invoiceLink;
  if (column === undefined)
    return refuse(SERVER_WORDS.noInvoiceLinkColumn[language](source.sheetName));
  const file = liveFile(fileId);
  if (file === undefined) return refuse(SERVER_WORDS.fileNotEntrusted[language]);
  if (!isInvoiceCopy(file)) return refuse(SERVER_WORDS.notAPdf[language](file.name, invoiceNumber));
  const sheet = workbook.spreadsheet.getSheetByName(source.sheetName);
  if (sheet === null) return refuse(SERVER_WORDS.tabGone[language](source.sheetName));
  sheet.getRange(invoice.row, column.index + 1).setValue(file.url);
  return { ok: true, clientKey: invoice.clientKey };
}
