/**
 * The dossier for the judge, end to end: a client chased from its first reminder to the recourse,
 * its mise en demeure posted and its acknowledgement of receipt recorded through the sidebar's
 * entry points, then « Préparer le dossier d’injonction de payer » pressed: the folder in Drive,
 * its files against the bordereau, the ZIP against the files, the Journal's link, and no second
 * folder the same day.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DossierAnswer } from '../../src/server/run/dossier';
import { main } from '../../src/local/cli';
import { readZip } from '../../src/local/runtime/zip';
import { callFunction } from '../../src/local/workspace';
import { runNight } from '../../src/local/night';
import { chaseToRecourse, CLIENT, dossierWorkspace, INVOICES, KEY } from '../dossier-fixtures';

const root = mkdtempSync(join(tmpdir(), 'relance-dossier-'));

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
    mergePages: true,
  });
  return text;
}

describe('the dossier for the judge, from the first reminder', () => {
  let dir = '';
  let pdfs = new Map<string, Buffer>();
  let day = '';
  let steps: string[] = [];
  let made: DossierAnswer = { ok: false, messages: [] };

  beforeAll(async () => {
    ({ dir, pdfs } = await dossierWorkspace(root, 'leroy'));
    ({ day, steps } = await chaseToRecourse(dir));
    made = (await callFunction(dir, 'prepareDossier', [KEY], { today: day })) as DossierAnswer;
  }, 240_000);

  it('reaches the recourse after the reminders and the posted mise en demeure', () => {
    expect(steps[0]).not.toBe('court-claim');
    expect(steps).toContain('demand-letter');
    expect(steps.at(-1)).toBe('court-claim');
  });

  it('makes the dossier at the contentieux step; the client view’s button then shows it', () => {
    expect(made.ok, JSON.stringify(made)).toBe(true);
    expect(made.ok && made.existing).toBe(true);
  });

  it('makes a folder whose pieces are the bordereau’s, numbered in its order, and a ZIP of them', async () => {
    if (!made.ok) throw new Error('no dossier');
    const folder = join(dir, 'drive', 'Relance — courriers', CLIENT, made.folderName);
    const onDisk = readdirSync(folder).sort();
    expect(onDisk).toEqual(made.files);
    const zipName = `${made.folderName}.zip`;
    const zip = readZip(readFileSync(join(folder, zipName)));
    expect(zip.map((e) => e.name).sort()).toEqual(onDisk.filter((f) => f !== zipName));
    for (const entry of zip)
      expect(entry.bytes).toEqual(new Uint8Array(readFileSync(join(folder, entry.name))));

    const pieces = onDisk.filter((f) => f.startsWith('Pièce '));
    const bordereau = await pdfText(readFileSync(join(folder, '00 - Bordereau des pièces.pdf')));
    expect(pieces.length).toBeGreaterThanOrEqual(INVOICES.length + 2);
    pieces.forEach((file, i) => {
      expect(file.startsWith(`Pièce ${String(i + 1).padStart(2, '0')} - `)).toBe(true);
      expect(bordereau).toContain(`Pièce n° ${i + 1}`);
    });
    expect(bordereau).not.toContain(`Pièce n° ${pieces.length + 1}`);
  });

  it('copies each invoice PDF byte for byte, and the mise en demeure sent with its posting and receipt', async () => {
    if (!made.ok) throw new Error('no dossier');
    const folder = join(dir, 'drive', 'Relance — courriers', CLIENT, made.folderName);
    for (const [number, bytes] of pdfs) {
      const file = made.files.find((f) => f.endsWith(`Facture ${number}.pdf`));
      expect(file, number).toBeDefined();
      expect(readFileSync(join(folder, file ?? ''))).toEqual(bytes);
    }
    // The mise en demeure is the letter sent; its bordereau line states the posting and the AR.
    const notice = made.files.find((f) => f.includes('Mise en demeure'));
    expect(await pdfText(readFileSync(join(folder, notice ?? '')))).toMatch(/mise en demeure/i);
    const bordereau = await pdfText(readFileSync(join(folder, '00 - Bordereau des pièces.pdf')));
    expect(bordereau).toMatch(/n° 1A 123 456\s7890 1, déposée le [^,]+, présentée le/);
    const requete = await pdfText(
      readFileSync(join(folder, '00 - Requête en injonction de payer.pdf')),
    );
    expect(requete).toContain('512 345 678');
    expect(requete).toMatch(/1\s680,00\s€/);
  });

  it('renders each email reminder with its date, recipients and its text composed again', async () => {
    if (!made.ok) throw new Error('no dossier');
    const folder = join(dir, 'drive', 'Relance — courriers', CLIENT, made.folderName);
    const first = made.files.find((f) => f.startsWith('Pièce 03 - Relance du'));
    const text = await pdfText(readFileSync(join(folder, first ?? '')));
    expect(text).toMatch(/Date d’envoi : \d+ février 2026/);
    expect(text).toContain('Destinataires : compta@garage-leroy.fr');
    expect(text).toMatch(/Objet : .+/);
    expect(text).toContain('F-101');
  });

  it('links the ZIP in the Journal, and shows the same folder again the same day', async () => {
    if (!made.ok) throw new Error('no dossier');
    const again = (await callFunction(dir, 'prepareDossier', [KEY], {
      today: day,
    })) as DossierAnswer;
    expect(again.ok && again.existing).toBe(true);
    if (!again.ok) return;
    expect(again.folderId).toBe(made.folderId);
    expect(again.message).toContain(made.folderName);
    const clientFolder = join(dir, 'drive', 'Relance — courriers', CLIENT);
    expect(
      readdirSync(clientFolder).filter((f) => f.startsWith('Dossier injonction')),
    ).toHaveLength(1);
    const view = (await callFunction(dir, 'getClient', [KEY], { today: day })) as {
      history: { detail: string; link: string | null }[];
    };
    const row = view.history.find((h) =>
      h.detail.startsWith('Dossier d’injonction de payer préparé'),
    );
    expect(row?.link).toBe(made.zipUrl);
  });

  it('makes the same folder offline with relance dossier, and lists it', async () => {
    const other = await dossierWorkspace(root, 'leroy-cli');
    const reached = await chaseToRecourse(other.dir);
    const out: string[] = [];
    const code = await main(['dossier', other.dir, CLIENT, '--today', reached.day], {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code, out.join('\n')).toBe(0);
    expect(out.join('\n')).toContain(
      join('drive', 'Relance — courriers', CLIENT, 'Dossier injonction'),
    );
    expect(out.join('\n')).toContain('00 - Requête en injonction de payer.pdf');
  }, 240_000);
});

describe('a dossier refused', () => {
  it('says in French what is missing, in the sidebar’s answer and in the Journal, and makes no folder', async () => {
    const { dir } = await dossierWorkspace(root, 'leroy-early');
    await runNight(dir, { today: '2026-03-02' });
    const answer = (await callFunction(dir, 'prepareDossier', [KEY], {
      today: '2026-03-02',
    })) as DossierAnswer;
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.messages.length).toBeGreaterThan(0);
    const view = (await callFunction(dir, 'getClient', [KEY], { today: '2026-03-02' })) as {
      history: { detail: string }[];
    };
    const note = view.history.find((h) =>
      h.detail.startsWith('Dossier d’injonction de payer non préparé'),
    );
    expect(note?.detail).toContain(answer.messages[0]);
    // Pressed again the same day for the same reasons: the same answer, no second note.
    const again = (await callFunction(dir, 'prepareDossier', [KEY], {
      today: '2026-03-02',
    })) as DossierAnswer;
    expect(again).toEqual(answer);
    const after = (await callFunction(dir, 'getClient', [KEY], { today: '2026-03-02' })) as {
      history: { detail: string }[];
    };
    const notes = after.history.filter((h) =>
      h.detail.startsWith('Dossier d’injonction de payer non préparé'),
    );
    expect(notes).toHaveLength(1);
    const clientFolder = join(dir, 'drive', 'Relance — courriers', CLIENT);
    const folders = (() => {
      try {
        return readdirSync(clientFolder);
      } catch {
        return [];
      }
    })();
    expect(folders.filter((f) => f.startsWith('Dossier injonction'))).toEqual([]);
  }, 120_000);
});
