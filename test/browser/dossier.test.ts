/**
 * The client view's « Préparer le dossier d’injonction de payer », pressed in Chromium against
 * `relance sidebar`, and its link followed. Drive's own pages are out of reach here: the harness
 * plays them from the workspace's drive/ (a folder's page lists its files; a file's page gives
 * its bytes), as the links Relance shows are Drive's own addresses.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSidebar, type RunningSidebar } from '../../src/local/sidebar-server';
import { readZip } from '../../src/local/runtime/zip';
import { addDays, chaseToRecourse, CLIENT, dossierWorkspace } from '../dossier-fixtures';
import { ARTIFACTS, launchBrowser } from './harness';

interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parent: string | null;
  trashed: boolean;
  path?: string;
}

/** Drive's web pages for the workspace's items: a folder's listing, a file's bytes. */
function playDrive(dir: string) {
  return async (route: Route) => {
    const url = route.request().url();
    const id = /\/folders\/([\w-]+)/.exec(url)?.[1] ?? /\/file\/d\/([\w-]+)/.exec(url)?.[1];
    const index = JSON.parse(readFileSync(join(dir, 'drive', 'index.json'), 'utf8')) as {
      items: Record<string, DriveItem>;
    };
    const item = id === undefined ? undefined : index.items[id];
    if (item === undefined) return route.fulfill({ status: 404, body: 'Introuvable' });
    if (item.path !== undefined)
      return route.fulfill({
        status: 200,
        contentType: item.mimeType,
        body: readFileSync(join(dir, 'drive', item.path)),
      });
    const children = Object.values(index.items).filter((i) => i.parent === item.id && !i.trashed);
    const rows = children.map((c) => `<li>${c.name}</li>`).join('');
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><title>${item.name}</title><h1>${item.name}</h1><ul>${rows}</ul>`,
    });
  };
}

async function openClient(page: Page, client: string): Promise<void> {
  await page.getByRole('tab', { name: 'Clients' }).click();
  const select = page.getByLabel('Client');
  await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
  const value = await select.locator('option', { hasText: client }).getAttribute('value');
  await select.selectOption(value ?? '');
}

describe('the client view’s dossier for the judge', () => {
  let dir = '';
  let day = '';
  let browser: Browser | undefined;
  let sidebar: RunningSidebar | undefined;
  let page: Page;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-browser-dossier-'));
    ({ dir } = await dossierWorkspace(root, 'leroy'));
    // The night of the recourse made that day's dossier; the button is pressed the day after.
    day = addDays((await chaseToRecourse(dir)).day, 1);
    sidebar = await serveSidebar(dir, { port: 0, today: day });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.route('https://ssl.gstatic.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
    );
    await page.context().route('https://drive.google.com/**', playDrive(dir));
    await page.goto(sidebar.url);
    await page.getByRole('heading', { name: 'Bienvenue dans Relance' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer et créer les onglets' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Relances du/ })
      .waitFor({ timeout: 60_000 });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await sidebar?.close();
  });

  it('presses « Préparer le dossier d’injonction de payer » and follows the link to its folder', async () => {
    await openClient(page, CLIENT);
    const panel = page.getByRole('region', { name: CLIENT });
    await panel.getByRole('button', { name: 'Préparer le dossier d’injonction de payer' }).click();
    const folderLink = panel.getByRole('link', { name: /^Ouvrir le dossier/ });
    await folderLink.waitFor({ timeout: 120_000 });
    const files = await panel.locator('ol.dossier-files li').allTextContents();
    expect(files).toContain('00 - Requête en injonction de payer.pdf');
    expect(files).toContain(`Dossier injonction - ${CLIENT} - ${day}.zip`);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-dossier.png'), fullPage: true });

    const [drivePage] = await Promise.all([
      page.context().waitForEvent('page'),
      folderLink.click(),
    ]);
    await drivePage.waitForLoadState();
    expect(await drivePage.locator('h1').textContent()).toBe(
      `Dossier injonction - ${CLIENT} - ${day}`,
    );
    expect((await drivePage.locator('li').allTextContents()).sort()).toEqual([...files].sort());

    const zipHref = await panel
      .getByRole('link', { name: 'Télécharger le ZIP' })
      .getAttribute('href');
    const zipBytes = await drivePage.evaluate(async (href) => {
      const response = await fetch(href ?? '');
      return Array.from(new Uint8Array(await response.arrayBuffer()));
    }, zipHref);
    const entries = readZip(Uint8Array.from(zipBytes)).map((e) => e.name);
    expect(entries.sort()).toEqual(files.filter((f) => !f.endsWith('.zip')).sort());
  }, 180_000);

  it('says where the day’s dossier is when pressed again, and makes no second one', async () => {
    await page.getByRole('tab', { name: 'Aujourd’hui' }).click();
    await openClient(page, CLIENT);
    const panel = page.getByRole('region', { name: CLIENT });
    await panel.getByRole('button', { name: 'Préparer le dossier d’injonction de payer' }).click();
    await expect
      .poll(() => panel.locator('.dossier-result').textContent(), { timeout: 60_000 })
      .toMatch(/existe déjà/);
  }, 120_000);
});
