import { buildMenu, type OpenEvent } from '../menu';

export function onOpen(e?: OpenEvent): void {
  buildMenu(e);
}

/** Runs when a user installs the add-on: Google asks add-ons to call onOpen from here. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Relance');
  SpreadsheetApp.getUi().showSidebar(page);
}
