/**
 * Bad input to the `relance` command answers with French sentences and a non-zero exit, never a
 * stack trace: options, ports, odd files, a workspace whose folders are not what Relance expects.
 */
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, unexpectedErrorLines } from '../../src/local/cli';

const SETTINGS = resolve('samples/settings.example.json');
const root = mkdtempSync(join(tmpdir(), 'relance-cli-errors-'));
let workbook: string;

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Two tabs with an invoice header: « Factures » first, « Factures 2025 » after it. */
beforeAll(async () => {
  workbook = join(root, 'deux-onglets.xlsx');
  const book = new ExcelJS.Workbook();
  for (const name of ['Factures', 'Factures 2025']) {
    const sheet = book.addWorksheet(name);
    sheet.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC']);
    sheet.addRow([`${name}-1`, 'Alpha', 'compta@alpha.fr', new Date('2026-03-02T00:00:00Z'), 100]);
  }
  await book.xlsx.writeFile(workbook);
});

const NO_STACK = /\n\s+at |Erreur inattendue|TypeError|RangeError/;

describe('the relance command refuses bad input in French', () => {
  it('names an unknown option and shows the usage, exit 2', async () => {
    const result = await cli('run', join(root, 'nowhere'), '--bogus');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Option inconnue ou incomplète : « --bogus »\.\nUtilisation :/);
    expect(result.err).not.toMatch(NO_STACK);
  });

  it('refuses a port that is not a number or out of range', async () => {
    for (const port of ['abc', '99999', '8o8o']) {
      const result = await cli('sidebar', join(root, 'nowhere'), '--port', port);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        `Port invalide : « ${port} ». Indiquez un nombre entre 1 et 65535, par exemple --port 8080.`,
      );
    }
  });

  it('says a busy port is busy and proposes another', async () => {
    const dir = join(root, 'ws-port');
    expect((await cli('init', dir, '--from', workbook, '--settings', SETTINGS)).code).toBe(0);
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const result = await cli('sidebar', dir, '--port', String(port));
      expect(result.code).toBe(1);
      expect(result.err).toMatch(
        new RegExp(
          `^Le port ${port} est déjà utilisé par un autre programme : choisissez-en un autre`,
        ),
      );
    } finally {
      blocker.close();
    }
  });

  it('names every invoice-looking tab and the one it reads, at init and on each run', async () => {
    const dir = join(root, 'ws-two-tabs');
    const init = await cli('init', dir, '--from', workbook, '--settings', SETTINGS);
    const warning =
      'Plusieurs onglets ressemblent à un tableau de factures (« Factures », « Factures 2025 ») : Relance lit « Factures » seulement.';
    expect(init.out).toContain(`Attention : ${warning}`);
    const run = await cli('run', dir, '--today', '2026-03-16');
    expect(run.out).toContain(warning);
  });

  it('reads a settings file saved as UTF-16, and names a misspelt key', async () => {
    const utf16 = join(root, 'parametres-utf16.json');
    const text = `\uFEFF${JSON.stringify({ sending: { mode: 'preview' } })}`;
    writeFileSync(utf16, Buffer.from(text, 'utf16le'));
    expect(
      (await cli('init', join(root, 'ws-utf16'), '--from', workbook, '--settings', utf16)).code,
    ).toBe(0);

    const typo = join(root, 'parametres-typo.json');
    writeFileSync(typo, JSON.stringify({ sending: { mdoe: 'preview' } }));
    const refused = await cli(
      'init',
      join(root, 'ws-typo'),
      '--from',
      workbook,
      '--settings',
      typo,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'sending.mdoe : Champ inconnu « mdoe » dans sending : vouliez-vous dire « mode » ?',
    );
  });

  it('says an empty file is empty', async () => {
    const empty = join(root, 'vide.csv');
    writeFileSync(empty, '');
    const result = await cli('init', join(root, 'ws-empty'), '--from', empty);
    expect(result).toMatchObject({
      code: 1,
      err: `« ${empty} » est vide : exportez à nouveau vos factures.`,
    });
  });

  it('says when a file stands where Relance keeps a folder', async () => {
    const dir = join(root, 'ws-reports');
    expect((await cli('init', dir, '--from', workbook, '--settings', SETTINGS)).code).toBe(0);
    rmSync(join(dir, 'reports'), { recursive: true, force: true });
    writeFileSync(join(dir, 'reports'), 'pas un dossier');
    const result = await cli('run', dir, '--today', '2026-03-16');
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `« ${join(dir, 'reports')} » existe déjà et n’est pas un dossier : déplacez ou renommez ce fichier, Relance y range ses fichiers.`,
    );
  });

  it('stops, instead of sending with the default settings, when the state folder was deleted', async () => {
    const dir = join(root, 'ws-no-state');
    expect((await cli('init', dir, '--from', workbook, '--settings', SETTINGS)).code).toBe(0);
    rmSync(join(dir, 'state'), { recursive: true });
    const result = await cli('run', dir, '--today', '2026-03-16');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^Les paramètres de l’espace de travail .* ont disparu \(state\/properties\.json\) : Relance s’arrête/,
    );
    const outbox = join(dir, 'outbox');
    expect(existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []).toEqual(
      [],
    );
  });

  it('turns a full disk, a read-only disk and refused rights into one French sentence', () => {
    const fsError = (code: string) =>
      Object.assign(new Error(`${code}: oops`), { code, path: '/ws/x' });
    expect(unexpectedErrorLines(fsError('ENOSPC'), false)).toEqual([
      'Disque plein : impossible d’écrire « /ws/x ». Libérez de la place puis relancez : rien n’a été perdu de ce qui était déjà enregistré.',
    ]);
    expect(unexpectedErrorLines(fsError('EROFS'), false)[0]).toMatch(
      /^« \/ws\/x » est sur un disque en lecture seule/,
    );
    expect(unexpectedErrorLines(fsError('EACCES'), false)[0]).toMatch(
      /^Accès refusé à « \/ws\/x »/,
    );
  });

  it('keeps the stack of a bug out of sight unless RELANCE_DEBUG is set', () => {
    const bug = new TypeError('x is not a function');
    expect(unexpectedErrorLines(bug, false)).toEqual([
      'Erreur inattendue dans Relance (TypeError) : x is not a function Ce n’est pas une erreur de votre part : signalez-la avec la commande lancée (détail technique avec RELANCE_DEBUG=1).',
    ]);
    expect(unexpectedErrorLines(bug, true)[1]).toMatch(/TypeError: x is not a function\n\s+at /);
  });
});
