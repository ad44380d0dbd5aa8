/** `relance dossier`: a client's court file made offline, and where it lies under drive/. */
import { join } from 'node:path';
import type { DossierAnswer } from '../server/run/dossier';
import { clientKeyOf, clientNameKey } from '../core/values/keys';
import { DriveState } from './runtime/drive';
import { callFunction } from './workspace';

/**
 * Makes a client's dossier for the judge as the sidebar's button does, the client named as the
 * invoice tab writes it; with, when made, where its folder is on disk under the workspace.
 */
export async function prepareDossierOffline(
  dir: string,
  client: string,
  options: { today?: string } = {},
): Promise<{ answer: DossierAnswer; path?: string }> {
  const clients = (await callFunction(dir, 'listClients', [], options)) as {
    client: string;
    clientKey: string;
  }[];
  const wanted = clientNameKey(client);
  const key =
    clients.find((c) => clientNameKey(c.client) === wanted)?.clientKey ?? clientKeyOf(client);
  const answer = (await callFunction(dir, 'prepareDossier', [key], options)) as DossierAnswer;
  if (!answer.ok) return { answer };
  const drive = new DriveState(join(dir, 'drive'));
  return { answer, path: join(dir, 'drive', drive.folderPath(answer.folderId)) };
}
