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

export function letterTemplateBlocks(letter: string, language: Language): LetterBlock[] {
  const [before = '', after = ''] = letter.split(FACTURES_BLOCK);
  const paragraphs = (text: string): LetterBlock[] =>
    text.split('\n').map((line) => ({
      kind: 'paragraph' as const,
      text: line,
      heading: /MISE EN DEMEURE|FORMAL NOTICE/.test(line) && !line.includes('{{'),
      bold: /^(Objet|Subject) :?/.test(line),
    }));
  const hasList = FACTURES_BLOCK.test(letter);
  return hasList
    ? [
        ...paragraphs(before.replace(/\n$/, '')),
        { kind: 'table', rows: INVOICE_TABLE[language].map((r) => [...r]) },
        ...paragraphs(after),
      ]
    : paragraphs(letter);
}
