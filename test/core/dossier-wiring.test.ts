import { describe, expect, it } from 'vitest';
import { assembleDossier } from '../../src/core/dossier/assemble';
import type { Dossier, Piece } from '../../src/core/dossier/types';
import {
  dossierEvent,
  linesToBlocks,
  pieceRecordLines,
  unreadableInvoiceRefusal,
} from '../../src/core/dossier/wiring';
import { readClientIdentities } from '../../src/core/sheets/client-directory';
import { clientKeyOf } from '../../src/core/values/keys';
import { day } from '../fixtures';
import { scenario } from './dossier-scenario';

function dossier(): Dossier {
  const result = assembleDossier(scenario());
  if (!result.ok) throw new Error(JSON.stringify(result.refusals));
  return result.dossier;
}

describe('the dossier’s pages as Doc paragraphs', () => {
  it('makes the title a heading, a heading bold, an item a bullet indented, the signature spaced', () => {
    const blocks = linesToBlocks([
      { style: 'title', text: 'Requête' },
      { style: 'heading', text: 'Le demandeur' },
      { style: 'item', text: 'Pièce n° 1' },
      { style: 'signature', text: 'Signature :' },
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Requête', heading: true, bold: true },
      { kind: 'paragraph', text: 'Le demandeur', heading: false, bold: true },
      { kind: 'paragraph', text: '• Pièce n° 1', heading: false, bold: false, indentStartPt: 18 },
      { kind: 'paragraph', text: 'Signature :', heading: false, bold: false, spacingBeforePt: 48 },
    ]);
  });

  it('prints an email reminder’s date, recipients, then its recomposed text, caveat first', () => {
    const reminder = dossier().pieces.find(
      (p): p is Piece => p.kind === 'reminder' && p.text !== undefined,
    );
    if (reminder === undefined) throw new Error('no recomposed reminder in the scenario');
    const text = pieceRecordLines(reminder).map((l) => l.text);
    expect(text[0]).toBe(`Pièce n° ${reminder.number}`);
    expect(text).toContain(reminder.title);
    expect(text.some((t) => t.startsWith('Date d’envoi : '))).toBe(true);
    expect(text).toContain('Destinataires : compta@garage-martin.fr');
    const caveat = text.indexOf(reminder.text?.caveat ?? '');
    expect(caveat).toBeGreaterThan(0);
    expect(text[caveat + 1]).toBe(`Objet : ${reminder.text?.subject ?? ''}`);
    expect(text.slice(caveat + 2).join('\n')).toBe(reminder.text?.paragraphs.join('\n'));
  });

  it('states a registered letter’s number, posting and first presentation when it has no text', () => {
    const lines = pieceRecordLines({
      number: 5,
      kind: 'formal-notice',
      title: 'Mise en demeure',
      fileName: 'Pièce 05 - Mise en demeure.pdf',
      invoices: ['F-101'],
      source: { kind: 'journal-event', eventId: 'e', day: day('2026-03-02'), recipients: [] },
      registeredLetter: {
        number: '1A 234',
        postedOn: day('2026-03-03'),
        presentedOn: day('2026-03-05'),
      },
    }).map((l) => l.text);
    expect(lines).toContain(
      'Lettre recommandée avec accusé de réception n° 1A 234, postée le 3 mars 2026.',
    );
    expect(lines).toContain('Avis de réception : première présentation le 5 mars 2026.');
  });
});

describe('the Journal’s row of a dossier', () => {
  it('links the ZIP of a dossier made, on the claimed invoices, with the core’s note', () => {
    const made = dossier();
    const event = dossierEvent(
      { ok: true, dossier: made },
      { id: 'D-1', client: made.client, today: made.today, zipUrl: 'https://drive.google.com/z' },
      'fr',
    );
    expect(event.type).toBe('note');
    expect(event.link).toBe('https://drive.google.com/z');
    expect(event.invoices).toEqual([...new Set(made.breakdown.invoices.map((i) => i.number))]);
    expect(event.detail).toMatch(/^Dossier d’injonction de payer préparé : /);
  });

  it('says every reason of a refusal, an unreadable invoice PDF among them, with no link', () => {
    const refusal = unreadableInvoiceRefusal('F-102', 'https://drive.google.com/file/d/x/view');
    const event = dossierEvent(
      { ok: false, refusals: [refusal] },
      { id: 'D-2', client: 'Garage Martin', today: day('2026-03-31') },
      'fr',
    );
    expect(event.link).toBeUndefined();
    expect(event.invoices).toEqual(['F-102']);
    expect(event.detail).toContain('Facture F-102 : le PDF de « Lien facture »');
  });
});

describe('the debtor’s SIREN and legal form from the Clients tab', () => {
  it('reads the « SIREN » and « Forme juridique » columns by client, blanks left out', () => {
    const identities = readClientIdentities([
      ['Annuaire'],
      ['Client', 'N° SIREN', 'Forme juridique', 'Email'],
      ['Garage Martin', '512 345 678', 'SAS', 'a@b.fr'],
      ['Hôtel du Port', 432198765, '', ''],
      ['', '999 999 999', 'SARL', ''],
    ]);
    expect(identities.get(clientKeyOf('Garage Martin'))).toEqual({
      siren: '512 345 678',
      legalForm: 'SAS',
    });
    expect(identities.get(clientKeyOf('Hôtel du Port'))).toEqual({ siren: '432198765' });
    expect(identities.size).toBe(2);
  });

  it('reads nothing from a tab with neither column', () => {
    expect(
      readClientIdentities([
        ['Client', 'Email'],
        ['Garage Martin', 'a@b.fr'],
      ]).size,
    ).toBe(0);
  });
});
