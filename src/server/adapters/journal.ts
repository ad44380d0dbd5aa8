/**
 * The Journal tab: created with its header, frozen, the Type column offering the event types;
 * rows appended in one write; a row's state (and document link) updated in place.
 */
import type { EventState, Language } from '../../core/model';
import { EVENT_TYPE_LABELS } from '../../core/values/labels';
import {
  JOURNAL_COLUMNS,
  JOURNAL_SHEET_NAME,
  arrangeJournalRow,
  journalHeaders,
  readJournal,
  stateLabel,
  type JournalColumnKey,
  type JournalReading,
} from '../../core/sheets/journal-table';
import type { OutputCell } from '../../core/sheets/sheet-cells';
import type { DayConverter } from './days';
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  EURO_FORMAT,
  insertQuietly,
  readCells,
  toSheetValue,
  toSheetValues,
} from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const FORMATTED_ROWS = 2000;

export class JournalSheet {
  private constructor(
    private readonly sheet: Sheet,
    private readonly days: DayConverter,
    readonly reading: JournalReading,
    private readonly language: Language,
  ) {}

  static open(spreadsheet: Spreadsheet, days: DayConverter, language: Language): JournalSheet {
    const sheet =
      spreadsheet.getSheetByName(JOURNAL_SHEET_NAME) ??
      insertQuietly(spreadsheet, JOURNAL_SHEET_NAME);
    let reading = readJournal(readCells(sheet, days));
    // A tab without our header (new, emptied, or left half-made by an interrupted run) gets it
    // first, above whatever rows it holds, so that no event is ever read as a header.
    if (!reading.columns.has('type') || !reading.columns.has('id')) {
      const rows = sheet.getLastRow();
      if (rows > 0) sheet.insertRowsBefore(1, 1);
      const header = journalHeaders(language);
      sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
      sheet.setFrozenRows(1);
      const column = (key: JournalColumnKey) => JOURNAL_COLUMNS.findIndex((c) => c.key === key) + 1;
      const types = Object.values(EVENT_TYPE_LABELS).map((label) => label[language]);
      sheet
        .getRange(2, column('type'), FORMATTED_ROWS, 1)
        .setDataValidation(
          SpreadsheetApp.newDataValidation()
            .requireValueInList(types)
            .setAllowInvalid(false)
            .build(),
        );
      sheet.getRange(2, column('at'), FORMATTED_ROWS, 1).setNumberFormat(DATE_TIME_FORMAT);
      sheet.getRange(2, column('date'), FORMATTED_ROWS, 1).setNumberFormat(DATE_FORMAT);
      sheet.getRange(2, column('amount'), FORMATTED_ROWS, 1).setNumberFormat(EURO_FORMAT);
      if (rows > 0) reading = readJournal(readCells(sheet, days));
    }
    return new JournalSheet(sheet, days, reading, language);
  }

  /** Appends rows (built in JOURNAL_COLUMNS order) in one write; returns the first new row. */
  append(rows: readonly (readonly OutputCell[])[]): number {
    const first = this.sheet.getLastRow() + 1;
    if (rows.length === 0) return first;
    const arranged = rows.map((row) => arrangeJournalRow(row, this.reading.columns));
    const values = toSheetValues(arranged, this.days);
    this.sheet.getRange(first, 1, values.length, values[0]?.length ?? 1).setValues(values);
    return first;
  }

  private column(key: JournalColumnKey): number {
    return (this.reading.columns.get(key) ?? JOURNAL_COLUMNS.findIndex((c) => c.key === key)) + 1;
  }

  setState(row: number, state: EventState, detail?: string): void {
    this.sheet.getRange(row, this.column('state')).setValue(stateLabel(state, this.language));
    if (detail !== undefined)
      this.sheet.getRange(row, this.column('detail')).setValue(toSheetValue(detail, this.days));
  }

  setLink(row: number, url: string, label: string): void {
    this.sheet
      .getRange(row, this.column('link'))
      .setValue(toSheetValue({ link: url, label }, this.days));
  }
}
