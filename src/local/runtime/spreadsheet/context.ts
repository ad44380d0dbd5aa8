/** What the facades of one execution share: the workbook, the meter, the script's Date, the UI. */
import type { SheetModel, WorkbookModel } from './model';
import type { SheetFacade } from './sheet';

export interface UiRecord {
  menus: { title: string; addOn: boolean; items: unknown[] }[];
  sidebars: { title: string; html: string }[];
  alerts: string[];
  toasts: { message: string; title: string }[];
  /** A1 notations, with their tab, of the ranges Range.activate selected, in order. */
  selections?: string[];
}

export interface SheetsContext {
  workbook: WorkbookModel;
  /** Records a call as `SpreadsheetApp.<name>`, priced by `units` (cells carried). */
  record(name: string, units?: number): void;
  /** Builds a Date of the script's realm, so `instanceof Date` holds inside the script. */
  makeDate(ms: number): Date;
  /** The current year in the spreadsheet's zone (a day and month typed alone fall in it). */
  currentYear(): number;
  ui: UiRecord;
  /** The tab names other executions left, when they changed the spreadsheet since it was read. */
  sheetNamesNow?: () => readonly string[] | undefined;
  /** One facade per sheet, as Sheets returns the same Sheet for the same tab. */
  sheetFacade(sheet: SheetModel): SheetFacade;
}
