/**
 * One row of the invoice tab being read: its cells by column, the Clients tab filling what the
 * row leaves blank, and the problems found so far, each naming the cell it is about.
 */
import type { Cell } from '../values/cells';
import { cellText, isBlank, isFormulaError } from '../values/cells';
import type { Problem, ProblemSeverity } from '../model';
import type { Entry } from '../words/catalogue';
import type { ColumnKey, Settings } from '../settings/settings';
import { type DateOrder } from '../values/parse-values';
import { clientKeyOf } from '../values/keys';
import { COLUMN_LABELS } from './invoice-columns';
import type { StatusKind } from './invoice-status';
import {
  DIRECTORY_COLUMNS,
  directoryCell,
  type ClientDirectory,
  type DirectoryColumn,
} from './client-directory';

/** The table's date columns, each read in the order its own dates show (see invoice-dates). */
export const DATE_COLUMNS = ['issueDate', 'dueDate', 'paymentDate', 'serviceDate'] as const;
export type DateColumn = (typeof DATE_COLUMNS)[number];
export type ColumnOrder = DateOrder | 'unsettled' | 'conflict';

export type ColumnMapping = Partial<Record<ColumnKey, { index: number; header: string }>>;

/** What the invoice reader needs of the settings. */
export type TableSettings = Pick<Settings, 'columnOverrides' | 'paymentTermsDays' | 'sending'>;

/**
 * Google Sheets holds at most 50,000 characters in a cell ("Cell limit", Sheets help: Files you
 * can store in Google Drive); anything longer came from elsewhere and is refused before parsing.
 */
export const CELL_MAX_LENGTH = 50_000;

function isDirectoryColumn(key: ColumnKey): key is DirectoryColumn {
  return (DIRECTORY_COLUMNS as readonly ColumnKey[]).includes(key);
}

/** What every row of the table is read with: the header's columns and what it settles. */
export interface Table {
  mapping: ColumnMapping;
  settings: TableSettings;
  /** One past the last titled column: a value beyond it belongs to no column. */
  width: number;
  /** Amount columns other than the one chased. */
  otherAmounts: { index: number; header: string }[];
  dateOrders: Record<DateColumn, ColumnOrder>;
  /** The Clients tab, filling what a row leaves blank. */
  directory?: ClientDirectory;
}

/** One data row being read: its cells by column, and what is wrong with it so far. */
export class RowReader {
  readonly problems: Problem[] = [];
  numberText = '';
  /** What the Statut cell says; undefined when Relance cannot tell. */
  status: StatusKind | undefined = 'open';
  private keysOfClient: string[] | undefined;

  readonly mapping: ColumnMapping;

  constructor(
    readonly row: readonly Cell[],
    readonly sheetRow: number,
    readonly table: Table,
  ) {
    this.mapping = table.mapping;
  }

  cell(key: ColumnKey): Cell {
    return this.source(key).cell;
  }

  /** Where a column's value comes from: the row, or the Clients tab where the row is blank. */
  source(key: ColumnKey): { cell: Cell; row: number; column: string } {
    const column = this.mapping[key];
    const own = column === undefined ? '' : (this.row[column.index] ?? '');
    const directory = this.table.directory;
    const filled =
      isBlank(own) && directory !== undefined && isDirectoryColumn(key)
        ? directoryCell(directory, this.clientKeys(), key)
        : undefined;
    return (
      filled ?? { cell: own, row: this.sheetRow, column: column?.header ?? COLUMN_LABELS[key].fr }
    );
  }

  /** The keys the Clients tab may know this row's client by: its code, then its name. */
  private clientKeys(): string[] {
    if (this.keysOfClient === undefined) {
      const own = (key: ColumnKey) => {
        const column = this.mapping[key];
        return column === undefined ? '' : cellText(this.row[column.index]).trim();
      };
      const [name, id] = [own('client'), own('clientId')];
      this.keysOfClient =
        name.length + id.length > CELL_MAX_LENGTH ? [] : [clientKeyOf(name, id), clientKeyOf(name)];
    }
    return this.keysOfClient;
  }

  text(key: ColumnKey): string {
    return cellText(this.cell(key)).trim();
  }

  /** The cell's text unless it holds a formula error. */
  plain(key: ColumnKey): string {
    return isFormulaError(this.cell(key)) ? '' : this.text(key);
  }

  report(key: ColumnKey, text: Entry<string>, severity: ProblemSeverity = 'error', value?: string) {
    const { cell, row, column } = this.source(key);
    this.reportAt(column, value ?? cellText(cell), text, severity, row);
  }

  /** A problem on a cell by its header, mapped or not. */
  reportAt(
    column: string,
    value: string,
    text: Entry<string>,
    severity: ProblemSeverity = 'error',
    row = this.sheetRow,
  ) {
    this.problems.push({
      row,
      column,
      value,
      text,
      ...(this.numberText === '' ? {} : { invoice: this.numberText }),
      severity,
    });
  }

  get blocked(): boolean {
    return this.problems.some((p) => p.severity !== 'warning');
  }

  /** The columns this row is read from: the tab's, and the Clients tab's it may fill. */
  keys(): ColumnKey[] {
    const own = Object.keys(this.mapping) as ColumnKey[];
    const columns = this.table.directory?.columns ?? {};
    const filled = (Object.keys(columns) as ColumnKey[]).filter((key) => !own.includes(key));
    return [...own, ...filled];
  }
}

/** A cell quoted in a message: its first 60 characters. */
export function excerpt(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 60)}…`;
}
