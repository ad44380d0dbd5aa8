/**
 * SpreadsheetApp, Spreadsheet and Ui
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app,
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet,
 * https://developers.google.com/apps-script/reference/base/ui): one test per documented
 * behaviour of each method Relance's bundle calls, its source in the test's comment.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCE, spreadsheetApp } from './spreadsheet-harness';

describe(`Spreadsheet (${REFERENCE}/spreadsheet)`, () => {
  // #insertSheet(String,Integer): "The new sheet becomes the active sheet."
  it('inserts a tab at the index given and makes it the active one', () => {
    const { spreadsheet } = spreadsheetApp();
    const inserted = spreadsheet.insertSheet('Suivi', 0);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Suivi', 'Feuille']);
    expect(spreadsheet.getActiveSheet().getName()).toBe(inserted.getName());
  });

  // #insertSheet(String): a name already used is refused
  it('refuses a second tab of the same name with Google’s message', () => {
    const { spreadsheet } = spreadsheetApp();
    expect(() => spreadsheet.insertSheet('Feuille')).toThrow(
      'A sheet with the name "Feuille" already exists. Please enter another name.',
    );
  });

  // #getSheetByName(String): "Returns null if there is no sheet with the given name."
  it('gives null for a tab that does not exist', () => {
    const { spreadsheet } = spreadsheetApp();
    expect(spreadsheet.getSheetByName('Absent')).toBeNull();
    expect(spreadsheet.getSheetByName('Feuille')?.getName()).toBe('Feuille');
  });

  // #deleteSheet(Sheet): "Deletes the specified sheet."
  it('deletes the tab it is given and keeps the others in order', () => {
    const { spreadsheet } = spreadsheetApp();
    const scratch = spreadsheet.insertSheet('Essai');
    spreadsheet.insertSheet('Suivi');
    spreadsheet.deleteSheet(scratch);
    expect(spreadsheet.getSheetByName('Essai')).toBeNull();
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Feuille', 'Suivi']);
  });

  // #getNumSheets(), #getSheets()
  it('counts and lists its tabs in order', () => {
    const { spreadsheet } = spreadsheetApp();
    spreadsheet.insertSheet('B');
    expect(spreadsheet.getNumSheets()).toBe(2);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Feuille', 'B']);
  });

  // #getSpreadsheetTimeZone(), #getSpreadsheetLocale()
  it('gives its time zone and its locale', () => {
    const { spreadsheet } = spreadsheetApp({ timeZone: 'Europe/Paris', locale: 'fr_FR' });
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    expect(spreadsheet.getSpreadsheetLocale()).toBe('fr_FR');
  });

  // #getName()
  it('gives its name', () => {
    const { spreadsheet } = spreadsheetApp();
    expect(spreadsheet.getName()).toBe('Classeur');
  });

  // #getId(), #getUrl()
  it('gives its id and the URL that opens it', () => {
    const { spreadsheet } = spreadsheetApp();
    expect(spreadsheet.getUrl()).toBe(
      `https://docs.google.com/spreadsheets/d/${spreadsheet.getId()}/edit`,
    );
  });

  // #toast(String,String)
  it('shows a toast with its title', () => {
    const { spreadsheet, ui } = spreadsheetApp();
    spreadsheet.toast('Terminé', 'Relance');
    expect(ui.toasts).toEqual([{ message: 'Terminé', title: 'Relance' }]);
  });
});

describe(`SpreadsheetApp (${REFERENCE}/spreadsheet-app)`, () => {
  // #openById(String)
  it('opens its own spreadsheet by id and refuses another id', () => {
    const { app, spreadsheet } = spreadsheetApp();
    expect(app.openById(spreadsheet.getId()).getId()).toBe(spreadsheet.getId());
    expect(() => app.openById('autre')).toThrow();
  });

  // #getActive(), #getActiveSpreadsheet()
  it('gives the same spreadsheet as active and active spreadsheet', () => {
    const { app } = spreadsheetApp();
    expect(app.getActive().getId()).toBe(app.getActiveSpreadsheet().getId());
  });

  // #flush(): applies pending changes; offline, priced as a call
  it('counts a flush as a service call', () => {
    const { app, meter } = spreadsheetApp();
    app.flush();
    expect(meter.countsByName()['SpreadsheetApp.flush']).toBe(1);
  });
});

describe('Ui (https://developers.google.com/apps-script/reference/base/ui)', () => {
  // Ui#createMenu(String), Menu#addItem, #addSeparator, #addSubMenu, #addToUi
  it('adds a menu with its items, separators and sub-menus', () => {
    const { app, ui } = spreadsheetApp();
    const menu = app.getUi();
    menu
      .createMenu('Relance')
      .addItem('Ouvrir', 'showSidebar')
      .addSeparator()
      .addSubMenu(menu.createMenu('Aide').addItem('Aide', 'showHelp'))
      .addToUi();
    expect(ui.menus[0]).toMatchObject({ title: 'Relance', addOn: false });
    expect(ui.menus[0]?.items).toHaveLength(3);
  });

  // Ui#createAddonMenu()
  it('adds an add-on menu', () => {
    const { app, ui } = spreadsheetApp();
    app.getUi().createAddonMenu().addItem('Ouvrir', 'showSidebar').addToUi();
    expect(ui.menus[0]?.addOn).toBe(true);
  });

  // Ui#showSidebar(HtmlOutput), Ui#alert(String)
  it('shows a sidebar with its title and records alerts', () => {
    const { app, ui } = spreadsheetApp();
    app.getUi().showSidebar({ getContent: () => '<p>x</p>', getTitle: () => 'Relance' });
    app.getUi().alert('Bonjour');
    expect(ui.sidebars).toEqual([{ title: 'Relance', html: '<p>x</p>' }]);
    expect(ui.alerts).toEqual(['Bonjour']);
  });
});
