/** Ui, offline (https://developers.google.com/apps-script/reference/base/ui): menus, sidebars
 *  and alerts are recorded for the CLI and the tests to read. */
import type { Emulates } from '../emulates';
import type { SheetsContext, UiRecord } from './context';

function menuBuilder(ui: UiRecord, title: string, addOn: boolean) {
  const items: unknown[] = [];
  const builder = {
    addItem: (caption: string, functionName: string) => {
      items.push({ caption, functionName });
      return builder;
    },
    addSeparator: () => {
      items.push({ separator: true });
      return builder;
    },
    addSubMenu: (menu: { __menu: { title: string; items: unknown[] } }) => {
      items.push({ subMenu: menu.__menu });
      return builder;
    },
    addToUi: () => {
      ui.menus.push({ title, addOn, items });
    },
    __menu: { title, items },
  };
  const _shape: Emulates<
    GoogleAppsScript.Base.Menu,
    'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'
  > = builder;
  return builder;
}

export function createUi(ctx: SheetsContext) {
  const { ui } = ctx;
  const facade = {
    createMenu: (title: string) => menuBuilder(ui, title, false),
    createAddonMenu: () => menuBuilder(ui, 'Relance', true),
    showSidebar: (output: { getContent(): string; getTitle?(): string }) => {
      ctx.record('Ui.showSidebar');
      ui.sidebars.push({ title: output.getTitle?.() ?? '', html: output.getContent() });
    },
    showModalDialog: (output: { getContent(): string }, title: string) => {
      ui.sidebars.push({ title, html: output.getContent() });
    },
    alert: (message: string) => {
      ui.alerts.push(String(message));
      return 'OK';
    },
    Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' },
    ButtonSet: {
      OK: 'OK',
      OK_CANCEL: 'OK_CANCEL',
      YES_NO: 'YES_NO',
      YES_NO_CANCEL: 'YES_NO_CANCEL',
    },
  };
  const _shape: Emulates<
    GoogleAppsScript.Base.Ui,
    'createMenu' | 'createAddonMenu' | 'showSidebar' | 'showModalDialog'
  > = facade;
  return facade;
}
