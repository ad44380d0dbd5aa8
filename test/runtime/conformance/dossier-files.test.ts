/**
 * A dossier for the judge in Drive: its folder listed, and Utilities.zip over its files and Docs.
 * Sources: https://developers.google.com/apps-script/reference/drive/folder (getFiles, getUrl),
 * https://developers.google.com/apps-script/reference/drive/file-iterator,
 * https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String)
 * (a new application/zip Blob holding the blobs passed in),
 * https://developers.google.com/apps-script/reference/base/blob (getName, getContentType),
 * https://docs.oracle.com/javase/8/docs/api/java/util/zip/ZipOutputStream.html (the duplicate
 * entry Apps Script's Java zip refuses) and PKWARE's APPNOTE.TXT for the archive's layout.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costOf } from '../../../src/local/runtime/cost-table';
import { createDriveServices, DriveState } from '../../../src/local/runtime/drive';
import { CallMeter } from '../../../src/local/runtime/meter';
import { createUtilities } from '../../../src/local/runtime/utilities';
import { readZip } from '../../../src/local/runtime/zip';

function services() {
  const meter = new CallMeter(costOf);
  const state = new DriveState(mkdtempSync(join(tmpdir(), 'relance-zip-')));
  const { DriveApp, DocumentApp } = createDriveServices(state, meter, () => 0);
  const Utilities = createUtilities(meter, {
    makeDate: (ms) => new Date(ms),
    uuid: () => 'u',
    now: () => Date.UTC(2026, 11, 5, 9, 30),
  });
  return {
    DriveApp: DriveApp as unknown as GoogleAppsScript.Drive.DriveApp,
    DocumentApp: DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
    Utilities: Utilities as unknown as GoogleAppsScript.Utilities.Utilities,
  };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('Utilities.zip (reference: utilities/utilities#zip)', () => {
  it('packs each blob under its own name into a named application/zip blob', () => {
    const { Utilities } = services();
    const zip = Utilities.zip(
      [
        Utilities.newBlob('première pièce', 'text/plain', '01 Facture F-1.txt'),
        Utilities.newBlob('seconde pièce', 'text/plain', '02 Relance.txt'),
      ],
      'Dossier.zip',
    );
    expect(zip.getName()).toBe('Dossier.zip');
    expect(zip.getContentType()).toBe('application/zip');
    const entries = readZip(Uint8Array.from(zip.getBytes()));
    expect(entries.map((e) => e.name)).toEqual(['01 Facture F-1.txt', '02 Relance.txt']);
    expect(text(entries[0]?.bytes ?? new Uint8Array())).toBe('première pièce');
  });

  it('takes Drive files and a Doc exported as PDF, byte for byte (blob-source#getBlob, file#getAs)', () => {
    const { DriveApp, DocumentApp, Utilities } = services();
    const folder = DriveApp.createFolder('Dossier');
    const invoice = folder.createFile('F-1.pdf', '%PDF-1.4 facture', 'application/pdf');
    const doc = DocumentApp.create('Requête');
    doc.saveAndClose();
    const requete = doc.getAs('application/pdf').setName('Requête.pdf');
    const zip = Utilities.zip([invoice.getBlob(), requete], 'Dossier.zip');
    const entries = readZip(Uint8Array.from(zip.getBytes()));
    expect(entries.map((e) => e.name)).toEqual(['F-1.pdf', 'Requête.pdf']);
    expect(text(entries[0]?.bytes ?? new Uint8Array())).toBe('%PDF-1.4 facture');
    expect(text(entries[1]?.bytes ?? new Uint8Array()).startsWith('%PDF-')).toBe(true);
    const saved = folder.createFile(zip);
    expect(saved.getName()).toBe('Dossier.zip');
    expect(saved.getMimeType()).toBe('application/zip');
  });

  it('refuses two blobs of the same name, as Java’s zip refuses a duplicate entry', () => {
    const { Utilities } = services();
    const twice = () =>
      Utilities.zip(
        [
          Utilities.newBlob('a', 'text/plain', 'Relance.pdf'),
          Utilities.newBlob('b', 'text/plain', 'Relance.pdf'),
        ],
        'Dossier.zip',
      );
    expect(twice).toThrow(/duplicate entry: Relance\.pdf/);
  });

  it('refuses a blob without a name', () => {
    const { Utilities } = services();
    expect(() => Utilities.zip([Utilities.newBlob('a')], 'Dossier.zip')).toThrow(
      /Invalid argument: blobs/,
    );
  });
});

describe('a dossier folder in Drive (reference: drive/folder, drive/file-iterator)', () => {
  it('lists a folder’s files, those in the trash included, until hasNext() says no more (folder#getFiles)', () => {
    const { DriveApp } = services();
    const folder = DriveApp.createFolder('Dossier injonction - Garage Leroy - 2026-05-04');
    folder.createFile('Pièce 01 - Facture F-101.pdf', '%PDF-1.4', 'application/pdf');
    folder.createFile('brouillon.txt', 'x', 'text/plain').setTrashed(true);
    folder.createFolder('Sous-dossier');
    const names: string[] = [];
    const files = folder.getFiles();
    while (files.hasNext()) {
      const file = files.next();
      names.push(`${file.getName()}${file.isTrashed() ? ' (corbeille)' : ''}`);
    }
    expect(names.sort()).toEqual(['Pièce 01 - Facture F-101.pdf', 'brouillon.txt (corbeille)']);
  });

  it('gives a folder its Drive link by its id, distinct from a file’s (folder#getUrl, file#getUrl)', () => {
    const { DriveApp } = services();
    const folder = DriveApp.createFolder('Dossier');
    const file = folder.createFile('a.pdf', '%PDF-1.4', 'application/pdf');
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view`);
  });
});
