/**
 * First run: the columns Relance found in the invoice tab (each one can be corrected), the firm's
 * identity, the hour and mode of the nightly run. Saving creates the tabs and the letter templates.
 */
import type { SidebarState } from '../../src/server/entry/sidebar';
import { callServer } from '../server';
import { field, h, showFieldErrors } from '../dom';
import { choice, firmFields, hourSelect, labelOf, readFirm } from '../form-fields';
import { columnOverridesFrom } from '../settings-form';
import { JOURNAL_SHEET_NAME } from '../../src/core/sheets/journal-table';
import { SUIVI_SHEET_NAME } from '../../src/core/sheets/suivi-table';
import { content, fail, nav, say } from '../shell';
import { words } from '../words';

function mappingTable(state: SidebarState): HTMLTableElement {
  return h(
    'table',
    { class: 'mapping' },
    h('caption', {}, words().invoiceTab(state.invoiceSheet)),
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, words().relanceColumn),
      h('th', { scope: 'col' }, words().foundColumn),
    ),
    ...state.mapping.map((m) =>
      h(
        'tr',
        {},
        h('td', {}, m.label),
        h(
          'td',
          {},
          h('input', {
            type: 'text',
            value: m.header ?? '',
            name: `column.${m.key}`,
            'aria-label': words().columnFor(m.label),
          }),
        ),
      ),
    ),
  );
}

function setupForm(state: SidebarState, mode: HTMLSelectElement, alsace: HTMLInputElement) {
  return h(
    'form',
    { 'aria-label': words().firstSetup, novalidate: true },
    h('h2', {}, words().welcome),
    state.found ? h('p', {}, words().checkColumns) : h('p', { class: 'alert' }, state.message),
    state.found ? mappingTable(state) : null,
    h('h3', {}, words().yourBusiness),
    ...firmFields(state.firm),
    h('h3', {}, labelOf('sending')),
    field(labelOf('sending.hour'), hourSelect(state.hour), 'sending.hour'),
    field(labelOf('sending.mode'), mode, 'sending.mode'),
    h('div', { class: 'form-group' }, h('label', {}, alsace, ` ${labelOf('alsaceMoselle')}`)),
    h('div', { class: 'error', 'data-error-for': '_form', role: 'alert' }),
    h('button', { type: 'submit', class: 'action' }, words().saveAndCreateTabs),
  );
}

/** Shows the set-up form; `onReady` runs once the settings are saved and the tabs created. */
export function showSetup(state: SidebarState, onReady: () => void): void {
  nav.hidden = true;
  const mode = choice(
    [
      ['send', words().sendAutomatically],
      ['preview', words().previewOnlyNothingSent],
    ],
    state.mode,
  );
  const alsace = h('input', { type: 'checkbox', checked: state.alsaceMoselle });
  const form = setupForm(state, mode, alsace);
  const submit = form.querySelector('button[type="submit"]') as HTMLButtonElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    say(words().savingSetup);
    callServer('saveSetup', {
      firm: readFirm(form),
      invoiceSheet: state.invoiceSheet,
      columnOverrides: columnOverridesFrom(
        state.mapping,
        (key) => (form.elements.namedItem(`column.${key}`) as HTMLInputElement).value,
      ),
      hour: Number((form.elements.namedItem('sending.hour') as HTMLSelectElement).value),
      mode: mode.value === 'preview' ? 'preview' : 'send',
      alsaceMoselle: alsace.checked,
    }).then(
      (result) => {
        submit.disabled = false;
        if (!result.ok) {
          showFieldErrors(form, result.errors);
          say(words().fieldsToCorrect);
          return;
        }
        say(words().ready(SUIVI_SHEET_NAME, JOURNAL_SHEET_NAME));
        nav.hidden = false;
        onReady();
      },
      (error) => {
        submit.disabled = false;
        fail(error);
      },
    );
  });
  content.replaceChildren(form);
}
