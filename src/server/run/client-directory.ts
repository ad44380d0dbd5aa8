/**
 * The optional « Clients » tab, found and handed to the invoice reader: the core reads its
 * cells with the invoice rows' own parsing; this only finds the tab and hands its cells over.
 */
import type { Problem } from '../../core/model';
import {
  isClientDirectoryName,
  readClientDirectory,
  type ClientDirectory,
} from '../../core/sheets/client-directory';
import type { DayConverter } from '../adapters/days';
import { readCells } from '../adapters/sheets';

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
