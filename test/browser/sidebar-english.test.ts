/**
 * The sidebar of a user whose Google account is in English (Session.getActiveUserLocale « en-GB »):
 * the server gives the language with the first call, and every screen, status line and server
 * answer reads in English, from the set-up to « Today » and a client's view.
 */
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TodayView } from '../../src/core/plan/views';
import { openRuntime } from '../../src/local/runtime';
import { SCOPES, withdrawConsent } from '../../src/local/runtime/scopes';
import { readConfig } from '../../src/local/workspace';
import { ARTIFACTS, startHarness, type Harness } from './harness';

/** Completes the welcome screen's identity of the firm and saves it: the tabs are made. */
async function setUp(page: Page): Promise<void> {
  await page.getByLabel('Company name', { exact: true }).fill('Atelier Dupont SARL');
  await page.getByLabel('Address', { exact: true }).fill('18 rue de la République, 69002 Lyon');
  await page.getByLabel('SIRET', { exact: true }).fill('812 345 678 00013');
  await page.getByLabel('Email', { exact: true }).fill('compta@atelier-dupont.fr');
  await page.getByLabel('Signatory', { exact: true }).fill('Camille Dupont');
  await page.getByLabel('IBAN', { exact: true }).fill('FR76 3000 6000 0112 3456 7890 189');
  await page.getByRole('button', { name: 'Save and create the tabs' }).click();
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 30_000 })
    .toMatch(/^Reminders of 16 March 2026: \d+ actions?\.$/);
}

describe('the sidebar of an English-speaking user', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({ today: '2026-03-16', userLocale: 'en-GB' });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('sets up in English, the server’s refusals included', async () => {
    const { page } = harness;
    await expect
      .poll(() => page.getByRole('heading', { name: 'Welcome to Relance' }).isVisible())
      .toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('table').textContent()).toContain('Invoice tab: “Factures”');
    await page.getByLabel('SIRET').fill('123');
    await page.getByRole('button', { name: 'Save and create the tabs' }).click();
    await expect
      .poll(() => page.locator('[data-error-for="firm.siret"]').textContent())
      .toContain('« SIRET » : the SIRET must have 14 digits');
    expect(await page.getByRole('status').textContent()).toBe('Some fields need correcting.');

    await setUp(page);
  });

  it('shows « Today » in English', async () => {
    const { page } = harness;
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Today');
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Today', 'Clients', 'Settings']);
    const headline = page.getByRole('region', { name: 'Key figures' });
    expect(await headline.textContent()).toContain('Overdue');
    expect(await page.locator('p.totals').textContent()).toMatch(
      /^\d+ invoices followed, €[\d,]+\.\d\d overdue\.$/,
    );
    expect(await page.getByRole('button', { name: /^Send all \(\d+\)$/ }).isVisible()).toBe(true);
    const first = page.locator('.action-item').first();
    expect(await first.locator('strong').textContent()).toMatch(
      /^(Pre-due reminder|First reminder|Phone call|Reminder letter|Formal notice)/,
    );
    expect(await first.getByRole('button').allTextContents()).toEqual([
      'Send',
      'Postpone',
      'Ignore',
    ]);
    const problems = page.getByRole('region', { name: 'Problems in the workbook' });
    expect(await problems.textContent()).toContain('Row 40 (Montant TTC)');
    // The problem itself, which the Suivi writes in French, is said in English here.
    expect(await problems.textContent()).toContain(
      'Amount unreadable: « 12,3,4 ». Write a number like 1 234,56.',
    );
    expect(await problems.textContent()).toContain(
      'Reminder « relance-2 » not sent: your legal form (SARL, SAS, EI…) missing. Fill them in under Settings › Company.',
    );
    expect(await problems.textContent()).not.toMatch(/illisible|Écrivez|non envoyée|manquant/);
    await page.getByRole('link', { name: 'Row 40 (Montant TTC)' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Row 40 selected in “Factures”.');
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-today-en.png'), fullPage: true });
  });

  it('shows a client in English, and says in English what the server answers', async () => {
    const { page } = harness;
    await page.getByRole('tab', { name: 'Clients' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^\d+ clients? with an open balance\.$/);
    const select = page.getByLabel('Client');
    const value = await select
      .locator('option', { hasText: 'SCI Les Tilleuls' })
      .getAttribute('value');
    await select.selectOption(value ?? '');
    const panel = page.getByRole('region', { name: 'SCI Les Tilleuls' });
    await expect.poll(() => panel.locator('tr[data-invoice]').count()).toBeGreaterThan(0);
    expect(await panel.locator('p.rating').textContent()).toMatch(
      /^Payment profile: (punctual|late|chronic late payer) — [\d.]+ days late on average, (1 reminder sent|\d+ reminders sent)\.$/,
    );
    expect(await panel.locator('th').allTextContents()).toEqual([
      'Invoice',
      'Due (days late)',
      'Balance (penalties)',
      'State',
      'Next step',
    ]);
    expect(await panel.locator('caption').textContent()).toMatch(/^Open balance: €/);
    expect(await panel.getByRole('heading', { name: 'Record an answer' }).isVisible()).toBe(true);
    await panel.getByRole('button', { name: 'Prepare the order for payment dossier' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Dossier not prepared: see what is missing.');
    expect(await panel.getByRole('alert', { name: 'What is missing' }).textContent()).toMatch(
      /formal notice/,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-client-en.png'), fullPage: true });
  });

  it('shows the settings in English and says so when they are saved', async () => {
    const { page } = harness;
    await page.getByRole('tab', { name: 'Settings' }).click();
    const form = page.getByRole('form', { name: 'Settings' });
    await expect.poll(() => form.isVisible()).toBe(true);
    expect(await form.locator('summary').allTextContents()).toEqual(
      expect.arrayContaining([
        'Company',
        'Dunning ladder',
        'Penalties',
        'Sending',
        'Message templates',
      ]),
    );
    expect(
      await page
        .getByLabel('Hour of the automatic sending')
        .locator('option')
        .first()
        .textContent(),
    ).toBe('0:00');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Settings saved.');
  });

  it('says in English why an action it sends did not go: a run under way, an action gone', async () => {
    const { page, dir } = harness;
    await page.getByRole('tab', { name: 'Today' }).click();
    const first = page.locator('.action-item').first();
    await expect.poll(() => first.isVisible()).toBe(true);
    const elsewhere = () =>
      openRuntime({
        workspaceDir: dir,
        now: new Date('2026-03-16T10:00:00+01:00'),
        ...readConfig(dir),
      });

    // Another window ignores the action the page still shows.
    const other = await elsewhere();
    const today = other.invokeByName('getToday', []) as TodayView;
    const key = today.clients[0]?.actions[0]?.key ?? '';
    other.invokeByName('ignoreAction', [key]);
    await other.close();
    const shown = page.locator(`.action-item[data-key="${key}"]`);
    expect(await shown.count()).toBe(1);
    await shown.getByRole('button', { name: 'Send', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 60_000 })
      .toBe('This action is no longer due today: reload the list.');

    const run = await elsewhere();
    const lock = (
      run.sandbox.context as { LockService: GoogleAppsScript.Lock.LockService }
    ).LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    try {
      await first.getByRole('button', { name: 'Send', exact: true }).click();
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 60_000 })
        .toBe('A run is already under way in this workbook. Try again in a few minutes.');
    } finally {
      lock.releaseLock();
      await run.close();
    }
  });

  it('sends from « Today » and says in English what became of each action', async () => {
    const { page } = harness;
    await page.getByRole('tab', { name: 'Today' }).click();
    const first = page.locator('.action-item').first();
    await expect.poll(() => first.isVisible()).toBe(true);
    await first.getByRole('button', { name: 'Send', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/^.+: (sent|task created)\.$/);
    await page.getByRole('button', { name: /^Send all \(\d+\)$/ }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/^\d+ actions? done\.$/);
    await expect.poll(() => page.locator('.action-item').count()).toBe(0);
  });
});

/** The Journal's cells, row by row, as the workbook stores them. */
async function journalCells(dir: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const cells: string[] = [];
  book.getWorksheet('Journal des relances')?.eachRow((row, n) => {
    if (n > 1) cells.push((row.values as unknown[]).map((v) => String(v ?? '')).join(' | '));
  });
  return cells;
}

describe('an English-speaking user whose email quota is spent for the day', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({
      today: '2026-03-16',
      userLocale: 'en-GB',
      mailDailyQuota: 0,
    });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('reads in English why a reminder sent from « Today » waits, and the Journal stays French', async () => {
    const { page } = harness;
    await expect
      .poll(() => page.getByRole('heading', { name: 'Welcome to Relance' }).isVisible())
      .toBe(true);
    await setUp(page);
    const reminder = page.locator('.action-item', { hasText: 'First reminder' }).first();
    await expect.poll(() => reminder.isVisible(), { timeout: 30_000 }).toBe(true);
    const before = await journalCells(harness.dir);
    await reminder.getByRole('button', { name: 'Send', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/^.+: Today’s email sending quota is reached: sending postponed to the next run\.$/);
    expect(await page.getByRole('status').textContent()).not.toMatch(/Quota|reporté/);
    // An action the quota holds back waits without a Journal row, and nothing English is written.
    const after = await journalCells(harness.dir);
    expect(after).toEqual(before);
  });

  it('reads in English that « Send all » needs Relance authorised again, rather than a count', async () => {
    const { page } = harness;
    withdrawConsent(resolve('build'), harness.dir, SCOPES.userinfoEmail);
    await page.getByRole('button', { name: /^Send all \(\d+\)$/ }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 60_000 })
      .toMatch(/Relance must be authorised again: /);
    expect(await page.getByRole('status').textContent()).not.toMatch(/done/);
  });
});
