/**
 * Starts a workspace, `relance sidebar` over it, and Debian's Chromium driven by playwright-core
 * (no browser download: /usr/bin/chromium, with the flags this machine's closed network needs).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';
import { serveSidebar, type RunningSidebar } from '../../src/local/sidebar-server';
import { initWorkspace } from '../../src/local/init';

export const ARTIFACTS = resolve('test-artifacts');

export interface Harness {
  browser: Browser;
  page: Page;
  sidebar: RunningSidebar;
  dir: string;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export async function startHarness(
  options: {
    today: string;
    invoiceCount?: number;
    settings?: string;
    source?: string;
    /** The user's Google account language (Session.getActiveUserLocale); French when absent. */
    userLocale?: string;
    /** The emails Google lets the account send today (MailApp.getRemainingDailyQuota). */
    mailDailyQuota?: number;
  } = {
    today: '2026-03-16',
  },
): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const root = mkdtempSync(join(tmpdir(), 'relance-browser-'));
  const source = options.source ?? join(root, 'factures.xlsx');
  if (options.source === undefined) {
    await writeSampleWorkbook(source, {
      referenceDay: options.today,
      invoiceCount: options.invoiceCount ?? 36,
    });
  }
  const dir = join(root, 'ws');
  await initWorkspace(dir, {
    from: source,
    ...(options.settings === undefined ? {} : { settingsPath: options.settings }),
    ...(options.userLocale === undefined ? {} : { userLocale: options.userLocale }),
    ...(options.mailDailyQuota === undefined ? {} : { mailDailyQuota: options.mailDailyQuota }),
  });
  const sidebar = await serveSidebar(dir, { port: 0, today: options.today });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  // The add-ons stylesheet lives on Google's servers, out of reach here.
  await page.route('https://ssl.gstatic.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
  );
  await page.goto(sidebar.url);
  return {
    browser,
    page,
    sidebar,
    dir,
    close: async () => {
      await browser.close();
      await sidebar.close();
    },
  };
}
