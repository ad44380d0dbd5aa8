/**
 * "Aujourd'hui": the collection figures, today's actions per client (preview, send, postpone,
 * ignore, or send them all with progress), the interrupted sends to check, and the rows of the
 * invoice tab to fix.
 */
import type { TodayView } from '../../src/core/plan/views';
import { parseIsoDay } from '../../src/core/values/day';
import { formatMonthYear } from '../../src/core/words/format';
import { countOf } from '../../src/core/words/wording';
import { callServer } from '../server';
import { euros, frenchDate, h } from '../dom';
import { content, fail, say } from '../shell';

type ClientActions = TodayView['clients'][number];
type TodayAction = ClientActions['actions'][number];

const percent = (value: number | null) =>
  value === null ? '—' : `${value.toFixed(1).replace('.', ',')} %`;

/** Loads today's view from the server and shows it. */
export async function showToday(announce = true): Promise<void> {
  if (announce) say('Chargement des relances du jour…');
  try {
    const view = await callServer('getToday');
    renderToday(view);
    if (announce)
      say(
        `Relances du ${frenchDate(view.date)} : ${countOf(view.totals.actions, ['action', 'actions'], 'fr')}.`,
      );
  } catch (error) {
    fail(error);
  }
}

function renderToday(view: TodayView): void {
  const sections: Node[] = [
    renderHeadline(view),
    h(
      'p',
      { class: 'totals' },
      `${countOf(view.totals.followed, ['facture suivie', 'factures suivies'], 'fr')}, ${euros(view.totals.overdueCents)} en retard.`,
    ),
    sendAllToolbar(view),
  ];
  if (view.clients.length === 0) sections.push(h('p', {}, 'Aucune relance à faire aujourd’hui.'));
  for (const client of view.clients) {
    sections.push(
      h(
        'section',
        { class: 'card', 'aria-label': client.client },
        h('h3', {}, client.client),
        ...client.actions.map((action) => actionItem(client, action)),
      ),
    );
  }
  if (view.pendingEcbRate !== undefined) sections.push(ecbRateSection(view.pendingEcbRate));
  if (view.toVerify.length > 0) sections.push(toVerifySection(view));
  if (view.problems.length > 0) sections.push(problemsSection(view));
  content.replaceChildren(...sections);
}

/** "Envoyer tout": one server call per action, so that the progress bar moves. */
function sendAllToolbar(view: TodayView): HTMLElement {
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
        say(`${countOf(sent, ['action faite', 'actions faites'], 'fr')}.`);
        await showToday(false);
      } catch (error) {
        fail(error);
      } finally {
        sendAll.disabled = false;
      }
    })();
  });
  return h('div', { class: 'toolbar' }, sendAll, progress);
}

/** Send, postpone or ignore one action, each saying what happened. */
function actionButtons(client: ClientActions, action: TodayAction): HTMLElement {
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
  return h('div', { class: 'buttons' }, send, postpone, days, ignore);
}

function actionItem(client: ClientActions, action: TodayAction): HTMLElement {
  return h(
    'div',
    { class: 'action-item', 'data-key': action.key },
    h(
      'p',
      {},
      h('strong', {}, action.stepLabel),
      ` — ${action.invoices.join(', ')} — ${euros(action.balanceCents)}`,
    ),
    action.to.length > 0 ? h('p', { class: 'secondary' }, `À : ${action.to.join(', ')}`) : null,
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
    actionButtons(client, action),
  );
}

function toVerifySection(view: TodayView): HTMLElement {
  return h(
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
  );
}

/**
 * The ECB rate of the half-year, past Relance's table: until confirmed, the letters name it with
 * no figure and the amounts are provisional. One click records the last known rate as confirmed.
 */
function ecbRateSection(pending: NonNullable<TodayView['pendingEcbRate']>): HTMLElement {
  const rate = `${String(pending.lastKnownPercent).replace('.', ',')} %`;
  const confirm = h('button', { type: 'button', class: 'action' }, `Confirmer ${rate}`);
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    callServer('confirmEcbRate', pending.halfYear).then((result) => {
      if (!result.ok) {
        confirm.disabled = false;
        say(result.message);
        return;
      }
      renderToday(result.view);
      say(`Taux BCE du ${frenchDate(pending.halfYear)} confirmé : ${rate}.`);
    }, fail);
  });
  return h(
    'section',
    { class: 'card', 'aria-label': 'Taux BCE à confirmer' },
    h('h3', {}, `Taux BCE au ${frenchDate(pending.halfYear)}`),
    h(
      'p',
      {},
      `Relance ne connaît pas encore le taux BCE en vigueur au ${frenchDate(pending.halfYear)} : les courriers le nomment sans chiffre et les pénalités sont marquées provisoires. Le dernier taux connu est ${rate} (depuis le ${frenchDate(pending.lastKnownSince)}). S’il est toujours en vigueur d’après la BCE, confirmez-le ; sinon, saisissez le nouveau taux dans Paramètres › Pénalités.`,
    ),
    confirm,
  );
}

function problemsSection(view: TodayView): HTMLElement {
  return h(
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
  );
}

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
