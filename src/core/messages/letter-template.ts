/**
 * The shape of a letter template kept as a Google Doc: the step's letter text as paragraphs,
 * its invoice list turned into a table whose second row is repeated once per invoice. The user
 * may restyle the Doc freely; placeholders and sections keep working paragraph by paragraph.
 */
import type { Language } from '../model';
import { INVOICE_TABLE, PENALTY_TABLE } from '../words/default-texts';
import type { TemplateScope } from './templates';

export type LetterBlock =
  | {
      kind: 'paragraph';
      text: string;
      heading: boolean;
      bold: boolean;
      /** Start indent from the left margin, in points (the recipient's block). */
      indentStartPt?: number;
      /** Space above the paragraph, in points. */
      spacingBeforePt?: number;
    }
  | { kind: 'table'; rows: string[][] };

/**
 * The recipient's block sits in the window of a French DL envelope: a frame 85 mm wide and
 * 33 mm high, 110 mm from the sheet's left edge and 55 mm from its top
 * (https://edics.fr/rediger-vos-adresses-les-bonnes-pratiques/). A Google Doc's page margins
 * are 1 inch (72 pt) by default, and a paragraph's indent counts from the margin.
 */
const POINTS_PER_MM = 72 / 25.4;
const DOC_MARGIN_PT = 72;
export const WINDOW_LEFT_MM = 110;
export const RECIPIENT_INDENT_PT =
  Math.round((WINDOW_LEFT_MM * POINTS_PER_MM - DOC_MARGIN_PT) * 10) / 10;
/**
 * The letterhead's four lines bring the text to about 5 cm from the top; this space takes the
 * block's first line into the window (55 mm), with the default styles.
 */
export const RECIPIENT_SPACING_PT = 12;

/** A line made only of the recipient's placeholders: its name, attention line and address. */
const RECIPIENT_LINE = /^(\s*\{\{[#^/]?(client|a_l_attention|adresse_client)\}\})+\s*$/;

const FACTURES_BLOCK = /\{\{#factures\}\}[\s\S]*?\{\{\/factures\}\}\n?/;
const ANNEX_BLOCK = /\{\{#annexe_penalites\}\}[\s\S]*?\{\{\/annexe_penalites\}\}\n?/;

/** For each list a letter repeats: its template row's marker and the list's placeholder. */
export const LIST_ROWS: readonly { marker: string; list: string }[] = [
  { marker: '{{numero}}', list: 'factures' },
  { marker: '{{facture}}', list: 'annexe_penalites' },
];

/**
 * The list a letter's table repeats, read from the texts of its rows: the model row (the last
 * row holding a list's marker) and the items to fill it with, none when the list is empty or
 * absent. Undefined for a table that repeats nothing.
 */
export function repeatedRow(
  rowTexts: readonly string[],
  variables: TemplateScope,
): { row: number; items: readonly TemplateScope[] } | undefined {
  let found: { row: number; items: readonly TemplateScope[] } | undefined;
  rowTexts.forEach((text, row) => {
    const list = LIST_ROWS.find((l) => text.includes(l.marker))?.list;
    if (list === undefined) return;
    const value = variables[list];
    found = { row, items: Array.isArray(value) ? (value as readonly TemplateScope[]) : [] };
  });
  return found;
}

function paragraphs(text: string): LetterBlock[] {
  let inRecipient = false;
  return text.split('\n').map((line) => {
    const block: LetterBlock = {
      kind: 'paragraph' as const,
      text: line,
      heading: /MISE EN DEMEURE|FORMAL NOTICE/.test(line) && !line.includes('{{'),
      bold: /^(Objet|Subject|Annexe|Annex) ?:/.test(line),
    };
    if (!RECIPIENT_LINE.test(line)) {
      inRecipient = false;
      return block;
    }
    block.indentStartPt = RECIPIENT_INDENT_PT;
    if (!inRecipient) block.spacingBeforePt = RECIPIENT_SPACING_PT;
    inRecipient = true;
    return block;
  });
}

/** Splits the text at the first list block, which becomes a table; the rest goes on. */
function withTables(text: string, language: Language): LetterBlock[] {
  const lists = [
    { block: FACTURES_BLOCK, table: INVOICE_TABLE },
    { block: ANNEX_BLOCK, table: PENALTY_TABLE },
  ];
  let first: { index: number; length: number; table: string[][] } | undefined;
  for (const { block, table } of lists) {
    const match = block.exec(text);
    if (match !== null && (first === undefined || match.index < first.index))
      first = { index: match.index, length: match[0].length, table: table[language] };
  }
  if (first === undefined) return paragraphs(text);
  const before = text.slice(0, first.index).replace(/\n$/, '');
  return [
    ...paragraphs(before),
    { kind: 'table', rows: first.table.map((r) => [...r]) },
    ...withTables(text.slice(first.index + first.length), language),
  ];
}

export function letterTemplateBlocks(letter: string, language: Language): LetterBlock[] {
  return withTables(letter, language);
}
