/**
 * The menu. onOpen runs in every authorisation mode Google documents for add-ons: in
 * AuthMode.NONE (an add-on opened in a document where it is installed but not yet used) it may
 * only add the menu — no properties, no sheet reads. A script bound to the sheet gets a plain
 * menu; an add-on gets the add-on menu.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 */
import { recordedAuthorization } from '../adapters/authorization';
import { installedAsAddOn, spreadsheetUi } from '../adapters/ui';
import { MENU_LABELS } from '../../core/words/catalogue';

export interface OpenEvent {
  authMode?: GoogleAppsScript.Script.AuthMode | string;
}

export function buildMenu(e: OpenEvent | undefined): void {
  const ui = spreadsheetUi();
  // French: the menu is built before any setting (the default language among them) can be read,
  // and Google's reference does not say the account's locale (Session.getActiveUserLocale, which
  // the sidebar follows) can be read in AuthMode.NONE.
  const labels = MENU_LABELS.fr;
  const menu = runsAsAddOn(e) ? ui.createAddonMenu() : ui.createMenu(labels.title);
  if (needsReauthorization(e)) menu.addItem(labels.reauthorize, 'menuReauthorize').addSeparator();
  menu
    .addItem(labels.open, 'showSidebar')
    .addSeparator()
    .addItem(labels.runNow, 'menuRunNow')
    .addItem(labels.preview, 'menuPreview')
    .addSubMenu(
      ui
        .createMenu(labels.automatic)
        .addItem(labels.enableAutomatic, 'menuEnableAutomatic')
        .addItem(labels.disableAutomatic, 'menuDisableAutomatic'),
    )
    .addSeparator()
    .addItem(labels.createTemplates, 'menuCreateLetterTemplates')
    .addItem(labels.settings, 'showSettings')
    .addSubMenu(
      ui
        .createMenu(labels.help)
        .addItem(labels.about, 'showHelp')
        .addItem(labels.selfTest, 'runSelfTest'),
    )
    .addToUi();
}

/**
 * What the last run recorded (document properties, readable in AuthMode.LIMITED; not in NONE).
 */
function needsReauthorization(e: OpenEvent | undefined): boolean {
  if (e !== undefined && String(e.authMode) === 'NONE') return false;
  try {
    return recordedAuthorization().required;
  } catch {
    return false;
  }
}

/**
 * Whether the script runs as an add-on (adapters/ui, installedAsAddOn). In AuthMode.NONE, which
 * only add-ons get, the installation source is not asked at all.
 */
function runsAsAddOn(e: OpenEvent | undefined): boolean {
  if (e !== undefined && String(e.authMode) === 'NONE') return true;
  try {
    return installedAsAddOn();
  } catch {
    return true;
  }
}
