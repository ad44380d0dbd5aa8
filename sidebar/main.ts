/**
 * The Relance sidebar: first-run set-up, today's actions, clients and their answers, settings.
 * One file per screen in screens/; every server call goes through the typed client (server.ts)
 * and has a failure path shown to the user.
 */
import { callServer } from './server';
import { h } from './dom';
import { alertBox, content, fail, nav, status } from './shell';
import { showClients } from './screens/client';
import { showSettings } from './screens/settings';
import { showSetup } from './screens/setup';
import { showToday } from './screens/today';

type Tab = 'today' | 'clients' | 'settings';

const tabs: { id: Tab; label: string; show: () => Promise<void> }[] = [
  { id: 'today', label: 'Aujourd’hui', show: () => showToday() },
  { id: 'clients', label: 'Clients', show: showClients },
  { id: 'settings', label: 'Paramètres', show: showSettings },
];

function selectTab(tab: Tab): void {
  nav
    .querySelectorAll('button')
    .forEach((button) =>
      button.setAttribute('aria-selected', String(button.dataset['tab'] === tab)),
    );
  void tabs.find((t) => t.id === tab)?.show();
}

for (const tab of tabs) {
  const button = h(
    'button',
    { type: 'button', role: 'tab', 'data-tab': tab.id, 'aria-selected': 'false' },
    tab.label,
  );
  button.addEventListener('click', () => selectTab(tab.id));
  nav.append(button);
}

const app = document.getElementById('app') as HTMLElement;
app.replaceChildren(h('header', {}, h('h1', {}, 'Relance')), nav, status, alertBox, content);
callServer('getSidebarState').then((state) => {
  if (!state.configured) showSetup(state, () => selectTab('today'));
  else selectTab('today');
}, fail);
