/**
 * "Paramètres": the firm, the ladder, penalties, sending and the message templates (edited per
 * step and language, previewed on a real invoice). Saving sends the whole settings to the server,
 * which saves the right fields and refuses each wrong one with its message, that field keeping
 * its stored value; the sections holding an error open.
 */
import type { Settings } from '../../src/core/settings/settings';
import { callServer } from '../server';
import { field, h, showFieldErrors } from '../dom';
import { choice, firmFields, hourSelect, labelOf, readFirm, stepName } from '../form-fields';
import { settingsFromForm, type SettingsFormValues } from '../settings-form';
import { content, fail, say } from '../shell';
import { words } from '../words';
import { templateEditor } from './template-editor';

function numberField(
  value: number,
  name: string,
  label: string,
  attributes: Record<string, string> = {},
): HTMLElement {
  return field(label, h('input', { type: 'number', value: String(value), ...attributes }), name);
}

function checkboxField(checked: boolean, name: string, label: string): HTMLElement {
  return h(
    'div',
    { class: 'form-group' },
    h('label', {}, h('input', { type: 'checkbox', name, checked }), ` ${label}`),
    h('div', { class: 'error', 'data-error-for': name, role: 'alert' }),
  );
}

function ladderInput(i: number, key: 'offsetDays' | 'minGapDays', value: number, label: string) {
  return h(
    'td',
    {},
    h('input', {
      type: 'number',
      name: `ladder[${i}].${key}`,
      value: String(value),
      'aria-label': label,
    }),
  );
}

function ladderTable(settings: Settings): HTMLTableElement {
  return h(
    'table',
    { class: 'ladder' },
    h('caption', {}, words().ladderCaption),
    h('tr', {}, ...words().ladderColumns.map((t) => h('th', { scope: 'col' }, t))),
    ...settings.ladder.map((step, i) =>
      h(
        'tr',
        {},
        h('td', {}, stepName(step.id)),
        h(
          'td',
          {},
          h('input', {
            type: 'checkbox',
            name: `ladder[${i}].enabled`,
            checked: step.enabled,
            'aria-label': words().aboutStep(stepName(step.id), labelOf('ladder.enabled')),
          }),
        ),
        ladderInput(
          i,
          'offsetDays',
          step.offsetDays,
          words().aboutStep(stepName(step.id), labelOf('ladder.offsetDays')),
        ),
        ladderInput(
          i,
          'minGapDays',
          step.minGapDays,
          words().aboutStep(stepName(step.id), labelOf('ladder.minGapDays')),
        ),
      ),
    ),
  );
}

function ladderSection(settings: Settings): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, labelOf('ladder')),
    ladderTable(settings),
    h('p', {}, words().invoiceCopyNote),
    ...settings.ladder.flatMap((_, i) =>
      ['enabled', 'offsetDays', 'minGapDays'].map((k) =>
        h('div', { class: 'error', 'data-error-for': `ladder[${i}].${k}`, role: 'alert' }),
      ),
    ),
    h('div', { class: 'error', 'data-error-for': 'ladder', role: 'alert' }),
    checkboxField(
      settings.chronicPayers.earlyReminder,
      'chronicPayers.earlyReminder',
      labelOf('chronicPayers.earlyReminder'),
    ),
    numberField(
      settings.chronicPayers.daysBefore,
      'chronicPayers.daysBefore',
      labelOf('chronicPayers.daysBefore'),
      { min: '1', max: '30' },
    ),
  );
}

function penaltiesSection(settings: Settings): HTMLElement {
  const mode = choice(
    [
      ['legal', words().statutoryRate],
      ['contractual', words().contractualRate],
    ],
    settings.penalties.mode,
  );
  return h(
    'details',
    {},
    h('summary', {}, labelOf('penalties')),
    field(labelOf('penalties.mode'), mode, 'penalties.mode'),
    numberField(
      settings.penalties.contractualRatePercent,
      'penalties.contractualRatePercent',
      labelOf('penalties.contractualRatePercent'),
      { step: '0.01', min: '0' },
    ),
    h('p', { class: 'secondary' }, words().indemnityNote),
  );
}

function sendingSection(settings: Settings): HTMLElement {
  const { sending } = settings;
  return h(
    'details',
    {},
    h('summary', {}, labelOf('sending')),
    field(
      labelOf('sending.mode'),
      choice(
        [
          ['send', words().send],
          ['preview', words().previewOnly],
        ],
        sending.mode,
      ),
      'sending.mode',
    ),
    field(labelOf('sending.hour'), hourSelect(sending.hour), 'sending.hour'),
    numberField(settings.clientGapDays, 'clientGapDays', labelOf('clientGapDays'), {
      min: '0',
      max: '30',
    }),
    numberField(sending.quotaReserve, 'sending.quotaReserve', labelOf('sending.quotaReserve'), {
      min: '0',
    }),
    checkboxField(sending.copyToSelf, 'sending.copyToSelf', labelOf('sending.copyToSelf')),
    checkboxField(
      sending.sendOnNonBusinessDays,
      'sending.sendOnNonBusinessDays',
      labelOf('sending.sendOnNonBusinessDays'),
    ),
    field(
      labelOf('sending.defaultLanguage'),
      choice(
        [
          ['fr', words().french],
          ['en', words().english],
        ],
        sending.defaultLanguage,
      ),
      'sending.defaultLanguage',
    ),
  );
}

/** What the settings form holds, read by field name. */
function readSettingsForm(form: HTMLFormElement, settings: Settings): SettingsFormValues {
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const text = (name: string) => input(name).value;
  const box = (name: string) => input(name).checked;
  return {
    firm: readFirm(form),
    clientGapDays: text('clientGapDays'),
    chronicPayers: {
      earlyReminder: box('chronicPayers.earlyReminder'),
      daysBefore: text('chronicPayers.daysBefore'),
    },
    ladder: settings.ladder.map((_, i) => ({
      enabled: box(`ladder[${i}].enabled`),
      offsetDays: text(`ladder[${i}].offsetDays`),
      minGapDays: text(`ladder[${i}].minGapDays`),
    })),
    penalties: {
      mode: text('penalties.mode'),
      contractualRatePercent: text('penalties.contractualRatePercent'),
    },
    sending: {
      mode: text('sending.mode'),
      hour: text('sending.hour'),
      quotaReserve: text('sending.quotaReserve'),
      copyToSelf: box('sending.copyToSelf'),
      sendOnNonBusinessDays: box('sending.sendOnNonBusinessDays'),
      defaultLanguage: text('sending.defaultLanguage'),
    },
  };
}

/**
 * The server's refusals, field by field; template errors show under the message being edited.
 * The other fields were saved when `savedOthers`.
 */
function showRefusal(
  form: HTMLFormElement,
  errors: readonly { field: string; message: string }[],
  savedOthers: boolean,
) {
  showFieldErrors(
    form,
    errors.map((e) => (e.field.startsWith('templates.') ? { ...e, field: 'template.body' } : e)),
  );
  form.querySelectorAll('details').forEach((d) => {
    if (
      d.querySelector('[aria-invalid="true"]') ||
      [...d.querySelectorAll('.error')].some((e) => e.textContent !== '')
    )
      d.open = true;
  });
  say(savedOthers ? words().savedExceptFlagged : words().nothingSaved);
}

/** Loads the settings, the default texts and the placeholders, and shows the form. */
export async function showSettings(): Promise<void> {
  say(words().loadingSettings);
  try {
    const [settings, texts, placeholders] = await Promise.all([
      callServer('getSettingsForm'),
      callServer('getDefaultTexts'),
      callServer('getPlaceholders'),
    ]);
    const editor = templateEditor(texts, placeholders);
    const form = h(
      'form',
      { 'aria-label': labelOf('settings'), novalidate: true },
      h('h2', {}, labelOf('settings')),
      h('details', { open: true }, h('summary', {}, labelOf('firm')), ...firmFields(settings.firm)),
      ladderSection(settings),
      penaltiesSection(settings),
      sendingSection(settings),
      editor.section,
      h('div', { class: 'error', 'data-error-for': '_form', role: 'alert' }),
      h('button', { type: 'submit', class: 'action' }, words().save),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const next = settingsFromForm(
        settings,
        readSettingsForm(form, settings),
        editor.edits,
        texts,
      );
      callServer('saveSettingsForm', next).then((result) => {
        if (!result.ok) showRefusal(form, result.errors, result.savedOthers === true);
        else say(words().settingsSaved);
      }, fail);
    });
    content.replaceChildren(form);
    say('');
  } catch (error) {
    fail(error);
  }
}
