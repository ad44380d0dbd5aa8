/**
 * The workbook kept in memory between the executions of one process (the nights of a `relance
 * run`, the calls of the sidebar server, a test's runs), so that an execution does not parse again
 * the .xlsx the previous one just wrote. The .xlsx stays what every execution starts from: a kept
 * workbook is taken only when the file holds, byte for byte, what was written when it was kept
 * (its SHA-256), so a file changed by the user or by another process is read again. What is kept
 * is the workbook as the file reads back (`workbookAsSaved`), not the one the execution wrote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { digestOfBytes } from './durable-file';
import type { WorkbookModel } from './sheets';
import { workbookAsSaved } from './xlsx-io';

interface Kept {
  digest: string;
  timeZone: string;
  workbook: WorkbookModel;
}

const kept = new Map<string, Kept>();

/**
 * The workbook kept for the workspace `dir`, when `path` still holds what it was kept from and
 * it was read in `timeZone`; handed over once (the execution that takes it changes it).
 */
export function takeKeptWorkbook(
  dir: string,
  path: string,
  timeZone: string,
): { workbook: WorkbookModel; digest: string } | undefined {
  const entry = kept.get(dir);
  if (entry === undefined) return undefined;
  kept.delete(dir);
  if (entry.timeZone !== timeZone || !existsSync(path)) return undefined;
  return digestOfBytes(readFileSync(path)) === entry.digest ? entry : undefined;
}

/** Keeps what `workbook` reads back as from the file whose bytes have `digest`. */
export function keepWorkbook(dir: string, digest: string, workbook: WorkbookModel): void {
  const asSaved = workbookAsSaved(workbook);
  if (asSaved === undefined) kept.delete(dir);
  else kept.set(dir, { digest, timeZone: workbook.timeZone, workbook: asSaved });
}
