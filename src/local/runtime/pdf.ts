/**
 * A small synchronous PDF writer: Apps Script's getAs('application/pdf') returns at once, and the
 * PDF libraries at hand are asynchronous. PDF 1.4, A4 pages, the standard Helvetica fonts with
 * WinAnsiEncoding (French accents, €, « », œ), word-wrapped paragraphs, headings, ruled tables,
 * page breaks, and a correct cross-reference table so that any reader opens it.
 */
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

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;
const FONT_SIZE = 10.5;
const HEADING_SIZE = 14;
const LEADING = 1.4;

/** Helvetica advance widths (AFM, per 1000 em) for ASCII 32–126. */
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** WinAnsiEncoding bytes 0x80–0x9F; 0xA0–0xFF are Latin-1. */
const WIN_ANSI_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

function winAnsiByte(ch: string): number {
  const code = ch.codePointAt(0) ?? 63;
  if (code === 0x202f || code === 0x2009) return 0x20;
  if (code >= 0x20 && code <= 0x7e) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  return WIN_ANSI_HIGH[ch] ?? 0x3f;
}

function charWidth(ch: string, size: number, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 32;
  let width = code >= 32 && code <= 126 ? (HELVETICA_WIDTHS[code - 32] ?? 556) : 556;
  if (code === 0xa0 || code === 0x202f) width = 278;
  if (bold) width *= 1.06;
  return (width * size) / 1000;
}

export function textWidth(text: string, size: number, bold = false): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch, size, bold);
  return width;
}

/**
 * Greedy word wrap in one pass: each word's width is measured once and the line's width is kept
 * as it grows, so a paragraph costs time in proportion to its length (a 5 MB cell included).
 */
function wrap(text: string, maxWidth: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  const space = charWidth(' ', size, bold);
  for (const raw of text.split('\n')) {
    let line = '';
    let width = 0;
    for (const word of raw.split(' ')) {
      const wordWidth = textWidth(word, size, bold);
      if (line !== '' && width + space + wordWidth <= maxWidth) {
        line += ` ${word}`;
        width += space + wordWidth;
        continue;
      }
      if (line !== '') lines.push(line);
      if (wordWidth <= maxWidth) {
        line = word;
        width = wordWidth;
        continue;
      }
      const pieces = breakWord(word, maxWidth, size, bold);
      const last = pieces.pop() ?? '';
      lines.push(...pieces);
      line = last;
      width = textWidth(last, size, bold);
    }
    lines.push(line);
  }
  return lines;
}

/** A word wider than a line, cut into pieces that fit (at least one character each). */
function breakWord(word: string, maxWidth: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const ch of word) {
    const w = charWidth(ch, size, bold);
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

function pdfString(text: string): string {
  let out = '(';
  for (const ch of text) {
    const byte = winAnsiByte(ch);
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}

const fmt = (n: number) => (Math.round(n * 100) / 100).toString();

class PageWriter {
  pages: string[] = [];
  private ops: string[] = [];
  private y: number;

  constructor(private readonly margin: number = MARGIN) {
    this.y = PAGE_HEIGHT - margin;
  }

  private ensure(height: number): void {
    if (this.y - height < this.margin) this.newPage();
  }

  newPage(): void {
    this.pages.push(this.ops.join('\n'));
    this.ops = [];
    this.y = PAGE_HEIGHT - this.margin;
  }

  text(x: number, line: string, size: number, bold: boolean): void {
    this.ops.push(
      `BT /${bold ? 'F2' : 'F1'} ${fmt(size)} Tf ${fmt(x)} ${fmt(this.y - size)} Td ${pdfString(line)} Tj ET`,
    );
  }

  paragraph(text: string, bold: boolean, heading: boolean, indent = 0, spaceBefore = 0): void {
    const size = heading ? HEADING_SIZE : FONT_SIZE;
    const height = size * LEADING;
    if (text.trim() === '') {
      this.ensure(height);
      this.y -= height * 0.6;
      return;
    }
    const left = this.margin + Math.max(0, indent);
    this.y -= spaceBefore;
    for (const line of wrap(text, PAGE_WIDTH - this.margin - left, size, bold || heading)) {
      this.ensure(height);
      this.text(left, line, size, bold || heading);
      this.y -= height;
    }
    this.y -= size * 0.3;
  }

  table(rows: readonly string[][]): void {
    const columns = Math.max(1, ...rows.map((r) => r.length));
    const width = (PAGE_WIDTH - 2 * this.margin) / columns;
    const size = FONT_SIZE - 1;
    const height = size * LEADING;
    rows.forEach((row, r) => {
      const cells = Array.from({ length: columns }, (_, c) =>
        wrap(row[c] ?? '', width - 8, size, r === 0),
      );
      const rowHeight = Math.max(...cells.map((lines) => lines.length)) * height + 6;
      this.ensure(rowHeight);
      cells.forEach((lines, c) => {
        const x = this.margin + c * width;
        this.ops.push(
          `0.6 G 0.5 w ${fmt(x)} ${fmt(this.y - rowHeight)} ${fmt(width)} ${fmt(rowHeight)} re S 0 G`,
        );
        const top = this.y;
        lines.forEach((line, i) => {
          this.y = top - 3 - i * height;
          this.text(x + 4, line, size, r === 0);
        });
        this.y = top;
      });
      this.y -= rowHeight;
    });
    this.y -= FONT_SIZE * 0.6;
  }

  finish(): string[] {
    this.pages.push(this.ops.join('\n'));
    return this.pages;
  }
}

export function renderPdf(
  blocks: readonly PdfBlock[],
  title = 'Document',
  layout: { margin?: number } = {},
): Uint8Array {
  const writer = new PageWriter(layout.margin);
  for (const block of blocks) {
    if (block.kind === 'table') writer.table(block.rows);
    else
      writer.paragraph(
        block.text,
        block.bold === true,
        block.heading === true,
        block.indent,
        block.spaceBefore,
      );
  }
  const pages = writer.finish();
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] =
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title ${pdfString(title)} /Producer (Relance) >>`;
  pages.forEach((content, i) => {
    const pageId = 6 + i * 2;
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] =
      `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id] ?? 'null'}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1)
    body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
