/**
 * The optional « Clients » tab, found and handed to the invoice reader: the core reads its
 * cells with the invoice rows' own parsing; this only finds the tab and hands its cells over;
 * and writes there the type the user chose.
 */
import type { ClientType, Language, Problem } from '../../core/model';
import { CLIENT_TAB_NAME, clientTypeWrites } from '../../core/sheets/client-type-cell';
import {
  isClientDirectoryName,
  readClientDirectory,
  readClientIdentities,
  type ClientDirectory,
  type ClientIdentity,
} from '../../core/sheets/client-directory';
import type { DayConverter } from '../adapters/days';
import { readCells, TEXT_FORMAT } from '../adapters/sheets';

export function readClientTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  days: DayConverter,
): { clients?: ClientDirectory; problems: Problem[] } {
  const tab = spreadsheet.getSheets().find((s) => isClientDirectoryName(s.getName()));
  if (tab === undefined) return { problems: [] };
  const reading = readClientDirectory(readCells(tab, days), tab.getName());
  if (!reading.found) return { problems: [] };
  return { clients: reading.directory, problems: reading.problems };
}

/**
 * Writes the type the user chose for a client into the Clients tab (created when missing): the
 * core says which cells, this writes them as plain text (TEXT_FORMAT: a name is never a formula);
 * or says in `language` (the sidebar's) why it cannot.
 */
export function writeClientType(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  days: DayConverter,
  client: string,
  type: ClientType,
  language: Language,
): { ok: true } | { ok: false; message: string } {
  const tab = spreadsheet.getSheets().find((s) => isClientDirectoryName(s.getName()));
  const writes = clientTypeWrites(
    tab === undefined ? undefined : readCells(tab, days),
    client,
    type,
  );
  if (!writes.ok) return { ok: false, message: writes.reason[language] };
  const sheet = tab ?? spreadsheet.insertSheet(CLIENT_TAB_NAME);
  for (const cell of writes.cells)
    sheet.getRange(cell.row, cell.column).setNumberFormat(TEXT_FORMAT).setValue(cell.value);
  return { ok: true };
}

/** The debtors' SIREN and legal form kept in the Clients tab, by client key (none without it). */
export function readClientIdentityTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  days: DayConverter,
): Map<string, ClientIdentity> {
  const tab = spreadsheet.getSheets().find((s) => isClientDirectoryName(s.getName()));
  return tab === undefined ? new Map() : readClientIdentities(readCells(tab, days));
}
