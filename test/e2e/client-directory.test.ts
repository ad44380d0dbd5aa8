import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { callFunction } from '../../src/local/workspace';
import { initWorkspace } from '../../src/local/init';
import { runNight } from '../../src/local/night';
import { clientKeyOf } from '../../src/core/values/keys';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('a client directory kept in a « Clients » tab', () => {
  it('gives the reminders their addresses and contact when the invoice rows have none', async () => {
    const root = mkdtempSync(join(tmpdir(), 'relance-clients-'));
    const source = join(root, 'factures.xlsx');
    const book = new ExcelJS.Workbook();
    const clients = book.addWorksheet('Clients');
    clients.addRow(['Raison sociale', 'Courriel', 'Interlocuteur', 'Civilité', 'Adresse postale']);
    clients.addRow([
      'Alpha',
      'compta@alpha.fr',
      'Claire Martin',
      'Mme',
      '3 rue Haute, 35000 Rennes',
    ]);
    const invoices = book.addWorksheet('Factures');
    invoices.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC']);
    invoices.addRow(['F1', 'Alpha', '', utc('2026-03-02'), 1200]);
    await book.xlsx.writeFile(source);
    const dir = join(root, 'ws');
    await initWorkspace(dir, {
      from: source,
      settingsPath: resolve('samples/settings.example.json'),
    });
    const night = await runNight(dir, { today: '2026-03-04' });
    expect(night.report.actions.map((a) => [a.client, a.step, a.outcome])).toEqual([
      ['Alpha', 'reminder-1', 'sent'],
    ]);
    const files = readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml'));
    const mail = await simpleParser(readFileSync(join(dir, 'outbox', files[0] ?? '')));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('compta@alpha.fr');
    // The Clients tab's « Civilité » Mme: civility and surname.
    expect(mail.text).toMatch(/^Bonjour Madame Martin,/);
  });
});

describe('the client type chosen in the sidebar', () => {
  // 'commercant' is the id a sidebar opened before the ids were English still sends.
  it.each(['trader', 'commercant'])(
    'is written in the Clients tab and read by the next run (sent as %s)',
    async (sent) => {
      const root = mkdtempSync(join(tmpdir(), 'relance-client-type-'));
      const source = join(root, 'factures.xlsx');
      const book = new ExcelJS.Workbook();
      const invoices = book.addWorksheet('Factures');
      invoices.addRow(['N° facture', 'Client', 'Email', 'Échéance', 'Montant TTC', 'Type client']);
      invoices.addRow(['F1', 'Mme Sophie Leroy', 'sophie@leroy.fr', utc('2026-03-02'), 1200, '']);
      await book.xlsx.writeFile(source);
      const dir = join(root, 'ws');
      await initWorkspace(dir, {
        from: source,
        settingsPath: resolve('samples/settings.example.json'),
      });
      const key = clientKeyOf('Mme Sophie Leroy');
      const before = (await callFunction(dir, 'getClient', [key], { today: '2026-04-20' })) as {
        clientType: string | null;
        invoices: { interestCents: number; indemnityCents: number }[];
      };
      expect(before.clientType).toBeNull();
      expect(before.invoices[0]?.indemnityCents).toBe(0);
      const saved = (await callFunction(dir, 'setClientType', [key, sent], {
        today: '2026-04-20',
      })) as { ok: boolean; view: { clientType: string | null } };
      expect(saved.ok).toBe(true);
      expect(saved.view.clientType).toBe('trader');
      const after = (await callFunction(dir, 'getClient', [key], { today: '2026-04-20' })) as {
        invoices: { indemnityCents: number }[];
      };
      expect(after.invoices[0]?.indemnityCents).toBe(4000);
    },
  );
});
