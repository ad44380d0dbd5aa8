import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNight } from '../../src/local/night';
import { ARTIFACTS, startHarness, type Harness } from './harness';

async function sheetNames(dir: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  return book.worksheets.map((s) => s.name);
}

async function journalRows(dir: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'workbook.xlsx'));
  const rows: string[][] = [];
  book.getWorksheet('Journal des relances')?.eachRow((row, n) => {
    if (n > 1)
      rows.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (v instanceof Date ? v.toISOString() : String(v ?? ''))),
      );
  });
  return rows;
}

const emlCount = (dir: string) =>
  readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml')).length;

async function fillSetup(page: Page): Promise<void> {
  await page.getByLabel('Raison sociale', { exact: true }).fill('Atelier Dupont SARL');
  await page.getByLabel('Adresse', { exact: true }).fill('18 rue de la République, 69002 Lyon');
  await page.getByLabel('SIRET', { exact: true }).fill('812 345 678 00013');
  await page.getByLabel('Email', { exact: true }).fill('compta@atelier-dupont.fr');
  await page.getByLabel('Signataire', { exact: true }).fill('Camille Dupont');
  await page.getByLabel('IBAN', { exact: true }).fill('FR76 3000 6000 0112 3456 7890 189');
}

describe('a day’s dunning in the sidebar, on an untouched workbook', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({ today: '2026-03-16' });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('sets up from an untouched workbook: detected columns, firm identity, tabs and templates', async () => {
    const { page, dir } = harness;
    await expect
      .poll(() => page.getByRole('heading', { name: 'Bienvenue dans Relance' }).isVisible())
      .toBe(true);
    await expect
      .poll(() => page.getByRole('table').textContent())
      .toContain('Onglet des factures : « Factures »');
    expect(await page.getByLabel('Colonne pour Montant TTC').inputValue()).toBe('Montant TTC');
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-setup.png'), fullPage: true });

    await page.getByLabel('SIRET').fill('123');
    await page.getByRole('button', { name: 'Enregistrer et créer les onglets' }).click();
    await expect
      .poll(() => page.locator('[data-error-for="firm.siret"]').textContent())
      .toContain('« SIRET » : le SIRET doit compter 14 chiffres');
    expect(await sheetNames(dir)).toEqual(['Factures']);

    await fillSetup(page);
    await page.getByRole('button', { name: 'Enregistrer et créer les onglets' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 30_000 })
      .toMatch(/Relances du 16\/03\/2026/);
    expect(await sheetNames(dir)).toEqual(
      expect.arrayContaining(['Factures', 'Suivi des relances', 'Journal des relances']),
    );
    const triggers = JSON.parse(readFileSync(join(dir, 'state', 'triggers.json'), 'utf8')) as {
      triggers: { handler: string; kind: string; everyHours: number }[];
    };
    expect(triggers.triggers).toEqual([
      expect.objectContaining({ handler: 'runNightly', kind: 'hourly', everyHours: 1 }),
    ]);
    const drive = JSON.parse(readFileSync(join(dir, 'drive', 'index.json'), 'utf8')) as {
      items: Record<string, { name: string }>;
    };
    expect(Object.values(drive.items).map((i) => i.name)).toEqual(
      expect.arrayContaining(['Modèle — courrier de rappel', 'Modèle — mise en demeure']),
    );
  });

  it('previews today’s actions, then sends them all with progress; the outbox and journal change', async () => {
    const { page, dir } = harness;
    const cards = page.locator(
      'section.card[aria-label]:not([aria-label="Problèmes dans le classeur"])',
    );
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const first = page.locator('.action-item').first();
    await first.getByText('Aperçu').click();
    await expect
      .poll(() => first.locator('pre.body').first().textContent())
      .toMatch(/Atelier Dupont SARL/);
    expect(
      await page.getByRole('region', { name: 'Problèmes dans le classeur' }).textContent(),
    ).toContain('Ligne 40 (Montant TTC)');
    // Headline figures agree with the list below them.
    const headline = page.getByRole('region', { name: 'Chiffres clés' });
    const overdueTile =
      (await headline
        .locator('.figure', { hasText: 'En retard' })
        .locator('.value')
        .textContent()) ?? '';
    expect(overdueTile).toMatch(/^\d[\d\u00a0]*,\d\d\u00a0€$/);
    expect(await page.locator('p.totals').textContent()).toContain(`${overdueTile} en retard`);
    expect(await headline.textContent()).toMatch(/DSO/);
    // A problem's row link selects that row in the sheet.
    await page.getByRole('link', { name: 'Ligne 40 (Montant TTC)' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Ligne 40 sélectionnée dans « Factures ».');
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-today.png'), fullPage: true });
    const actions = await page.locator('.action-item').count();
    expect(emlCount(dir)).toBe(0);

    await page.getByRole('button', { name: /Envoyer tout/ }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 60_000 })
      .toMatch(/^\d+ actions? faites?\.$/);
    expect(emlCount(dir)).toBeGreaterThan(0);
    const rows = await journalRows(dir);
    expect(rows.filter((r) => r[13] === 'fait' || r[13] === 'à faire')).toHaveLength(actions);
    await expect.poll(() => page.locator('.action-item').count()).toBe(0);
    // The run wrote the dashboard; the sidebar brings it to the front.
    await page.getByRole('button', { name: 'Voir le tableau de bord' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Onglet « Tableau de bord » affiché.');
    expect(await sheetNames(dir)).toContain('Tableau de bord');
  });

  it('records a promise from the client view and the plan moves', async () => {
    const { page, dir } = harness;
    await page.getByRole('tab', { name: 'Clients' }).click();
    const select = page.getByLabel('Client');
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
    const value = await select
      .locator('option', { hasText: 'SCI Les Tilleuls' })
      .getAttribute('value');
    await select.selectOption(value ?? '');
    const panel = page.getByRole('region', { name: 'SCI Les Tilleuls' });
    await expect.poll(() => panel.locator('tr[data-invoice]').count()).toBeGreaterThan(0);
    expect(await panel.locator('p.rating').textContent()).toMatch(
      /^Profil de paiement : (ponctuel|en retard|retard chronique) — retard moyen [\d,]+ j, (1 relance envoyée|\d+ relances envoyées)\.$/,
    );
    const number =
      (await panel.locator('tr[data-invoice]').first().getAttribute('data-invoice')) ?? '';
    await page.getByLabel('Type').selectOption('promise');
    await panel.locator(`input[type="checkbox"][value="${number}"]`).check();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-error-for="date"]').textContent())
      .toBe('Indiquez la date promise.');
    await page.getByLabel(/^Date/).fill('2026-03-25');
    // A double click (or an impatient second click) records the promise once.
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).dblclick();
    const row = page
      .getByRole('region', { name: 'SCI Les Tilleuls' })
      .locator(`tr[data-invoice="${number}"]`);
    await expect.poll(() => row.locator('td.state').textContent()).toBe('promesse');
    expect(
      await page
        .getByRole('region', { name: 'SCI Les Tilleuls' })
        .locator('.history')
        .textContent(),
    ).toContain('Promesse');
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-client.png'), fullPage: true });
    const rows = await journalRows(dir);
    expect(rows.filter((r) => r[3] === 'Promesse' && r[2] === number)).toHaveLength(1);
    const night = await runNight(dir, { today: '2026-03-20' });
    expect(night.report.invoices.find((i) => i.number === number)?.state).toBe('promise');
    expect(night.report.actions.filter((a) => a.invoices.includes(number))).toEqual([]);
  });

  it('shows a failing server call’s French error to the user', async () => {
    const { page, dir } = harness;
    await page.getByRole('tab', { name: 'Aujourd’hui' }).click();
    await runNight(dir, { today: '2026-03-16', at: '10:00' });
    await page.getByRole('tab', { name: 'Paramètres' }).click();
    await page.getByLabel('IBAN').fill('FR00 1234');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-error-for="firm.iban"]').textContent())
      .toMatch(/IBAN invalide/);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        'Paramètres enregistrés, sauf les champs signalés : ils gardent leur valeur précédente.',
      );
    await page.route('**/__relance/call', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { name: string };
      if (body.name === 'listClients') {
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            ok: false,
            message:
              'Le service Sheets est momentanément indisponible. Réessayez dans quelques minutes.',
          }),
        });
      } else await route.continue();
    });
    await page.getByRole('tab', { name: 'Clients' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Erreur' }).first().textContent())
      .toBe(
        'Erreur : Le service Sheets est momentanément indisponible. Réessayez dans quelques minutes.',
      );
    await page.unroute('**/__relance/call');
  });
});

describe('text from the sheet is rendered as text', () => {
  it('shows a client named <img src=x onerror=alert(1)> as those characters', async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-xss-'));
    const csv = join(root, 'factures.csv');
    writeFileSync(
      csv,
      'N° facture;Client;Email;Échéance;Montant TTC\nX-1;<img src=x onerror=alert(1)>;compta@exemple.fr;2026-03-02;500\n',
    );
    const harness = await startHarness({
      today: '2026-03-16',
      source: csv,
      settings: 'samples/settings.example.json',
    });
    try {
      const dialogs: string[] = [];
      harness.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await harness.page.evaluate(() => undefined);
      await harness.page.getByRole('heading', { name: 'Bienvenue dans Relance' }).waitFor();
      await harness.page.getByRole('button', { name: 'Enregistrer et créer les onglets' }).click();
      const card = harness.page.getByRole('region', { name: '<img src=x onerror=alert(1)>' });
      await expect
        .poll(() => card.locator('h3').textContent(), { timeout: 30_000 })
        .toBe('<img src=x onerror=alert(1)>');
      expect(await harness.page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await harness.page.screenshot({ path: join(ARTIFACTS, 'sidebar-xss.png'), fullPage: true });
    } finally {
      await harness.close();
    }
  });
});

describe('Paramètres', () => {
  it('previews a template on a real invoice, saves the right fields and refuses each wrong one, which keeps its stored value', async () => {
    const harness = await startHarness({
      today: '2026-03-16',
      settings: 'samples/settings.example.json',
    });
    const { page, dir } = harness;
    try {
      await page.getByRole('heading', { name: 'Bienvenue dans Relance' }).waitFor();
      await page.getByRole('button', { name: 'Enregistrer et créer les onglets' }).click();
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 30_000 })
        .toMatch(/Relances du/);
      await page.getByRole('tab', { name: 'Paramètres' }).click();
      await page.getByText('Modèles de message').click();
      await page.getByLabel('Étape').selectOption('reminder-1');
      await page.getByLabel('Objet').fill('Facture {{numero_facture}} impayée');
      await page.getByRole('button', { name: 'Aperçu sur une facture réelle' }).click();
      await expect
        .poll(() => page.locator('.preview').textContent())
        .toContain('Champ inconnu : {{numero_facture}}');
      await page
        .getByLabel('Objet')
        .fill('{{entreprise}} : {{nombre_factures}} facture(s) en attente');
      await page.getByRole('button', { name: 'Aperçu sur une facture réelle' }).click();
      await expect
        .poll(() => page.locator('.preview').textContent())
        .toContain('Atelier Dupont SARL : 1 facture(s) en attente');
      await page.screenshot({ path: join(ARTIFACTS, 'sidebar-settings.png'), fullPage: true });

      const stored = () => readFileSync(join(dir, 'state', 'properties.json'), 'utf8');
      const savedExcept =
        'Paramètres enregistrés, sauf les champs signalés : ils gardent leur valeur précédente.';
      await page.getByText('Échelle de relance').click();
      await page.getByLabel('Relance téléphonique : jours après l’échéance').fill('1');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect
        .poll(() => page.locator('[data-error-for="ladder[2].offsetDays"]').textContent())
        .toMatch(/au moins 2 jours, pour ne pas venir avant « Première relance »/);
      await expect.poll(() => page.getByRole('status').textContent()).toBe(savedExcept);
      // The call keeps its stored offset; the subject edited above is saved.
      expect(stored()).toContain('\\"id\\":\\"appel\\",\\"enabled\\":true,\\"offsetDays\\":8,');
      expect(stored()).toContain('{{entreprise}} : {{nombre_factures}} facture(s) en attente');

      await page.getByLabel('Relance téléphonique : jours après l’échéance').fill('9');
      await page.getByLabel(/Rappel anticipé pour les clients en retard chronique/).check();
      await page.getByLabel('Ce rappel part … jours avant l’échéance').fill('0');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect
        .poll(() => page.locator('[data-error-for="chronicPayers.daysBefore"]').textContent())
        .toBe(
          '« Ce rappel part … jours avant l’échéance » : un nombre entier entre 1 et 30 jours.',
        );
      await expect.poll(() => page.getByRole('status').textContent()).toBe(savedExcept);
      expect(stored()).toContain(
        '\\"chronicPayers\\":{\\"earlyReminder\\":true,\\"daysBefore\\":7}',
      );
      expect(stored()).toContain('\\"id\\":\\"appel\\",\\"enabled\\":true,\\"offsetDays\\":9,');

      await page.getByLabel('Ce rappel part … jours avant l’échéance').fill('10');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toBe('Paramètres enregistrés.');
      const saved = readFileSync(join(dir, 'state', 'properties.json'), 'utf8');
      expect(saved).toContain('"chronicPayers\\":{\\"earlyReminder\\":true,\\"daysBefore\\":10}');
      const today = await runNight(dir, { today: '2026-03-16', preview: true });
      const first = today.report.actions.find((a) => a.step === 'reminder-1');
      if (first !== undefined)
        expect(first.subject).toMatch(/^Atelier Dupont SARL : \d+ facture\(s\) en attente$/);
    } finally {
      await harness.close();
    }
  });
});
