/**
 * The settings screen's message editor: choose a step and a language, edit the subject and the
 * body (edits are kept while switching), preview them on a real invoice, see the placeholders.
 */
import type { Language, StepId } from '../../src/core/model';
import { callServer } from '../server';
import { field, h } from '../dom';
import { choice, stepName } from '../form-fields';
import { templateKey, type DefaultTexts, type TemplateEdits } from '../settings-form';
import { fail } from '../shell';
import { words } from '../words';

interface EditorFields {
  step: HTMLSelectElement;
  language: HTMLSelectElement;
  subject: HTMLInputElement;
  body: HTMLTextAreaElement;
  preview: HTMLDivElement;
}

function previewButton(fields: EditorFields): HTMLButtonElement {
  const button = h('button', { type: 'button' }, words().previewOnInvoice);
  button.addEventListener('click', () => {
    callServer(
      'previewTemplate',
      fields.step.value as StepId,
      fields.language.value as Language,
      fields.subject.value,
      fields.body.value,
    ).then((result) => {
      fields.preview.replaceChildren(
        result.ok
          ? h(
              'div',
              {},
              h('p', { class: 'secondary' }, words().invoiceNumber(result.invoice)),
              h('p', { class: 'subject' }, result.subject),
              h('pre', { class: 'body' }, result.body),
            )
          : h('ul', { class: 'error' }, ...result.problems.map((p) => h('li', {}, p))),
      );
    }, fail);
  });
  return button;
}

/** Switching step or language shows the edited text if any, else the default one. */
function trackEdits(fields: EditorFields, texts: DefaultTexts, edits: TemplateEdits): void {
  const key = () => templateKey(fields.step.value, fields.language.value);
  const load = () => {
    const text = edits[key()] ?? texts[fields.step.value]?.[fields.language.value as Language];
    fields.subject.value = text?.subject ?? '';
    fields.body.value = text?.body ?? '';
    fields.preview.replaceChildren();
  };
  const remember = () => {
    edits[key()] = { subject: fields.subject.value, body: fields.body.value };
  };
  fields.step.addEventListener('change', load);
  fields.language.addEventListener('change', load);
  fields.subject.addEventListener('input', remember);
  fields.body.addEventListener('input', remember);
  load();
}

export function templateEditor(
  texts: DefaultTexts,
  placeholders: readonly { name: string; description: string }[],
): { section: HTMLElement; edits: TemplateEdits } {
  const edits: TemplateEdits = {};
  const fields: EditorFields = {
    step: choice(Object.keys(texts).map((id) => [id, stepName(id)] as const)),
    language: choice([
      ['fr', words().french],
      ['en', words().english],
    ]),
    subject: h('input', { type: 'text' }),
    body: h('textarea', { rows: '10' }),
    preview: h('div', { class: 'preview', 'aria-live': 'polite' }),
  };
  trackEdits(fields, texts, edits);
  const section = h(
    'details',
    {},
    h('summary', {}, words().messageTemplates),
    field(words().step, fields.step, 'template.step'),
    field(words().language, fields.language, 'template.language'),
    field(words().subject, fields.subject, 'template.subject'),
    field(words().message, fields.body, 'template.body'),
    previewButton(fields),
    fields.preview,
    h(
      'details',
      {},
      h('summary', {}, words().availableFields),
      h(
        'ul',
        { class: 'placeholders' },
        ...placeholders.map((p) =>
          h('li', {}, h('code', {}, p.name), words().describedAs(p.description)),
        ),
      ),
    ),
  );
  return { section, edits };
}
