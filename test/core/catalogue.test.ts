import { describe, expect, it } from 'vitest';
import {
  byCount,
  DASHBOARD_TEXT,
  MENU_LABELS,
  pluralCategory,
  SETTING_RULES,
  STATEMENT_LABELS,
  STATEMENT_PUBLIC_BUYER_LABELS,
  WORDS,
} from '../../src/core/words/catalogue';
import { isLanguage } from '../../src/core/model';
import {
  CONFIRMATION_TEXTS,
  DEFAULT_TEXTS,
  INVOICE_TABLE,
  PENALTY_TABLE,
} from '../../src/core/words/default-texts';
import {
  BASIS_WORDS,
  DOSSIER_WORDS,
  FILE_WORDS,
  PARTY_WORDS,
  PIECE_WORDS,
  RECORD_WORDS,
  REQUETE_WORDS,
} from '../../src/core/words/dossier';
import { MESSAGE_WORDS } from '../../src/core/words/messages';
import { SELF_TEST_WORDS } from '../../src/core/words/self-test';
import { PLACEHOLDERS } from '../../src/core/words/templates';
import { SERVER_WORDS } from '../../src/core/words/server';
import { SIDEBAR_WORDS } from '../../src/core/words/sidebar';
import { ANSWER_REFUSALS } from '../../src/core/words/answers';
import { ARGUMENT_WORDS, EXPECTED_ARGUMENTS } from '../../src/core/words/arguments';
import { COURT_WORDS } from '../../src/core/words/courts';
import {
  DUNNING_WORDS,
  PAYER_RATING_LABELS,
  PRESCRIPTION_BASIS,
} from '../../src/core/words/dunning';
import {
  INVOICE_COLUMN_LABELS,
  INVOICE_ROW_WORDS,
  MONEY_CELL_LABELS,
} from '../../src/core/words/invoice-rows';
import { PLAN_WORDS } from '../../src/core/words/plan';
import { SETTING_LABELS, SETTING_UNITS, SETTINGS_WORDS } from '../../src/core/words/settings';
import { JOURNAL_HEADERS, SHEET_WORDS, SUIVI_HEADERS } from '../../src/core/words/sheets';
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

  it('counts the recipients a quota defers by each language’s rule', () => {
    expect(WORDS.tooManyRecipients.fr(1, 0)).toMatch(
      /^1 destinataire pour ce client, il reste 0 envoi /,
    );
    expect(WORDS.tooManyRecipients.en(1, 0)).toMatch(
      /^1 recipient for this client, 0 emails left /,
    );
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

/** Where a French text has no English of the same shape: a missing key, an empty text, another arity. */
function unmatched(fr: unknown, en: unknown, path: string): string[] {
  if (typeof fr === 'string' || typeof en === 'string')
    return typeof fr === 'string' && typeof en === 'string' && fr !== '' && en !== '' ? [] : [path];
  if (typeof fr === 'function' || typeof en === 'function')
    return typeof fr === 'function' && typeof en === 'function' && fr.length === en.length
      ? []
      : [path];
  if (typeof fr !== 'object' || typeof en !== 'object' || fr === null || en === null) return [path];
  const keys = new Set([...Object.keys(fr), ...Object.keys(en)]);
  return [...keys].flatMap((key) =>
    unmatched(
      (fr as Record<string, unknown>)[key],
      (en as Record<string, unknown>)[key],
      `${path}.${key}`,
    ),
  );
}

describe('the catalogue’s tables', () => {
  it('give every French text of the menu, the dashboard and the relevé its English', () => {
    const tables = {
      MENU_LABELS,
      DASHBOARD_TEXT,
      STATEMENT_LABELS,
      STATEMENT_PUBLIC_BUYER_LABELS,
    };
    const gaps = Object.entries(tables).flatMap(([name, table]) =>
      unmatched(table.fr, table.en, name),
    );
    expect(gaps).toEqual([]);
  });

  it('give every refusal of the settings its French and its English', () => {
    const gaps = Object.entries(SETTING_RULES).flatMap(([id, entry]) =>
      unmatched(entry.fr, entry.en, id),
    );
    expect(gaps).toEqual([]);
  });

  it('give every text of the settings, the tabs, the invoice rows, the engine, the courts, the sidebar’s answers, the sidebar and the server its English', () => {
    const files = {
      ANSWER_REFUSALS,
      ARGUMENT_WORDS,
      EXPECTED_ARGUMENTS,
      COURT_WORDS,
      DUNNING_WORDS,
      PAYER_RATING_LABELS,
      PRESCRIPTION_BASIS,
      INVOICE_COLUMN_LABELS,
      INVOICE_ROW_WORDS,
      MONEY_CELL_LABELS,
      PLAN_WORDS,
      SETTING_LABELS,
      SETTING_UNITS,
      SETTINGS_WORDS,
      JOURNAL_HEADERS,
      SHEET_WORDS,
      SUIVI_HEADERS,
      SIDEBAR_WORDS,
      SERVER_WORDS,
    };
    const gaps = Object.entries(files).flatMap(([name, entries]) =>
      Object.entries(entries).flatMap(([id, entry]: [string, { fr: unknown; en: unknown }]) =>
        unmatched(entry.fr, entry.en, `${name}.${id}`),
      ),
    );
    expect(gaps).toEqual([]);
  });

  it('give every default email and letter, placeholder, message limit, self-test verdict and text of the dossier its English', () => {
    const files = {
      DEFAULT_TEXTS,
      CONFIRMATION_TEXTS,
      LETTER_TABLES: { INVOICE_TABLE, PENALTY_TABLE },
      PLACEHOLDERS,
      MESSAGE_WORDS,
      SELF_TEST_WORDS,
      REQUETE_WORDS,
      BASIS_WORDS,
      PARTY_WORDS,
      PIECE_WORDS,
      FILE_WORDS,
      RECORD_WORDS,
      DOSSIER_WORDS,
    };
    const gaps = Object.entries(files).flatMap(([name, entries]) =>
      Object.entries(entries).flatMap(([id, entry]: [string, { fr: unknown; en: unknown }]) =>
        unmatched(entry.fr, entry.en, `${name}.${id}`),
      ),
    );
    const items = Object.entries(PLACEHOLDERS).flatMap(([name, info]) =>
      Object.entries(info.item ?? {}).flatMap(([item, entry]) =>
        unmatched(entry.fr, entry.en, `PLACEHOLDERS.${name}.${item}`),
      ),
    );
    expect([...gaps, ...items]).toEqual([]);
  });

  it('notice a French text left without its English', () => {
    expect(unmatched({ a: 'facture', b: ['Date'] }, { a: '', b: [] }, 'T')).toEqual([
      'T.a',
      'T.b.0',
    ]);
  });
});

describe('a language read from outside', () => {
  it('is one Relance writes in, or none', () => {
    expect(['fr', 'en'].filter(isLanguage)).toEqual(['fr', 'en']);
    expect(['FR', 'de', '', undefined, 1].some(isLanguage)).toBe(false);
  });
});

describe('what became of an action sent from its button', () => {
  it('ends with one full stop, whether the outcome is a word or a sentence of its own', () => {
    expect(SIDEBAR_WORDS.actionOutcome.fr('Hôtel du Port', 'envoyé')).toBe(
      'Hôtel du Port : envoyé.',
    );
    expect(
      SIDEBAR_WORDS.actionOutcome.en('Hôtel du Port', 'Sending postponed to the next run.'),
    ).toBe('Hôtel du Port: Sending postponed to the next run.');
    expect(SIDEBAR_WORDS.actionOutcome.fr('SCI Les Tilleuls', 'Échec : délai dépassé…')).toBe(
      'SCI Les Tilleuls : Échec : délai dépassé…',
    );
  });
});
