import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, type Day } from '../../src/core/values/day';
import type { Cents } from '../../src/core/values/money';
import { formatEuros } from '../../src/core/words/format';
import { parseAmount, readAmount, parseDay, parseEmails } from '../../src/core/values/parse-values';
import { clientKeyOf, clientNameKey, keyText, normalizeKey } from '../../src/core/values/keys';
import { day } from '../fixtures';

const iso = (value: Day | undefined) => (value === undefined ? undefined : formatIsoDay(value));

describe('reading amounts', () => {
  it.each([
    ['1 234,56 €', 123456],
    ['1\u00a0234,56\u00a0€', 123456],
    ['1\u202f234,56 €', 123456],
    ['1234.56', 123456],
    ['1 234 €', 123400],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['EUR 12', 1200],
    ['12,5', 1250],
    ['-12,00 €', -1200],
  ])('reads « %s » as %i cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it('reads sheet numbers and rounds half up to the cent', () => {
    expect(parseAmount(1234.56)).toBe(123456);
    expect(parseAmount(0.125)).toBe(13);
  });

  it.each(['12,3,4', 'abc', '', '#REF!', '1 2 3,4,5', '€'])('refuses « %s »', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it('reads back every amount written the French way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        expect(parseAmount(formatEuros(cents as Cents, 'fr'))).toBe(cents);
        expect(parseAmount(formatEuros(cents as Cents, 'en'))).toBe(cents);
      }),
    );
  });
});

describe('reading dates', () => {
  it.each([
    ['15/03/2026', '2026-03-15'],
    ['15-03-2026', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
    ['2026-03-15', '2026-03-15'],
    ['15 mars 2026', '2026-03-15'],
    ['1er mars 2026', '2026-03-01'],
    ['15 Août 2026', '2026-08-15'],
    ['March 15, 2026', '2026-03-15'],
    ['15 March 2026', '2026-03-15'],
  ])('reads « %s »', (text, expected) => {
    expect(iso(parseDay(text))).toBe(expected);
  });

  it('takes a sheet date cell as it is and a bare number as a Sheets serial date', () => {
    expect(iso(parseDay({ day: day('2026-03-15') }))).toBe('2026-03-15');
    expect(iso(parseDay(46096))).toBe('2026-03-15');
  });

  it.each(['31/02/2026', '2026-13-01', 'demain', '32 mars 2026', '', '15/3/26', '10/03/99'])(
    'refuses « %s »',
    (text) => {
      expect(parseDay(text)).toBeUndefined();
    },
  );
});

describe('reading email addresses', () => {
  it('splits several addresses and strips display names', () => {
    expect(parseEmails('compta@a.fr; Paul <paul@B.FR>, x@c.com\nz@d.org')).toEqual({
      valid: ['compta@a.fr', 'paul@b.fr', 'x@c.com', 'z@d.org'],
      invalid: [],
    });
  });

  it('never splits « jean dupont@client-space.fr » at its space: it is one address that does not parse', () => {
    expect(parseEmails('jean dupont@client-space.fr')).toEqual({
      valid: [],
      invalid: ['jean dupont@client-space.fr'],
    });
    expect(parseEmails('jean dupont@x.fr; compta@x.fr')).toEqual({
      valid: ['compta@x.fr'],
      invalid: ['jean dupont@x.fr'],
    });
  });

  it('still reads addresses separated by spaces only when every word is an address', () => {
    expect(parseEmails('a@x.fr b@y.fr')).toEqual({ valid: ['a@x.fr', 'b@y.fr'], invalid: [] });
  });

  it('reads a quoted display name holding a comma', () => {
    expect(parseEmails('"Dupont, Jean" <jean@dupont.fr>; compta@dupont.fr')).toEqual({
      valid: ['jean@dupont.fr', 'compta@dupont.fr'],
      invalid: [],
    });
  });

  it('counts « a@x.fr » and « A@X.fr » as one recipient', () => {
    expect(parseEmails('a@x.fr; A@X.fr, Jean <A@x.FR>')).toEqual({
      valid: ['a@x.fr'],
      invalid: [],
    });
  });

  it('keeps the valid ones and names the invalid ones', () => {
    expect(parseEmails('hello@agence-pixel; ok@pixel.fr')).toEqual({
      valid: ['ok@pixel.fr'],
      invalid: ['hello@agence-pixel'],
    });
  });
});

describe('normalised keys', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeKey('  N° Facture ')).toBe('n facture');
    expect(normalizeKey('Échéance')).toBe('echeance');
    expect(normalizeKey('Garage Lefèvre & Fils')).toBe(normalizeKey('GARAGE LEFEVRE & FILS'));
  });
});

describe('invoice numbers compared with the Journal', () => {
  it('are one text whether an accent is typed as one character or two', () => {
    expect(keyText(' FAC-E\u03011 ')).toBe(keyText('FAC-\u00c91'));
  });

  it('keep what the user typed, compatibility characters included, since letters print them', () => {
    expect(keyText('\u2116 12')).toBe('\u2116 12');
    expect(keyText('\uff26-1')).toBe('\uff26-1');
  });
});

describe('amounts that must not be guessed', () => {
  it.each(['1234,565', '0,565', '12.3456', '1.234,565', '1,234.567'])(
    'refuses « %s »: more than two decimals is not a thousands separator',
    (text) => {
      expect(readAmount(text)).toEqual({ fault: 'decimals' });
    },
  );

  it.each([
    ['1 234', 123400],
    ['1.234.000', 123400000],
    ['234,5', 23450],
  ])('still reads « %s » as %i cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it.each(['1,234', '1.234', '12,500'])(
    'calls « %s » ambiguous: thousands or three decimals, Relance cannot tell',
    (text) => {
      expect(readAmount(text)).toEqual({ fault: 'ambiguous' });
    },
  );

  it.each(['99999999999999999999', '1e5', 'Infinity'])('refuses « %s »', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it('refuses a sheet number too large to count in cents exactly', () => {
    expect(parseAmount(1e20)).toBeUndefined();
  });

  it.each(['$500', '500 USD', 'CHF 1 200,00', '£12', '12 Fr'])(
    'says « %s » is in a currency other than the euro',
    (text) => {
      expect(readAmount(text)).toEqual({ fault: 'currency' });
    },
  );
});

describe('client keys', () => {
  it('keeps letters of every script and folds only case, width, spaces and Latin accents', () => {
    expect(clientNameKey('ООО Ромашка')).not.toBe(clientNameKey('ООО Берёзка'));
    expect(clientNameKey('株式会社山田')).toBe('株式会社山田');
    expect(clientNameKey('Зайка')).not.toBe(clientNameKey('Заика'));
    expect(clientNameKey('  Hôtel   DU port ')).toBe('hotel du port');
    expect(clientNameKey('Ｈotel du Port')).toBe('hotel du port');
    expect(clientNameKey('***')).not.toBe(clientNameKey('+++'));
  });

  it('lets only an explicit client id merge two names', () => {
    expect(clientKeyOf('SARL Dupont', 'C042')).toBe(clientKeyOf('Dupont SARL', 'c042'));
    expect(clientKeyOf('SARL Dupont')).not.toBe(clientKeyOf('Dupont SARL'));
    expect(clientKeyOf('C042')).not.toBe(clientKeyOf('Autre', 'C042'));
  });
});
