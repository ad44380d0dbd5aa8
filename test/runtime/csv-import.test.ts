import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../src/local/runtime/csv-import';
import { appOf } from './workbook-app';

const dir = mkdtempSync(join(tmpdir(), 'relance-csv-'));

describe('a CSV export brought to relance init', () => {
  const valuesOf = async (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return appOf(await importCsv(path))
      .getActiveSpreadsheet()
      .getActiveSheet()
      .getDataRange()
      .getValues();
  };
  /** Windows-1252 bytes: Latin-1 but for the characters it puts at 0x80–0x9F. */
  const windows1252 = (text: string) =>
    Buffer.from(
      text.replace('€', '\u0080').replace('’', '\u0092').replace('Œ', '\u008c'),
      'latin1',
    );

  it('imports a Windows-1252 CSV with semicolons, leaving French dates and amounts as text', async () => {
    const path = join(dir, 'export.csv');
    const text =
      'N° facture;Client;Échéance;Montant\r\nF-1;Hôtel du Port;02/03/2026;"1 234,56 €"\r\nF-2;Café;03/03/2026;980\r\n';
    // Windows-1252 puts the euro sign at 0x80, where Latin-1 has a control character.
    writeFileSync(path, Buffer.from(text.replace('€', '\u0080'), 'latin1'));
    const workbook = await importCsv(path);
    const values = appOf(workbook)
      .getActiveSpreadsheet()
      .getActiveSheet()
      .getDataRange()
      .getValues();
    expect(values[0]).toEqual(['N° facture', 'Client', 'Échéance', 'Montant']);
    expect(values[1]).toEqual(['F-1', 'Hôtel du Port', '02/03/2026', '1 234,56 €']);
    expect(values[2]?.[3]).toBe(980);
  });

  it('imports a semicolon Windows-1252 export whose quoted fields hold semicolons and line breaks', async () => {
    const values = await valuesOf(
      'quoted.csv',
      windows1252(
        'N° facture;Client;Adresse;Montant\r\n' +
          'F-1;"Dupont; Fils & Cie";"12 rue de l’Église\r\n75001 Paris";"1 234,56 €"\r\n' +
          'F-2;Œuvres sociales;Lyon;980\r\n',
      ),
    );
    expect(values).toEqual([
      ['N° facture', 'Client', 'Adresse', 'Montant'],
      ['F-1', 'Dupont; Fils & Cie', '12 rue de l’Église\n75001 Paris', '1 234,56 €'],
      ['F-2', 'Œuvres sociales', 'Lyon', 980],
    ]);
  });

  it('finds the semicolons even when a quoted header holds more commas than the line has semicolons', async () => {
    const values = await valuesOf(
      'commas.csv',
      Buffer.from(
        'N° facture;"Remarques (retard, relance, litige, accord)";Montant\n' +
          'F-1;aucune;1 234,56\n' +
          'F-2;"accord, le 3 mars";980,00\n',
      ),
    );
    expect(values).toEqual([
      ['N° facture', 'Remarques (retard, relance, litige, accord)', 'Montant'],
      ['F-1', 'aucune', '1 234,56'],
      ['F-2', 'accord, le 3 mars', '980,00'],
    ]);
  });

  it('keeps « 1.234 » as typed instead of reading 1,234 (thousands or decimals, the reader asks)', async () => {
    const values = await valuesOf(
      'dots.csv',
      Buffer.from('N° facture,Montant,Payé,Code\nF-1,1.234,12.5,-3\nF-2,1234.56,0.125,42\n'),
    );
    expect(values.slice(1)).toEqual([
      ['F-1', '1.234', 12.5, -3],
      ['F-2', 1234.56, '0.125', 42],
    ]);
  });

  it('reads a UTF-8 export as UTF-8 even when it already holds a replacement character', async () => {
    const values = await valuesOf(
      'utf8.csv',
      Buffer.from('N° facture;Client\nF-1;Café \uFFFD Lyon\n'),
    );
    expect(values[1]).toEqual(['F-1', 'Café \uFFFD Lyon']);
  });
});
