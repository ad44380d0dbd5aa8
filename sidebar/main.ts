/**
 * The Relance sidebar: first-run set-up, today's actions, clients and their answers, settings.
 * One file per screen in screens/; every server call goes through the typed client (server.ts)
 * and has a failure path shown to the user. The first answer gives the interface language
 * (words.ts); the tabs and screens are built in it.
 */
import type { SidebarState } from '../src/server/entry/sidebar';
import { callServer } from './server';
import { h } from './dom';
import { alertBox, content, fail, nav, status } from './shell';
import { labelOf } from './form-fields';
import { setLanguage, words } from './words';
import { showClients } from './screens/client';
import { showSettings } from './screens/settings';
import { showSetup } from './screens/setup';
import { showToday } from './screens/today';

type Tab = 'today' | 'clients' | 'settings';

const tabs: { id: Tab; label: () => string; show: () => Promise<void> }[] = [
  { id: 'today', label: () => words().tabToday, show: () => showToday() },
  { id: 'clients', label: () => words().tabClients, show: showClients },
  { id: 'settings', label: () => labelOf('settings'), show: showSettings },
];

function selectTab(tab: Tab): void {
  nav
    .querySelectorAll('button')
    .forEach((button) =>
      button.setAttribute('aria-selected', String(button.dataset['tab'] === tab)),
    );
  void tabs.find((t) => t.id === tab)?.show();
}

function addTabs(): void {
  for (const tab of tabs) {
    const button = h(
      'button',
      { type: 'button', role: 'tab', 'data-tab': tab.id, 'aria-selected': 'false' },
      tab.label(),
    );
    button.addEventListener('click', () => selectTab(tab.id));
    nav.append(button);
  }
}

const banner = h('div', { class: 'alert', role: 'alert', hidden: true });

/** Shown above everything while the user must authorise Relance again: nothing is sent until then. */
function showAuthorizationBanner(state: SidebarState): void {
  if (!state.authorization.required) return;
  const link =
    state.authorization.url === ''
      ? null
      : h(
          'a',
          { href: state.authorization.url, target: '_blank', rel: 'noopener' },
          words().authorize,
        );
  banner.replaceChildren(h('p', {}, words().reauthorizeBanner), ...(link === null ? [] : [link]));
  banner.hidden = false;
}

const app = document.getElementById('app') as HTMLElement;
app.replaceChildren(
  h('header', {}, h('h1', {}, 'Relance')),
  banner,
  nav,
  status,
  alertBox,
  content,
);
callServer('getSidebarState').then((state) => {
  setLanguage(state.language);
  addTabs();
  showAuthorizationBanner(state);
  if (!state.configured) showSetup(state, () => selectTab('today'));
  else selectTab('today');
}, fail);
