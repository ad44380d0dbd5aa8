/**
 * A Google Doc exported as PDF, offline: Apps Script's getAs('application/pdf') returns at once,
 * so the PDF is drawn with jsPDF, which renders synchronously. A4 pages, the standard Helvetica
 * fonts (their WinAnsiEncoding covers French accents, €, « », œ), word-wrapped paragraphs,
 * headings, ruled tables and page breaks.
 *
 * Text streams are left uncompressed: the tests read the text back with unpdf (which would also
 * read compressed streams), and a person can search a letter's text with any tool.
 *
 * Line breaking stays ours rather than jsPDF's splitTextToSize: it measures each character once
 * with jsPDF's font metrics and keeps the line's width as it grows, so a paragraph costs time in
 * proportion to its length, a 5 MB cell and a 1 MB word included.
 */
import { jsPDF } from 'jspdf';
import { NOT_WINDOWS_1252 } from './windows-1252';

export type PdfBlock =
  | {
      kind: 'paragraph';
      text: string;
      bold?: boolean;
      heading?: boolean;
      /** Start indent from the left margin, in points. */
      indent?: number;
      /** Space above, in points. */
      spaceBefore?: number;
    }
  | { kind: 'table'; rows: string[][] };

const MARGIN = 56;
const FONT_SIZE = 10.5;
const HEADING_SIZE = 14;
const LEADING = 1.4;

/**
 * Text the standard fonts can show. jsPDF writes a whole line as two-byte codes, which the
 * standard fonts cannot show, as soon as one character is outside Windows-1252: such characters
 * become "?" (thin spaces, as Intl writes them in French numbers, become plain spaces, and the
 * minus sign of a payment deducted becomes a hyphen, as Docs shows a minus there).
 */
function toWinAnsi(text: string): string {
  return text
    .replace(/[\u2009\u202f]/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(NOT_WINDOWS_1252, '?');
}

type Measure = (ch: string) => number;

/** A character's width in points at `size`, from jsPDF's metrics, measured once per character. */
function measurer(doc: jsPDF, size: number, bold: boolean): Measure {
  const widths = new Map<string, number>();
  return (ch) => {
    let width = widths.get(ch);
    if (width === undefined) {
      doc.setFont('helvetica', bold ? 'bold' : 'normal');
      width = doc.getStringUnitWidth(ch) * size;
      widths.set(ch, width);
    }
    return width;
  };
}

function textWidth(text: string, measure: Measure): number {
  let width = 0;
  for (const ch of text) width += measure(ch);
  return width;
}

/** Greedy word wrap in one pass; each word is measured once. */
function wrap(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const raw of text.split('\n')) {
    let line = '';
    let width = 0;
    for (const word of raw.split(' ')) {
      const wordWidth = textWidth(word, measure);
      if (line !== '' && width + space + wordWidth <= maxWidth) {
        line += ` ${word}`;
        width += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = wordWidth <= maxWidth ? [word] : breakWord(word, maxWidth, measure);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
      width = pieces.length === 0 ? wordWidth : textWidth(line, measure);
    }
    lines.push(line);
  }
  return lines;
}

/** A word wider than a line, cut into pieces that fit (at least one character each). */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const ch of word) {
    const w = measure(ch);
    if (piece !== '' && width + w > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += ch;
    width += w;
  }
  pieces.push(piece);
  return pieces;
}

/** Lays blocks out top-down (jsPDF's y grows downwards), starting a page when one is full. */
class PageWriter {
  private y: number;
  private readonly width: number;
  private readonly height: number;
  private readonly measures = new Map<string, Measure>();

  constructor(
    private readonly doc: jsPDF,
    private readonly margin: number = MARGIN,
  ) {
    this.y = margin;
    this.width = doc.internal.pageSize.getWidth();
    this.height = doc.internal.pageSize.getHeight();
  }

  private measure(size: number, bold: boolean): Measure {
    const key = `${size}/${bold}`;
    let found = this.measures.get(key);
    if (found === undefined) {
      found = measurer(this.doc, size, bold);
      this.measures.set(key, found);
    }
    return found;
  }

  private ensure(height: number): void {
    if (this.y + height <= this.height - this.margin) return;
    this.doc.addPage();
    this.y = this.margin;
  }

  /** Lines drawn in one call, `LEADING` apart, the first one's top at the current y. */
  private text(x: number, lines: string[], size: number, bold: boolean): void {
    this.doc.setFont('helvetica', bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.text(lines, x, this.y + size, { lineHeightFactor: LEADING });
  }

  paragraph(text: string, bold: boolean, indent = 0, spaceBefore = 0): void {
    if (text.trim() !== '') this.y += spaceBefore;
    this.lines(toWinAnsi(text), FONT_SIZE, bold, Math.max(0, indent));
  }

  heading(text: string): void {
    this.lines(toWinAnsi(text), HEADING_SIZE, true);
  }

  private lines(text: string, size: number, bold: boolean, indent = 0): void {
    const height = size * LEADING;
    if (text.trim() === '') {
      this.ensure(height);
      this.y += height * 0.6;
      return;
    }
    const left = this.margin + indent;
    const all = wrap(text, this.width - this.margin - left, this.measure(size, bold));
    for (let start = 0; start < all.length;) {
      this.ensure(height);
      const room = Math.max(1, Math.floor((this.height - this.margin - this.y) / height));
      const page = all.slice(start, start + room);
      this.text(left, page, size, bold);
      this.y += page.length * height;
      start += page.length;
    }
    this.y += size * 0.3;
  }

  table(rows: readonly string[][]): void {
    const columns = Math.max(1, ...rows.map((r) => r.length));
    const width = (this.width - 2 * this.margin) / columns;
    const size = FONT_SIZE - 1;
    const height = size * LEADING;
    rows.forEach((row, r) => {
      const measure = this.measure(size, r === 0);
      const cells = Array.from({ length: columns }, (_, c) =>
        wrap(toWinAnsi(row[c] ?? ''), width - 8, measure),
      );
      const rowHeight = Math.max(...cells.map((lines) => lines.length)) * height + 6;
      this.ensure(rowHeight);
      const top = this.y;
      cells.forEach((lines, c) => {
        const x = this.margin + c * width;
        this.doc.setDrawColor(153);
        this.doc.setLineWidth(0.5);
        this.doc.rect(x, top, width, rowHeight, 'S');
        this.y = top + 3;
        this.text(x + 4, lines, size, r === 0);
      });
      this.y = top + rowHeight;
    });
    this.y += FONT_SIZE * 0.6;
  }
}

export function renderPdf(
  blocks: readonly PdfBlock[],
  title = 'Document',
  layout: { margin?: number } = {},
): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: false });
  doc.setProperties({ title: toWinAnsi(title), creator: 'Relance' });
  const writer = new PageWriter(doc, layout.margin);
  for (const block of blocks) {
    if (block.kind === 'table') writer.table(block.rows);
    else if (block.heading === true) writer.heading(block.text);
    else writer.paragraph(block.text, block.bold === true, block.indent, block.spaceBefore);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
