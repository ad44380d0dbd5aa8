/**
 * "Aujourd'hui": the collection figures, today's actions per client (preview, send, postpone,
 * ignore, or send them all with progress), the interrupted sends to check, and the rows of the
 * invoice tab to fix.
 */
import type { TodayView } from '../../src/core/plan/views';
import type { RunReport } from '../../src/core/reports/run-report';
import { parseIsoDay } from '../../src/core/values/day';
import { DASHBOARD_TEXT } from '../../src/core/words/catalogue';
import { formatMonthYear } from '../../src/core/words/format';
import { EVENT_STATE_LABELS, OUTCOME_LABELS } from '../../src/core/words/labels';
import { callServer } from '../server';
import { euros, shortDate, h } from '../dom';
import { content, fail, say } from '../shell';
import { inLanguage, language, words } from '../words';

type ClientActions = TodayView['clients'][number];
type TodayAction = ClientActions['actions'][number];

const percent = (value: number | null) => (value === null ? '—' : words().oneDecimalPercent(value));

/** Loads today's view from the server and shows it. */
export async function showToday(announce = true): Promise<void> {
  if (announce) say(words().loadingToday);
  try {
    const view = await callServer('getToday');
    renderToday(view);
    if (announce) say(words().todayStatus(shortDate(view.date), view.totals.actions));
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
      words().totals(view.totals.followed, euros(view.totals.overdueCents)),
    ),
    sendAllToolbar(view),
  ];
  if (view.clients.length === 0) sections.push(h('p', {}, words().nothingToday));
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
    'aria-label': words().sendProgress,
  });
  const sendAll = h(
    'button',
    { type: 'button', class: 'action' },
    words().sendAll(view.totals.actions),
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
          say(words().sendingOf(i + 1, keys.length));
          const report = await callServer('sendActions', [key]);
          // A run that cannot go (under way, not authorised, no invoice tab…) stops the batch.
          if (report.status !== 'ok') throw new Error(report.message);
          sent += report.actions.filter((a) => a.outcome === 'sent' || a.outcome === 'task').length;
          progress.value = i + 1;
        }
        say(words().actionsDone(sent));
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

/**
 * « Hôtel du Port : envoyé. »: what became of one action sent from its button; the run's own
 * message when it did not go (busy, not authorised) or no longer was due.
 */
function outcomeOf(client: ClientActions, report: RunReport): string {
  const outcome = report.actions[0];
  if (report.status !== 'ok' || outcome === undefined) return report.message;
  const what =
    outcome.outcome === 'sent'
      ? words().sent
      : outcome.outcome === 'task'
        ? inLanguage(OUTCOME_LABELS.task)
        : (outcome.reason ?? inLanguage(EVENT_STATE_LABELS.deferred));
  return words().actionOutcome(client.client, what);
}

/** Send, postpone or ignore one action, each saying what happened. */
function actionButtons(client: ClientActions, action: TodayAction): HTMLElement {
  const send = h('button', { type: 'button', class: 'action' }, words().send);
  const postpone = h('button', { type: 'button' }, words().postpone);
  const ignore = h('button', { type: 'button' }, words().ignore);
  const days = h(
    'select',
    { 'aria-label': words().postponeBy },
    ...[3, 7, 14].map((d) => h('option', { value: String(d) }, words().days(d))),
  );
  send.addEventListener('click', () => {
    send.disabled = true;
    callServer('sendActions', [action.key]).then(
      (report) => {
        say(outcomeOf(client, report));
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
      say(words().postponed(client.client, Number(days.value)));
      renderToday(next);
    }, fail);
  });
  ignore.addEventListener('click', () => {
    callServer('ignoreAction', action.key).then((next) => {
      say(words().ignored(client.client));
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
    action.to.length > 0 ? h('p', { class: 'secondary' }, words().to(action.to.join(', '))) : null,
    h(
      'details',
      {},
      h('summary', {}, words().preview),
      h('p', { class: 'subject' }, action.subject),
      h('pre', { class: 'body' }, action.body),
      action.letter === null
        ? null
        : h(
            'details',
            {},
            h('summary', {}, words().letter),
            h('pre', { class: 'body' }, action.letter),
          ),
    ),
    actionButtons(client, action),
  );
}

function toVerifySection(view: TodayView): HTMLElement {
  return h(
    'section',
    { class: 'card verify', 'aria-label': words().toVerify },
    h('h3', {}, words().toVerifyTitle),
    ...view.toVerify.map((item) => {
      const yes = h('button', { type: 'button' }, words().wentOut);
      const no = h('button', { type: 'button' }, words().didNotGoOut);
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
          `${shortDate(item.day)} — ${item.client} — ${item.step} (${item.invoices.join(', ')})`,
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
  const rate = words().ecbRate(pending.lastKnownPercent);
  const halfYear = shortDate(pending.halfYear);
  const confirm = h('button', { type: 'button', class: 'action' }, words().confirmRate(rate));
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    callServer('confirmEcbRate', pending.halfYear).then((result) => {
      if (!result.ok) {
        confirm.disabled = false;
        say(result.message);
        return;
      }
      renderToday(result.view);
      say(words().rateConfirmed(halfYear, rate));
    }, fail);
  });
  return h(
    'section',
    { class: 'card', 'aria-label': words().ecbToConfirm },
    h('h3', {}, words().ecbRateOn(halfYear)),
    h('p', {}, words().ecbExplained(halfYear, rate, shortDate(pending.lastKnownSince))),
    confirm,
  );
}

function problemsSection(view: TodayView): HTMLElement {
  return h(
    'section',
    { class: 'card problems', 'aria-label': words().problemsInWorkbook },
    h('h3', {}, words().problemsToFix(view.problems.length)),
    h(
      'ul',
      {},
      ...view.problems.map((p) =>
        h(
          'li',
          {},
          ...(p.row > 0
            ? [rowLink(p.row, p.column, view.invoiceSheet), words().problemAfterRow]
            : []),
          inLanguage(p.text),
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
  const month = firstDay === undefined ? '' : formatMonthYear(firstDay, language());
  const labels = DASHBOARD_TEXT[language()];
  const figure = (label: string, value: string, title: string) =>
    h(
      'div',
      { class: 'figure', title },
      h('span', { class: 'value' }, value),
      h('span', { class: 'label' }, label),
    );
  const open = h('button', { type: 'button', class: 'link' }, words().openDashboard);
  open.addEventListener('click', () => {
    void callServer('showDashboard').then((name) => say(words().tabShown(name)), fail);
  });
  return h(
    'section',
    { class: 'headline', 'aria-label': labels.keyFigures },
    open,
    figure(labels.balance, euros(headline.receivablesCents), words().receivablesTitle),
    figure(labels.overdueShort, euros(headline.overdueCents), words().overdueTitle),
    figure(
      'DSO',
      headline.dsoDays === null ? '—' : words().dsoValue(headline.dsoDays),
      words().dsoTitle(headline.dsoPeriodDays),
    ),
    figure(words().recovered(month), percent(headline.recoveryRatePercent), words().recoveredTitle),
  );
}

/** "Ligne 40 (Montant)" as a link that selects the row in the sheet. */
function rowLink(row: number, column: string, sheet: string): HTMLElement {
  const link = h('a', { href: '#', title: words().goToRow(row, sheet) }, words().row(row, column));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void callServer('showRow', row).then((name) => say(words().rowSelected(row, name)), fail);
  });
  return link;
}
