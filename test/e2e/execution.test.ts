import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { emlCount, oneInvoicePerClient } from './one-per-client';
import type { RunReport } from '../../src/core/reports/run-report';
import { zonedInstant } from '../../src/local/time';
import { runNight } from '../../src/local/night';
import { withRuntime } from '../../src/local/workspace';

const root = mkdtempSync(join(tmpdir(), 'relance-exec-'));

const workspace = (name: string, clients: number, dueDate = '2026-02-10') =>
  oneInvoicePerClient(root, name, clients, dueDate);

describe('a large backlog', () => {
  it('stops before the time limit, goes on at the following hours and sends every letter once, making no trigger', async () => {
    const dir = await workspace('backlog', 120);
    const night = await runNight(dir, { today: '2026-03-16' });
    const first = night.report;
    expect(first.simulatedSeconds).toBeLessThan(360);
    const deferred = first.actions.filter((a) => a.outcome === 'deferred');
    expect(deferred.length).toBeGreaterThan(0);
    expect(deferred[0]?.reason).toMatch(/Temps d’exécution épuisé/);
    expect(night.continuations.length).toBeGreaterThan(0);
    const all = [first, ...night.continuations.map((c) => c.report)];
    for (const report of all) expect(report.simulatedSeconds).toBeLessThan(360);
    const sent = all.flatMap((r) =>
      r.actions.filter((a) => a.outcome === 'sent').map((a) => a.client),
    );
    expect(sent).toHaveLength(120);
    expect(new Set(sent).size).toBe(120);
    expect(all.flatMap((r) => r.actions).filter((a) => a.outcome === 'failed')).toEqual([]);
    expect(emlCount(dir)).toBe(120);
    expect(existsSync(join(dir, 'state', 'triggers.json'))).toBe(false);
    const hours = night.continuations.map((c) => c.report.date);
    expect(new Set(hours)).toEqual(new Set(['2026-03-16']));
  }, 60_000);
});

/** The Journal's states, one per row below its header. */
async function journalStates(dir: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const sheet = book.getWorksheet('Journal des relances');
  const header = (sheet?.getRow(1).values ?? []) as unknown[];
  const column = header.indexOf('État');
  const states: string[] = [];
  sheet?.eachRow((row, n) => {
    if (n > 1) states.push(String(row.getCell(column).value ?? ''));
  });
  return states;
}

describe('a backlog far larger than one execution', () => {
  it('journals only the actions its time allows, and ends under 6 minutes however slowly Sheets and Gmail answer', async () => {
    const dir = await workspace('slow-services', 300);
    // Every cell written and every message sent takes long: few actions fit in the execution.
    const slow = [
      { match: 'SpreadsheetApp.Range.setValue', ms: 300 },
      { match: 'MailApp.sendEmail', ms: 20_000 },
    ];
    const night = await withRuntime(
      dir,
      { now: zonedInstant('2026-03-16', 7, 0, 'Europe/Paris'), faults: { slow } },
      (runtime) => runtime.invokeByName('runNightly', []) as RunReport,
    );
    expect(night.simulatedSeconds).toBeLessThan(360);
    const outcomes = night.value.actions.map((a) => a.outcome);
    const sent = outcomes.filter((o) => o === 'sent').length;
    expect(sent).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o === 'deferred')).toHaveLength(300 - sent);
    // What the execution never reached waits without a row: the Journal holds the actions sent
    // and at most the one it stopped before.
    const states = await journalStates(dir);
    expect(states.filter((s) => s === 'fait')).toHaveLength(sent);
    expect(states.filter((s) => s === 'reporté').length).toBeLessThanOrEqual(1);
  }, 120_000);
});

describe('preview and non-business days', () => {
  it('builds everything in preview and sends nothing', async () => {
    const dir = await workspace('preview', 3);
    const night = await runNight(dir, { today: '2026-03-16', preview: true });
    expect(night.report.actions.map((a) => a.outcome)).toEqual(['preview', 'preview', 'preview']);
    expect(night.report.actions[0]?.subject).toBe('Rappel : facture impayée — Atelier Dupont SARL');
    expect(emlCount(dir)).toBe(0);
  });

  it('plans on a Sunday but sends on the next business day', async () => {
    const dir = await workspace('sunday', 2);
    const sunday = await runNight(dir, { today: '2026-03-15' });
    expect(
      sunday.report.actions.every(
        (a) => a.outcome === 'deferred' && /Jour non ouvré/.test(a.reason ?? ''),
      ),
    ).toBe(true);
    expect(emlCount(dir)).toBe(0);
    await runNight(dir, { today: '2026-03-16' });
    expect(emlCount(dir)).toBe(2);
  });
});

describe('a failing service', () => {
  it('reports a Drive error as a failed letter with its reason, and sends it at the next run', async () => {
    const dir = await workspace('drive-error', 1);
    const night = await runNight(dir, {
      today: '2026-03-16',
      faults: {
        services: [
          {
            match: 'Drive.Files.copy',
            message: "We're sorry, a server error occurred. Please wait a bit and try again.",
          },
        ],
      },
    });
    expect(night.report.actions[0]).toMatchObject({
      outcome: 'failed',
      reason: expect.stringMatching(/server error/),
    });
    expect(emlCount(dir)).toBe(0);
    const retry = await runNight(dir, { today: '2026-03-17' });
    expect(retry.report.actions[0]?.outcome).toBe('sent');
    expect(emlCount(dir)).toBe(1);
  });
});
