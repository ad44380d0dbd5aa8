/**
 * The sidebar speaks the language of the user's Google account (Session.getActiveUserLocale):
 * English for an English account, French for any other. The server decides it and gives it with
 * the sidebar's first call; its own answers (views, errors, refusals) follow it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TodayView } from '../../src/core/plan/views';
import type { RunReport } from '../../src/core/reports/run-report';
import type { SidebarState } from '../../src/server/entry/sidebar';
import { openRuntime } from '../../src/local/runtime';
import { SCOPES, withdrawConsent } from '../../src/local/runtime/scopes';
import { initWorkspace } from '../../src/local/init';
import { readConfig } from '../../src/local/workspace';
import ExcelJS from 'exceljs';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

const NOW = new Date('2026-03-16T10:00:00+01:00');
let dir: string;

/** One sidebar call, by a user whose account has `locale` (none: the workspace's, French). */
async function callAs(locale: string | undefined, name: string, args: unknown[] = [], now = NOW) {
  const runtime = await openRuntime({
    workspaceDir: dir,
    now,
    ...readConfig(dir),
    ...(locale === undefined ? {} : { userLocale: locale }),
  });
  try {
    return runtime.invokeByName(name, args);
  } finally {
    await runtime.close();
  }
}

async function errorAs(locale: string, name: string, args: unknown[]): Promise<string> {
  try {
    await callAs(locale, name, args);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'no error';
}

describe('the interface language the sidebar is given', () => {
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-interface-language-'));
    const source = join(root, 'factures.xlsx');
    await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 24, seed: 5 });
    dir = join(root, 'ws');
    await initWorkspace(dir, { from: source, settingsPath: 'samples/settings.example.json' });
  });

  it('is French by default, and for a French account', async () => {
    for (const locale of [undefined, 'fr', 'fr-FR']) {
      const state = (await callAs(locale, 'getSidebarState')) as SidebarState;
      expect(state.language, String(locale)).toBe('fr');
    }
  });

  it('is English for an English account, British or American', async () => {
    for (const locale of ['en', 'en-GB', 'en-US']) {
      const state = (await callAs(locale, 'getSidebarState')) as SidebarState;
      expect(state.language, locale).toBe('en');
    }
  });

  it('is French for an account in a language Relance is not translated into', async () => {
    const state = (await callAs('de', 'getSidebarState')) as SidebarState;
    expect(state.language).toBe('fr');
  });

  it('labels the day’s actions in it', async () => {
    const french = (await callAs('fr', 'getToday')) as TodayView;
    const english = (await callAs('en-GB', 'getToday')) as TodayView;
    const labels = (view: TodayView) =>
      view.clients.flatMap((c) => c.actions.map((a) => a.stepLabel));
    expect(labels(french).length).toBeGreaterThan(0);
    expect(labels(french)).toContain('Première relance');
    expect(labels(english)).toContain('First reminder');
    expect(labels(english)).not.toContain('Première relance');
  });

  it('says the server’s refusals in it', async () => {
    expect(await errorAs('en-US', 'getClient', ['nobody'])).toMatch(
      /Client not found in the invoice tab\.$/,
    );
    expect(await errorAs('de', 'getClient', ['nobody'])).toMatch(
      /Client introuvable dans l’onglet des factures\.$/,
    );
    expect(await errorAs('en', 'showRow', [999_999])).toMatch(/Row 999999 does not exist/);
  });

  it('says in it why a postponement cannot be recorded', async () => {
    const today = (await callAs('en', 'getToday')) as TodayView;
    const key = today.clients[0]?.actions[0]?.key ?? '';
    expect(await errorAs('en-GB', 'postponeAction', [key, 99])).toMatch(
      /Give a postponement between 1 and 60 days\.$/,
    );
    expect(await errorAs('en-GB', 'postponeAction', ['gone', 7])).toMatch(
      /This action is no longer due today: reload the list\.$/,
    );
    expect(await errorAs('fr', 'postponeAction', [key, 99])).toMatch(
      /Indiquez un report entre 1 et 60 jours\.$/,
    );
  });

  it('says in it that a run holds the workbook', async () => {
    const today = (await callAs('en', 'getToday')) as TodayView;
    const key = today.clients[0]?.actions[0]?.key ?? '';
    const run = await openRuntime({ workspaceDir: dir, now: NOW, ...readConfig(dir) });
    const lock = (
      run.sandbox.context as { LockService: GoogleAppsScript.Lock.LockService }
    ).LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    try {
      expect(await errorAs('en-GB', 'postponeAction', [key, 7])).toMatch(
        /A run is under way, try again in a minute\.$/,
      );
      const report = (await callAs('en-GB', 'sendActions', [[key]])) as RunReport;
      expect([report.status, report.message]).toEqual([
        'busy',
        'A run is already under way in this workbook. Try again in a few minutes.',
      ]);
      expect(await errorAs('fr', 'postponeAction', [key, 7])).toMatch(
        /Une relance est en cours, réessayez dans une minute\.$/,
      );
    } finally {
      lock.releaseLock();
      await run.close();
    }
  });

  it('says in it that the action sent is no longer due', async () => {
    const english = (await callAs('en-GB', 'sendActions', [['gone']])) as RunReport;
    const french = (await callAs('fr', 'sendActions', [['gone']])) as RunReport;
    expect(english.message).toBe('This action is no longer due today: reload the list.');
    expect(french.message).toBe('Cette action n’est plus prévue aujourd’hui : rechargez la liste.');
  });

  it('says in it why a client’s type cannot be written in the Clients tab', async () => {
    const today = (await callAs('en', 'getToday')) as TodayView;
    const key = today.clients[0]?.clientKey ?? '';
    const run = await openRuntime({ workspaceDir: dir, now: NOW, ...readConfig(dir) });
    const sheets = (
      run.sandbox.context as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }
    ).SpreadsheetApp;
    sheets.getActiveSpreadsheet().insertSheet('Clients').getRange(1, 1).setValue('notes');
    await run.close();
    const refusal = (name: string) => ({ ok: false, message: expect.stringMatching(name) });
    expect(await callAs('en-GB', 'setClientType', [key, 'trader'])).toEqual(
      refusal('^The Clients tab has no header row Relance recognises'),
    );
    expect(await callAs('fr', 'setClientType', [key, 'trader'])).toEqual(
      refusal('^L’onglet Clients n’a pas de ligne d’en-têtes reconnue'),
    );
  });

  it('says in it an error of Relance’s own that stops a run (the Suivi’s tabs hold the user’s data)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-tabs-taken-'));
    const source = join(root, 'factures.xlsx');
    await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 8, seed: 5 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(source);
    for (const name of ['Suivi des relances', 'Suivi des relances (Relance)'])
      book.addWorksheet(name).addRow(['Mes notes de suivi']);
    await book.xlsx.writeFile(source);
    const workspace = join(root, 'ws');
    await initWorkspace(workspace, { from: source, settingsPath: 'samples/settings.example.json' });
    const send = async (userLocale: string) => {
      const runtime = await openRuntime({
        workspaceDir: workspace,
        now: NOW,
        ...readConfig(workspace),
        userLocale,
      });
      try {
        runtime.invokeByName('sendActions', [[]]);
        return 'no error';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      } finally {
        await runtime.close();
      }
    };
    expect(await send('en-GB')).toMatch(
      /^Error: The tabs “Suivi des relances” and “Suivi des relances \(Relance\)” hold your own data/,
    );
    expect(await send('fr')).toMatch(
      /^Error: Les onglets « Suivi des relances » et « Suivi des relances \(Relance\) » contiennent vos propres données/,
    );
  });

  // The day held back writes the Journal on a later day than the tests above.
  it('says in it why a run it starts on a non-business day sends nothing', async () => {
    const saturday = new Date('2026-03-21T10:00:00+01:00');
    const today = (await callAs('en', 'getToday', [], saturday)) as TodayView;
    const key = today.clients[0]?.actions[0]?.key ?? '';
    const report = (await callAs('en-US', 'sendActions', [[key]], saturday)) as RunReport;
    expect(report.message).toMatch(/^Non-business day: the reminders are prepared but will go out/);
    expect(report.actions.map((a) => a.outcome)).toEqual(['deferred']);
  });

  it('says in it that a run it starts needs the user to authorise Relance again', async () => {
    const monday = new Date('2026-03-23T10:00:00+01:00');
    withdrawConsent(resolve('build'), dir, SCOPES.userinfoEmail);
    const english = (await callAs('en-GB', 'sendActions', [['gone']], monday)) as RunReport;
    const french = (await callAs('fr', 'sendActions', [['gone']], monday)) as RunReport;
    expect([english.status, english.message]).toEqual([
      'auth-required',
      expect.stringMatching(/^Relance must be authorised again: /),
    ]);
    expect(french.message).toMatch(/^Relance doit être ré-autorisée : /);
  });
});
