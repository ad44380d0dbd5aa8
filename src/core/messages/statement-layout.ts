/**
 * The relevé de compte as a document: the firm's header with its mentions, the client's address,
 * then the invoices, the payments, the penalties period by period and the totals, as paragraphs
 * and tables the Docs adapter turns into a PDF.
 */
import type { Language } from '../model';
import type { FirmIdentity } from '../settings/settings';
import { formatDayFor, formatShortDayFor } from '../words/format';
import { formatEuros, type Cents } from '../values/money';
import { legalMentionsLine } from './firm-mentions';
import type { LetterBlock } from './letter-template';
import { countOf } from '../words/wording';
import { periodRateText, provisionalAmount } from './variables';
import type { AccountStatement, PenaltyPeriod } from './statement';

export interface StatementLayoutOptions {
  firm: FirmIdentity;
  language: Language;
  /** Recipient block (name, attention line, postal address), already composed. */
  recipient?: readonly string[];
}

const LABELS = {
  fr: {
    title: (d: string) => `Relevé de compte au ${d}`,
    invoices: ['N° facture', 'Date', 'Échéance', 'Montant TTC', 'Réglé', 'Reste dû'],
    total: 'Total',
    payments: 'Règlements reçus',
    paymentsHead: ['Date', 'Facture', 'Montant'],
    noDate: 'non datée',
    noPayment: 'Aucun règlement reçu sur ces factures.',
    penalties:
      'Pénalités de retard (article L441-10 du Code de commerce), calculées par semestre sur le montant TTC restant dû, jours / 365',
    penaltiesHead: ['Facture', 'Période', 'Jours', 'Base', 'Taux annuel', 'Pénalités'],
    penaltiesTotal: (d: string, amount: string) => `Total des pénalités au ${d} : ${amount}`,
    running: 'Les pénalités continuent de courir jusqu’au paiement complet.',
    provisional:
      'Montants provisoires : le taux BCE de ce semestre n’est pas encore confirmé ; ils seront arrêtés au taux publié par la BCE.',
    indemnity: (count: string, unit: string, amount: string) =>
      `Indemnités forfaitaires pour frais de recouvrement (article D441-5 du Code de commerce) : ${count} × ${unit} = ${amount}`,
    balance: (amount: string) => `Solde restant dû (principal) : ${amount}`,
    claimed: (d: string, amount: string) => `Total dû au ${d} : ${amount}`,
    invoiceWord: ['facture', 'factures'] as readonly [string, string],
  },
  en: {
    title: (d: string) => `Statement of account at ${d}`,
    invoices: ['Invoice', 'Date', 'Due date', 'Amount incl. VAT', 'Paid', 'Outstanding'],
    total: 'Total',
    payments: 'Payments received',
    paymentsHead: ['Date', 'Invoice', 'Amount'],
    noDate: 'undated',
    noPayment: 'No payment received on these invoices.',
    penalties:
      'Late payment interest (French Commercial Code, article L441-10), computed per half-year on the outstanding amount incl. VAT, days / 365',
    penaltiesHead: ['Invoice', 'Period', 'Days', 'Base', 'Annual rate', 'Interest'],
    penaltiesTotal: (d: string, amount: string) => `Total interest at ${d}: ${amount}`,
    running: 'Interest keeps running until payment in full.',
    provisional:
      'Provisional amounts: the ECB rate of this half-year is not confirmed yet; they will be settled at the rate the ECB published.',
    indemnity: (count: string, unit: string, amount: string) =>
      `Fixed recovery indemnities (French Commercial Code, article D441-5): ${count} × ${unit} = ${amount}`,
    balance: (amount: string) => `Outstanding principal: ${amount}`,
    claimed: (d: string, amount: string) => `Total due at ${d}: ${amount}`,
    invoiceWord: ['invoice', 'invoices'] as readonly [string, string],
  },
};

/**
 * A public buyer owes moratory interest and the indemnity under the Code de la commande publique:
 * L2192-13 (due of right), R2192-31 (the ECB rate on the first day of the half-year in which the
 * interest started to run, + 8 points, for the whole delay), D2192-35 (40 €).
 */
const PUBLIC_BUYER_LABELS: Record<Language, Partial<(typeof LABELS)['fr']>> = {
  fr: {
    penalties:
      'Intérêts moratoires (articles L2192-13 et R2192-31 du Code de la commande publique) : taux BCE en vigueur au premier jour du semestre où ils ont commencé à courir, majoré de 8 points, fixe pour toute la durée du retard ; sur le montant TTC restant dû, jours / 365',
    penaltiesTotal: (d: string, amount: string) =>
      `Total des intérêts moratoires au ${d} : ${amount}`,
    running: 'Les intérêts moratoires continuent de courir jusqu’au paiement du principal.',
    indemnity: (count: string, unit: string, amount: string) =>
      `Indemnités forfaitaires pour frais de recouvrement (article D2192-35 du Code de la commande publique) : ${count} × ${unit} = ${amount}`,
  },
  en: {
    penalties:
      'Moratory interest (French Public Procurement Code, articles L2192-13 and R2192-31): the ECB rate in force on the first day of the half-year in which it started to run, plus 8 points, fixed for the whole delay; on the outstanding amount incl. VAT, days / 365',
    penaltiesTotal: (d: string, amount: string) => `Total moratory interest at ${d}: ${amount}`,
    running: 'Moratory interest keeps running until the principal is paid.',
    indemnity: (count: string, unit: string, amount: string) =>
      `Fixed recovery indemnities (French Public Procurement Code, article D2192-35): ${count} × ${unit} = ${amount}`,
  },
};

function labelsOf(statement: AccountStatement, language: Language): (typeof LABELS)['fr'] {
  return statement.publicBuyer
    ? { ...LABELS[language], ...PUBLIC_BUYER_LABELS[language] }
    : LABELS[language];
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
  const total = [LABELS[language].total, '', '', money(t.amountCents), money(t.paidCents)];
  return {
    kind: 'table',
    rows: [LABELS[language].invoices, ...rows, [...total, money(t.balanceCents)]],
  };
}

function paymentBlocks(statement: AccountStatement, language: Language): LetterBlock[] {
  const labels = LABELS[language];
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
  const labels = LABELS[language];
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
