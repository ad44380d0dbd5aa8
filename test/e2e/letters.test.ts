import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';

const root = mkdtempSync(join(tmpdir(), 'relance-letters-'));
let workspaces = 0;
const SETTINGS = resolve('samples/settings.example.json');

/**
 * One client owing three invoices, long overdue: its first action is the courrier de rappel. Its
 * postal address is known (a mise en demeure without one is held back).
 */
async function workspace(): Promise<string> {
  const csv = join(root, `factures-${workspaces}.csv`);
  writeFileSync(
    csv,
    [
      'N° facture;Client;Email;Adresse;Échéance;Montant TTC;Type client',
      'F-101;Garage Leroy;compta@garage-leroy.fr;12 rue des Forges, 69003 Lyon;2026-01-05;120;SARL',
      'F-102;Garage Leroy;compta@garage-leroy.fr;12 rue des Forges, 69003 Lyon;2026-01-08;240;SARL',
      'F-103;Garage Leroy;compta@garage-leroy.fr;12 rue des Forges, 69003 Lyon;2026-01-12;360;SARL',
      '',
    ].join('\n'),
  );
  workspaces += 1;
  const dir = join(root, `leroy-${workspaces}`);
  await initWorkspace(dir, { from: csv, settingsPath: SETTINGS, mailDailyQuota: 100 });
  return dir;
}

async function letterText(dir: string): Promise<string> {
  const outbox = join(dir, 'outbox');
  const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
  for (const file of files) {
    const mail = await simpleParser(readFileSync(join(outbox, file)));
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    if (pdf === undefined) continue;
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.content)), {
      mergePages: true,
    });
    return text;
  }
  throw new Error('no letter was sent');
}

describe('a courrier de rappel', () => {
  it('lists each of the client’s three invoices on its own filled row of the table', async () => {
    const dir = await workspace();
    const night = await runNight(dir, { today: '2026-03-16' });
    expect(night.report.actions.map((a) => a.step)).toEqual(['reminder-2']);
    const text = await letterText(dir);
    expect(text).not.toMatch(/\{\{|\}\}/);
    for (const [number, days] of [
      ['F-101', 70],
      ['F-102', 67],
      ['F-103', 63],
    ] as const)
      expect(text).toMatch(new RegExp(`${number}[\\s\\S]{0,80}${days} j`));
  });
});

/** Where each text run starts on the letter's first page, in points from the page's left and top. */
async function firstPagePositions(
  dir: string,
): Promise<{ text: string; x: number; top: number }[]> {
  const outbox = join(dir, 'outbox');
  for (const file of readdirSync(outbox).filter((f) => f.endsWith('.eml'))) {
    const mail = await simpleParser(readFileSync(join(outbox, file)));
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    if (pdf === undefined) continue;
    const page = await (await getDocumentProxy(new Uint8Array(pdf.content))).getPage(1);
    const height = page.getViewport({ scale: 1 }).height;
    const { items } = await page.getTextContent();
    return items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [
            {
              text: item.str,
              x: item.transform[4] as number,
              top: height - (item.transform[5] as number),
            },
          ]
        : [],
    );
  }
  throw new Error('no letter was sent');
}

describe('the recipient of a letter', () => {
  it('sits where the window of a French DL envelope shows it', async () => {
    const csv = join(root, 'factures-window.csv');
    writeFileSync(
      csv,
      [
        'N° facture;Client;Email;Échéance;Montant TTC;Adresse',
        'F-201;Garage Leroy;compta@garage-leroy.fr;2026-01-05;120;12 rue des Forges, 44000 Nantes',
        '',
      ].join('\n'),
    );
    const dir = join(root, 'window');
    await initWorkspace(dir, { from: csv, settingsPath: SETTINGS, mailDailyQuota: 100 });
    const night = await runNight(dir, { today: '2026-03-16' });
    expect(night.report.actions.map((a) => a.step)).toEqual(['reminder-2']);
    const positions = await firstPagePositions(dir);
    const mm = (points: number) => (points * 25.4) / 72;
    // The window: 11 cm from the left edge, 5.5 cm to 8.8 cm from the top (85 × 33 mm).
    for (const line of ['Garage Leroy', '12 rue des Forges, 44000 Nantes']) {
      const run = positions.find((p) => p.text === line);
      expect(run, line).toBeDefined();
      expect(mm(run?.x ?? 0)).toBeCloseTo(110, 0);
      expect(mm(run?.top ?? 0)).toBeGreaterThan(55);
      expect(mm(run?.top ?? 0)).toBeLessThan(88);
    }
    // The letterhead stays at the left margin, above the window.
    const firm = positions[0];
    expect(mm(firm?.x ?? 0)).toBeLessThan(30);
    // On the page's first line (a 25.4 mm margin): the paragraph a new Doc holds carries the
    // letterhead, rather than a blank line above it that would push the address down.
    expect(mm(firm?.top ?? 0)).toBeLessThan(30);
  });
});

interface DriveIndexItem {
  id: string;
  name: string;
  mimeType: string;
  parent: string | null;
  trashed: boolean;
}

function driveItems(dir: string): Record<string, DriveIndexItem> {
  const path = join(dir, 'drive', 'index.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { items: Record<string, DriveIndexItem> })
    .items;
}

/** The user throws the letters folder away in Drive, as they may. */
function trashFolder(dir: string, name: string): void {
  const path = join(dir, 'drive', 'index.json');
  const index = JSON.parse(readFileSync(path, 'utf8')) as {
    items: Record<string, DriveIndexItem>;
  };
  for (const item of Object.values(index.items)) if (item.name === name) item.trashed = true;
  writeFileSync(path, JSON.stringify(index));
}

function inTrash(items: Record<string, DriveIndexItem>, item: DriveIndexItem): boolean {
  if (item.trashed) return true;
  const parent = item.parent === null ? undefined : items[item.parent];
  return parent !== undefined && inTrash(items, parent);
}

describe('a letters folder the user put in the trash', () => {
  it('is not used again: the next letter goes to a new folder, out of the trash', async () => {
    const dir = await workspace();
    await runNight(dir, { today: '2026-03-16' });
    trashFolder(dir, 'Relance — courriers');
    const night = await runNight(dir, { today: '2026-03-31' });
    // The mise en demeure is a letter to post (a task); its PDF is made all the same.
    expect(night.report.actions.map((a) => [a.step, a.outcome])).toEqual([
      ['demand-letter', 'task'],
    ]);
    const items = driveItems(dir);
    const pdfs = Object.values(items).filter((i) => i.mimeType === 'application/pdf');
    // The first night's courrier de rappel and its relevé de compte stay where the user threw
    // them; the mise en demeure goes to a new folder, out of the trash.
    expect(pdfs).toHaveLength(3);
    expect(pdfs.filter((pdf) => !inTrash(items, pdf)).map((pdf) => pdf.name)).toEqual([
      '2026-03-31 mise-en-demeure Garage Leroy.pdf',
    ]);
  });
});

/** The templates' files vanish from Drive while their ids stay in the settings. */
function dropTemplates(dir: string): string[] {
  const path = join(dir, 'drive', 'index.json');
  const index = JSON.parse(readFileSync(path, 'utf8')) as {
    items: Record<string, DriveIndexItem>;
  };
  const dropped = Object.values(index.items).filter((i) => /^(Modèle|Template) — /.test(i.name));
  for (const item of dropped) delete index.items[item.id];
  writeFileSync(path, JSON.stringify(index));
  return dropped.map((i) => i.name);
}

describe('letter templates whose files are gone from Drive', () => {
  it('are made again, the letter goes, and the Suivi says so', async () => {
    const dir = await workspace();
    await runNight(dir, { today: '2026-03-16' });
    expect(dropTemplates(dir)).toContain('Modèle — mise en demeure');
    const night = await runNight(dir, { today: '2026-03-31' });
    expect(night.report.actions.map((a) => [a.step, a.outcome])).toEqual([
      ['demand-letter', 'task'],
    ]);
    const notes = night.report.problems.map((p) => p.text.fr);
    expect(notes).toContainEqual(
      expect.stringMatching(/^Modèle de courrier « Modèle — mise en demeure » introuvable/),
    );
    const templates = Object.values(driveItems(dir)).filter((i) => i.name.startsWith('Modèle'));
    expect(templates.map((t) => t.name)).toContain('Modèle — mise en demeure');
    // Made again once: the next letter finds it.
    const next = await runNight(dir, { today: '2026-04-01' });
    expect(next.report.problems.map((p) => p.text.fr).join('\n')).not.toMatch(/Modèle de courrier/);
  });

  it('are made again when Relance may not reach them: a Doc it did not make, under drive.file', async () => {
    const dir = await workspace();
    await runNight(dir, { today: '2026-03-16' });
    // The template's file is there, but as the user's own (a copy they made, say): drive.file
    // gives Relance the files it created and those opened with it, not this one.
    const path = join(dir, 'drive', 'index.json');
    const index = JSON.parse(readFileSync(path, 'utf8')) as {
      items: Record<string, DriveIndexItem & { byApp?: boolean }>;
    };
    const template = Object.values(index.items).find((i) => i.name === 'Modèle — mise en demeure');
    if (template === undefined) throw new Error('no template');
    delete template.byApp;
    writeFileSync(path, JSON.stringify(index));

    const night = await runNight(dir, { today: '2026-03-31' });
    expect(night.report.actions.map((a) => [a.step, a.outcome])).toEqual([
      ['demand-letter', 'task'],
    ]);
    expect(night.report.problems.map((p) => p.text.fr)).toContainEqual(
      expect.stringMatching(
        /^Modèle de courrier « Modèle — mise en demeure » introuvable dans Drive \(.*hors de portée de Relance/,
      ),
    );
    const templates = Object.values(driveItems(dir)).filter(
      (i) => i.name === 'Modèle — mise en demeure',
    );
    expect(templates).toHaveLength(2);
  });
});
