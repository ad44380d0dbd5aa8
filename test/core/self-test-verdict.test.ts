import { describe, expect, it } from 'vitest';
import {
  judgeSelfTest,
  sampleLetterScope,
  type SelfTestObservations,
} from '../../src/core/reports/self-test-verdict';
import { defaultSettings } from '../../src/core/settings/settings';
import { parseIsoDay } from '../../src/core/values/day';

const healthy: SelfTestObservations = {
  scopes: { ok: true, value: { status: 'NOT_REQUIRED', url: null } },
  rows: {
    ok: true,
    value: { newTabRows: 1000, lastRow: 1001, lastValue: 'ligne 1001', expected: 'ligne 1001' },
  },
  letter: {
    ok: true,
    value: { rows: ['N° facture Date', 'VERIF-0001 10/01/2026', 'VERIF-0002 09/01/2026'] },
  },
  text: { ok: true, value: { readBack: ['000123', '12,5', '03/2026'] } },
  quota: { ok: true, value: { remaining: 100 } },
  trigger: { ok: true, value: { nightly: 1, retired: 0 } },
  cleanup: { ok: true, value: { leftovers: [] } },
};

describe('the self-test’s verdict', () => {
  it('passes when every behaviour holds', () => {
    const report = judgeSelfTest(healthy, 'fr');
    expect(report.ok).toBe(true);
    expect(report.checks.every((c) => c.ok && c.fix === undefined)).toBe(true);
  });

  it('fails the letter check when the invoice row is left blank or not repeated', () => {
    const blank = judgeSelfTest(
      { ...healthy, letter: { ok: true, value: { rows: ['N° facture Date', '  '] } } },
      'fr',
    );
    expect(blank.ok).toBe(false);
    expect(blank.checks.find((c) => c.id === 'letter')).toMatchObject({
      ok: false,
      line: 'Courriers : le tableau des factures est mal rempli (lignes : « N° facture Date », «  »).',
    });
    const once = judgeSelfTest(
      { ...healthy, letter: { ok: true, value: { rows: ['VERIF-0001, VERIF-0002'] } } },
      'fr',
    );
    expect(once.checks.find((c) => c.id === 'letter')?.ok).toBe(false);
  });

  it('fails the tab check when a new tab is not 1000 rows or row 1001 is not written', () => {
    const rows = (value: { newTabRows: number; lastRow: number; lastValue: unknown }) =>
      judgeSelfTest(
        { ...healthy, rows: { ok: true, value: { ...value, expected: 'ligne 1001' } } },
        'fr',
      ).checks.find((c) => c.id === 'rows');
    expect(rows({ newTabRows: 1000, lastRow: 1000, lastValue: 'ligne 1000' })?.line).toBe(
      'Taille des onglets : Relance n’a pas écrit la ligne 1001 d’un nouvel onglet (dernière ligne : 1000).',
    );
    expect(rows({ newTabRows: 500, lastRow: 501, lastValue: 'ligne 501' })?.ok).toBe(false);
  });

  it('names the text read back otherwise than written, and a second clock trigger', () => {
    const report = judgeSelfTest(
      {
        ...healthy,
        text: { ok: true, value: { readBack: [123, '12,5', '03/2026'] } },
        trigger: { ok: true, value: { nightly: 1, retired: 1 } },
      },
      'fr',
    );
    expect(report.text).toContain('✗ Textes : relus autrement qu’écrits (« 000123 » → 123).');
    expect(report.text).toContain(
      '✗ Déclencheurs : 2 déclencheurs de Relance dans ce classeur, un seul est permis.',
    );
    expect(report.text.split('\n').at(-1)).toBe(
      '2 points à corriger avant d’activer l’envoi automatique.',
    );
  });

  it('speaks English when the settings do', () => {
    const report = judgeSelfTest(
      { ...healthy, quota: { ok: false, error: 'Service unavailable' } },
      'en',
    );
    expect(report.text.split('\n')).toEqual(
      expect.arrayContaining([
        'Relance — installation check',
        '✗ Email quota: error “Service unavailable”',
        '   → Check that Relance may send email (Relance › Open Relance, accept the permissions), then run this check again.',
        '1 point to fix before turning automatic sending on.',
      ]),
    );
  });
});

describe('the sample letter of the self-test', () => {
  it('lists both sample invoices, as a real reminder letter would', () => {
    const today = parseIsoDay('2026-03-16');
    if (today === undefined) throw new Error('bad day');
    const scope = sampleLetterScope(defaultSettings(), today, 'fr');
    const items = scope['factures'] as { numero: string }[];
    expect(items.map((i) => i.numero)).toEqual(['VERIF-0001', 'VERIF-0002']);
  });
});
