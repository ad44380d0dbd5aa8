/**
 * "Documents created: 250 / day (consumer), 1,500 / day (Google Workspace)", per user, reset 24
 * hours after the first request (https://developers.google.com/apps-script/guides/services/quotas).
 * Apps Script has no call that reads what is left of it, so Relance counts the Docs it creates
 * (letter copies, relevés, templates) in the user's properties, in the same rolling window, and
 * plans a night within what is left. Docs other scripts of the user create are not seen: when
 * Google refuses one all the same, the action waits for the next passage (execute-plan).
 */
const COUNT_PROPERTY = 'relance.documentsCreated';
const WORKSPACE_PROPERTY = 'relance.workspaceAccount';
const WINDOW_MS = 24 * 3_600_000;
export const DOCUMENTS_PER_DAY = { consumer: 250, workspace: 1_500 } as const;
/** A consumer account may send to 100 recipients a day: more left means a Workspace account. */
const CONSUMER_MAIL_QUOTA = 100;

interface Window {
  sinceMs: number;
  used: number;
}

function readWindow(properties: GoogleAppsScript.Properties.Properties): Window {
  try {
    const value = JSON.parse(properties.getProperty(COUNT_PROPERTY) ?? '') as Partial<Window>;
    if (typeof value.sinceMs === 'number' && typeof value.used === 'number')
      return { sinceMs: value.sinceMs, used: value.used };
  } catch {
    // nothing counted yet
  }
  return { sinceMs: 0, used: 0 };
}

/** Documents Relance may still create in the current window, told the email quota left. */
export function documentsLeft(remainingEmails: number): number {
  const properties = PropertiesService.getUserProperties();
  if (remainingEmails > CONSUMER_MAIL_QUOTA) properties.setProperty(WORKSPACE_PROPERTY, 'true');
  const workspace = properties.getProperty(WORKSPACE_PROPERTY) === 'true';
  const window = readWindow(properties);
  const used = Date.now() - window.sinceMs >= WINDOW_MS ? 0 : window.used;
  return DOCUMENTS_PER_DAY[workspace ? 'workspace' : 'consumer'] - used;
}

/** Counts one Doc about to be created. */
export function countDocumentCreated(): void {
  const properties = PropertiesService.getUserProperties();
  const window = readWindow(properties);
  const now = Date.now();
  const next =
    now - window.sinceMs >= WINDOW_MS
      ? { sinceMs: now, used: 1 }
      : { ...window, used: window.used + 1 };
  properties.setProperty(COUNT_PROPERTY, JSON.stringify(next));
}
