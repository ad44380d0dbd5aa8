/**
 * The spreadsheet's user interface: menus, the sidebar, dialogs and toasts. None of these exists
 * in a trigger's execution (https://developers.google.com/apps-script/reference/base/ui): the
 * callers that may run there catch what they throw.
 */

export type Ui = GoogleAppsScript.Base.Ui;

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi() */
export function spreadsheetUi(): Ui {
  return SpreadsheetApp.getUi();
}

/** The HTML file of the project `file` shown as the sidebar, under `title`. */
export function showSidebarPage(file: string, title: string): void {
  spreadsheetUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}

/** A dialog with the text and an OK button. */
export function alert(text: string): void {
  spreadsheetUi().alert(text);
}

/** A toast at the bottom right of the spreadsheet for `seconds`. */
export function toast(message: string, title: string, seconds: number): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title, seconds);
}

/**
 * Whether the script runs as an add-on: ScriptApp.getInstallationSource() is NONE when it does
 * not (https://developers.google.com/apps-script/reference/script/installation-source).
 */
export function installedAsAddOn(): boolean {
  return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
}
