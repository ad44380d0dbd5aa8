/**
 * Whether the user must authorise Relance again (a new version asked for a scope they have not
 * granted yet). ScriptApp.getAuthorizationInfo(FULL) says so
 * (https://developers.google.com/apps-script/reference/script/authorization-info); a run that
 * finds it REQUIRED records it in the document properties, which the menu can still read when
 * the document opens in AuthMode.LIMITED.
 */

import { SERVER_WORDS } from '../../core/words/server';
const AUTHORIZATION_PROPERTY = 'relance.authorizationRequired';

export interface AuthorizationState {
  required: boolean;
  /** The page where the user grants what is missing; '' when nothing is. */
  url: string;
}

export const AUTHORIZATION_MESSAGE = SERVER_WORDS.authorizationRequired.fr;

/** Asks Google, and records the answer where the menu and the sidebar find it. */
export function checkAuthorization(): AuthorizationState {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const required = info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
  const state = { required, url: required ? (info.getAuthorizationUrl() ?? '') : '' };
  const properties = PropertiesService.getDocumentProperties();
  const recorded = properties.getProperty(AUTHORIZATION_PROPERTY);
  if (required) properties.setProperty(AUTHORIZATION_PROPERTY, JSON.stringify(state));
  else if (recorded !== null) properties.deleteProperty(AUTHORIZATION_PROPERTY);
  return state;
}

/** Google's answer for every scope the manifest declares, as it reads, and its grant page. */
export function authorizationInfo(): { status: string; url: string } {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return { status: String(info.getAuthorizationStatus()), url: info.getAuthorizationUrl() };
}

/**
 * The user's OAuth token, which the sidebar's Google Picker needs
 * (https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()).
 */
export function oauthToken(): string {
  return ScriptApp.getOAuthToken();
}

/** What the last run found, without asking Google: readable in AuthMode.LIMITED. */
export function recordedAuthorization(): AuthorizationState {
  const recorded = PropertiesService.getDocumentProperties().getProperty(AUTHORIZATION_PROPERTY);
  if (recorded === null) return { required: false, url: '' };
  try {
    const parsed = JSON.parse(recorded) as Partial<AuthorizationState>;
    return { required: parsed.required === true, url: String(parsed.url ?? '') };
  } catch {
    return { required: true, url: '' };
  }
}
