/**
 * Joins the optional « Clients » tab to the invoices just read: the core reads and joins, this
 * only finds the tab and hands its cells over; and writes there the type the user chose.
 */
import type { InvoiceTableReading } from '../../core/sheets/invoice-table';
import {
  isClientDirectoryName,
  joinClientDirectory,
  readClientDirectory,
} from '../../core/sheets/client-directory';
import type { ClientType } from '../../core/model';
import { CLIENT_TAB_NAME, clientTypeWrites } from '../../core/sheets/client-type-cell';
import type { DayConverter } from '../adapters/days';
import { readCells, TEXT_FORMAT } from '../adapters/sheets';

type Found = Extract<InvoiceTableReading, { found: true }>;

export function withClientDirectory(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  reading: Found,
  days: DayConverter,
): Found {
  const tab = spreadsheet.getSheets().find((s) => isClientDirectoryName(s.getName()));
  if (tab === undefined) return reading;
  const directory = readClientDirectory(readCells(tab, days));
  if (!directory.found) return reading;
  const problems = directory.problems.map((p) => ({
    ...p,
    column: `${tab.getName()} › ${p.column}`,
  }));
  return {
    ...reading,
    invoices: joinClientDirectory(reading.invoices, directory.clients),
    problems: [...reading.problems, ...problems],
  };
}

/**
 * Writes the type the user chose for a client into the Clients tab (created when missing): the
 * core says which cells, this writes them as plain text (TEXT_FORMAT: a name is never a formula).
 */
export function writeClientType(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  days: DayConverter,
  client: string,
  type: ClientType,
): { ok: true } | { ok: false; message: string } {
  const tab = spreadsheet.getSheets().find((s) => isClientDirectoryName(s.getName()));
  const writes = clientTypeWrites(
    tab === undefined ? undefined : readCells(tab, days),
    client,
    type,
  );
  if (!writes.ok) return writes;
  const sheet = tab ?? spreadsheet.insertSheet(CLIENT_TAB_NAME);
  for (const cell of writes.cells)
    sheet.getRange(cell.row, cell.column).setNumberFormat(TEXT_FORMAT).setValue(cell.value);
  return { ok: true };
}
