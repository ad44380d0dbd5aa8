/**
 * DriveApp and DocumentApp. Sources: https://developers.google.com/apps-script/reference/drive
 * and https://developers.google.com/apps-script/reference/document, the Drive API's listing rule
 * (https://developers.google.com/drive/api/reference/rest/v3/files/list) and
 * https://github.com/brucemcpherson/gas-fakes/issues/51 (last paragraph of a section).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costOf } from '../../../src/local/runtime/cost-table';
import { createDriveServices, DriveState } from '../../../src/local/runtime/drive';
import { CallMeter } from '../../../src/local/runtime/meter';

function services() {
  const state = new DriveState(mkdtempSync(join(tmpdir(), 'relance-drive-')));
  const { DriveApp, DocumentApp } = createDriveServices(state, new CallMeter(costOf), () => 0);
  return {
    DriveApp: DriveApp as unknown as GoogleAppsScript.Drive.DriveApp,
    DocumentApp: DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
  };
}

/** A paragraph, a table, a paragraph: written in the paragraphs Docs makes, as Relance does. */
function letterDoc(DocumentApp: GoogleAppsScript.Document.DocumentApp) {
  const doc = DocumentApp.create('Lettre');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Madame, Monsieur,');
  body.appendTable([
    ['N°', 'Reste dû'],
    ['{{numero}}', '{{solde}}'],
  ]);
  body
    .getChild(body.getNumChildren() - 1)
    .asParagraph()
    .setText('Signature');
  return { doc, body };
}

describe('DriveApp (reference: drive/drive-app, drive/file)', () => {
  it('returns a trashed file by id, and isTrashed() says so (file#isTrashed)', () => {
    const { DriveApp } = services();
    const folder = DriveApp.createFolder('Courriers');
    const file = folder.createFile('a.txt', 'x', 'text/plain');
    file.setTrashed(true);
    const again = DriveApp.getFileById(file.getId());
    expect(again.isTrashed()).toBe(true);
  });

  it('still lists a trashed folder by name, as Drive searches include the trash (files.list)', () => {
    const { DriveApp } = services();
    DriveApp.createFolder('Relance — courriers').setTrashed(true);
    const found = DriveApp.getFoldersByName('Relance — courriers');
    expect(found.hasNext()).toBe(true);
    expect(found.next().isTrashed()).toBe(true);
  });

  it('throws Google’s not-found message for an unknown id (drive-app#getFileById)', () => {
    const { DriveApp } = services();
    expect(() => DriveApp.getFileById('nope')).toThrow(/No item with the given ID could be found/);
  });
});

describe('Drive folders (reference: drive/drive-app, drive/folder)', () => {
  it('creates a folder in the root of My Drive (drive-app#createFolder, drive-app#getRootFolder)', () => {
    const { DriveApp } = services();
    const root = DriveApp.getRootFolder();
    const folder = DriveApp.createFolder('Relance — courriers');
    expect(root.getFoldersByName('Relance — courriers').next().getId()).toBe(folder.getId());
    expect(DriveApp.getRootFolder().getId()).toBe(root.getId());
  });

  it('creates a folder inside a folder and finds it there by name, not elsewhere (folder#createFolder, folder#getFoldersByName)', () => {
    const { DriveApp } = services();
    const parent = DriveApp.createFolder('Relance — courriers');
    const child = parent.createFolder('Dupont SARL');
    DriveApp.createFolder('Autre').createFolder('Dupont SARL');
    const found = parent.getFoldersByName('Dupont SARL');
    expect(found.next().getId()).toBe(child.getId());
    expect(found.hasNext()).toBe(false);
    expect(parent.getFoldersByName('Absent').hasNext()).toBe(false);
  });
});

describe('Drive ids and links (reference: drive/drive-app, drive/file)', () => {
  it('finds a folder by its id and gives a file a Drive link by its id (getFolderById, getUrl)', () => {
    const { DriveApp } = services();
    const folder = DriveApp.createFolder('Courriers');
    expect(DriveApp.getFolderById(folder.getId()).getName()).toBe('Courriers');
    const file = folder.createFile('a.txt', 'x', 'text/plain');
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view`);
  });
});

describe('Drive copies and exports (reference: drive/file, drive/folder)', () => {
  it('copies a Doc into a folder under a new name, and exports it as a real PDF (makeCopy, getAs)', () => {
    const { DriveApp, DocumentApp } = services();
    const { doc } = letterDoc(DocumentApp);
    doc.saveAndClose();
    const folder = DriveApp.createFolder('Clients');
    const copy = DriveApp.getFileById(doc.getId()).makeCopy('Lettre 1', folder);
    expect(copy.getName()).toBe('Lettre 1');
    expect(copy.getParents().next().getId()).toBe(folder.getId());
    const pdf = copy.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(String.fromCharCode(...pdf.getBytes().slice(0, 5))).toBe('%PDF-');
  });

  it('exports a Doc as a PDF blob that can be renamed and saved in a folder (document#getAs, blob#setName)', () => {
    const { DriveApp, DocumentApp } = services();
    const { doc } = letterDoc(DocumentApp);
    doc.saveAndClose();
    const pdf = DocumentApp.openById(doc.getId()).getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(String.fromCharCode(...pdf.getBytes().slice(0, 5))).toBe('%PDF-');
    const file = DriveApp.createFolder('Clients').createFile(pdf.setName('Relance F-1.pdf'));
    expect(file.getName()).toBe('Relance F-1.pdf');
  });

  it('refuses to convert to a type Drive cannot export (file#getAs)', () => {
    const { DriveApp } = services();
    const file = DriveApp.createFolder('F').createFile('a.txt', 'x', 'text/plain');
    expect(() => file.getAs('image/png')).toThrow(/is not supported/);
  });

  it('moves a file to another folder (file#moveTo)', () => {
    const { DriveApp } = services();
    const file = DriveApp.createFolder('A').createFile('a.txt', 'x', 'text/plain');
    const b = DriveApp.createFolder('B');
    file.moveTo(b);
    expect(file.getParents().next().getName()).toBe('B');
  });
});

describe('Docs as Google builds them (reference: document/body, document/document)', () => {
  it('gives a new Doc one empty paragraph (document-app#create)', () => {
    const { DocumentApp } = services();
    const body = DocumentApp.create('Lettre').getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
  });

  it('follows a table appended at the end with an empty paragraph (body#appendTable)', () => {
    const { DocumentApp } = services();
    const body = DocumentApp.create('Lettre').getBody();
    body.appendTable([['N°', 'Reste dû']]);
    const types = Array.from({ length: body.getNumChildren() }, (_, i) =>
      body.getChild(i).getType(),
    );
    expect(types).toEqual([
      DocumentApp.ElementType.PARAGRAPH,
      DocumentApp.ElementType.TABLE,
      DocumentApp.ElementType.PARAGRAPH,
    ]);
    body.appendParagraph('Signature');
    expect(body.getParagraphs().map((p) => p.getText())).toEqual([
      '',
      'N°',
      'Reste dû',
      '',
      'Signature',
    ]);
  });

  it('refuses changes to a Doc once saved and closed, and still exports it (document#saveAndClose)', () => {
    const { DocumentApp } = services();
    const { doc, body } = letterDoc(DocumentApp);
    const first = body.getParagraphs()[0];
    doc.saveAndClose();
    const closed = 'Document is closed, its contents cannot be updated.';
    expect(() => body.appendParagraph('PS')).toThrow(closed);
    expect(() => first?.setText('Cher client,')).toThrow(closed);
    expect(doc.getAs('application/pdf').getBytes().length).toBeGreaterThan(0);
    const again = DocumentApp.openById(doc.getId());
    again.getBody().appendParagraph('PS');
    expect(again.getBody().getText()).toContain('PS');
  });
});

describe('DocumentApp (reference: document/body, document/paragraph)', () => {
  it('returns the paragraphs of table cells too from Body.getParagraphs (body#getParagraphs)', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    const texts = body.getParagraphs().map((p) => p.getText());
    expect(texts).toEqual([
      'Madame, Monsieur,',
      'N°',
      'Reste dû',
      '{{numero}}',
      '{{solde}}',
      'Signature',
    ]);
    const cell = body.getParagraphs()[3];
    expect(cell?.getParent().getType()).toBe(DocumentApp.ElementType.TABLE_CELL);
  });

  it('refuses to remove the last paragraph of the body', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    const paragraphs = body.getParagraphs();
    expect(() => paragraphs[5]?.removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    paragraphs[0]?.removeFromParent();
    expect(body.getNumChildren()).toBe(2);
  });

  it('keeps a heading and bold text set on a paragraph (paragraph#setHeading, text#setBold)', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    const title = body.appendParagraph('MISE EN DEMEURE');
    title.setHeading(DocumentApp.ParagraphHeading.HEADING1);
    title.editAsText().setBold(true);
    expect(title.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
  });

  it('keeps an indent and a space before set in points, and refuses a non-number (paragraph#setIndentStart, paragraph#setSpacingBefore)', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    const address = body.appendParagraph('Garage Leroy');
    address.setIndentStart(240).setSpacingBefore(12);
    expect(address.getIndentStart()).toBe(240);
    expect(address.getSpacingBefore()).toBe(12);
    expect(() => address.setIndentStart('240' as unknown as number)).toThrow(
      "The parameters (string) don't match the method signature for DocumentApp.Paragraph.setIndentStart.",
    );
  });

  it('knows the element after a paragraph, none after the last (element#getNextSibling)', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    const paragraphs = body.getParagraphs();
    expect(paragraphs[0]?.getNextSibling()?.getType()).toBe(DocumentApp.ElementType.TABLE);
    expect(paragraphs[5]?.getNextSibling()).toBeNull();
  });

  it('opens a saved Doc by its id with what was written in it, and refuses an unknown id (document-app#openById)', () => {
    const { DocumentApp } = services();
    const { doc } = letterDoc(DocumentApp);
    doc.saveAndClose();
    const again = DocumentApp.openById(doc.getId());
    expect(again.getBody().getParagraphs()[0]?.getText()).toBe('Madame, Monsieur,');
    expect(() => DocumentApp.openById('nope')).toThrow();
  });

  it('replaces a paragraph’s whole text, in the body or in a table cell (paragraph#setText)', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    const paragraphs = body.getParagraphs();
    paragraphs[0]?.setText('Maître,');
    paragraphs[3]?.setText('F-1');
    expect(body.getParagraphs()[0]?.getText()).toBe('Maître,');
    expect(body.getTables()[0]?.getRow(1).getCell(0).getText()).toBe('F-1');
  });

  it('reads and writes a table cell’s text (table-cell#getText, table-cell#setText)', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    const cell = body.getTables()[0]?.getRow(1).getCell(1);
    expect(cell?.getText()).toBe('{{solde}}');
    cell?.setText('1 200,00 €');
    expect(body.getTables()[0]?.getRow(1).getText()).toBe('{{numero}}\n1 200,00 €');
  });

  // Witness: gas-fakes' test/testdocsnext.js (« Table.getText() », « Body.getText() »), whose
  // expectations are checked against Apps Script: cells and rows are joined by newlines.
  it('joins a row’s cells, and a table’s rows, with a newline (table-row#getText, table#getText)', () => {
    const { DocumentApp } = services();
    const body = DocumentApp.create('Lettre').getBody();
    const table = body.appendTable([
      ['R1C1', 'R1C2'],
      ['R2C1', 'R2C2'],
    ]);
    expect(table.getRow(0).getText()).toBe('R1C1\nR1C2');
    expect(table.getText()).toBe('R1C1\nR1C2\nR2C1\nR2C2');
    expect(body.getText()).toBe('\nR1C1\nR1C2\nR2C1\nR2C2\n');
  });

  it('takes a whole table out of the body, the paragraphs around it staying (table#removeFromParent)', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    body.getTables()[0]?.removeFromParent();
    expect(body.getTables()).toHaveLength(0);
    expect(body.getParagraphs().map((p) => p.getText())).toEqual([
      'Madame, Monsieur,',
      'Signature',
    ]);
  });

  it('removes a table row by index (table#removeRow)', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    const table = body.getTables()[0];
    table?.removeRow(1);
    expect(table?.getNumRows()).toBe(1);
    expect(table?.getRow(0).getNumCells()).toBe(2);
  });

  it('repeats a copied table row where it is inserted (table#insertTableRow, table-row#copy)', () => {
    const { DocumentApp } = services();
    const { body } = letterDoc(DocumentApp);
    const table = body.getTables()[0];
    if (table === undefined) throw new Error('no table');
    const row = table.getRow(1).copy();
    row.getCell(0).setText('F-1');
    table.insertTableRow(2, row);
    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(2).getText()).toBe('F-1\n{{solde}}');
  });
});
