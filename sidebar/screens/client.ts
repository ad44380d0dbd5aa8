/**
 * "Clients": the clients with an open balance; for one of them, its invoices (due date and days
 * late, balance and penalties, state, next step), its payment profile, a form to record what it
 * answered (payment, promise, dispute, plan…) and its history from the Journal.
 */
import type { ClientView } from '../../src/core/plan/views';
import { RECORDABLE_TYPES, type RecordableType } from '../../src/core/dunning/record-event';
import type { RecordInput } from '../../src/server/entry/sidebar';
import { CLIENT_TYPE_LABELS, EVENT_TYPE_LABELS } from '../../src/core/words/labels';
import { CLIENT_TYPES, type ClientType } from '../../src/core/model';
import { parseAmount } from '../../src/core/values/parse-values';
import { callServer } from '../server';
import { euros, field, shortDate, h, showFieldErrors } from '../dom';
import { instalmentsFrom } from '../settings-form';
import { submitOnce } from '../submit-once';
import { pickPdf } from '../picker';
import { content, fail, say } from '../shell';
import { inLanguage, words } from '../words';

/** Loads the clients with an open balance into a chooser; choosing one shows it. */
export async function showClients(): Promise<void> {
  say(words().loadingClients);
  try {
    const clients = await callServer('listClients');
    const select = h(
      'select',
      {},
      h('option', { value: '' }, words().chooseClient),
      ...clients.map((c) =>
        h('option', { value: c.clientKey }, `${c.client} — ${euros(c.openBalanceCents)}`),
      ),
    );
    const holder = h('div');
    select.addEventListener('change', () => {
      if (select.value === '') return;
      callServer('getClient', select.value).then(
        (view) => holder.replaceChildren(renderClient(view)),
        fail,
      );
    });
    content.replaceChildren(field(words().client, select, 'client'), holder);
    say(words().clientsWithBalance(clients.length));
  } catch (error) {
    fail(error);
  }
}

/**
 * A client as getClient answers it: with the type its rows agree on (null while unknown) and the
 * invoices whose « Lien facture » names no copy Relance can read.
 */
type ClientPanel = ClientView & { clientType?: ClientType | null; withoutCopy?: string[] };

function renderClient(view: ClientPanel): HTMLElement {
  const panel: HTMLElement = h(
    'section',
    { class: 'client', 'aria-label': view.client },
    h('h2', {}, view.client),
    clientTypeForm(view, (next) => panel.replaceWith(renderClient(next))),
    h(
      'p',
      { class: `rating rating-${view.behaviour.rating}` },
      words().paymentProfile(
        view.behaviour.ratingLabel,
        view.behaviour.averageDaysLate,
        view.behaviour.reminders,
      ),
    ),
    invoiceTable(view, (next) => panel.replaceWith(renderClient(next))),
    dossierSection(view),
    answerForm(view, (next) => panel.replaceWith(renderClient(next))),
    h('h3', {}, words().history),
    history(view),
  );
  return panel;
}

/**
 * The client's type, which decides penalties, mise en demeure and court: shown, and settable
 * when Relance cannot read it (it is written in the Clients tab, read by every run).
 */
function clientTypeForm(view: ClientPanel, onSaved: (next: ClientPanel) => void): HTMLFormElement {
  const select = h(
    'select',
    {},
    h('option', { value: '' }, words().toBeSet),
    ...CLIENT_TYPES.map((t) =>
      h('option', { value: t, selected: view.clientType === t }, inLanguage(CLIENT_TYPE_LABELS[t])),
    ),
  );
  const form = h(
    'form',
    // Labels avoid the words « Type » and « Client », which label the answer form's fields.
    { 'aria-label': words().legalStatus, novalidate: true, class: 'client-type' },
    h('h3', {}, words().clientType),
    field(words().legalStatusField, select, 'clientType'),
    view.clientType === null ? h('p', { class: 'warning' }, words().unknownType) : '',
    h('div', { class: 'error', 'data-error-for': '_form', role: 'alert' }),
    h('button', { type: 'submit' }, words().saveLegalStatus),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value === '') return;
    callServer('setClientType', view.clientKey, select.value).then((result) => {
      if (!result.ok) {
        showFieldErrors(form, [{ field: '_form', message: result.message }]);
        return;
      }
      say(words().clientTypeSaved(view.client));
      onSaved(result.view);
    }, fail);
  });
  return form;
}

function invoiceTable(view: ClientPanel, onSaved: (next: ClientPanel) => void): HTMLTableElement {
  return h(
    'table',
    { class: 'invoices' },
    h('caption', {}, words().openBalance(euros(view.openBalanceCents))),
    h('tr', {}, ...words().invoiceColumns.map((t) => h('th', { scope: 'col' }, t))),
    ...view.invoices.map((i) =>
      h(
        'tr',
        { 'data-invoice': i.number },
        h(
          'td',
          {},
          i.number,
          view.withoutCopy?.includes(i.number) === true ? attachButton(i.number, onSaved) : '',
        ),
        h(
          'td',
          {},
          shortDate(i.dueDate),
          h('span', { class: 'late' }, i.daysLate > 0 ? words().daysLateShort(i.daysLate) : ''),
        ),
        h(
          'td',
          {},
          euros(i.balanceCents),
          i.interestCents + i.indemnityCents > 0
            ? h('span', { class: 'penalties' }, ` (+ ${euros(i.interestCents + i.indemnityCents)})`)
            : '',
        ),
        h('td', { class: 'state' }, i.stateLabel),
        h(
          'td',
          { class: 'next' },
          i.nextStep === null ? '—' : words().nextStepOn(i.nextStep, shortDate(i.nextDate)),
        ),
      ),
    ),
  );
}

/**
 * « Joindre la facture… »: the user picks the invoice's PDF in the Google Picker, which grants it
 * to Relance (drive.file); its link is then written in the invoice's « Lien facture » cell.
 */
function attachButton(number: string, onSaved: (next: ClientPanel) => void): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', class: 'attach', 'aria-label': words().attachInvoiceNumber(number) },
    words().attachInvoice,
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    void attachInvoice(number, onSaved).finally(() => (button.disabled = false));
  });
  return button;
}

async function attachInvoice(number: string, onSaved: (next: ClientPanel) => void) {
  try {
    const config = await callServer('getPickerConfig');
    if (!config.ok) return say(config.message);
    const fileId = await pickPdf(config);
    if (fileId === undefined) return say(words().noFileChosen);
    const result = await callServer('attachInvoiceFile', number, fileId);
    if (!result.ok) return say(result.message);
    say(words().invoiceAttached(number));
    onSaved(result.view);
  } catch (error) {
    fail(error);
  }
}

/** A Drive link, opened in a new tab as the sidebar's own frame cannot show Drive. */
function driveLink(url: string, text: string): HTMLAnchorElement {
  return h('a', { href: url, target: '_blank', rel: 'noopener' }, text);
}

/**
 * « Préparer le dossier d’injonction de payer »: the client's dossier for the judge, made in
 * Drive; shows its folder, its ZIP and its files, or each reason it cannot be made yet.
 */
function dossierSection(view: ClientView): HTMLElement {
  const result = h('div', { class: 'dossier-result' });
  const button = h('button', { type: 'button' }, words().prepareDossier);
  button.addEventListener('click', () => {
    button.disabled = true;
    say(words().preparingDossier(view.client));
    callServer('prepareDossier', view.clientKey)
      .then((answer) => {
        if (!answer.ok) {
          say(words().dossierNotPrepared);
          result.replaceChildren(
            h(
              'ul',
              { class: 'error', role: 'alert', 'aria-label': words().whatIsMissing },
              ...answer.messages.map((m) => h('li', {}, m)),
            ),
          );
          return;
        }
        say(answer.message);
        result.replaceChildren(
          h('p', {}, answer.message),
          h(
            'p',
            {},
            driveLink(answer.folderUrl, words().openFolder(answer.folderName)),
            answer.zipUrl === null ? '' : ' — ',
            answer.zipUrl === null ? '' : driveLink(answer.zipUrl, words().downloadZip),
          ),
          h('ol', { class: 'dossier-files' }, ...answer.files.map((f) => h('li', {}, f))),
        );
      }, fail)
      .finally(() => {
        button.disabled = false;
      });
  });
  return h(
    'section',
    { 'aria-label': words().dossierForJudge },
    h('h3', {}, words().dossierForJudge),
    button,
    result,
  );
}

function history(view: ClientView): HTMLUListElement {
  return h(
    'ul',
    { class: 'history' },
    ...view.history.map((e) =>
      h(
        'li',
        {},
        `${shortDate(e.day)} — ${e.type}${e.step ? ` (${e.step})` : ''} — ${e.invoices.join(', ')}`,
        e.detail ? ` — ${e.detail}` : '',
        e.state ? ` [${e.state}]` : '',
        e.link !== null && /^https:\/\//.test(e.link) ? ' — ' : '',
        e.link !== null && /^https:\/\//.test(e.link) ? driveLink(e.link, words().document) : '',
      ),
    ),
  );
}

interface AnswerFields {
  type: HTMLSelectElement;
  amount: HTMLInputElement;
  date: HTMLInputElement;
  detail: HTMLInputElement;
  instalments: HTMLTextAreaElement;
  /** The reference of the client's own writing, for a promise or a plan (Code civil 2240). */
  writing: HTMLInputElement;
  boxes: HTMLInputElement[];
  /** Send the client a written confirmation of a promise or a payment plan. */
  confirm: HTMLInputElement;
}

function answerFields(view: ClientView): AnswerFields {
  return {
    type: h(
      'select',
      {},
      ...RECORDABLE_TYPES.map((t) => h('option', { value: t }, inLanguage(EVENT_TYPE_LABELS[t]))),
    ),
    amount: h('input', { type: 'text', inputmode: 'decimal', placeholder: words().amountExample }),
    date: h('input', { type: 'date' }),
    detail: h('input', { type: 'text' }),
    instalments: h('textarea', {
      rows: '3',
      placeholder: '15/04/2026 ; 500,00\n15/05/2026 ; 500,00',
    }),
    writing: h('input', { type: 'text', placeholder: words().writingExample }),
    boxes: view.invoices.map((i) =>
      h('input', { type: 'checkbox', value: i.number, checked: view.invoices.length === 1 }),
    ),
    confirm: h('input', { type: 'checkbox', checked: true }),
  };
}

/** The answer as the server takes it, or undefined (and the field marked) for a bad amount. */
function readAnswer(view: ClientView, fields: AnswerFields, form: HTMLFormElement) {
  const input: RecordInput = {
    clientKey: view.clientKey,
    type: fields.type.value as RecordableType,
    invoices: fields.boxes.filter((b) => b.checked).map((b) => b.value),
    confirm: fields.confirm.checked,
  };
  if (fields.amount.value.trim() !== '') {
    const cents = parseAmount(fields.amount.value);
    if (cents === undefined) {
      showFieldErrors(form, [{ field: 'amountCents', message: words().unreadableAmount }]);
      return undefined;
    }
    input.amountCents = cents;
  }
  if (fields.date.value !== '') input.date = fields.date.value;
  if (fields.detail.value.trim() !== '') input.detail = fields.detail.value.trim();
  if (fields.instalments.value.trim() !== '')
    input.instalments = instalmentsFrom(fields.instalments.value);
  if (fields.writing.value.trim() !== '') input.writing = fields.writing.value.trim();
  return input;
}

function answerForm(view: ClientView, onRecorded: (next: ClientView) => void): HTMLFormElement {
  const fields = answerFields(view);
  // Disabled while the answer is being saved; its key makes a second submit record nothing more.
  const button = h('button', { type: 'submit', class: 'action' }, words().save);
  const submit = submitOnce(button);
  const form = h(
    'form',
    { 'aria-label': words().recordClientAnswer, novalidate: true },
    h('h3', {}, words().recordAnswer),
    field(words().type, fields.type, 'type'),
    h(
      'fieldset',
      {},
      h('legend', {}, words().invoices),
      ...fields.boxes.map((box, i) => h('label', {}, box, ` ${view.invoices[i]?.number ?? ''}`)),
      h('div', { class: 'error', 'data-error-for': 'invoices', role: 'alert' }),
    ),
    field(words().amount, fields.amount, 'amountCents'),
    field(words().answerDate, fields.date, 'date'),
    field(words().answerDetail, fields.detail, 'detail'),
    field(words().instalments, fields.instalments, 'instalments'),
    field(words().clientWriting, fields.writing, 'writing'),
    h('label', {}, fields.confirm, words().confirmInWriting),
    h('div', { class: 'error', 'data-error-for': '_form', role: 'alert' }),
    button,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = readAnswer(view, fields, form);
    if (input === undefined) return;
    submit((requestId) => recordAnswer({ ...input, requestId }, view, form, onRecorded)).catch(
      fail,
    );
  });
  return form;
}

/** Records the answer; true once it is recorded, false when the form shows what to correct. */
async function recordAnswer(
  input: RecordInput,
  view: ClientView,
  form: HTMLFormElement,
  onRecorded: (next: ClientView) => void,
): Promise<boolean> {
  const result = await callServer('recordClientEvent', input);
  if (!result.ok) {
    showFieldErrors(form, result.errors);
    say(words().fieldsToCorrect);
    return false;
  }
  const confirmation = result.confirmation === undefined ? '' : ` ${result.confirmation}`;
  say(
    `${words().recordedFor(inLanguage(EVENT_TYPE_LABELS[input.type]), view.client)}${confirmation}`,
  );
  onRecorded(result.view);
  return true;
}
