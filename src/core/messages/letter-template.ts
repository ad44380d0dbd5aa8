/**
 * The shape of a letter template kept as a Google Doc: the step's letter text as paragraphs,
 * its invoice list turned into a table whose second row is repeated once per invoice. The user
 * may restyle the Doc freely; placeholders and sections keep working paragraph by paragraph.
 */
import type { Language } from '../model';

export type LetterBlock =
  | { kind: 'paragraph'; text: string; heading: boolean; bold: boolean }
  | { kind: 'table'; rows: string[][] };

const FACTURES_BLOCK = /\{\{#factures\}\}[\s\S]*?\{\{\/factures\}\}\n?/;
const ANNEX_BLOCK = /\{\{#annexe_penalites\}\}[\s\S]*?\{\{\/annexe_penalites\}\}\n?/;

export const INVOICE_TABLE: Record<Language, string[][]> = {
  fr: [
    ['N° facture', 'Date', 'Échéance', 'Reste dû', 'Retard'],
    ['{{numero}}', '{{date}}', '{{echeance}}', '{{solde}}', '{{jours_retard}} j'],
  ],
  en: [
    ['Invoice', 'Date', 'Due date', 'Outstanding', 'Overdue'],
    ['{{numero}}', '{{date}}', '{{echeance}}', '{{solde}}', '{{jours_retard}} d'],
  ],
};

/** The mise en demeure's annex as a table: one row per invoice and half-year. */
export const PENALTY_TABLE: Record<Language, string[][]> = {
  fr: [
    ['Facture', 'Du', 'Au', 'Jours', 'Base', 'Taux annuel', 'Pénalités'],
    ['{{facture}}', '{{du}}', '{{au}}', '{{jours}}', '{{base}}', '{{taux}}', '{{montant}}'],
  ],
  en: [
    ['Invoice', 'From', 'To', 'Days', 'Base', 'Annual rate', 'Interest'],
    ['{{facture}}', '{{du}}', '{{au}}', '{{jours}}', '{{base}}', '{{taux}}', '{{montant}}'],
  ],
};

/** For each list a letter repeats: its template row's marker and the list's placeholder. */
export const LIST_ROWS: readonly { marker: string; list: string }[] = [
  { marker: '{{numero}}', list: 'factures' },
  { marker: '{{facture}}', list: 'annexe_penalites' },
];

function paragraphs(text: string): LetterBlock[] {
  return text.split('\n').map((line) => ({
    kind: 'paragraph' as const,
    text: line,
    heading: /MISE EN DEMEURE|FORMAL NOTICE/.test(line) && !line.includes('{{'),
    bold: /^(Objet|Subject|Annexe|Annex) ?:/.test(line),
  }));
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
