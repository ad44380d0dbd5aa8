/**
 * Scopes and authorisation modes. Sources: each method's Authorization section on its reference
 * page (https://developers.google.com/apps-script/reference), the explicit-scopes rule
 * (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes), the error
 * wording (https://github.com/hijonathan/google-scripts/issues/14) and the trigger restrictions
 * (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
import { describe, expect, it } from 'vitest';
import { costOf } from '../../../src/local/runtime/cost-table';
import { CallMeter } from '../../../src/local/runtime/meter';
import { createSpreadsheetApp, WorkbookModel } from '../../../src/local/runtime/sheets';
import {
  AUTHORIZATION_REQUIRED,
  authModeOf,
  isTriggerEvent,
  NO_UI_CONTEXT,
  requiredScopes,
  ScopeGate,
  SCOPES,
} from '../../../src/local/runtime/scopes';

const ALL = Object.values(SCOPES);

describe('scope table (reference: Authorization sections)', () => {
  it('asks userinfo.email for Session.getEffectiveUser (reference: base/session)', () => {
    expect(requiredScopes('Session.getEffectiveUser')).toEqual([SCOPES.userinfoEmail]);
    expect(requiredScopes('Session.getScriptTimeZone')).toBeUndefined();
  });

  it('asks no scope for Session.getActiveUserLocale, whose reference has no Authorization section', () => {
    expect(requiredScopes('Session.getActiveUserLocale')).toBeUndefined();
  });

  it('asks drive.readonly or drive for DriveApp reads, drive for writes (reference: drive/drive-app)', () => {
    expect(requiredScopes('DriveApp.getFileById')).toEqual([SCOPES.driveReadonly, SCOPES.drive]);
    expect(requiredScopes('DriveApp.File.makeCopy')).toEqual([SCOPES.drive]);
  });

  it('asks script.send_mail for MailApp and script.scriptapp for triggers (reference: mail-app, script-app)', () => {
    expect(requiredScopes('MailApp.getRemainingDailyQuota')).toEqual([SCOPES.sendMail]);
    expect(requiredScopes('ScriptApp.getUserTriggers')).toEqual([SCOPES.scriptApp]);
    expect(requiredScopes('ScriptApp.getAuthorizationInfo')).toBeUndefined();
  });

  it('asks for documents to open a Doc, nothing for properties, locks and utilities', () => {
    expect(requiredScopes('DocumentApp.openById')).toEqual([SCOPES.documents]);
    expect(requiredScopes('PropertiesService.getDocumentProperties')).toBeUndefined();
    expect(requiredScopes('LockService.getDocumentLock')).toBeUndefined();
    expect(requiredScopes('Utilities.formatDate')).toBeUndefined();
  });
});

describe('explicit manifest scopes (reference: concepts/scopes#setting_explicit_scopes)', () => {
  it('refuses a call whose scope the manifest omits, with Google’s message', () => {
    const gate = new ScopeGate(ALL.filter((s) => s !== SCOPES.userinfoEmail));
    expect(() => gate.check('Session.getEffectiveUser')).toThrow(
      'You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });

  it('prints several acceptable scopes as (a || b)', () => {
    const gate = new ScopeGate([SCOPES.sendMail]);
    expect(() => gate.check('DriveApp.getFileById')).toThrow(
      'Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
  });

  it('refuses a declared scope the user has not granted yet (re-consent pending)', () => {
    const gate = new ScopeGate(
      ALL,
      ALL.filter((s) => s !== SCOPES.sendMail),
    );
    expect(gate.reconsentRequired).toBe(true);
    expect(() => gate.check('MailApp.sendEmail')).toThrow(AUTHORIZATION_REQUIRED);
    expect(() => gate.check('SpreadsheetApp.Range.setValues')).not.toThrow();
  });
});

describe('authorisation modes (reference: script/auth-mode, guides/triggers#restrictions)', () => {
  it('lets a LIMITED simple trigger touch its document but not send mail, Drive or triggers', () => {
    const gate = new ScopeGate(ALL);
    gate.mode = authModeOf([{ authMode: 'LIMITED' }]);
    expect(() => gate.check('SpreadsheetApp.Spreadsheet.getSheets')).not.toThrow();
    expect(() => gate.check('PropertiesService.getDocumentProperties')).not.toThrow();
    expect(() => gate.check('MailApp.sendEmail')).toThrow(/You do not have permission to call/);
    expect(() => gate.check('DriveApp.getRootFolder')).toThrow(/You do not have permission/);
    expect(() => gate.check('ScriptApp.getProjectTriggers')).toThrow(/You do not have permission/);
    expect(() => gate.check('Session.getEffectiveUser')).toThrow(/You do not have permission/);
  });

  it('lets NONE build a menu and nothing else, not even properties', () => {
    const gate = new ScopeGate(ALL);
    gate.mode = authModeOf([{ authMode: 'NONE' }]);
    expect(() => gate.check('SpreadsheetApp.getUi')).not.toThrow();
    expect(() => gate.check('PropertiesService.getDocumentProperties')).toThrow();
    expect(() => gate.check('SpreadsheetApp.Spreadsheet.getSheets')).toThrow();
  });
});

describe('the user interface from a trigger (reference: spreadsheet-app#getUi)', () => {
  it('refuses SpreadsheetApp.getUi in an execution an installable trigger started', () => {
    const gate = new ScopeGate(ALL);
    gate.fromTrigger = isTriggerEvent([{ authMode: 'FULL', triggerUid: '4815' }]);
    expect(() => gate.check('SpreadsheetApp.getUi')).toThrow(NO_UI_CONTEXT);
    expect(() => gate.check('SpreadsheetApp.getActiveSpreadsheet')).not.toThrow();
  });

  it('allows it from a menu or a simple trigger, whose event has no triggerUid', () => {
    const gate = new ScopeGate(ALL);
    gate.fromTrigger = isTriggerEvent([{ authMode: 'LIMITED', source: {} }]);
    expect(() => gate.check('SpreadsheetApp.getUi')).not.toThrow();
    expect(isTriggerEvent([])).toBe(false);
  });
});

describe('the user interface from a trigger, through the runtime', () => {
  it('makes getUi throw in an execution started by an installable trigger', () => {
    const meter = new CallMeter(costOf);
    const gate = new ScopeGate(ALL);
    meter.guard = (name) => gate.check(name);
    const { app } = createSpreadsheetApp(new WorkbookModel(), {
      meter,
      spreadsheetId: 'x',
      makeDate: (ms) => new Date(ms),
    });
    expect(() => app.getUi()).not.toThrow();
    gate.fromTrigger = true;
    expect(() => app.getUi()).toThrow(NO_UI_CONTEXT);
  });
});
