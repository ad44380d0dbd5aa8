/**
 * SpreadsheetApp and Spreadsheet, offline
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app,
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet): an in-memory
 * workbook (model.ts) behind the facades Relance calls. The workbook is loaded from and saved to
 * an .xlsx by xlsx-io.ts.
 */
import type { Emulates } from '../emulates';
import { wallClockMs } from '../../time';
import type { CallMeter } from '../meter';
import type { SheetsContext, UiRecord } from './context';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type SheetModel, type WorkbookModel } from './model';
import { SheetFacade } from './sheet';
import { createUi } from './ui';
import { newDataValidation } from './validation';

export interface SpreadsheetAppOptions {
  meter: CallMeter;
  spreadsheetId: string;
  /** Builds a Date of the script's realm, so `instanceof Date` holds inside the script. */
  makeDate: (ms: number) => Date;
  ui?: UiRecord;
  /** SpreadsheetApp.flush(): the runtime makes the pending writes durable on disk. */
  onFlush?: () => void;
  /** The execution's clock; the machine's when not given. */
  now?: () => number;
  /**
   * The tab names the spreadsheet holds now, other executions' included; undefined when none
   * changed it since this execution read it (runtime/workspace-state.ts).
   */
  sheetNamesNow?: () => readonly string[] | undefined;
}

type SpreadsheetMethods =
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getSheets'
  | 'getSheetByName'
  | 'getActiveSheet'
  | 'getNumSheets'
  | 'insertSheet'
  | 'deleteSheet'
  | 'toast';

export const duplicateSheetName = (name: string) =>
  `A sheet with the name "${name}" already exists. Please enter another name.`;

export class SpreadsheetFacade implements Emulates<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  SpreadsheetMethods
> {
  constructor(
    private readonly ctx: SheetsContext,
    private readonly id: string,
  ) {}

  private get workbook(): WorkbookModel {
    return this.ctx.workbook;
  }

  getId = () => this.id;
  getName = () => this.workbook.name;
  getUrl = () => `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  getSpreadsheetTimeZone = () => {
    this.ctx.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.workbook.timeZone;
  };
  getSpreadsheetLocale = () => {
    this.ctx.record('Spreadsheet.getSpreadsheetLocale');
    return this.workbook.locale;
  };
  getSheets = () => {
    this.ctx.record('Spreadsheet.getSheets');
    return this.workbook.sheets.map((s) => this.ctx.sheetFacade(s));
  };
  getSheetByName = (name: string) => {
    this.ctx.record('Spreadsheet.getSheetByName');
    const sheet = this.workbook.sheet(name);
    return sheet === undefined ? null : this.ctx.sheetFacade(sheet);
  };
  getActiveSheet = () => {
    this.ctx.record('Spreadsheet.getActiveSheet');
    const { workbook } = this;
    const active =
      workbook.active !== undefined && workbook.sheets.includes(workbook.active)
        ? workbook.active
        : (workbook.sheets[0] ?? workbook.addSheet('Feuille 1'));
    return this.ctx.sheetFacade(active);
  };
  getNumSheets = () => {
    this.ctx.record('Spreadsheet.getNumSheets');
    return this.workbook.sheets.length;
  };
  /** A new tab of 1,000 × 26 (model.ts); "the new sheet becomes the active sheet" (reference). */
  insertSheet = (sheetName?: string, sheetIndex?: number) => {
    this.ctx.record('Spreadsheet.insertSheet');
    const name = sheetName ?? `Feuille ${this.workbook.sheets.length + 1}`;
    // One spreadsheet for every execution: a tab another one inserted meanwhile is there too,
    // and Sheets refuses a second tab of its name
    // (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)).
    if (
      this.workbook.sheet(name) !== undefined ||
      this.ctx.sheetNamesNow?.()?.includes(name) === true
    )
      throw new Error(duplicateSheetName(name));
    this.workbook.checkGrowth(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    this.workbook.touch();
    const inserted = this.workbook.addSheet(name, sheetIndex);
    this.workbook.active = inserted;
    return this.ctx.sheetFacade(inserted);
  };
  deleteSheet = (sheet: { getName(): string }) => {
    this.ctx.record('Spreadsheet.deleteSheet');
    this.workbook.sheets = this.workbook.sheets.filter((s) => s.name !== sheet.getName());
    this.workbook.touch();
  };
  toast = (msg: string, title = '') => {
    this.ctx.record('Spreadsheet.toast');
    this.ctx.ui.toasts.push({ message: String(msg), title: String(title) });
  };
}

function createContext(workbook: WorkbookModel, options: SpreadsheetAppOptions): SheetsContext {
  const facades = new Map<SheetModel, SheetFacade>();
  const ctx: SheetsContext = {
    workbook,
    record: (name, units = 1) => options.meter.record(`SpreadsheetApp.${name}`, units),
    makeDate: options.makeDate,
    currentYear: () =>
      new Date(wallClockMs((options.now ?? Date.now)(), workbook.timeZone)).getUTCFullYear(),
    ui: options.ui ?? { menus: [], sidebars: [], alerts: [], toasts: [] },
    ...(options.sheetNamesNow === undefined ? {} : { sheetNamesNow: options.sheetNamesNow }),
    sheetFacade: (sheet) => {
      let facade = facades.get(sheet);
      if (facade === undefined) {
        facade = new SheetFacade(ctx, sheet);
        facades.set(sheet, facade);
      }
      return facade;
    },
  };
  return ctx;
}

export function createSpreadsheetApp(workbook: WorkbookModel, options: SpreadsheetAppOptions) {
  const ctx = createContext(workbook, options);
  const spreadsheet = new SpreadsheetFacade(ctx, options.spreadsheetId);
  const app = {
    getActiveSpreadsheet: () => spreadsheet,
    getActive: () => spreadsheet,
    openById: (id: string) => {
      if (id !== options.spreadsheetId)
        throw new Error(
          `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
        );
      return spreadsheet;
    },
    flush: () => {
      ctx.record('flush');
      options.onFlush?.();
    },
    newDataValidation,
    getUi: () => {
      // Recorded, so that the scope gate can refuse it where Apps Script does (scopes.ts).
      ctx.record('getUi');
      return createUi(ctx);
    },
  } satisfies Emulates<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    'getActiveSpreadsheet' | 'getActive' | 'openById' | 'flush' | 'newDataValidation' | 'getUi'
  >;
  return { app, ui: ctx.ui };
}
