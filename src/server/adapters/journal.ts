/**
 * The Journal tab: created with its header, frozen, the Type column offering the event types in
 * both languages, text columns in plain text; rows appended in one write, the tab grown first;
 * a row's state (and document link) updated in place.
 */
import type { EventState, Language } from '../../core/model';
import {
  JOURNAL_COLUMNS,
  JOURNAL_ROWS_PROPERTY,
  JOURNAL_SHEET_NAME,
  arrangeJournalRow,
  eventTypeChoices,
  fitCell,
  journalHeaders,
  readJournal,
  stateLabel,
  type JournalColumnKey,
  type JournalReading,
} from '../../core/sheets/journal-table';
import type { OutputCell } from '../../core/sheets/output-cells';
import type { DayConverter } from './days';
import {
  TEXT_FORMAT,
  ensureGrid,
  formatColumns,
  formatOfKind,
  insertQuietly,
  readCells,
  type ColumnFormat,
  toSheetValue,
  toSheetValues,
  trimGrid,
} from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Columns = ReadonlyMap<JournalColumnKey, number>;

/** 1-based sheet column of a key: where its header is, else where Relance puts it. */
function columnOf(columns: Columns, key: JournalColumnKey): number {
  return (columns.get(key) ?? JOURNAL_COLUMNS.findIndex((c) => c.key === key)) + 1;
}

function journalFormats(columns: Columns): ColumnFormat[] {
  return JOURNAL_COLUMNS.flatMap((c) => {
    const numberFormat = formatOfKind(c.kind);
    return numberFormat === undefined ? [] : [{ column: columnOf(columns, c.key), numberFormat }];
  });
}

/**
 * Rows `fromRow` to the tab's last row made ready for events, typed or written: each column's
 * format (text columns as plain text) and the Type list, in both languages.
 */
function prepareRows(sheet: Sheet, columns: Columns, fromRow: number): void {
  formatColumns(sheet, fromRow, journalFormats(columns));
  const rows = sheet.getMaxRows() - fromRow + 1;
  if (rows < 1) return;
  sheet
    .getRange(fromRow, columnOf(columns, 'type'), rows, 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(eventTypeChoices())
        .setAllowInvalid(false)
        .build(),
    );
}

/** A Journal made by an older version: Type list in one language, text columns not plain text. */
function isPrepared(sheet: Sheet, columns: Columns): boolean {
  const criteria = sheet
    .getRange(2, columnOf(columns, 'type'))
    .getDataValidation()
    ?.getCriteriaValues();
  const choices = (criteria?.[0] ?? []) as unknown[];
  const text = sheet.getRange(2, columnOf(columns, 'invoices')).getNumberFormat();
  return text === TEXT_FORMAT && eventTypeChoices().every((label) => choices.includes(label));
}

/** Writes the header (above any rows a half-made tab holds) and prepares every row below it. */
function writeHeader(sheet: Sheet, language: Language): void {
  if (sheet.getLastRow() > 0) sheet.insertRowsBefore(1, 1);
  const header = journalHeaders(language);
  ensureGrid(sheet, 2, header.length);
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  prepareRows(sheet, new Map(), 2);
}

function recordJournalRows(rows: number): void {
  PropertiesService.getDocumentProperties().setProperty(JOURNAL_ROWS_PROPERTY, String(rows));
}

/** The Journal's row count Relance recorded when it last wrote it; null when it never did. */
export function recordedJournalRows(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(JOURNAL_ROWS_PROPERTY);
}

export class JournalSheet {
  private constructor(
    private readonly sheet: Sheet,
    private readonly days: DayConverter,
    readonly reading: JournalReading,
    private readonly language: Language,
  ) {}

  /**
   * The Journal as `open` would find it, without writing anything: no tab created, no header
   * written, no row prepared. What the sidebar's reads use: a read takes no lock, and a tab made
   * by a read would race the run that makes it under the lock (Sheets refuses a second tab of one
   * name: "A sheet with the name … already exists").
   */
  static read(spreadsheet: Spreadsheet, days: DayConverter, language: Language): JournalReading {
    const sheet = spreadsheet.getSheetByName(JOURNAL_SHEET_NAME);
    const cells = sheet === null ? [] : readCells(sheet, days);
    const reading = readJournal(cells);
    if (reading.columns.has('type') && reading.columns.has('id')) return reading;
    // What `open` would read once it has written the header above the rows.
    return readJournal([journalHeaders(language), ...cells]);
  }

  /** The Journal, created or repaired first: call it holding the document lock. */
  static open(spreadsheet: Spreadsheet, days: DayConverter, language: Language): JournalSheet {
    const sheet =
      spreadsheet.getSheetByName(JOURNAL_SHEET_NAME) ??
      insertQuietly(spreadsheet, JOURNAL_SHEET_NAME);
    let reading = readJournal(readCells(sheet, days));
    // A tab without our header (new, emptied, or left half-made by an interrupted run) gets it
    // first, above whatever rows it holds, so that no event is ever read as a header.
    if (!reading.columns.has('type') || !reading.columns.has('id')) {
      const hadRows = sheet.getLastRow() > 0;
      writeHeader(sheet, language);
      if (hadRows) reading = readJournal(readCells(sheet, days));
    } else {
      ensureGrid(sheet, 2);
      if (!isPrepared(sheet, reading.columns)) prepareRows(sheet, reading.columns, 2);
    }
    trimGrid(sheet, JOURNAL_COLUMNS.length);
    return new JournalSheet(sheet, days, reading, language);
  }

  /**
   * Appends rows (built in JOURNAL_COLUMNS order) in one write, the tab grown first when they go
   * past its last row; returns the first new row.
   */
  append(rows: readonly (readonly OutputCell[])[]): number {
    const first = this.sheet.getLastRow() + 1;
    if (rows.length === 0) return first;
    const arranged = rows.map((row) => arrangeJournalRow(row, this.reading.columns));
    const values = toSheetValues(arranged, this.days);
    const width = values[0]?.length ?? 1;
    const added = ensureGrid(this.sheet, first + values.length - 1, width);
    if (added !== undefined) prepareRows(this.sheet, this.reading.columns, added);
    this.sheet.getRange(first, 1, values.length, width).setValues(values);
    recordJournalRows(first + values.length - 2);
    return first;
  }

  /** Records how many rows the Journal holds, when it holds some (see JOURNAL_ROWS_PROPERTY). */
  rememberRows(): void {
    const rows = this.sheet.getLastRow() - 1;
    if (rows > 0 && recordedJournalRows() !== String(rows)) recordJournalRows(rows);
  }

  private column(key: JournalColumnKey): number {
    return columnOf(this.reading.columns, key);
  }

  setState(row: number, state: EventState, detail?: string): void {
    this.sheet.getRange(row, this.column('state')).setValue(stateLabel(state, this.language));
    if (detail !== undefined)
      this.sheet
        .getRange(row, this.column('detail'))
        .setValue(toSheetValue(fitCell(detail), this.days));
  }

  setLink(row: number, url: string, label: string): void {
    this.sheet
      .getRange(row, this.column('link'))
      .setValue(toSheetValue({ link: url, label }, this.days));
  }
}
