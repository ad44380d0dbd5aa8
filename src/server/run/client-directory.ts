/**
 * Joins the optional « Clients » tab to the invoices just read: the core reads and joins, this
 * only finds the tab and hands its cells over.
 */
import type { InvoiceTableReading } from '../../core/sheets/invoice-table';
import {
  isClientDirectoryName,
  joinClientDirectory,
  readClientDirectory,
} from '../../core/sheets/client-directory';
import type { DayConverter } from '../adapters/days';
import { readCells } from '../adapters/sheets';

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
