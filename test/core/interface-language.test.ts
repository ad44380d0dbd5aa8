import { describe, expect, it } from 'vitest';
import { checkEventInput } from '../../src/core/dunning/record-event';
import { parseIsoDay, type Day } from '../../src/core/values/day';
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

describe('an answer the sidebar records, refused in the interface language', () => {
  const context = {
    client: 'Boulangerie Martin',
    today: parseIsoDay('2026-12-28') as Day,
    id: 'ev-1',
    balances: new Map([['F-001', 120000]]),
  };
  const posting = {
    clientKey: 'boulangerie martin',
    type: 'registered-letter-posted' as const,
    invoices: ['F-001'],
    detail: '1A 123 456 7890 1',
    date: '2026-12-27',
  };
  const messages = (result: ReturnType<typeof checkEventInput>) =>
    result.ok ? [] : result.errors.map((e) => e.message);

  it('says in English that the post office was closed that Sunday, its date in English', () => {
    expect(messages(checkEventInput(posting, { ...context, language: 'en' }))).toEqual([
      expect.stringMatching(/^27 December 2026 is a Sunday/),
    ]);
    expect(messages(checkEventInput(posting, context))).toEqual([
      expect.stringMatching(/^Le 27 décembre 2026 est un dimanche/),
    ]);
  });

  it('asks in English for what is missing, the amounts in English', () => {
    const promise = { ...posting, type: 'promise' as const, date: '', detail: '' };
    expect(messages(checkEventInput(promise, { ...context, language: 'en' }))).toEqual([
      'Give the promised date.',
    ]);
    const plan = {
      ...posting,
      type: 'payment-plan' as const,
      instalments: [{ date: '2027-01-15', amountCents: 50000 }],
    };
    expect(messages(checkEventInput(plan, { ...context, language: 'en' }))).toEqual([
      expect.stringContaining('€500.00'),
    ]);
  });
});
