/**
 * The invoice copies the user hands to Relance through the Google Picker. Under the per-file
 * `drive.file` scope, Relance reads a file of the user's Drive only once the user opened it with
 * Relance, which for an Editor add-on means picking it in the Google Picker
 * (https://developers.google.com/workspace/drive/picker/guides/overview): the grant happens on
 * pick, before the sidebar calls the server with the file's id.
 */
import type { Invoice } from '../../core/model';
import { driveFileId } from '../../core/plan/execution';
import { isInvoiceCopy, liveFile } from '../adapters/drive-files';
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

export function pickerConfig(): PickerConfig {
  const properties = PropertiesService.getScriptProperties();
  const developerKey = (properties.getProperty(PICKER_DEVELOPER_KEY) ?? '').trim();
  const appId = (properties.getProperty(PICKER_APP_ID) ?? '').trim();
  const missing = [
    ...(developerKey === '' ? [PICKER_DEVELOPER_KEY] : []),
    ...(appId === '' ? [PICKER_APP_ID] : []),
  ];
  if (missing.length > 0)
    return {
      ok: false,
      message: `Le sélecteur de fichiers Google n’est pas configuré : l’éditeur de Relance doit renseigner les propriétés du script ${missing.map((m) => `« ${m} »`).join(' et ')} (voir docs/publishing.md). En attendant, collez le lien du PDF dans la colonne « Lien facture ».`,
    };
  return { ok: true, oauthToken: ScriptApp.getOAuthToken(), developerKey, appId };
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
 * file is reachable and is a PDF (or a Google Doc, exported as one when attached).
 */
export function writeInvoiceLink(
  workbook: Workbook,
  invoiceNumber: string,
  fileId: string,
): AttachAnswer {
  const source = requireInvoiceTable(workbook);
  const invoice = source.reading.invoices.find((i) => i.number === invoiceNumber);
  if (invoice === undefined)
    return {
      ok: false,
      message: `Facture ${invoiceNumber} introuvable dans l’onglet des factures.`,
    };
  const column = source.reading.mapping.invoiceLink;
  if (column === undefined)
    return {
      ok: false,
      message: `L’onglet « ${source.sheetName} » n’a pas de colonne « Lien facture » : ajoutez-la à l’en-tête, puis joignez la facture à nouveau.`,
    };
  const file = liveFile(fileId);
  if (file === undefined)
    return {
      ok: false,
      message:
        'Relance ne peut pas lire ce fichier : choisissez-le dans la fenêtre « Joindre la facture… » pour le lui confier.',
    };
  if (!isInvoiceCopy(file))
    return {
      ok: false,
      message: `« ${file.name} » n’est ni un PDF ni un document Google : choisissez le PDF de la facture ${invoiceNumber}.`,
    };
  const sheet = workbook.spreadsheet.getSheetByName(source.sheetName);
  if (sheet === null)
    return { ok: false, message: `L’onglet « ${source.sheetName} » n’existe plus.` };
  sheet.getRange(invoice.row, column.index + 1).setValue(file.url);
  return { ok: true, clientKey: invoice.clientKey };
}
