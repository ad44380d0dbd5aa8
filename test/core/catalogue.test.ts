import { describe, expect, it } from 'vitest';
import { byCount, pluralCategory, WORDS } from '../../src/core/words/catalogue';
import { isLanguage } from '../../src/core/model';
import { countOf } from '../../src/core/words/wording';

describe('plurals follow each language’s rule', () => {
  it('keeps zero and one in the singular in French', () => {
    expect([0, 1, 1.5].map((n) => pluralCategory(n, 'fr'))).toEqual(['one', 'one', 'one']);
    expect([2, 10, 1000].map((n) => pluralCategory(n, 'fr'))).toEqual(['other', 'other', 'other']);
    expect(countOf(0, ['envoi', 'envois'], 'fr')).toBe('0 envoi');
  });

  it('keeps only one in the singular in English', () => {
    expect([0, 1, 2].map((n) => pluralCategory(n, 'en'))).toEqual(['other', 'one', 'other']);
    expect(countOf(0, ['invoice', 'invoices'], 'en')).toBe('0 invoices');
    expect(countOf(1, ['invoice', 'invoices'], 'en')).toBe('1 invoice');
  });

  it('picks the phrase the count calls for', () => {
    expect(byCount(1, 'fr', 'la facture', 'les factures')).toBe('la facture');
    expect(byCount(3, 'fr', 'la facture', 'les factures')).toBe('les factures');
    expect(byCount(0, 'en', 'invoice', 'invoices')).toBe('invoices');
  });
});

describe('the catalogue', () => {
  it('gives every entry a French and an English text of the same shape', () => {
    for (const [id, entry] of Object.entries(WORDS)) {
      const { fr, en } = entry as { fr: unknown; en: unknown };
      expect(typeof fr, id).toBe(typeof en);
      if (typeof fr === 'function' && typeof en === 'function')
        expect(fr.length, id).toBe(en.length);
      else
        expect(
          [fr, en].every((text) => typeof text === 'string' && text !== ''),
          id,
        ).toBe(true);
    }
  });
});

describe('a language read from outside', () => {
  it('is one Relance writes in, or none', () => {
    expect(['fr', 'en'].filter(isLanguage)).toEqual(['fr', 'en']);
    expect(['FR', 'de', '', undefined, 1].some(isLanguage)).toBe(false);
  });
});
