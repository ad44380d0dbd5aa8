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

const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** « 3 décembre ou 12 mars » for « 03/12/2026 ». */
function bothReadings(text: string): string {
  const [first = 0, second = 0] = text.split(/[/.-]/).map(Number);
  return `${first} ${MONTH_NAMES[second - 1] ?? ''} ou ${second} ${MONTH_NAMES[first - 1] ?? ''}`;
}

/**
 * A real date in a column whose text dates are month-first (« 02/19/2026 »): a spreadsheet in
 * French read « 03/12/2026 » as 3 December when it could, and left « 02/19/2026 » as text. Such a
 * date with both numbers up to 12 may be swapped: the problem to show, or undefined.
 */
function swappedReading(day: Day): string | undefined {
  const { day: dayOfMonth, month } = partsOfDay(day);
  if (dayOfMonth > 12 || dayOfMonth === month) return undefined;
  const read = `${dayOfMonth} ${MONTH_NAMES[month - 1] ?? ''}`;
  const other = `${month} ${MONTH_NAMES[dayOfMonth - 1] ?? ''}`;
  return `Date peut-être inversée : la colonne a des dates écrites mois/jour, à l’américaine (comme « 02/19/2026 »), et le tableur a lu celle-ci le ${read} ; elle peut aussi être le ${other}. Vérifiez-la et écrivez-la avec le mois en lettres (3 décembre 2026).`;
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
        ? 'la colonne mélange des dates jour/mois et mois/jour'
        : 'aucune autre date du tableau ne permet de trancher';
    reader.report(
      key,
      `Date ambiguë : « ${text} » peut se lire ${bothReadings(text)}, et ${why}. Écrivez-la avec le mois en lettres (3 décembre 2026) ou sous la forme 2026-12-03.`,
    );
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
      ? `Année à deux chiffres : « ${text} ». Écrivez l’année en entier (15/03/2026) : Relance ne devine pas le siècle.`
      : `Date illisible : « ${text} ». Écrivez une date comme 15/03/2026.`,
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
      'Échéance manquante : indiquez la date d’échéance ou au moins la date de la facture.',
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
