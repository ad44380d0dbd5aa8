/**
 * Simulated Apps Script time per service call: the one table the runtime prices runs with.
 *
 * Documented figure. Google's "Best practices" page, section "Use batch operations"
 * (https://developers.google.com/apps-script/guides/support/best-practices): a script that
 * sets the background of each of the 10,000 cells of a 100 × 100 grid one call at a time "takes
 * about 70 seconds", while the same work done with one batched call over an array "runs in about
 * 1 second". Hence, for spreadsheet range calls: about 7 ms for a call, and about 0.1 ms per
 * further cell carried by a batched call (7 ms + 9,999 × 0.1 ms ≈ 1 s).
 *
 * Estimates. Google publishes no latency for the other services; the figures marked "estimate"
 * are orders of magnitude chosen to be on the slow side of what executions commonly log
 * (a message send or a Drive copy takes a noticeable fraction of a second, a Docs-to-PDF export
 * about a second or two), so that the 6-minute budget is checked pessimistically. They are kept
 * here, in one place, to be corrected when better figures are known.
 */

/** Cost of one spreadsheet call (documented: 70 s / 10,000 calls). */
export const SPREADSHEET_CALL_MS = 7;
/** Cost of each further cell in a batched call (documented: ≈ 1 s for 10,000 cells). */
export const SPREADSHEET_CELL_MS = 0.1;

interface Cost {
  base: number;
  perUnit?: number;
}

/** Longest matching prefix wins. */
const COSTS: [prefix: string, cost: Cost][] = [
  ['SpreadsheetApp.Range.', { base: SPREADSHEET_CALL_MS, perUnit: SPREADSHEET_CELL_MS }],
  ['SpreadsheetApp.Sheet.appendRow', { base: SPREADSHEET_CALL_MS, perUnit: SPREADSHEET_CELL_MS }],
  ['SpreadsheetApp.Sheet.getRange', { base: 0.5 }], // building a Range object makes no round trip
  ['SpreadsheetApp.Sheet.newChart', { base: 0.5 }], // a chart builder lives in the script's memory
  ['SpreadsheetApp.Sheet.', { base: SPREADSHEET_CALL_MS }],
  ['SpreadsheetApp.Spreadsheet.', { base: SPREADSHEET_CALL_MS }],
  ['SpreadsheetApp.flush', { base: 50 }], // estimate
  ['SpreadsheetApp.Ui.', { base: 100 }], // estimate
  ['PropertiesService.', { base: 10 }], // estimate
  ['LockService.', { base: 20 }], // estimate
  ['ScriptApp.', { base: 50 }], // estimate
  ['Session.', { base: 0.05 }], // answered from the execution's context
  ['Utilities.formatDate', { base: 0.05 }], // runs in the script's own process
  ['Utilities.parseDate', { base: 0.05 }],
  ['Utilities.zip', { base: 200 }], // estimate: compressing a few megabytes of PDFs
  ['Utilities.', { base: 0.1 }],
  ['HtmlService.', { base: 20 }], // estimate
  ['MailApp.getRemainingDailyQuota', { base: 20 }], // estimate
  ['MailApp.', { base: 400 }], // estimate: one message through Google's mail servers
  ['GmailApp.', { base: 500 }], // estimate
  ['DriveApp.File.getAs', { base: 1500 }], // estimate: a Docs-to-PDF conversion
  ['DriveApp.File.makeCopy', { base: 800 }], // estimate
  ['DriveApp.', { base: 150 }], // estimate
  ['Drive.Files.copy', { base: 800 }], // estimate: as DriveApp's makeCopy
  ['Drive.Files.create', { base: 300 }], // estimate: one upload or one new file
  ['Drive.Files.', { base: 150 }], // estimate: one Drive API request
  ['DocumentApp.Document.getAs', { base: 1500 }], // estimate: a Docs-to-PDF conversion
  ['DocumentApp.create', { base: 1000 }], // estimate
  ['DocumentApp.openById', { base: 400 }], // estimate
  ['DocumentApp.Document.saveAndClose', { base: 400 }], // estimate
  ['DocumentApp.', { base: 5 }], // edits are buffered until saveAndClose
];

const SORTED = [...COSTS].sort((a, b) => b[0].length - a[0].length);
const DEFAULT_COST: Cost = { base: 10 };

export function costOf(callName: string, units = 1): number {
  const cost = SORTED.find(([prefix]) => callName.startsWith(prefix))?.[1] ?? DEFAULT_COST;
  return cost.base + (cost.perUnit ?? 0) * Math.max(0, units - 1);
}

/**
 * Mail quotas, Quotas for Google Services
 * (https://developers.google.com/apps-script/guides/services/quotas): "Email recipients per
 * day: 100* / day" for consumer accounts, "1,500* / day" for Google Workspace. The error thrown
 * once it is spent: "Service invoked too many times for one day: email."
 */
export const MAIL_RECIPIENTS_PER_DAY_CONSUMER = 100;
export const MAIL_RECIPIENTS_PER_DAY_WORKSPACE = 1500;
export const MAIL_QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
