/**
 * Files of the workspace written so that a process killed at any instant (kill -9, power cut)
 * leaves either the old content or the new one, never half a file: write a temporary file beside
 * the target, flush it to the disk, rename it over the target (rename is atomic on POSIX file
 * systems). And the French sentence a person reads when a state file cannot be read.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { UserError } from '../errors';

/**
 * `sync: false` skips the fsync: still atomic against a killed process (the rename), not against
 * a power cut; for files whose loss costs nothing that cannot be redone (Drive copies).
 */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { sync?: boolean } = {},
): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let done = 0; done < bytes.length;)
      done += writeSync(fd, bytes, done, bytes.length - done);
    if (options.sync !== false) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** What the user can do about each state file when it cannot be read. */
const REMEDIES: Record<string, string> = {
  'properties.json':
    'restaurez-le depuis une sauvegarde, ou supprimez-le puis réimportez vos paramètres (relance init … --settings)',
  'triggers.json': 'supprimez-le : l’envoi automatique sera à réactiver depuis le menu',
  'quotas.json': 'supprimez-le : les compteurs du jour (emails, documents) repartiront de zéro',
  'charts.json': 'supprimez-le : les graphiques seront redessinés au prochain passage',
  'index.json':
    'restaurez le dossier drive/ depuis une sauvegarde ; à défaut supprimez ce fichier (les liens vers les courriers déjà produits ne fonctionneront plus)',
  'workspace.json':
    'restaurez-le depuis une sauvegarde, ou recréez l’espace de travail avec « relance init »',
  'workbook-log.json':
    'supprimez-le : les écritures du dernier passage interrompu seront perdues, vérifiez le Journal',
};

export function unreadableStateFile(path: string, workspace: string, reason: string): UserError {
  const name = relative(workspace, path) || basename(path);
  const remedy = REMEDIES[basename(path)] ?? 'restaurez-le depuis une sauvegarde ou supprimez-le';
  return new UserError(
    'unreadable-state',
    `Le fichier « ${name} » de l’espace de travail est illisible (${reason}) : ${remedy}.`,
  );
}

/** A JSON state file, or `fallback` when it does not exist; a French UserError when unreadable. */
export function readStateJson<T>(
  path: string,
  fallback: T,
  workspace: string,
  isValid: (value: unknown) => boolean = (value) => typeof value === 'object' && value !== null,
): T {
  if (!existsSync(path)) return fallback;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw unreadableStateFile(path, workspace, 'contenu JSON invalide ou tronqué');
  }
  if (!isValid(value)) throw unreadableStateFile(path, workspace, 'contenu inattendu');
  return value as T;
}
