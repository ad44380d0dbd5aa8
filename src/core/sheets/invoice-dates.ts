/**
 * The invoice tab's dates: the issue, due, payment and service dates of a row, read in the order (day or
 * month first) that the table's own dates settle; an ambiguous date nothing settles is a problem.
 */
import type { Cell } from '../values/cells';
import { isBlank, isDayCell } from '../values/cells';
import { addDays, partsOfDay, type Day } from '../values/day';
import {
  dateOrderEvidence,
  hasTwoDigitYear,
  parseDay,
  settleDateOrder,
} from '../values/parse-values';
import { frenchMonthName } from '../words/format';
import { INVOICE_ROW_WORDS } from '../words/invoice-rows';
import {
  DATE_COLUMNS,
  excerpt,
  type ColumnMapping,
  type ColumnOrder,
  type DateColumn,
  type RowReader,
} from './row-reader';

export interface RowDates {
  dueDate: Day;
  issueDate?: Day;
  paymentDate?: Day;
  /** End of the service (« Date de prestation »): a consumer's prescription runs from it. */
  serviceDate?: Day;
}

/**
 * The order of each date column's « 03/12/2026 »: what the column's own unambiguous dates show
 * (« 02/19/2026 » is month-first), else what the table's other date columns show (one export,
 * one convention), else unsettled: its ambiguous dates are then problems.
 */
export function dateOrdersOf(
  rows: readonly (readonly Cell[])[],
  mapping: ColumnMapping,
): Record<DateColumn, ColumnOrder> {
  const cellsOf = (key: DateColumn): Cell[] => {
    const column = mapping[key];
    return column === undefined ? [] : rows.map((row) => row[column.index] ?? '');
  };
  const whole = settleDateOrder(DATE_COLUMNS.flatMap(cellsOf));
  const orderOf = (key: DateColumn): ColumnOrder => {
    const own = settleDateOrder(cellsOf(key));
    return own === 'unsettled' && whole !== 'conflict' ? whole : own;
  };
  return {
    issueDate: orderOf('issueDate'),
    dueDate: orderOf('dueDate'),
    paymentDate: orderOf('paymentDate'),
    serviceDate: orderOf('serviceDate'),
  };
}

/** « 3 décembre ou 12 mars » for « 03/12/2026 ». */
function bothReadings(text: string): string {
  const [first = 0, second = 0] = text.split(/[/.-]/).map(Number);
  return INVOICE_ROW_WORDS.eitherDay.fr(
    `${first} ${frenchMonthName(second)}`,
    `${second} ${frenchMonthName(first)}`,
  );
}

/**
 * A real date in a column whose text dates are month-first (« 02/19/2026 »): a spreadsheet in
 * French read « 03/12/2026 » as 3 December when it could, and left « 02/19/2026 » as text. Such a
 * date with both numbers up to 12 may be swapped: the problem to show, or undefined.
 */
function swappedReading(day: Day): string | undefined {
  const { day: dayOfMonth, month } = partsOfDay(day);
  if (dayOfMonth > 12 || dayOfMonth === month) return undefined;
  const read = `${dayOfMonth} ${frenchMonthName(month)}`;
  const other = `${month} ${frenchMonthName(dayOfMonth)}`;
  return INVOICE_ROW_WORDS.dateMaybeSwapped.fr(read, other);
}

/** A date cell: its day, undefined when blank, 'bad' once a problem says why not. */
function readDayCell(reader: RowReader, key: DateColumn): Day | undefined | 'bad' {
  const cell = reader.cell(key);
  if (isBlank(cell)) return undefined;
  const text = excerpt(reader.text(key));
  const order = reader.table.dateOrders[key];
  const evidence = dateOrderEvidence(cell);
  if (evidence === 'ambiguous' && (order === 'unsettled' || order === 'conflict')) {
    const why =
      order === 'conflict'
        ? INVOICE_ROW_WORDS.dateColumnMixed.fr
        : INVOICE_ROW_WORDS.dateNothingDecides.fr;
    reader.report(key, INVOICE_ROW_WORDS.dateAmbiguous.fr(text, bothReadings(text), why));
    return 'bad';
  }
  if (isDayCell(cell) && (order === 'month-first' || order === 'conflict')) {
    const swapped = swappedReading(cell.day);
    if (swapped !== undefined) {
      reader.report(key, swapped);
      return 'bad';
    }
  }
  const own = evidence === 'month-first' || evidence === 'day-first' ? evidence : 'day-first';
  const day = parseDay(cell, order === 'month-first' || order === 'day-first' ? order : own);
  if (day !== undefined) return day;
  reader.report(
    key,
    hasTwoDigitYear(cell)
      ? INVOICE_ROW_WORDS.twoDigitYear.fr(text)
      : INVOICE_ROW_WORDS.dateUnreadable.fr(text),
  );
  return 'bad';
}

export function readDates(reader: RowReader, paymentTermsDays: number): RowDates | undefined {
  let bad = false;
  const readDay = (key: DateColumn): Day | undefined => {
    const day = readDayCell(reader, key);
    if (day === 'bad') bad = true;
    return day === 'bad' ? undefined : day;
  };
  const issueDate = readDay('issueDate');
  const due = readDay('dueDate');
  const paymentDate = readDay('paymentDate');
  const serviceDate = readDay('serviceDate');
  if (bad) return undefined;
  const dueDate =
    due ?? (issueDate === undefined ? undefined : addDays(issueDate, paymentTermsDays));
  if (dueDate === undefined) {
    reader.report(
      reader.mapping.dueDate === undefined ? 'issueDate' : 'dueDate',
      INVOICE_ROW_WORDS.dueDateMissing.fr,
    );
    return undefined;
  }
  return {
    dueDate,
    ...(issueDate === undefined ? {} : { issueDate }),
    ...(paymentDate === undefined ? {} : { paymentDate }),
    ...(serviceDate === undefined ? {} : { serviceDate }),
  };
}
