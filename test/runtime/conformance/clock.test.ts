/**
 * Time across executions and the daily quotas. Sources: the quotas page
 * (https://developers.google.com/apps-script/guides/services/quotas: "Quotas are per user and
 * reset 24 hours after the first request"; documents created 250 / 1,500 a day; triggers total
 * runtime 90 min / 6 hr a day), the clock trigger builder
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder), the lock
 * (https://developers.google.com/apps-script/reference/lock/lock) and the Editor add-on trigger
 * restrictions (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextFiring } from '../../../src/local/clock';
import { costOf, MAIL_QUOTA_EXCEEDED } from '../../../src/local/runtime/cost-table';
import {
  documentCounter,
  DOCUMENTS_QUOTA_EXCEEDED,
  emptyQuotas,
  TRIGGER_RUNTIME_EXCEEDED,
  triggerExecutionLimit,
} from '../../../src/local/runtime/daily-quotas';
import { createDriveServices, DriveState } from '../../../src/local/runtime/drive';
import {
  createLockRegistry,
  createLockService,
  type LockCalendar,
} from '../../../src/local/runtime/lock';
import { createMailApp } from '../../../src/local/runtime/mail';
import { CallMeter, DEFAULT_EXECUTION_LIMIT_MS } from '../../../src/local/runtime/meter';
import { createPropertiesService } from '../../../src/local/runtime/properties';
import {
  ADD_ON_HOURLY_MESSAGE,
  ADD_ON_ONE_TRIGGER_MESSAGE,
  createScriptApp,
  type StoredTrigger,
} from '../../../src/local/runtime/script-app';
import { zonedInstant } from '../../../src/local/time';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 16, 6, 0); // 07:00 in Paris, Monday 16 March 2026

function scriptApp(triggers: StoredTrigger[], now: () => number, addOn: boolean) {
  let id = 0;
  return createScriptApp(triggers, new CallMeter(costOf), {
    now,
    timeZone: 'Europe/Paris',
    scriptId: 'script',
    documentId: 'sheet-1',
    addOn,
    nextId: () => `t-${(id += 1)}`,
  });
}

describe('time-driven triggers as the clock fires them', () => {
  it('fires after(ms) ms after create(), even while the execution that made it still runs', () => {
    const triggers: StoredTrigger[] = [];
    const createdAt = T0 + 10_000;
    scriptApp(triggers, () => createdAt, false)
      .newTrigger('f')
      .timeBased()
      .after(60_000)
      .create();
    const creatorEnds = T0 + 118_000;
    const firing = nextFiring(triggers[0] as StoredTrigger, T0);
    expect(firing).toBe(createdAt + 60_000);
    expect(firing).toBeLessThan(creatorEnds);
    expect(nextFiring({ ...(triggers[0] as StoredTrigger), firedMs: firing }, firing)).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('fires everyHours(1) at each following whole hour, and atHour(h) at h:00 in its zone', () => {
    const triggers: StoredTrigger[] = [];
    const app = scriptApp(triggers, () => T0 + 25 * 60_000, false);
    app.newTrigger('hourly').timeBased().everyHours(1).create();
    app.newTrigger('daily').timeBased().everyDays(1).atHour(7).inTimezone('Europe/Paris').create();
    const [hourly, daily] = triggers as [StoredTrigger, StoredTrigger];
    expect(nextFiring(hourly, T0)).toBe(T0 + HOUR);
    expect(nextFiring({ ...hourly, firedMs: T0 + HOUR }, T0 + HOUR)).toBe(T0 + 2 * HOUR);
    expect(nextFiring(daily, T0)).toBe(zonedInstant('2026-03-17', 7, 0, 'Europe/Paris').getTime());
  });
});

describe('the document lock across overlapping executions', () => {
  const holding = (calendar: LockCalendar, dir: string) =>
    calendar.holds.push({ lock: join(dir, 'document.lock'), fromMs: T0, toMs: T0 + 118_000 });

  it('tryLock gives up after its timeout while an earlier execution still holds the lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-conf-cal-'));
    const calendar: LockCalendar = { holds: [] };
    holding(calendar, dir);
    const meter = new CallMeter(costOf);
    const start = T0 + 60_000;
    const service = createLockService(
      dir,
      meter,
      createLockRegistry(calendar, () => start + meter.simulatedMs),
    );
    expect(service.getDocumentLock().tryLock(1_000)).toBe(false);
    expect(meter.simulatedMs).toBeGreaterThanOrEqual(1_000);
  });

  it('waitLock obtains the lock when the holder releases it, within its timeout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-conf-cal-'));
    const calendar: LockCalendar = { holds: [] };
    holding(calendar, dir);
    const meter = new CallMeter(costOf);
    const start = T0 + 60_000;
    const registry = createLockRegistry(calendar, () => start + Math.round(meter.simulatedMs));
    const lock = createLockService(dir, meter, registry).getDocumentLock();
    lock.waitLock(90_000);
    expect(start + meter.simulatedMs).toBeGreaterThanOrEqual(T0 + 118_000);
    lock.releaseLock();
    expect(calendar.holds.at(-1)?.fromMs).toBeGreaterThanOrEqual(T0 + 118_000);
  });
});

describe('daily quotas reset 24 hours after the first request', () => {
  it('keeps the email quota used past midnight, until 24 hours after the first send', () => {
    let now = Date.UTC(2026, 2, 16, 21, 0);
    const outbox = { sent: [], quota: emptyQuotas().email };
    const app = createMailApp(outbox, new CallMeter(costOf), {
      userEmail: 'moi@exemple.fr',
      dailyLimit: 2,
      now: () => now,
    });
    app.sendEmail('a@exemple.fr, b@exemple.fr', 'Objet', 'Texte');
    now += 4 * HOUR; // the next calendar day
    expect(app.getRemainingDailyQuota()).toBe(0);
    expect(() => app.sendEmail('c@exemple.fr', 'Objet', 'Texte')).toThrow(MAIL_QUOTA_EXCEEDED);
    now = Date.UTC(2026, 2, 17, 21, 0);
    expect(app.getRemainingDailyQuota()).toBe(2);
  });

  it('refuses the 251st document of a consumer account’s day, new or copied, and the 1,501st of a Workspace one', () => {
    const now = () => T0;
    const drive = (limit: number) =>
      createDriveServices(
        new DriveState(mkdtempSync(join(tmpdir(), 'relance-conf-docs-'))),
        // Over many executions: the count, not one execution's 6 minutes, is under test.
        new CallMeter(costOf, {}, Number.POSITIVE_INFINITY),
        now,
        { documentCreated: documentCounter(emptyQuotas().documents, limit, now) },
      );
    const consumer = drive(250);
    const template = consumer.DocumentApp.create('Modèle');
    for (let i = 1; i < 250; i += 1) consumer.DocumentApp.create(`Doc ${i}`);
    expect(() => consumer.DocumentApp.create('Un de trop')).toThrow(DOCUMENTS_QUOTA_EXCEEDED);
    expect(() => consumer.DriveApp.getFileById(template.getId()).makeCopy('Copie')).toThrow(
      DOCUMENTS_QUOTA_EXCEEDED,
    );
    const workspace = drive(1_500);
    for (let i = 0; i < 1_500; i += 1) workspace.DocumentApp.create(`Doc ${i}`);
    expect(() => workspace.DocumentApp.create('Un de trop')).toThrow(DOCUMENTS_QUOTA_EXCEEDED);
  });

  it('stops a trigger’s execution when the day’s trigger runtime runs out (90 min consumer, 6 h Workspace)', () => {
    const quota = { sinceMs: T0, used: 88 * 60_000 };
    const consumer = triggerExecutionLimit(
      quota,
      'consumer',
      T0 + HOUR,
      DEFAULT_EXECUTION_LIMIT_MS,
    );
    expect(consumer).toEqual({ limitMs: 2 * 60_000, message: TRIGGER_RUNTIME_EXCEEDED });
    const meter = new CallMeter(costOf, {}, consumer.limitMs, consumer.message);
    expect(() => meter.advance(2 * 60_000 + 1)).toThrow(TRIGGER_RUNTIME_EXCEEDED);
    expect(
      triggerExecutionLimit(quota, 'workspace', T0 + HOUR, DEFAULT_EXECUTION_LIMIT_MS),
    ).toEqual({ limitMs: DEFAULT_EXECUTION_LIMIT_MS, message: undefined });
    expect(
      triggerExecutionLimit(quota, 'consumer', T0 + 24 * HOUR, DEFAULT_EXECUTION_LIMIT_MS).limitMs,
    ).toBe(DEFAULT_EXECUTION_LIMIT_MS);
  });
});

describe('PropertiesService.getUserProperties (properties/properties-service)', () => {
  it('keeps the user’s store apart from the document’s, where Relance counts the Docs it made', () => {
    const stores = { document: {}, script: {}, user: {} };
    const service = createPropertiesService(stores, new CallMeter(costOf));
    service.getUserProperties().setProperty('relance.documentsCreated', '{"sinceMs":1,"used":2}');
    expect(service.getDocumentProperties().getProperty('relance.documentsCreated')).toBeNull();
    expect(service.getUserProperties().getProperty('relance.documentsCreated')).toBe(
      '{"sinceMs":1,"used":2}',
    );
    expect(stores.user).toEqual({ 'relance.documentsCreated': '{"sinceMs":1,"used":2}' });
  });
});

describe('add-on mode: the Editor add-on trigger rules', () => {
  it('refuses a second time-driven trigger for the same document', () => {
    const triggers: StoredTrigger[] = [];
    const app = scriptApp(triggers, () => T0, true);
    app.newTrigger('runNightly').timeBased().everyHours(1).create();
    expect(() =>
      app
        .newTrigger('continueRun')
        .timeBased()
        .after(2 * HOUR)
        .create(),
    ).toThrow(ADD_ON_ONE_TRIGGER_MESSAGE);
    expect(triggers).toHaveLength(1);
  });

  it('refuses a time-driven trigger that would run more often than hourly', () => {
    const app = scriptApp([], () => T0, true);
    expect(() => app.newTrigger('f').timeBased().after(60_000).create()).toThrow(
      ADD_ON_HOURLY_MESSAGE,
    );
    expect(() => app.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(
      ADD_ON_HOURLY_MESSAGE,
    );
  });

  it('lets a bound script hold both, as outside add-on mode Google does', () => {
    const triggers: StoredTrigger[] = [];
    const app = scriptApp(triggers, () => T0, false);
    app.newTrigger('runNightly').timeBased().everyHours(1).create();
    app.newTrigger('continueRun').timeBased().after(60_000).create();
    expect(triggers).toHaveLength(2);
  });
});
