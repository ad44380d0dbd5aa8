/**
 * The relevé de compte as a document: the firm's header with its mentions, the client's address,
 * then the invoices, the payments, the penalties period by period and the totals, as paragraphs
 * and tables the Docs adapter turns into a PDF.
 */
import type { Language } from '../model';
import type { FirmIdentity } from '../settings/settings';
import { formatDayFor, formatEuros, formatShortDayFor } from '../words/format';
import type { Cents } from '../values/money';
import { legalMentionsLine } from './firm-mentions';
import type { LetterBlock } from './letter-template';
import { countOf } from '../words/wording';
import { STATEMENT_LABELS, STATEMENT_PUBLIC_BUYER_LABELS } from '../words/catalogue';
import { periodRateText, provisionalAmount } from './variables';
import type { AccountStatement, PenaltyPeriod } from './statement';

export interface StatementLayoutOptions {
  firm: FirmIdentity;
  language: Language;
  /** Recipient block (name, attention line, postal address), already composed. */
  recipient?: readonly string[];
}

function labelsOf(
  statement: AccountStatement,
  language: Language,
): (typeof STATEMENT_LABELS)['fr'] {
  return statement.publicBuyer
    ? { ...STATEMENT_LABELS[language], ...STATEMENT_PUBLIC_BUYER_LABELS[language] }
    : STATEMENT_LABELS[language];
}

const paragraph = (text: string, bold = false, heading = false): LetterBlock => ({
  kind: 'paragraph',
  text,
  bold,
  heading,
});

function header(options: StatementLayoutOptions): LetterBlock[] {
  const { firm, language } = options;
  const lines = [firm.name, firm.address, legalMentionsLine(firm, language)];
  if (firm.siret !== '') lines.push(`SIRET ${firm.siret}`);
  const blocks = lines.filter((l) => l !== '').map((l) => paragraph(l));
  if (options.recipient !== undefined)
    blocks.push(paragraph(''), ...options.recipient.map((l) => paragraph(l)));
  return blocks;
}

function invoiceTable(statement: AccountStatement, language: Language): LetterBlock {
  const money = (c: Cents) => formatEuros(c, language);
  const rows = statement.invoices.map((i) => [
    i.number,
    i.issueDate === undefined ? '—' : formatShortDayFor(language, i.issueDate),
    formatShortDayFor(language, i.dueDate),
    money(i.amountCents),
    money(i.paidCents),
    money(i.balanceCents),
  ]);
  const t = statement.totals;
  const total = [
    STATEMENT_LABELS[language].total,
    '',
    '',
    money(t.amountCents),
    money(t.paidCents),
  ];
  return {
    kind: 'table',
    rows: [STATEMENT_LABELS[language].invoices, ...rows, [...total, money(t.balanceCents)]],
  };
}

function paymentBlocks(statement: AccountStatement, language: Language): LetterBlock[] {
  const labels = STATEMENT_LABELS[language];
  if (statement.payments.length === 0)
    return [paragraph(labels.payments, true), paragraph(labels.noPayment)];
  const rows = statement.payments.map((p) => [
    p.day === undefined ? labels.noDate : formatShortDayFor(language, p.day),
    p.invoice,
    formatEuros(p.amountCents, language),
  ]);
  return [
    paragraph(labels.payments, true),
    { kind: 'table', rows: [labels.paymentsHead, ...rows] },
  ];
}

export function penaltyRow(period: PenaltyPeriod, language: Language): string[] {
  return [
    period.invoice,
    `${formatShortDayFor(language, period.from)} – ${formatShortDayFor(language, period.to)}`,
    String(period.days),
    formatEuros(period.baseCents, language),
    periodRateText(period, language),
    provisionalAmount(formatEuros(period.cents, language), period.provisional, language),
  ];
}

function penaltyBlocks(
  statement: AccountStatement,
  options: StatementLayoutOptions,
): LetterBlock[] {
  const { language } = options;
  const labels = labelsOf(statement, language);
  const on = formatDayFor(language, statement.today);
  const t = statement.totals;
  const blocks: LetterBlock[] = [];
  if (statement.penalties.length > 0) {
    const rows = statement.penalties.map((p) => penaltyRow(p, language));
    blocks.push(paragraph(labels.penalties, true), {
      kind: 'table',
      rows: [labels.penaltiesHead, ...rows],
    });
    const total = formatEuros(t.interestCents, language);
    blocks.push(
      paragraph(
        labels.penaltiesTotal(on, provisionalAmount(total, statement.provisional, language)),
      ),
    );
    blocks.push(paragraph(labels.running));
    if (statement.provisional) blocks.push(paragraph(labels.provisional));
  }
  const late = statement.invoices.filter((i) => i.indemnityCents > 0);
  if (late.length > 0) {
    const unit = late[0]?.indemnityCents ?? (0 as Cents);
    const count = countOf(late.length, labels.invoiceWord, language);
    blocks.push(
      paragraph(
        labels.indemnity(
          count,
          formatEuros(unit, language),
          formatEuros(t.indemnityCents, language),
        ),
      ),
    );
  }
  return blocks;
}

export function statementBlocks(
  statement: AccountStatement,
  options: StatementLayoutOptions,
): LetterBlock[] {
  const { language } = options;
  const labels = STATEMENT_LABELS[language];
  const on = formatDayFor(language, statement.today);
  const t = statement.totals;
  return [
    ...header(options),
    paragraph(''),
    paragraph(`${labels.title(on)} — ${statement.client}`, false, true),
    invoiceTable(statement, language),
    ...paymentBlocks(statement, language),
    ...penaltyBlocks(statement, options),
    paragraph(labels.balance(formatEuros(t.balanceCents, language))),
    paragraph(
      labels.claimed(
        on,
        provisionalAmount(
          formatEuros(t.claimedCents, language),
          statement.provisional && statement.chargeable,
          language,
        ),
      ),
      true,
    ),
  ];
}
