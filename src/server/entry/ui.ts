import { SERVER_WORDS } from '../../core/words/server';
import { checkAuthorization } from '../adapters/authorization';
import { alert, showSidebarPage } from '../adapters/ui';
import { buildMenu, type OpenEvent } from './menu';

export function onOpen(e?: OpenEvent): void {
  buildMenu(e);
}

/** Runs when a user installs the add-on: Google asks add-ons to call onOpen from here. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

export function showSidebar(): void {
  showSidebarPage('Sidebar', 'Relance');
}

export function showSettings(): void {
  showSidebar();
}

/** The menu's alerts are French, as the menu (menu.ts). */
export function showHelp(): void {
  alert(SERVER_WORDS.help.fr);
}

/**
 * The menu entry shown while a run found its authorisation missing. Started from the menu, it
 * makes Google ask the user for what is missing; then it says whether anything is still needed.
 */
export function menuReauthorize(): void {
  const state = checkAuthorization();
  alert(state.required ? SERVER_WORDS.reauthorizeAt.fr(state.url) : SERVER_WORDS.authorized.fr);
}
