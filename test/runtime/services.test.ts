import { describe, expect, it } from 'vitest';
import { ZONED } from '../fixtures';
import { costOf } from '../../src/local/runtime/cost-table';
import {
  CallMeter,
  EXCEEDED_MAX_EXECUTION_TIME,
  ExecutionKilled,
} from '../../src/local/runtime/meter';
import {
  createPropertiesService,
  PROPERTY_STORE_FULL,
  PROPERTY_VALUE_TOO_LARGE,
  type PropertyStores,
} from '../../src/local/runtime/properties';
import {
  createScriptApp,
  TRIGGER_LIMIT_MESSAGE,
  type StoredTrigger,
} from '../../src/local/runtime/script-app';
import { formatDate, parseDate } from '../../src/local/runtime/utilities';

const meter = () => new CallMeter(costOf);

describe('PropertiesService', () => {
  it('stores strings and refuses a value over 9 KB or a store over 500 KB', () => {
    const stores: PropertyStores = { document: {}, script: {}, user: {} };
    const properties = createPropertiesService(stores, meter()).getDocumentProperties();
    properties.setProperty('n', 42);
    expect(properties.getProperty('n')).toBe('42');
    expect(properties.getProperty('missing')).toBeNull();
    expect(() => properties.setProperty('big', 'é'.repeat(5000))).toThrow(PROPERTY_VALUE_TOO_LARGE);
    for (let i = 0; i < 63; i += 1) properties.setProperty(`k${i}`, 'x'.repeat(8000));
    expect(() => properties.setProperty('k63', 'x'.repeat(8000))).toThrow(PROPERTY_STORE_FULL);
    expect(Object.keys(stores.document)).toHaveLength(64);
  });

  it('replaces the whole store with setProperties(…, true)', () => {
    const stores: PropertyStores = { document: { a: '1' }, script: {}, user: {} };
    createPropertiesService(stores, meter())
      .getDocumentProperties()
      .setProperties({ b: '2' }, true);
    expect(stores.document).toEqual({ b: '2' });
  });
});

describe('ScriptApp triggers', ZONED, () => {
  it('creates a daily trigger at an hour and a one-off continuation, and deletes them', () => {
    const triggers: StoredTrigger[] = [];
    let id = 0;
    const now = Date.parse('2026-03-02T18:00:00Z');
    const script = createScriptApp(triggers, meter(), {
      now: () => now,
      timeZone: 'Europe/Paris',
      scriptId: 's',
      nextId: () => `t${(id += 1)}`,
    });
    script.newTrigger('runNightly').timeBased().everyDays(1).atHour(7).create();
    script.newTrigger('continueRun').timeBased().after(60_000).create();
    expect(script.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'runNightly',
      'continueRun',
    ]);
    expect(triggers).toEqual([
      expect.objectContaining({ handler: 'runNightly', kind: 'daily', hour: 7 }),
      expect.objectContaining({ handler: 'continueRun', kind: 'after', atMs: now + 60_000 }),
    ]);
    script.deleteTrigger(
      script.getProjectTriggers()[1] as unknown as GoogleAppsScript.Script.Trigger,
    );
    expect(triggers.map((t) => t.handler)).toEqual(['runNightly']);
    expect(() => script.newTrigger('x').timeBased().atHour(25)).toThrow();
  });

  it('refuses a 21st trigger as Apps Script does', () => {
    const triggers: StoredTrigger[] = [];
    const script = createScriptApp(triggers, meter(), {
      now: () => 0,
      timeZone: 'Europe/Paris',
      scriptId: 's',
      nextId: () => String(triggers.length),
    });
    for (let i = 0; i < 20; i += 1) script.newTrigger('f').timeBased().after(1000).create();
    expect(() => script.newTrigger('f').timeBased().after(1000).create()).toThrow(
      TRIGGER_LIMIT_MESSAGE,
    );
  });
});

describe('Utilities.formatDate and parseDate with an IANA zone', ZONED, () => {
  const instant = new Date('2026-03-14T23:30:00Z');
  it('formats in the zone given, not the machine’s', () => {
    expect(formatDate(instant, 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe('2026-03-15 00:30');
    expect(formatDate(instant, 'UTC', "dd/MM/yyyy 'à' HH'h'")).toBe('14/03/2026 à 23h');
    expect(formatDate(instant, 'Pacific/Auckland', 'EEE d MMM yyyy XXX')).toBe(
      'Sun 15 Mar 2026 +13:00',
    );
  });

  it('parses a day as midnight in the zone, across daylight saving changes', () => {
    expect(parseDate('2026-03-29', 'Europe/Paris', 'yyyy-MM-dd').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(parseDate('2026-03-30', 'Europe/Paris', 'yyyy-MM-dd').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
  });
});

describe('the call meter', () => {
  it('stops a run past six simulated minutes with Apps Script’s own error', () => {
    const m = meter();
    expect(() => {
      for (let i = 0; i < 100_000; i += 1) m.record('SpreadsheetApp.Range.setValue');
    }).toThrow(EXCEEDED_MAX_EXECUTION_TIME);
    expect(m.simulatedMs).toBeGreaterThan(360_000);
  });

  it('kills a run at the n-th call and fails a chosen service', () => {
    const killed = new CallMeter(costOf, { killAtCall: 3 });
    killed.record('a');
    killed.record('b');
    expect(() => killed.record('MailApp.sendEmail')).toThrow(ExecutionKilled);
    const quota = new CallMeter(costOf, {
      services: [
        {
          match: 'MailApp.sendEmail',
          message: 'Service invoked too many times for one day: email.',
          nth: 2,
        },
      ],
    });
    quota.record('MailApp.sendEmail');
    expect(() => quota.record('MailApp.sendEmail')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    quota.record('MailApp.sendEmail');
  });
});
