import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../src/core/values/file-name';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('safeFileName', () => {
  it('keeps a short client name as typed', () => {
    expect(safeFileName('Boulangerie Martin & Fils')).toBe('Boulangerie Martin & Fils');
  });

  it('shortens a 280-character name under the byte limit with an ellipsis', () => {
    const name = safeFileName(`Société ${'Très Longue Raison Sociale '.repeat(10)}`);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.startsWith('Société Très Longue')).toBe(true);
    expect(name.endsWith('…')).toBe(true);
  });

  it('never cuts a character of a non-Latin script in half', () => {
    const name = safeFileName('株式会社山田'.repeat(30));
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toMatch(/^(株式会社山田)+[株式会社山田]*…$/u);
  });

  it('replaces slashes, colons and control characters', () => {
    expect(safeFileName('A/B\\C: "D"\u0007 <E>|F?*')).toBe('A-B-C- -D- -E-F-');
  });

  it('names an empty or dots-only name « document »', () => {
    expect(safeFileName(' .. ')).toBe('document');
  });
});
