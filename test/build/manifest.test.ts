/**
 * The manifests Relance is pushed with: no restricted scope unless an install opts in. Restricted
 * Drive scopes are `drive`, `drive.readonly`, `drive.metadata`, `drive.metadata.readonly`,
 * `drive.activity`, `drive.activity.readonly`, `drive.scripts`; `drive.file` is non-sensitive
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth). The restricted
 * Gmail scopes are those reading or changing the mailbox
 * (https://developers.google.com/workspace/gmail/api/auth/scopes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addOnManifest, INVOICE_LINKS_SCOPE } from '../../scripts/build';

const AUTH = 'https://www.googleapis.com/auth/';
const RESTRICTED = [
  'drive',
  'drive.readonly',
  'drive.metadata',
  'drive.metadata.readonly',
  'drive.activity',
  'drive.activity.readonly',
  'drive.scripts',
  'gmail.readonly',
  'gmail.modify',
  'gmail.compose',
  'gmail.insert',
  'gmail.metadata',
].map((scope) => `${AUTH}${scope}`);

interface Manifest {
  oauthScopes: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; version: string }[] };
}

const source = JSON.parse(readFileSync('appsscript.json', 'utf8')) as Manifest;
const bundle = readFileSync('build/Code.js', 'utf8');

describe('the manifest a public listing is reviewed with', () => {
  it('asks for no restricted scope: Drive through the per-file drive.file', () => {
    for (const manifest of [source, addOnManifest({ ...source }) as unknown as Manifest]) {
      expect(manifest.oauthScopes.filter((s) => RESTRICTED.includes(s))).toEqual([]);
      expect(manifest.oauthScopes).toContain(`${AUTH}drive.file`);
      expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
    }
  });

  it('enables the Advanced Drive service, v3, that drive.file is used through', () => {
    expect(source.dependencies?.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ]);
  });

  it('is matched by a bundle that never calls DriveApp, which needs drive or drive.readonly', () => {
    expect(bundle).not.toMatch(/\bDriveApp\./);
    expect(bundle).toMatch(/\.Files\.copy\(/);
  });
});

describe('the opt-in of a private install (npm run build -- --invoice-links)', () => {
  it('adds drive.readonly, to read invoice PDFs never opened with Relance, and nothing else', () => {
    const manifest = addOnManifest({ ...source }, { invoiceLinks: true }) as unknown as Manifest;
    expect(INVOICE_LINKS_SCOPE).toBe(`${AUTH}drive.readonly`);
    expect(manifest.oauthScopes.filter((s) => !source.oauthScopes.includes(s))).toEqual([
      INVOICE_LINKS_SCOPE,
    ]);
  });
});
