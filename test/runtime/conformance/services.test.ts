/**
 * PropertiesService, LockService, ScriptApp, Utilities, Session and HtmlService, one test per
 * documented behaviour Relance relies on; each names its reference page under
 * https://developers.google.com/apps-script/reference/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZONED } from '../../fixtures';
import { costOf } from '../../../src/local/runtime/cost-table';
import { createHtmlService } from '../../../src/local/runtime/html-service';
import { createLockRegistry, createLockService } from '../../../src/local/runtime/lock';
import { CallMeter } from '../../../src/local/runtime/meter';
import {
  createPropertiesService,
  PROPERTY_VALUE_TOO_LARGE,
} from '../../../src/local/runtime/properties';
import { createScriptApp, type StoredTrigger } from '../../../src/local/runtime/script-app';
import { createSession } from '../../../src/local/runtime/session';
import { createUtilities } from '../../../src/local/runtime/utilities';

const meter = () => new CallMeter(costOf);

describe('PropertiesService (properties/properties)', () => {
  it('stores every value as a string and answers null for a missing key (getProperty, setProperty)', () => {
    const props = createPropertiesService(
      { document: {}, script: {}, user: {} },
      meter(),
    ).getDocumentProperties();
    props.setProperty('n', '42');
    expect(props.getProperty('n')).toBe('42');
    expect(props.getProperty('absent')).toBeNull();
  });

  it('returns copies from getProperties and getKeys, and deletes one key (deleteProperty)', () => {
    const stores = { document: { a: '1', b: '2' }, script: {}, user: {} };
    const props = createPropertiesService(stores, meter()).getDocumentProperties();
    const all = props.getProperties();
    all['a'] = 'changed';
    expect(props.getProperty('a')).toBe('1');
    props.deleteProperty('a');
    expect(props.getKeys()).toEqual(['b']);
  });

  it('keeps the script’s properties apart from the document’s (getScriptProperties)', () => {
    const stores = { document: { key: 'document' }, script: { key: 'script' }, user: {} };
    const service = createPropertiesService(stores, meter());
    expect(service.getScriptProperties().getProperty('key')).toBe('script');
    service.getScriptProperties().setProperty('other', 'x');
    expect(service.getDocumentProperties().getProperty('other')).toBeNull();
  });

  it('refuses a value over 9 KB (quotas page: "Properties value size 9 KB / val")', () => {
    const props = createPropertiesService(
      { document: {}, script: {}, user: {} },
      meter(),
    ).getDocumentProperties();
    expect(() => props.setProperties({ big: 'x'.repeat(9 * 1024 + 1) })).toThrow(
      PROPERTY_VALUE_TOO_LARGE,
    );
  });
});

describe('LockService (lock/lock)', () => {
  it('tryLock answers false while another execution holds the document lock, true after release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-conf-lock-'));
    const holder = createLockService(dir, meter(), createLockRegistry());
    const other = createLockService(dir, meter(), createLockRegistry());
    const held = holder.getDocumentLock();
    expect(held.tryLock(0)).toBe(true);
    expect(other.getDocumentLock().tryLock(0)).toBe(false);
    held.releaseLock();
    expect(other.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('ScriptApp (script/script-app, script/clock-trigger-builder)', ZONED, () => {
  const scriptApp = (triggers: StoredTrigger[], documentId: string) =>
    createScriptApp(triggers, meter(), {
      now: () => 0,
      timeZone: 'Europe/Paris',
      scriptId: 'script',
      nextId: () => `t-${triggers.length + 1}-${documentId}`,
      documentId,
    });
  const sheet = (id: string) => ({ getId: () => id });

  it('getUserTriggers(spreadsheet) returns that document’s triggers, getProjectTriggers all of them', () => {
    const triggers: StoredTrigger[] = [];
    scriptApp(triggers, 'A').newTrigger('runNightly').timeBased().everyDays(1).atHour(7).create();
    const b = scriptApp(triggers, 'B');
    b.newTrigger('runNightly').timeBased().everyDays(1).atHour(7).create();
    expect(b.getProjectTriggers()).toHaveLength(2);
    expect(b.getUserTriggers(sheet('B') as never).map((t) => t.getUniqueId())).toEqual(['t-2-B']);
  });

  it('gives a clock trigger no source id: null (trigger#getTriggerSourceId)', () => {
    const app = scriptApp([], 'A');
    const trigger = app.newTrigger('runNightly').timeBased().everyDays(1).atHour(7).create();
    expect(trigger.getTriggerSource()).toBe('CLOCK');
    expect(trigger.getTriggerSourceId()).toBeNull();
  });

  it('says NONE for the installation source of a script bound to its sheet (installation-source)', () => {
    const app = scriptApp([], 'A');
    expect(app.getInstallationSource()).toBe(app.InstallationSource.NONE);
  });

  it('refuses an hour outside 0–23 (clock-trigger-builder#atHour)', () => {
    expect(() => scriptApp([], 'A').newTrigger('x').timeBased().everyDays(1).atHour(24)).toThrow();
  });

  it('names the function a trigger calls and gives each trigger its own id (trigger#getHandlerFunction, trigger#getUniqueId)', () => {
    const triggers: StoredTrigger[] = [];
    const app = scriptApp(triggers, 'A');
    app.newTrigger('runNightly').timeBased().everyDays(1).atHour(7).create();
    app.newTrigger('continueRun').timeBased().after(60_000).create();
    const listed = app.getUserTriggers(sheet('A') as never);
    expect(listed.map((t) => t.getHandlerFunction())).toEqual(['runNightly', 'continueRun']);
    const ids = listed.map((t) => t.getUniqueId());
    expect(new Set(ids).size).toBe(2);
    expect(app.getUserTriggers(sheet('A') as never).map((t) => t.getUniqueId())).toEqual(ids);
  });

  it('keeps the time zone a daily trigger’s hour is read in, the script’s by default (clock-trigger-builder#inTimezone)', () => {
    const triggers: StoredTrigger[] = [];
    const app = scriptApp(triggers, 'A');
    app.newTrigger('a').timeBased().everyDays(1).atHour(7).create();
    app.newTrigger('b').timeBased().everyDays(1).atHour(7).inTimezone('America/Cayenne').create();
    expect(triggers.map((t) => [t.hour, t.timeZone])).toEqual([
      [7, 'Europe/Paris'],
      [7, 'America/Cayenne'],
    ]);
  });

  it('deletes the trigger it is given, found by its unique id (script-app#deleteTrigger)', () => {
    const triggers: StoredTrigger[] = [];
    const app = scriptApp(triggers, 'A');
    app.newTrigger('continueRun').timeBased().after(60_000).create();
    const [trigger] = app.getUserTriggers(sheet('A') as never);
    app.deleteTrigger(trigger as never);
    expect(triggers).toEqual([]);
  });

  it('gives the effective user’s OAuth token as an opaque text, the same within an execution (getOAuthToken)', () => {
    const app = createScriptApp([], meter(), {
      now: () => 0,
      timeZone: 'Europe/Paris',
      scriptId: 'script',
      nextId: () => 't',
    });
    const token = app.getOAuthToken();
    expect(typeof token).toBe('string');
    expect(token.length).toBeGreaterThan(0);
    expect(app.getOAuthToken()).toBe(token);
  });

  it('says REQUIRED with an authorisation URL while a re-consent is pending (authorization-info)', () => {
    let pending = true;
    const app = createScriptApp([], meter(), {
      now: () => 0,
      timeZone: 'Europe/Paris',
      scriptId: 'script',
      nextId: () => 't',
      reconsentRequired: () => pending,
    });
    const info = app.getAuthorizationInfo('FULL' as never);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
    pending = false;
    expect(app.getAuthorizationInfo('FULL' as never).getAuthorizationUrl()).toBeNull();
  });
});

describe('Utilities (utilities/utilities)', ZONED, () => {
  const utilities = () =>
    createUtilities(meter(), { makeDate: (ms) => new Date(ms), uuid: () => 'u' });

  it('formats a date in the given zone with a Java SimpleDateFormat pattern (formatDate)', () => {
    const date = new Date('2026-03-29T00:30:00Z');
    expect(utilities().formatDate(date as never, 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe(
      '2026-03-29 01:30',
    );
  });

  it('reads a date written in the given zone (parseDate)', () => {
    expect(utilities().parseDate('16/03/2026', 'Europe/Paris', 'dd/MM/yyyy').toISOString()).toBe(
      '2026-03-15T23:00:00.000Z',
    );
  });

  it('makes a named blob of a string (newBlob, blob#setName)', () => {
    const blob = utilities().newBlob('abc', 'text/plain', 'a.txt').setName('b.txt');
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual([
      'b.txt',
      'text/plain',
      'abc',
    ]);
  });
});

describe('Session (base/session)', () => {
  it('gives the effective user’s email and the script’s time zone', () => {
    const session = createSession(meter(), {
      userEmail: 'moi@exemple.fr',
      timeZone: 'Europe/Paris',
      locale: 'fr',
    });
    expect(session.getEffectiveUser().getEmail()).toBe('moi@exemple.fr');
    expect(session.getScriptTimeZone()).toBe('Europe/Paris');
  });

  it('gives the user’s account language as the workspace sets it, « en » for English (getActiveUserLocale)', () => {
    const session = (locale: string) =>
      createSession(meter(), { userEmail: 'moi@exemple.fr', timeZone: 'Europe/Paris', locale });
    expect(session('fr').getActiveUserLocale()).toBe('fr');
    expect(session('en').getActiveUserLocale()).toBe('en');
  });
});

describe('HtmlService (html/html-service)', () => {
  it('serves a project file by name without its .html extension, titled (createHtmlOutputFromFile)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-conf-html-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<p>Relance</p>');
    const output = createHtmlService(dir, meter())
      .createHtmlOutputFromFile('Sidebar')
      .setTitle('Relance');
    expect([output.getContent(), output.getTitle()]).toEqual(['<p>Relance</p>', 'Relance']);
    expect(() => createHtmlService(dir, meter()).createHtmlOutputFromFile('Absent')).toThrow();
  });
});
