/**
 * The nightly time-driven trigger: one per document, as add-ons require, at the hour chosen in
 * the settings (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 */
export const NIGHTLY_HANDLER = 'runNightly';

/**
 * This spreadsheet's triggers only. getProjectTriggers() would return the user's triggers of
 * every spreadsheet the add-on runs in, and deleting "ours" would stop another spreadsheet's
 * nightly run (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)).
 */
function documentTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet());
}

export function nightlyTriggers(): GoogleAppsScript.Script.Trigger[] {
  return documentTriggers().filter((t) => t.getHandlerFunction() === NIGHTLY_HANDLER);
}

export function enableNightly(hour: number, timeZone: string): void {
  for (const trigger of nightlyTriggers()) ScriptApp.deleteTrigger(trigger);
  ScriptApp.newTrigger(NIGHTLY_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZone)
    .create();
}

export function disableNightly(): number {
  const triggers = nightlyTriggers();
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return triggers.length;
}

/** Deletes the one-off trigger that started this execution, so that it does not pile up. */
export function deleteTriggerById(uid: string | undefined, handler: string): void {
  for (const trigger of documentTriggers()) {
    if (
      trigger.getHandlerFunction() === handler &&
      (uid === undefined || trigger.getUniqueId() === uid)
    ) {
      ScriptApp.deleteTrigger(trigger);
    }
  }
}

/** True when this spreadsheet already has a trigger for `handler`. */
export function hasTrigger(handler: string): boolean {
  return documentTriggers().some((t) => t.getHandlerFunction() === handler);
}
