/**
 * The OAuth scope each service method needs, from the "Authorization" section of the method on
 * Google's reference pages, and the checks Apps Script makes with it before a call runs:
 *
 * - a manifest that lists `oauthScopes` turns off automatic scope detection
 *   (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes): a call
 *   whose scope the manifest does not list throws "You do not have permission to call X.
 *   Required permissions: …", one scope printed bare, several as "(a || b)" — wording as reported
 *   in public threads, e.g. https://github.com/hijonathan/google-scripts/issues/14 and
 *   https://github.com/ftomassetti/DriveInvoicing/issues/1;
 * - a scope listed but not yet granted by the user (re-consent after a scope change) throws
 *   "Authorization is required to perform that action."
 *   (https://developers.google.com/apps-script/guides/support/troubleshooting#authorization_is_required_to_perform_that_action);
 * - a simple trigger runs in AuthMode.LIMITED: it may change the document it is bound to and build
 *   menus, nothing that needs any other authorization
 *   (https://developers.google.com/apps-script/guides/triggers#restrictions,
 *   https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes);
 *   in AuthMode.NONE not even the document or the properties
 *   (https://developers.google.com/apps-script/reference/script/auth-mode). The same
 *   "You do not have permission to call …" error is thrown there
 *   (https://github.com/googleworkspace/apps-script-oauth2/issues/125).
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DriveScopeAccess } from './drive-api';

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  containerUi: `${AUTH}script.container.ui`,
  scriptApp: `${AUTH}script.scriptapp`,
  sendMail: `${AUTH}script.send_mail`,
  documents: `${AUTH}documents`,
  drive: `${AUTH}drive`,
  driveFile: `${AUTH}drive.file`,
  driveReadonly: `${AUTH}drive.readonly`,
  userinfoEmail: `${AUTH}userinfo.email`,
} as const;

const SHEETS = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
const DRIVE_READ = [SCOPES.driveReadonly, SCOPES.drive];
const DRIVE_WRITE = [SCOPES.drive];
/** Drive API v3 files.*: each method's "Authorization scopes" (Relance's subset of them). */
const DRIVE_API_READ = [SCOPES.driveFile, SCOPES.driveReadonly, SCOPES.drive];
const DRIVE_API_WRITE = [SCOPES.driveFile, SCOPES.drive];

/**
 * Call name prefix (as the runtime's meter names calls) → the scopes any one of which allows it;
 * longest prefix wins; `null`: the method has no Authorization section. Sources:
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app (every
 * Spreadsheet, Sheet and Range method), …/base/ui (showSidebar, alert: script.container.ui),
 * …/base/session (getActiveUser, getEffectiveUser: userinfo.email), …/script/script-app
 * (newTrigger, getProjectTriggers, getUserTriggers, deleteTrigger: script.scriptapp;
 * getAuthorizationInfo, getInstallationSource: none), …/mail/mail-app (sendEmail,
 * getRemainingDailyQuota: script.send_mail), …/drive/drive-app (reads: drive.readonly or drive;
 * writes: drive), …/document/document-app (create, openById: documents), the Drive API's
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files (get, list: drive.file,
 * drive.readonly or drive; create, copy, update: drive.file or drive),
 * …/properties/properties-service, …/lock/lock-service, …/utilities/utilities,
 * …/html/html-service (no Authorization section).
 */
const METHOD_SCOPES: [prefix: string, scopes: readonly string[] | null][] = [
  ['SpreadsheetApp.', SHEETS],
  ['SpreadsheetApp.Ui.', [SCOPES.containerUi]],
  ['SpreadsheetApp.getUi', null],
  ['SpreadsheetApp.Ui.createMenu', null],
  ['SpreadsheetApp.Ui.createAddonMenu', null],
  ['SpreadsheetApp.Menu.', null],
  ['Session.getActiveUser', [SCOPES.userinfoEmail]],
  // The account's language, whose name starts as getActiveUser's: no Authorization section.
  ['Session.getActiveUserLocale', null],
  ['Session.getEffectiveUser', [SCOPES.userinfoEmail]],
  ['Session.', null],
  ['ScriptApp.', [SCOPES.scriptApp]],
  ['ScriptApp.getAuthorizationInfo', null],
  ['ScriptApp.getInstallationSource', null],
  ['MailApp.', [SCOPES.sendMail]],
  ['DriveApp.', DRIVE_WRITE],
  ['DriveApp.getRootFolder', DRIVE_READ],
  ['DriveApp.getFileById', DRIVE_READ],
  ['DriveApp.getFolderById', DRIVE_READ],
  ['DriveApp.getFoldersByName', DRIVE_READ],
  ['DriveApp.Folder.getFoldersByName', DRIVE_READ],
  ['DriveApp.Folder.getFilesByName', DRIVE_READ],
  ['DriveApp.Folder.getFiles', DRIVE_READ],
  ['DriveApp.Folder.getFolders', DRIVE_READ],
  ['DriveApp.File.getBlob', DRIVE_READ],
  ['DriveApp.File.getAs', DRIVE_READ],
  ['DriveApp.File.isTrashed', DRIVE_READ],
  ['DriveApp.Folder.isTrashed', DRIVE_READ],
  ['Drive.Files.', DRIVE_API_WRITE],
  ['Drive.Files.get', DRIVE_API_READ],
  ['Drive.Files.list', DRIVE_API_READ],
  ['DocumentApp.', [SCOPES.documents]],
  ['PropertiesService.', null],
  ['LockService.', null],
  ['Utilities.', null],
  ['HtmlService.', null],
];
const SORTED = [...METHOD_SCOPES].sort((a, b) => b[0].length - a[0].length);

/** The scopes any one of which allows the call; undefined when it needs none. */
export function requiredScopes(callName: string): readonly string[] | undefined {
  const found = SORTED.find(([prefix]) => callName.startsWith(prefix));
  return found?.[1] ?? undefined;
}

/** "Class.method" as Google names a call in its errors. */
function shortName(callName: string): string {
  return callName.split('.').slice(-2).join('.');
}

/**
 * An advanced service's call whose scope was not granted fails at the API, which answers 403
 * "Request had insufficient authentication scopes." (ACCESS_TOKEN_SCOPE_INSUFFICIENT,
 * https://cloud.google.com/apis/design/errors#error_info), thrown as "API call to … failed with
 * error: …" (https://github.com/ericyd/gdrive-copy/issues/142).
 */
function advancedMessage(callName: string): string {
  const [, resource = '', method = ''] = callName.split('.');
  return `API call to drive.${resource.toLowerCase()}.${method} failed with error: Request had insufficient authentication scopes.`;
}

export function permissionMessage(callName: string, scopes: readonly string[]): string {
  if (callName.startsWith('Drive.')) return advancedMessage(callName);
  const list = scopes.length === 1 ? (scopes[0] ?? '') : `(${scopes.join(' || ')})`;
  return `You do not have permission to call ${shortName(callName)}. Required permissions: ${list}`;
}

export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/** What a simple trigger in LIMITED mode may reach: the bound document and its menus. */
const LIMITED_SCOPES: readonly string[] = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
/** In NONE mode only menus: no document, no properties. */
const NONE_ALLOWED_PREFIXES = [
  'SpreadsheetApp.getUi',
  'SpreadsheetApp.Ui.create',
  'SpreadsheetApp.Menu.',
];

/**
 * SpreadsheetApp.getUi works "only for the current instance of an open editor"
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi()):
 * an installable trigger's execution has none, and Apps Script throws this.
 */
export const NO_UI_CONTEXT = 'Cannot call SpreadsheetApp.getUi() from this context.';

export class ScopeGate {
  mode: AuthModeName = 'FULL';
  /** The execution was started by an installable trigger (its event carries a triggerUid). */
  fromTrigger = false;

  constructor(
    /** The manifest's oauthScopes. */
    readonly declared: readonly string[],
    /** What the user consented to; all declared ones unless a re-consent is pending. */
    readonly granted: readonly string[] = declared,
    /**
     * The manifest enables the Advanced Drive service (`dependencies.enabledAdvancedServices`):
     * without it the `Drive` global does not exist
     * (https://developers.google.com/apps-script/guides/services/advanced#enable_advanced_services).
     */
    readonly advancedDrive = false,
  ) {}

  /** Declared and granted: the script may use it now. */
  holds(scope: string): boolean {
    return this.declared.includes(scope) && this.granted.includes(scope);
  }

  /** What the Drive scopes reach beyond the files the app made or the user picked. */
  driveAccess(): DriveScopeAccess {
    return {
      readsAll: () => this.holds(SCOPES.drive) || this.holds(SCOPES.driveReadonly),
      writesAll: () => this.holds(SCOPES.drive),
    };
  }

  /** True when the user must authorise again: the manifest asks for a scope not granted. */
  get reconsentRequired(): boolean {
    return this.declared.some((scope) => !this.granted.includes(scope));
  }

  /** Throws Google's error when the call is not allowed; does nothing otherwise. */
  check(callName: string): void {
    if (this.fromTrigger && callName === 'SpreadsheetApp.getUi') throw new Error(NO_UI_CONTEXT);
    if (this.mode === 'NONE') {
      if (NONE_ALLOWED_PREFIXES.some((p) => callName.startsWith(p))) return;
      if (callName.startsWith('PropertiesService.') || requiredScopes(callName) !== undefined)
        throw new Error(permissionMessage(callName, requiredScopes(callName) ?? []));
      return;
    }
    const scopes = requiredScopes(callName);
    if (scopes === undefined) return;
    if (this.mode === 'LIMITED' && !scopes.some((s) => LIMITED_SCOPES.includes(s)))
      throw new Error(permissionMessage(callName, scopes));
    if (!scopes.some((s) => this.declared.includes(s)))
      throw new Error(permissionMessage(callName, scopes));
    if (!scopes.some((s) => this.granted.includes(s))) throw new Error(AUTHORIZATION_REQUIRED);
  }
}

/** Where a workspace records the scopes the user granted: absent, every manifest scope is. */
export const AUTHORIZATION_STATE = join('state', 'authorization.json');

interface Manifest {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol?: string; serviceId?: string }[] };
}

/** The gate of one execution: the manifest next to Code.js, the consent kept in the workspace. */
export function openScopeGate(buildDir: string, workspaceDir: string): ScopeGate {
  const manifestPath = join(buildDir, 'appsscript.json');
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest)
    : {};
  const declared = manifest.oauthScopes ?? Object.values(SCOPES);
  const statePath = join(workspaceDir, AUTHORIZATION_STATE);
  const granted = existsSync(statePath)
    ? (JSON.parse(readFileSync(statePath, 'utf8')) as { granted: string[] }).granted
    : declared;
  const advancedDrive = (manifest.dependencies?.enabledAdvancedServices ?? []).some(
    (service) => service.serviceId === 'drive' && service.userSymbol === 'Drive',
  );
  return new ScopeGate(declared, granted, advancedDrive);
}

/**
 * Simulates a scope change the user has not consented to yet: `scope` is withdrawn from what was
 * granted, so getAuthorizationInfo(FULL) says REQUIRED and calls needing it fail.
 */
export function withdrawConsent(buildDir: string, workspaceDir: string, scope: string): void {
  const gate = openScopeGate(buildDir, workspaceDir);
  const path = join(workspaceDir, AUTHORIZATION_STATE);
  mkdirSync(dirname(path), { recursive: true });
  const granted = gate.granted.filter((s) => s !== scope);
  writeFileSync(path, `${JSON.stringify({ granted }, null, 2)}\n`);
}

/** The authorisation mode of an invocation: the event's authMode, FULL without one. */
export function authModeOf(args: readonly unknown[]): AuthModeName {
  const event = args[0];
  const mode =
    typeof event === 'object' && event !== null
      ? String((event as { authMode?: unknown }).authMode ?? 'FULL')
      : 'FULL';
  return mode === 'NONE' || mode === 'LIMITED' ? mode : 'FULL';
}

/**
 * Whether an invocation is an installable trigger's: its event object carries the trigger's
 * triggerUid (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
 */
export function isTriggerEvent(args: readonly unknown[]): boolean {
  const event = args[0];
  return typeof event === 'object' && event !== null && 'triggerUid' in event;
}
