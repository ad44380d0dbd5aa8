/**
 * The Relance sidebar: first-run set-up, today's actions, clients and their answers, settings.
 * Every server call goes through the typed client and has a failure path shown to the user.
 */
import { parseAmount, parseDay } from '../src/core/values/parse-values';
import { formatIsoDay, parseIsoDay } from '../src/core/values/day';
import { formatMonthYear } from '../src/core/values/format';
import type { FirmIdentity, Settings } from '../src/core/settings/settings';
import type { ClientView, TodayView } from '../src/core/reports/views';
import type { RecordInput, SidebarState } from '../src/server/entry/sidebar';
import { RECORDABLE_TYPES, type RecordableType } from '../src/core/dunning/record-event';
import { EVENT_TYPE_LABELS } from '../src/core/sheets/journal-table';
import { callServer } from './server';
import { euros, field, frenchDate, h, showFieldErrors } from './dom';

const app = document.getElementById('app') as HTMLElement;
const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
const alertBox = h('p', { class: 'alert', role: 'alert' });
const content = h('div', { class: 'content' });
type Tab = 'today' | 'clients' | 'settings';
const tabs: { id: Tab; label: string }[] = [
  { id: 'today', label: 'Aujourd’hui' },
  { id: 'clients', label: 'Clients' },
  { id: 'settings', label: 'Paramètres' },
];
const nav = h('nav', { role: 'tablist', 'aria-label': 'Relance' });

function say(message: string): void {
  status.textContent = message;
  alertBox.textContent = '';
}

function fail(error: unknown): void {
  alertBox.textContent = `Erreur : ${error instanceof Error ? error.message : String(error)}`;
  status.textContent = '';
}

function selectTab(tab: Tab): void {
  nav
    .querySelectorAll('button')
    .forEach((button) =>
      button.setAttribute('aria-selected', String(button.dataset['tab'] === tab)),
    );
  if (tab === 'today') void showToday();
  else if (tab === 'clients') void showClients();
  else void showSettings();
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

/* --------------------------------------------------------------- first run */

const FIRM_FIELDS: { key: keyof FirmIdentity; label: string; type?: string }[] = [
  { key: 'name', label: 'Raison sociale' },
  { key: 'address', label: 'Adresse' },
  { key: 'siret', label: 'SIRET' },
  { key: 'legalForm', label: 'Forme juridique (SARL, SAS, EI…)' },
  { key: 'shareCapital', label: 'Capital social (sociétés)' },
  { key: 'rcsCity', label: 'Ville du greffe (RCS)' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Téléphone' },
  { key: 'signatory', label: 'Signataire' },
  { key: 'iban', label: 'IBAN' },
  { key: 'bic', label: 'BIC' },
  { key: 'paymentLink', label: 'Lien de paiement', type: 'url' },
];

function firmFields(firm: FirmIdentity): HTMLElement[] {
  return FIRM_FIELDS.map(({ key, label, type }) =>
    field(label, h('input', { type: type ?? 'text', value: firm[key] }), `firm.${key}`),
  );
}

function readFirm(form: HTMLFormElement): FirmIdentity {
  const value = (key: string) =>
    (form.elements.namedItem(`firm.${key}`) as HTMLInputElement | null)?.value.trim() ?? '';
  return Object.fromEntries(
    FIRM_FIELDS.map(({ key }) => [key, value(key)]),
  ) as unknown as FirmIdentity;
}

function hourSelect(hour: number): HTMLSelectElement {
  const select = h('select');
  for (let i = 0; i < 24; i += 1)
    select.append(h('option', { value: String(i), selected: i === hour }, `${i} h`));
  return select;
}

function showSetup(state: SidebarState): void {
  nav.hidden = true;
  const mapping = h(
    'table',
    { class: 'mapping' },
    h('caption', {}, `Onglet des factures : « ${state.invoiceSheet} »`),
    h(
      'tr',
      {},
      h('th', { scope: 'col' }, 'Colonne Relance'),
      h('th', { scope: 'col' }, 'Colonne trouvée'),
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
            'aria-label': `Colonne pour ${m.label}`,
          }),
        ),
      ),
    ),
  );
  const mode = h(
    'select',
    {},
    h('option', { value: 'send', selected: state.mode === 'send' }, 'Envoyer automatiquement'),
    h(
      'option',
      { value: 'preview', selected: state.mode === 'preview' },
      'Aperçu seulement (rien ne part)',
    ),
  );
  const alsace = h('input', { type: 'checkbox', checked: state.alsaceMoselle });
  const submit = h(
    'button',
    { type: 'submit', class: 'action' },
    'Enregistrer et créer les onglets',
  );
  const form = h(
    'form',
    { 'aria-label': 'Première configuration', novalidate: true },
    h('h2', {}, 'Bienvenue dans Relance'),
    state.found
      ? h('p', {}, 'Vérifiez les colonnes trouvées, puis complétez l’identité de votre entreprise.')
      : h('p', { class: 'alert' }, state.message),
    state.found ? mapping : null,
    h('h3', {}, 'Votre entreprise'),
    ...firmFields(state.firm),
    h('h3', {}, 'Envoi'),
    field('Heure de l’envoi automatique', hourSelect(state.hour), 'sending.hour'),
    field('Mode', mode, 'sending.mode'),
    h(
      'div',
      { class: 'form-group' },
      h('label', {}, alsace, ' Entreprise en Alsace-Moselle (jours fériés locaux)'),
    ),
    h('div', { class: 'error', 'data-error-for': '_form', role: 'alert' }),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const columnOverrides: Record<string, string> = {};
    state.mapping.forEach((m) => {
      const value = (form.elements.namedItem(`column.${m.key}`) as HTMLInputElement).value.trim();
      if (value !== '' && value !== (m.header ?? '')) columnOverrides[m.key] = value;
    });
    submit.disabled = true;
    say('Enregistrement et création des onglets…');
    callServer('saveSetup', {
      firm: readFirm(form),
      invoiceSheet: state.invoiceSheet,
      columnOverrides,
      hour: Number((form.elements.namedItem('sending.hour') as HTMLSelectElement).value),
      mode: mode.value === 'preview' ? 'preview' : 'send',
      alsaceMoselle: alsace.checked,
    }).then(
      (result) => {
        submit.disabled = false;
        if (!result.ok) {
          showFieldErrors(form, result.errors);
          say('Certains champs sont à corriger.');
          return;
        }
        say(
          'Relance est prête : onglets « Suivi des relances » et « Journal des relances » créés.',
        );
        nav.hidden = false;
        selectTab('today');
      },
      (error) => {
        submit.disabled = false;
        fail(error);
      },
    );
  });
  content.replaceChildren(form);
}

/* --------------------------------------------------------------- today */

function renderToday(view: TodayView): void {
  const progress = h('progress', {
    max: '1',
    value: '0',
    hidden: true,
    'aria-label': 'Progression des envois',
  });
  const sendAll = h(
    'button',
    { type: 'button', class: 'action' },
    `Envoyer tout (${view.totals.actions})`,
  );
  sendAll.disabled = view.totals.actions === 0;
  const keys = view.clients.flatMap((c) => c.actions.map((a) => a.key));
  sendAll.addEventListener('click', () => {
    void (async () => {
      sendAll.disabled = true;
      progress.hidden = false;
      progress.max = keys.length;
      let sent = 0;
      try {
        for (const [i, key] of keys.entries()) {
          say(`Envoi ${i + 1} sur ${keys.length}…`);
          const report = await callServer('sendActions', [key]);
          if (report.status === 'busy') throw new Error(report.message);
          sent += report.actions.filter((a) => a.outcome === 'sent' || a.outcome === 'task').length;
          progress.value = i + 1;
        }
        say(`${sent} action(s) faite(s).`);
        await showToday(false);
      } catch (error) {
        fail(error);
      } finally {
        sendAll.disabled = false;
      }
    })();
  });
  const sections: Node[] = [
    renderHeadline(view),
    h(
      'p',
      { class: 'totals' },
      `${view.totals.followed} facture(s) suivie(s), ${euros(view.totals.overdueCents)} en retard.`,
    ),
    h('div', { class: 'toolbar' }, sendAll, progress),
  ];
  if (view.clients.length === 0) sections.push(h('p', {}, 'Aucune relance à faire aujourd’hui.'));
  for (const client of view.clients) {
    sections.push(
      h(
        'section',
        { class: 'card', 'aria-label': client.client },
        h('h3', {}, client.client),
        ...client.actions.map((action) => {
          const send = h('button', { type: 'button', class: 'action' }, 'Envoyer');
          const postpone = h('button', { type: 'button' }, 'Reporter');
          const ignore = h('button', { type: 'button' }, 'Ignorer');
          const days = h(
            'select',
            { 'aria-label': 'Reporter de' },
            ...[3, 7, 14].map((d) => h('option', { value: String(d) }, `${d} jours`)),
          );
          send.addEventListener('click', () => {
            send.disabled = true;
            callServer('sendActions', [action.key]).then(
              (report) => {
                const outcome = report.actions[0];
                say(
                  report.status !== 'ok'
                    ? report.message
                    : `${client.client} : ${outcome?.outcome === 'sent' ? 'envoyé' : outcome?.outcome === 'task' ? 'tâche créée' : (outcome?.reason ?? 'reporté')}.`,
                );
                void showToday(false);
              },
              (error) => {
                send.disabled = false;
                fail(error);
              },
            );
          });
          postpone.addEventListener('click', () => {
            callServer('postponeAction', action.key, Number(days.value)).then((next) => {
              say(`${client.client} : relance reportée de ${days.value} jours.`);
              renderToday(next);
            }, fail);
          });
          ignore.addEventListener('click', () => {
            callServer('ignoreAction', action.key).then((next) => {
              say(`${client.client} : étape ignorée.`);
              renderToday(next);
            }, fail);
          });
          return h(
            'div',
            { class: 'action-item', 'data-key': action.key },
            h(
              'p',
              {},
              h('strong', {}, action.stepLabel),
              ` — ${action.invoices.join(', ')} — ${euros(action.balanceCents)}`,
            ),
            action.to.length > 0
              ? h('p', { class: 'secondary' }, `À : ${action.to.join(', ')}`)
              : null,
            h(
              'details',
              {},
              h('summary', {}, 'Aperçu'),
              h('p', { class: 'subject' }, action.subject),
              h('pre', { class: 'body' }, action.body),
              action.letter === null
                ? null
                : h(
                    'details',
                    {},
                    h('summary', {}, 'Courrier'),
                    h('pre', { class: 'body' }, action.letter),
                  ),
            ),
            h('div', { class: 'buttons' }, send, postpone, days, ignore),
          );
        }),
      ),
    );
  }
  if (view.toVerify.length > 0) {
    sections.push(
      h(
        'section',
        { class: 'card verify', 'aria-label': 'À vérifier' },
        h('h3', {}, 'À vérifier (envois interrompus)'),
        ...view.toVerify.map((item) => {
          const yes = h('button', { type: 'button' }, 'Il est parti');
          const no = h('button', { type: 'button' }, 'Il n’est pas parti');
          yes.addEventListener('click', () =>
            callServer('confirmVerified', item.eventId, true).then(renderToday, fail),
          );
          no.addEventListener('click', () =>
            callServer('confirmVerified', item.eventId, false).then(renderToday, fail),
          );
          return h(
            'div',
            {},
            h(
              'p',
              {},
              `${frenchDate(item.day)} — ${item.client} — ${item.step} (${item.invoices.join(', ')})`,
            ),
            yes,
            no,
          );
        }),
      ),
    );
  }
  if (view.problems.length > 0) {
    sections.push(
      h(
        'section',
        { class: 'card problems', 'aria-label': 'Problèmes dans le classeur' },
        h('h3', {}, `Problèmes à corriger (${view.problems.length})`),
        h(
          'ul',
          {},
          ...view.problems.map((p) =>
            h(
              'li',
              {},
              ...(p.row > 0 ? [rowLink(p.row, p.column, view.invoiceSheet), ' : '] : []),
              p.message,
            ),
          ),
        ),
      ),
    );
  }
  content.replaceChildren(...sections);
}

const percent = (value: number | null) =>
  value === null ? '—' : `${value.toFixed(1).replace('.', ',')} %`;

/** The collection figures at the top of "Aujourd'hui" (the Tableau de bord tab has them all). */
function renderHeadline(view: TodayView): HTMLElement {
  const { headline } = view;
  const firstDay =
    headline.recoveryMonth === null ? undefined : parseIsoDay(`${headline.recoveryMonth}-01`);
  const month = firstDay === undefined ? '' : formatMonthYear(firstDay);
  const figure = (label: string, value: string, title: string) =>
    h(
      'div',
      { class: 'figure', title },
      h('span', { class: 'value' }, value),
      h('span', { class: 'label' }, label),
    );
  const open = h('button', { type: 'button', class: 'link' }, 'Voir le tableau de bord');
  open.addEventListener('click', () => {
    void callServer('showDashboard').then((name) => say(`Onglet « ${name} » affiché.`), fail);
  });
  return h(
    'section',
    { class: 'headline', 'aria-label': 'Chiffres clés' },
    open,
    figure('Encours', euros(headline.receivablesCents), 'Total des factures non réglées'),
    figure(
      'En retard',
      euros(headline.overdueCents),
      'Part de l’encours dont l’échéance est passée',
    ),
    figure(
      'DSO',
      headline.dsoDays === null ? '—' : `${String(headline.dsoDays).replace('.', ',')} j`,
      `Délai moyen d’encaissement sur les ${headline.dsoPeriodDays} derniers jours`,
    ),
    figure(
      `Recouvré (${month})`,
      percent(headline.recoveryRatePercent),
      'Encaissé après échéance ÷ montant en retard ou arrivé à échéance dans le mois',
    ),
  );
}

/** "Ligne 40 (Montant)" as a link that selects the row in the sheet. */
function rowLink(row: number, column: string, sheet: string): HTMLElement {
  const link = h(
    'a',
    { href: '#', title: `Aller à la ligne ${row} de « ${sheet} »` },
    `Ligne ${row}${column ? ` (${column})` : ''}`,
  );
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void callServer('showRow', row).then(
      (name) => say(`Ligne ${row} sélectionnée dans « ${name} ».`),
      fail,
    );
  });
  return link;
}

async function showToday(announce = true): Promise<void> {
  if (announce) say('Chargement des relances du jour…');
  try {
    const view = await callServer('getToday');
    renderToday(view);
    if (announce) say(`Relances du ${frenchDate(view.date)} : ${view.totals.actions} action(s).`);
  } catch (error) {
    fail(error);
  }
}

/* --------------------------------------------------------------- clients */

const TYPE_LABELS = Object.fromEntries(
  RECORDABLE_TYPES.map((t) => [t, EVENT_TYPE_LABELS[t].fr]),
) as Record<RecordableType, string>;

function renderClient(view: ClientView): HTMLElement {
  const invoices = h(
    'table',
    { class: 'invoices' },
    h('caption', {}, `Solde ouvert : ${euros(view.openBalanceCents)}`),
    h(
      'tr',
      {},
      ...['Facture', 'Échéance (retard)', 'Solde (pénalités)', 'État', 'Prochaine étape'].map((t) =>
        h('th', { scope: 'col' }, t),
      ),
    ),
    ...view.invoices.map((i) =>
      h(
        'tr',
        { 'data-invoice': i.number },
        h('td', {}, i.number),
        h(
          'td',
          {},
          frenchDate(i.dueDate),
          h('span', { class: 'late' }, i.daysLate > 0 ? ` (${i.daysLate} j)` : ''),
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
          i.nextStep === null ? '—' : `${i.nextStep} le ${frenchDate(i.nextDate)}`,
        ),
      ),
    ),
  );
  const type = h(
    'select',
    {},
    ...RECORDABLE_TYPES.map((t) => h('option', { value: t }, TYPE_LABELS[t])),
  );
  const amount = h('input', { type: 'text', inputmode: 'decimal', placeholder: '250,00' });
  const date = h('input', { type: 'date' });
  const detail = h('input', { type: 'text' });
  const instalments = h('textarea', {
    rows: '3',
    placeholder: '15/04/2026 ; 500,00\n15/05/2026 ; 500,00',
  });
  const confirm = h('input', { type: 'checkbox', checked: true });
  const boxes = view.invoices.map((i) =>
    h('input', { type: 'checkbox', value: i.number, checked: view.invoices.length === 1 }),
  );
  const form = h(
    'form',
    { 'aria-label': 'Noter une réponse du client', novalidate: true },
    h('h3', {}, 'Noter une réponse'),
    field('Type', type, 'type'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Factures'),
      ...boxes.map((box, i) => h('label', {}, box, ` ${view.invoices[i]?.number ?? ''}`)),
      h('div', { class: 'error', 'data-error-for': 'invoices', role: 'alert' }),
    ),
    field('Montant', amount, 'amountCents'),
    field('Date (promesse, nouvelle échéance, fin de pause)', date, 'date'),
    field('Détail (motif, numéro de suivi, note)', detail, 'detail'),
    field('Échéancier : une ligne par échéance « date ; montant »', instalments, 'instalments'),
    h('label', {}, confirm, ' Envoyer au client une confirmation écrite (promesse, échéancier)'),
    h('div', { class: 'error', 'data-error-for': '_form', role: 'alert' }),
    h('button', { type: 'submit', class: 'action' }, 'Enregistrer'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input: RecordInput = {
      clientKey: view.clientKey,
      type: type.value as RecordableType,
      invoices: boxes.filter((b) => b.checked).map((b) => b.value),
      confirm: confirm.checked,
    };
    if (amount.value.trim() !== '') {
      const cents = parseAmount(amount.value);
      if (cents === undefined) {
        showFieldErrors(form, [
          { field: 'amountCents', message: 'Montant illisible : écrivez par exemple 250,00.' },
        ]);
        return;
      }
      input.amountCents = cents;
    }
    if (date.value !== '') input.date = date.value;
    if (detail.value.trim() !== '') input.detail = detail.value.trim();
    if (instalments.value.trim() !== '') {
      const lines = instalments.value.split('\n').filter((l) => l.trim() !== '');
      const parsed = lines.map((line) => {
        const [d = '', a = ''] = line.split(';');
        const day = parseDay(d.trim());
        return {
          date: day === undefined ? '' : formatIsoDay(day),
          amountCents: parseAmount(a.trim()) ?? 0,
        };
      });
      input.instalments = parsed;
    }
    callServer('recordClientEvent', input).then((result) => {
      if (!result.ok) {
        showFieldErrors(form, result.errors);
        say('Certains champs sont à corriger.');
        return;
      }
      say(
        `${TYPE_LABELS[input.type]} enregistré(e) pour ${view.client}.${result.confirmation === undefined ? '' : ` ${result.confirmation}`}`,
      );
      panel.replaceWith(renderClient(result.view));
    }, fail);
  });
  const history = h(
    'ul',
    { class: 'history' },
    ...view.history.map((e) =>
      h(
        'li',
        {},
        `${frenchDate(e.day)} — ${e.type}${e.step ? ` (${e.step})` : ''} — ${e.invoices.join(', ')}`,
        e.detail ? ` — ${e.detail}` : '',
        e.state ? ` [${e.state}]` : '',
      ),
    ),
  );
  const panel = h(
    'section',
    { class: 'client', 'aria-label': view.client },
    h('h2', {}, view.client),
    h(
      'p',
      { class: `rating rating-${view.behaviour.rating}` },
      `Profil de paiement : ${view.behaviour.ratingLabel} — retard moyen ${String(view.behaviour.averageDaysLate).replace('.', ',')} j, ${view.behaviour.reminders} relance(s) envoyée(s).`,
    ),
    invoices,
    form,
    h('h3', {}, 'Historique'),
    history,
  );
  return panel;
}

async function showClients(): Promise<void> {
  say('Chargement des clients…');
  try {
    const clients = await callServer('listClients');
    const select = h(
      'select',
      {},
      h('option', { value: '' }, 'Choisir un client…'),
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
    content.replaceChildren(field('Client', select, 'client'), holder);
    say(`${clients.length} client(s) avec un solde ouvert.`);
  } catch (error) {
    fail(error);
  }
}

/* --------------------------------------------------------------- settings */

const STEP_NAMES: Record<string, string> = {
  'pre-echeance': 'Rappel avant échéance',
  'relance-1': 'Première relance',
  appel: 'Relance téléphonique',
  'relance-2': 'Courrier de rappel',
  'mise-en-demeure': 'Mise en demeure',
  contentieux: 'Recours',
};

async function showSettings(): Promise<void> {
  say('Chargement des paramètres…');
  try {
    const [settings, texts, placeholders] = await Promise.all([
      callServer('getSettingsForm'),
      callServer('getDefaultTexts'),
      callServer('getPlaceholders'),
    ]);
    const number = (
      value: number,
      name: string,
      label: string,
      attributes: Record<string, string> = {},
    ) => field(label, h('input', { type: 'number', value: String(value), ...attributes }), name);
    const checkbox = (checked: boolean, name: string, label: string) =>
      h(
        'div',
        { class: 'form-group' },
        h('label', {}, h('input', { type: 'checkbox', name, checked }), ` ${label}`),
        h('div', { class: 'error', 'data-error-for': name, role: 'alert' }),
      );
    const ladder = h(
      'table',
      { class: 'ladder' },
      h('caption', {}, 'Étapes (jours après l’échéance, écart minimum après l’étape précédente)'),
      h(
        'tr',
        {},
        ...['Étape', 'Active', 'Jours', 'Écart'].map((t) => h('th', { scope: 'col' }, t)),
      ),
      ...settings.ladder.map((step, i) =>
        h(
          'tr',
          {},
          h('td', {}, STEP_NAMES[step.id] ?? step.id),
          h(
            'td',
            {},
            h('input', {
              type: 'checkbox',
              name: `ladder[${i}].enabled`,
              checked: step.enabled,
              'aria-label': `${STEP_NAMES[step.id] ?? step.id} active`,
            }),
          ),
          h(
            'td',
            {},
            h('input', {
              type: 'number',
              name: `ladder[${i}].offsetDays`,
              value: String(step.offsetDays),
              'aria-label': `${STEP_NAMES[step.id] ?? step.id} : jours après l’échéance`,
            }),
          ),
          h(
            'td',
            {},
            h('input', {
              type: 'number',
              name: `ladder[${i}].minGapDays`,
              value: String(step.minGapDays),
              'aria-label': `${STEP_NAMES[step.id] ?? step.id} : écart minimum`,
            }),
          ),
        ),
      ),
    );
    const ladderErrors = settings.ladder.flatMap((_, i) =>
      ['enabled', 'offsetDays', 'minGapDays'].map((k) =>
        h('div', { class: 'error', 'data-error-for': `ladder[${i}].${k}`, role: 'alert' }),
      ),
    );
    const penaltyMode = h(
      'select',
      {},
      h(
        'option',
        { value: 'legal', selected: settings.penalties.mode === 'legal' },
        'Taux légal (BCE + 10 points)',
      ),
      h(
        'option',
        { value: 'contractual', selected: settings.penalties.mode === 'contractual' },
        'Taux contractuel',
      ),
    );
    const language = h(
      'select',
      {},
      h('option', { value: 'fr', selected: settings.sending.defaultLanguage === 'fr' }, 'Français'),
      h('option', { value: 'en', selected: settings.sending.defaultLanguage === 'en' }, 'Anglais'),
    );
    const sendMode = h(
      'select',
      {},
      h('option', { value: 'send', selected: settings.sending.mode === 'send' }, 'Envoyer'),
      h(
        'option',
        { value: 'preview', selected: settings.sending.mode === 'preview' },
        'Aperçu seulement',
      ),
    );

    const edited: Record<string, { subject: string; body: string }> = {};
    const templateStep = h(
      'select',
      {},
      ...Object.keys(texts).map((id) => h('option', { value: id }, STEP_NAMES[id] ?? id)),
    );
    const templateLanguage = h(
      'select',
      {},
      h('option', { value: 'fr' }, 'Français'),
      h('option', { value: 'en' }, 'Anglais'),
    );
    const subject = h('input', { type: 'text' });
    const body = h('textarea', { rows: '10' });
    const preview = h('div', { class: 'preview', 'aria-live': 'polite' });
    const loadTemplate = () => {
      const key = `${templateStep.value}|${templateLanguage.value}`;
      const text =
        edited[key] ?? texts[templateStep.value]?.[templateLanguage.value as 'fr' | 'en'];
      subject.value = text?.subject ?? '';
      body.value = text?.body ?? '';
      preview.replaceChildren();
    };
    const remember = () => {
      edited[`${templateStep.value}|${templateLanguage.value}`] = {
        subject: subject.value,
        body: body.value,
      };
    };
    templateStep.addEventListener('change', loadTemplate);
    templateLanguage.addEventListener('change', loadTemplate);
    subject.addEventListener('input', remember);
    body.addEventListener('input', remember);
    loadTemplate();
    const previewButton = h('button', { type: 'button' }, 'Aperçu sur une facture réelle');
    previewButton.addEventListener('click', () => {
      callServer(
        'previewTemplate',
        templateStep.value as never,
        templateLanguage.value as 'fr' | 'en',
        subject.value,
        body.value,
      ).then((result) => {
        preview.replaceChildren(
          result.ok
            ? h(
                'div',
                {},
                h('p', { class: 'secondary' }, `Facture ${result.invoice}`),
                h('p', { class: 'subject' }, result.subject),
                h('pre', { class: 'body' }, result.body),
              )
            : h('ul', { class: 'error' }, ...result.problems.map((p) => h('li', {}, p))),
        );
      }, fail);
    });

    const form = h(
      'form',
      { 'aria-label': 'Paramètres', novalidate: true },
      h('h2', {}, 'Paramètres'),
      h('details', { open: true }, h('summary', {}, 'Entreprise'), ...firmFields(settings.firm)),
      h(
        'details',
        {},
        h('summary', {}, 'Échelle de relance'),
        ladder,
        ...ladderErrors,
        h('div', { class: 'error', 'data-error-for': 'ladder', role: 'alert' }),
        checkbox(
          settings.chronicPayers.earlyReminder,
          'chronicPayers.earlyReminder',
          'Rappel anticipé pour les clients en retard chronique (plus de 20 jours de retard en moyenne)',
        ),
        number(
          settings.chronicPayers.daysBefore,
          'chronicPayers.daysBefore',
          'Ce rappel part … jours avant l’échéance',
          { min: '1', max: '30' },
        ),
      ),
      h(
        'details',
        {},
        h('summary', {}, 'Pénalités'),
        field('Taux des pénalités', penaltyMode, 'penalties.mode'),
        number(
          settings.penalties.contractualRatePercent,
          'penalties.contractualRatePercent',
          'Taux contractuel (%)',
          { step: '0.01', min: '0' },
        ),
        number(
          settings.penalties.indemnityCents / 100,
          'penalties.indemnityCents',
          'Indemnité forfaitaire par facture (€)',
          { min: '40' },
        ),
      ),
      h(
        'details',
        {},
        h('summary', {}, 'Envoi'),
        field('Mode', sendMode, 'sending.mode'),
        field('Heure de l’envoi automatique', hourSelect(settings.sending.hour), 'sending.hour'),
        number(
          settings.clientGapDays,
          'clientGapDays',
          'Écart minimum entre deux relances d’un client (jours)',
          { min: '0', max: '30' },
        ),
        number(
          settings.sending.quotaReserve,
          'sending.quotaReserve',
          'Réserve de quota d’emails (destinataires)',
          { min: '0' },
        ),
        checkbox(
          settings.sending.copyToSelf,
          'sending.copyToSelf',
          'M’envoyer une copie de chaque relance',
        ),
        checkbox(
          settings.sending.sendOnNonBusinessDays,
          'sending.sendOnNonBusinessDays',
          'Envoyer aussi les week-ends et jours fériés',
        ),
        field('Langue par défaut', language, 'sending.defaultLanguage'),
      ),
      h(
        'details',
        {},
        h('summary', {}, 'Modèles de message'),
        field('Étape', templateStep, 'template.step'),
        field('Langue', templateLanguage, 'template.language'),
        field('Objet', subject, 'template.subject'),
        field('Message', body, 'template.body'),
        previewButton,
        preview,
        h(
          'details',
          {},
          h('summary', {}, 'Champs disponibles'),
          h(
            'ul',
            { class: 'placeholders' },
            ...placeholders.map((p) => h('li', {}, h('code', {}, p.name), ` : ${p.description}`)),
          ),
        ),
      ),
      h('div', { class: 'error', 'data-error-for': '_form', role: 'alert' }),
      h('button', { type: 'submit', class: 'action' }, 'Enregistrer'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
      const templates: Settings['templates'] = { ...settings.templates };
      for (const [key, text] of Object.entries(edited)) {
        const [step = '', lang = 'fr'] = key.split('|');
        const defaults = texts[step]?.[lang as 'fr' | 'en'];
        if (
          defaults !== undefined &&
          defaults.subject === text.subject &&
          defaults.body === text.body
        )
          continue;
        templates[step] = {
          ...(templates[step] ?? {}),
          [lang]: { subject: text.subject, body: text.body },
        };
      }
      const next: Settings = {
        ...settings,
        firm: readFirm(form),
        clientGapDays: Number(input('clientGapDays').value),
        chronicPayers: {
          earlyReminder: input('chronicPayers.earlyReminder').checked,
          daysBefore: Number(input('chronicPayers.daysBefore').value),
        },
        ladder: settings.ladder.map((step, i) => ({
          ...step,
          enabled: input(`ladder[${i}].enabled`).checked,
          offsetDays: Number(input(`ladder[${i}].offsetDays`).value),
          minGapDays: Number(input(`ladder[${i}].minGapDays`).value),
        })),
        penalties: {
          ...settings.penalties,
          mode: penaltyMode.value === 'contractual' ? 'contractual' : 'legal',
          contractualRatePercent: Number(input('penalties.contractualRatePercent').value),
          indemnityCents: Math.round(Number(input('penalties.indemnityCents').value) * 100),
        },
        sending: {
          ...settings.sending,
          mode: sendMode.value === 'preview' ? 'preview' : 'send',
          hour: Number((form.elements.namedItem('sending.hour') as HTMLSelectElement).value),
          quotaReserve: Number(input('sending.quotaReserve').value),
          copyToSelf: input('sending.copyToSelf').checked,
          sendOnNonBusinessDays: input('sending.sendOnNonBusinessDays').checked,
          defaultLanguage: language.value === 'en' ? 'en' : 'fr',
        },
        templates,
      };
      callServer('saveSettingsForm', next).then((result) => {
        if (!result.ok) {
          showFieldErrors(
            form,
            result.errors.map((e) =>
              e.field.startsWith('templates.') ? { ...e, field: 'template.body' } : e,
            ),
          );
          form.querySelectorAll('details').forEach((d) => {
            if (
              d.querySelector('[aria-invalid="true"]') ||
              [...d.querySelectorAll('.error')].some((e) => e.textContent !== '')
            )
              d.open = true;
          });
          say('Rien n’a été enregistré : corrigez les champs signalés.');
          return;
        }
        say('Paramètres enregistrés.');
      }, fail);
    });
    content.replaceChildren(form);
    say('');
  } catch (error) {
    fail(error);
  }
}

/* --------------------------------------------------------------- start */

app.replaceChildren(h('header', {}, h('h1', {}, 'Relance')), nav, status, alertBox, content);
callServer('getSidebarState').then((state) => {
  if (!state.configured) showSetup(state);
  else selectTab('today');
}, fail);
