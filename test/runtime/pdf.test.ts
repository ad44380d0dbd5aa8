import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/local/runtime/pdf';

async function textOf(pdf: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
  return text;
}

describe('the PDF writer', () => {
  it('wraps long paragraphs and words too wide for a line without losing a character', async () => {
    const word = 'Z'.repeat(300);
    const pdf = renderPdf([
      { kind: 'paragraph', text: `Madame, Monsieur, ${'nous vous rappelons '.repeat(20)}fin.` },
      { kind: 'paragraph', text: word },
      {
        kind: 'table',
        rows: [
          ['N°', 'Client'],
          ['F-1', word],
        ],
      },
    ]);
    const text = (await textOf(pdf)).replace(/\s+/g, '');
    expect(text).toContain('nousvousrappelons'.repeat(20));
    expect(text.split(word).length - 1).toBe(2);
  });

  it('shows French accents, the euro sign, guillemets and œ, and a narrow no-break space as a space', async () => {
    const pdf = renderPdf([
      { kind: 'paragraph', text: 'Objet : mise en demeure', heading: true },
      { kind: 'paragraph', text: 'Reste dû : 1\u202f234,56 € « œuvre » — l’échéance' },
      {
        kind: 'table',
        rows: [
          ['N°', 'Montant'],
          ['F-1', '980,00 €'],
        ],
      },
    ]);
    const text = await textOf(pdf);
    expect(text).toContain('Objet : mise en demeure');
    expect(text).toContain('Reste dû : 1 234,56 € « œuvre » — l’échéance');
    expect(text).toContain('980,00 €');
  });

  it('starts new pages when a table runs past the bottom of a page, keeping every row', async () => {
    const rows = [['N°', 'Client']];
    for (let i = 1; i <= 120; i += 1) rows.push([`F-${i}`, `Client ${i}`]);
    const pdf = renderPdf([{ kind: 'table', rows }]);
    const document = await getDocumentProxy(pdf);
    expect(document.numPages).toBeGreaterThanOrEqual(3);
    const { text } = await extractText(document, { mergePages: true });
    for (let i = 1; i <= 120; i += 1) expect(text).toContain(`Client ${i}`);
  });

  it('lays out a 5 MB paragraph and a 1 MB word in time proportional to their length, not minutes', () => {
    const timed = (scale: number) => {
      const started = Date.now();
      const pdf = renderPdf([
        { kind: 'paragraph', text: 'Garage Lefèvre & Fils '.repeat(230_000 * scale) },
        { kind: 'paragraph', text: 'A'.repeat(1_000_000 * scale) },
      ]);
      return { pdf, elapsed: Date.now() - started };
    };
    const tenth = timed(0.1);
    const whole = timed(1);
    expect(whole.pdf.length).toBeGreaterThan(5_000_000);
    // Ten times the text: about ten times the time when linear, a hundred when quadratic.
    expect(whole.elapsed / Math.max(tenth.elapsed, 100)).toBeLessThan(30);
    expect(whole.elapsed).toBeLessThan(30_000);
  });
});
