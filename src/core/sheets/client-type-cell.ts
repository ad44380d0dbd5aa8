/**
 * Where the sidebar writes the type the user chose for a client: the *Type client* cell of its
 * row in the Clients tab, which every run reads (client-directory.ts) like the invoice tab's
 * column. The tab, the column or the row is added when missing; nothing else is touched.
 */
import type { Cell } from '../values/cells';
import { cellText } from '../values/cells';
import type { ClientType } from '../model';
import type { Entry } from '../words/catalogue';
import { CLIENT_TYPE_LABELS } from '../words/labels';
import { SHEET_WORDS } from '../words/sheets';
import { clientKeyOf } from '../values/keys';
import { clientDirectoryHeader } from './client-directory';

export const CLIENT_TAB_NAME = 'Clients';
const TYPE_HEADER = SHEET_WORDS.typeHeader.fr;

/** 1-based cells to write as plain text. */
export interface CellWrite {
  row: number;
  column: number;
  value: string;
}

/** The cells to write, or why they cannot be (in both languages: the sidebar says it in its own). */
export type ClientTypeWrites =
  { ok: true; createTab: boolean; cells: CellWrite[] } | { ok: false; reason: Entry<string> };

/** The cells that record `type` for `client` in the Clients tab (`rows`: undefined if none). */
export function clientTypeWrites(
  rows: readonly (readonly Cell[])[] | undefined,
  client: string,
  type: ClientType,
): ClientTypeWrites {
  const label = CLIENT_TYPE_LABELS[type].fr;
  if (rows === undefined || rows.length === 0)
    return {
      ok: true,
      createTab: true,
      cells: [
        { row: 1, column: 1, value: 'Client' },
        { row: 1, column: 2, value: TYPE_HEADER },
        { row: 2, column: 1, value: client },
        { row: 2, column: 2, value: label },
      ],
    };
  const header = clientDirectoryHeader(rows);
  if (header === undefined || header.mapping.name === undefined)
    return { ok: false, reason: SHEET_WORDS.clientsTabWithoutHeader };
  const cells: CellWrite[] = [];
  const headerRow = header.index + 1;
  let typeColumn = header.mapping.clientType?.index;
  if (typeColumn === undefined) {
    typeColumn = (rows[header.index] ?? []).reduce<number>(
      (last, cell, i) => (cellText(cell).trim() === '' ? last : i + 1),
      0,
    );
    cells.push({ row: headerRow, column: typeColumn + 1, value: TYPE_HEADER });
  }
  const nameColumn = header.mapping.name.index;
  const key = clientKeyOf(client);
  const at = rows.findIndex(
    (row, i) => i > header.index && clientKeyOf(cellText(row[nameColumn]).trim()) === key,
  );
  const row = at >= 0 ? at + 1 : lastFilledRow(rows) + 1;
  if (at < 0) cells.push({ row, column: nameColumn + 1, value: client });
  cells.push({ row, column: typeColumn + 1, value: label });
  return { ok: true, createTab: false, cells };
}

function lastFilledRow(rows: readonly (readonly Cell[])[]): number {
  for (let i = rows.length - 1; i >= 0; i -= 1)
    if ((rows[i] ?? []).some((cell) => cellText(cell).trim() !== '')) return i + 1;
  return 0;
}
