/**
 * The document lock: the nightly run, « Lancer maintenant », « Envoyer » and every sidebar write
 * take it, so that two of them never interleave their writes to the Journal or the settings
 * (docs/architecture.md, « Acting safely »). LockService.getDocumentLock "prevents any user of the current document from
 * concurrently running a section of code"
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock).
 */

import { SERVER_WORDS } from '../../core/words/server';

/** A caller that finds the lock taken waits this long, then says so politely. */
export const LOCK_WAIT_MS = 1_000;

type Lock = GoogleAppsScript.Lock.Lock;

/** The document lock, taken; undefined when another execution holds it past LOCK_WAIT_MS. */
export function takeDocumentLock(): Lock | undefined {
  const lock = LockService.getDocumentLock();
  return lock.tryLock(LOCK_WAIT_MS) ? lock : undefined;
}

/**
 * Releases the document lock once everything written under it is in the spreadsheet. Sheets
 * batches writes, and Google's reference says so: "if you are working with a spreadsheet, you
 * should call SpreadsheetApp.flush() prior to releasing the lock, to commit all pending changes to
 * the spreadsheet while you still have exclusive access to it"
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()). Without it, the
 * next holder (the sidebar after the night, or the night after the sidebar) may read the Journal
 * without the last rows and send their messages again.
 */
export function releaseDocumentLock(lock: Lock): void {
  try {
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Runs a sidebar or menu write holding the document lock, released however it ends; refused
 * with `busy` (French unless the caller knows the interface language) when a run holds it.
 * `work` reads what it needs after the lock is taken.
 */
export function underDocumentLock<T>(work: () => T, busy: string = SERVER_WORDS.busy.fr): T {
  const lock = takeDocumentLock();
  if (lock === undefined) throw new Error(busy);
  try {
    return work();
  } finally {
    releaseDocumentLock(lock);
  }
}
