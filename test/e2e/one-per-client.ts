/** A workspace of one invoice per client, the shape the execution and quota tests start from. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { initWorkspace } from '../../src/local/init';

const SETTINGS = resolve('samples/settings.example.json');

/** One invoice per client, all due on `dueDate`, in a workspace with a large email quota. */
export async function oneInvoicePerClient(
  root: string,
  name: string,
  clients: number,
  dueDate: string,
): Promise<string> {
  const csv = join(root, `${name}.csv`);
  const lines = ['N° facture;Client;Email;Échéance;Montant TTC'];
  for (let i = 1; i <= clients; i += 1)
    lines.push(`B-${i};Client ${i};client${i}@exemple.fr;${dueDate};${100 + i}`);
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const dir = join(root, name);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS, mailDailyQuota: 1500 });
  return dir;
}

/** The emails the workspace's outbox holds. */
export const emlCount = (dir: string): number =>
  readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml')).length;
