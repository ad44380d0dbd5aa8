/**
 * The one clock trigger Relance owns in a spreadsheet: it fires every hour, and its handler
 * decides whether the hour runs the night (core/dunning/night-schedule). An Editor add-on may
 * hold one trigger of each type per user and document, and a time-driven one may fire no more
 * often than hourly (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions):
 * the same design serves a bound script and an add-on.
 */
export const NIGHTLY_HANDLER = 'runNightly';

/**
 * The one-off continuation trigger of earlier versions. A spreadsheet may still hold one: it is
 * deleted with the others, and its handler does nothing but delete it.
 */
export const RETIRED_CONTINUATION_HANDLER = 'continueRun';

/** Hours between two firings: the shortest an add-on's time-driven trigger may have. */
export const TRIGGER_EVERY_HOURS = 1;

/**
 * This spreadsheet's triggers only. getProjectTriggers() would return the user's triggers of
 * every spreadsheet the add-on runs in, and deleting "ours" would stop another spreadsheet's
 * nightly run (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)).
 */
export function documentTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet());
}

const OURS: ReadonlySet<string> = new Set([NIGHTLY_HANDLER, RETIRED_CONTINUATION_HANDLER]);

export function nightlyTriggers(): GoogleAppsScript.Script.Trigger[] {
  return documentTriggers().filter((t) => t.getHandlerFunction() === NIGHTLY_HANDLER);
}

/** Replaces Relance's clock triggers of this spreadsheet with the one hourly trigger. */
export function enableNightly(timeZone: string): void {
  disableNightly();
  ScriptApp.newTrigger(NIGHTLY_HANDLER)
    .timeBased()
    .everyHours(TRIGGER_EVERY_HOURS)
    .inTimezone(timeZone)
    .create();
}

/** Deletes Relance's clock triggers of this spreadsheet; how many there were. */
export function disableNightly(): number {
  const triggers = documentTriggers().filter((t) => OURS.has(t.getHandlerFunction()));
  for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
  return triggers.length;
}

/** Deletes the retired one-off trigger that started this execution. */
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
