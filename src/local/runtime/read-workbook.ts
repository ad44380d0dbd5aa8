/**
 * Reading the workbook file from inside an execution. The script runs synchronously, and the
 * .xlsx reader is asynchronous; so when an execution takes the lock after another process saved
 * the workbook, a child process reads the file and hands its sheets back (workbook-log.ts's
 * format), and the execution's model is refilled in place.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyLoggedWorkbook, encodeSheet, type LoggedWorkbook } from './workbook-log';
import type { WorkbookModel } from './sheets';
import { loadWorkbook } from './xlsx-io';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT = resolve(HERE, '..', '..', '..');

export async function printWorkbook(path: string, timeZone: string): Promise<void> {
  const model = await loadWorkbook(path, timeZone);
  const sheets = model.sheets.map((s) => `${JSON.stringify(s.name)}:${encodeSheet(s)}`);
  const order = JSON.stringify(model.sheets.map((s) => s.name));
  process.stdout.write(
    `{"order":${order},"nextChartId":${model.nextChartId},"sheets":{${sheets.join(',')}}}`,
  );
}

export function readWorkbookSync(model: WorkbookModel, path: string): void {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(HERE, 'read-workbook-main.ts'), path, model.timeZone],
    { cwd: PROJECT, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
  );
  if (child.status !== 0)
    throw new Error(`Relecture du classeur impossible : ${child.stderr || String(child.error)}`);
  const logged = JSON.parse(child.stdout) as LoggedWorkbook;
  applyLoggedWorkbook(model, logged);
  // What was just read is what the file holds: nothing of it is pending.
  model.touched.clear();
  model.dirty = false;
}
