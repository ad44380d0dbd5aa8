import { describe, expect, it } from 'vitest';
import { interfaceLanguage } from '../../src/core/words/interface-language';

describe('the interface language, from the user’s Google account locale', () => {
  it('is French for a French account', () => {
    expect(['fr', 'fr-FR', 'fr_CA'].map(interfaceLanguage)).toEqual(['fr', 'fr', 'fr']);
  });

  it('is English for an English account, whatever its region', () => {
    expect(['en', 'en-GB', 'en-US', 'en_GB', 'EN-us'].map(interfaceLanguage)).toEqual([
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  it('is French for any language Relance is not translated into, or none', () => {
    expect(['de', 'de-DE', 'es', 'pt-BR', 'eng', ''].map(interfaceLanguage)).toEqual([
      'fr',
      'fr',
      'fr',
      'fr',
      'fr',
      'fr',
    ]);
  });
});
