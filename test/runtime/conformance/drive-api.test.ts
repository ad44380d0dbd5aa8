/**
 * The Advanced Drive service (Drive API v3 files) under the per-file `drive.file` scope. Sources:
 * https://developers.google.com/workspace/drive/api/guides/api-specific-auth ("files and folders
 * that you have opened or created with this app"), the 404 of
 * https://developers.google.com/workspace/drive/api/guides/handle-errors (as reported for files
 * out of reach of drive.file: https://github.com/taylorwilsdon/google_workspace_mcp/issues/1027),
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get (alt=media) and
 * …/files/list (what a search returns), the Apps Script wording of a failed call
 * (https://github.com/ericyd/gdrive-copy/issues/142).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { costOf } from '../../../src/local/runtime/cost-table';
import { createDriveServices, DriveState, GOOGLE_DOC } from '../../../src/local/runtime/drive';
import { CallMeter } from '../../../src/local/runtime/meter';
import {
  openScopeGate,
  requiredScopes,
  ScopeGate,
  SCOPES,
} from '../../../src/local/runtime/scopes';
import { Blob } from '../../../src/local/runtime/utilities';

const FOLDER = 'application/vnd.google-apps.folder';
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff, 0x80, 0x0a]);

/** A Drive the user already holds files in, and the script's services under `granted`. */
function driveUnder(granted: readonly string[]) {
  const state = new DriveState(mkdtempSync(join(tmpdir(), 'relance-drive-api-')));
  const user = createDriveServices(state, new CallMeter(costOf), () => 0, { byApp: false });
  const userFile = user.DriveApp.createFile(new Blob(PDF_BYTES, 'application/pdf', 'F1.pdf'));
  const userFolder = user.DriveApp.createFolder('Factures');
  const gate = new ScopeGate(granted);
  const script = createDriveServices(state, new CallMeter(costOf), () => 0, {
    access: gate.driveAccess(),
  });
  return {
    state,
    Drive: script.Drive
      .Files as unknown as GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection,
    DocumentApp: script.DocumentApp as unknown as GoogleAppsScript.Document.DocumentApp,
    userFileId: userFile.getId(),
    userFolderId: userFolder.getId(),
  };
}

describe('Drive API scopes (reference: v3 files, Authorization scopes)', () => {
  it('lets drive.file, drive.readonly or drive read, and only drive.file or drive write', () => {
    expect(requiredScopes('Drive.Files.get')).toEqual([
      SCOPES.driveFile,
      SCOPES.driveReadonly,
      SCOPES.drive,
    ]);
    expect(requiredScopes('Drive.Files.list')).toContain(SCOPES.driveFile);
    expect(requiredScopes('Drive.Files.copy')).toEqual([SCOPES.driveFile, SCOPES.drive]);
    expect(requiredScopes('Drive.Files.update')).toEqual([SCOPES.driveFile, SCOPES.drive]);
  });

  it('fails a call no granted scope allows as the API does, not with DriveApp’s message', () => {
    const gate = new ScopeGate([SCOPES.documents]);
    expect(() => gate.check('Drive.Files.get')).toThrow(
      'API call to drive.files.get failed with error: Request had insufficient authentication scopes.',
    );
  });

  it('still refuses DriveApp under drive.file: DriveApp asks for drive.readonly or drive', () => {
    const gate = new ScopeGate([SCOPES.driveFile, SCOPES.documents]);
    expect(() => gate.check('DriveApp.getFileById')).toThrow(/Required permissions: \(/);
    expect(() => gate.check('Drive.Files.get')).not.toThrow();
  });

  it('gives a script the Drive global only when its manifest enables the advanced service', () => {
    const build = mkdtempSync(join(tmpdir(), 'relance-manifest-'));
    const workspace = mkdtempSync(join(tmpdir(), 'relance-ws-'));
    writeFileSync(
      join(build, 'appsscript.json'),
      JSON.stringify({ oauthScopes: [SCOPES.driveFile] }),
    );
    expect(openScopeGate(build, workspace).advancedDrive).toBe(false);
    writeFileSync(
      join(build, 'appsscript.json'),
      JSON.stringify({
        oauthScopes: [SCOPES.driveFile],
        dependencies: {
          enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }],
        },
      }),
    );
    expect(openScopeGate(build, workspace).advancedDrive).toBe(true);
  });
});

describe('drive.file: the files the app made or the user opened with it, nothing else', () => {
  it('answers a user’s file the app never opened as not found, by id and in a search', () => {
    const { Drive, userFileId } = driveUnder([SCOPES.driveFile]);
    expect(() => Drive.get(userFileId, { fields: 'id,name' })).toThrow(
      `API call to drive.files.get failed with error: File not found: ${userFileId}.`,
    );
    expect(() => Drive.get(userFileId, { alt: 'media' })).toThrow(/File not found/);
    expect(Drive.list({ q: "name = 'F1.pdf'" }).files).toEqual([]);
  });

  it('refuses to copy a user’s file, to change it, or to create inside a user’s folder', () => {
    const { Drive, userFileId, userFolderId } = driveUnder([SCOPES.driveFile]);
    expect(() => Drive.copy({ name: 'Copie' }, userFileId)).toThrow(/File not found/);
    expect(() => Drive.update({ trashed: true }, userFileId)).toThrow(/File not found/);
    expect(() => Drive.create({ name: 'Lettre', parents: [userFolderId] })).toThrow(
      `File not found: ${userFolderId}.`,
    );
  });

  it('reaches what the app created: folders, files in them, copies, Docs made by DocumentApp', () => {
    const { Drive, DocumentApp } = driveUnder([SCOPES.driveFile]);
    const folder = Drive.create({
      name: 'Relance — courriers',
      mimeType: FOLDER,
      parents: ['root'],
    });
    const client = Drive.create({ name: 'Alpha', mimeType: FOLDER, parents: [folder.id ?? ''] });
    const doc = DocumentApp.create('Modèle');
    const copy = Drive.copy({ name: 'Lettre', parents: [client.id ?? ''] }, doc.getId());
    expect(Drive.get(copy.id ?? '', { fields: 'name,parents' })).toEqual({
      name: 'Lettre',
      parents: [client.id],
    });
    const search = Drive.list({
      q: `name = 'Alpha' and mimeType = '${FOLDER}' and '${folder.id ?? ''}' in parents and trashed = false`,
      fields: 'files(id)',
    });
    expect(search.files).toEqual([{ id: client.id }]);
    Drive.update({ trashed: true }, copy.id ?? '');
    expect(Drive.get(copy.id ?? '', { fields: 'trashed' }).trashed).toBe(true);
  });

  it('reaches a user’s file once the user opened it with the app (the Picker)', () => {
    const { Drive, state, userFileId } = driveUnder([SCOPES.driveFile]);
    state.pick(userFileId);
    expect(Drive.get(userFileId, { fields: 'name,mimeType' })).toEqual({
      name: 'F1.pdf',
      mimeType: 'application/pdf',
    });
  });

  it('refuses a file until the user picks it, then reads the same file: the grant comes with the pick', () => {
    const { Drive, state, userFileId } = driveUnder([SCOPES.driveFile]);
    expect(() => Drive.get(userFileId, { alt: 'media' })).toThrow(/File not found/);
    state.pick(userFileId);
    const bytes = Drive.get(userFileId, { alt: 'media' }) as unknown as ArrayLike<number>;
    expect(Uint8Array.from(bytes)).toEqual(PDF_BYTES);
  });

  it('returns only the default fields unless asked: kind, id, name, mimeType', () => {
    const { Drive } = driveUnder([SCOPES.driveFile]);
    const made = Drive.create({ name: 'Dossier', mimeType: FOLDER });
    expect(Object.keys(Drive.get(made.id ?? '')).sort()).toEqual([
      'id',
      'kind',
      'mimeType',
      'name',
    ]);
  });
});

describe('drive.readonly: every file may be read, none changed', () => {
  it('reads a user’s file never opened with the app, as the bytes it holds', () => {
    const { Drive, userFileId } = driveUnder([SCOPES.driveFile, SCOPES.driveReadonly]);
    const bytes = Drive.get(userFileId, { alt: 'media' }) as unknown as ArrayLike<number>;
    expect(Uint8Array.from(bytes)).toEqual(PDF_BYTES);
    expect(Array.from(bytes)).toContain(-1); // Apps Script's bytes are signed: 0xff reads -1
    expect(() => Drive.update({ trashed: true }, userFileId)).toThrow(
      /insufficient authentication scopes/,
    );
  });
});

describe('content of a file (reference: v3 files/get, alt=media)', () => {
  it('refuses the content of a Google Doc: a Doc is exported, not downloaded', () => {
    const { Drive } = driveUnder([SCOPES.driveFile]);
    const doc = Drive.create({ name: 'Lettre', mimeType: GOOGLE_DOC });
    expect(() => Drive.get(doc.id ?? '', { alt: 'media' })).toThrow(
      'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
    );
  });
});
