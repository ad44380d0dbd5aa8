/**
 * The money cells of one invoice row: amount, amount paid, remaining balance, the other amount
 * columns they are checked against, and the currency (Relance chases in euros only). Each cell
 * Relance cannot read becomes a problem naming it.
 */
import type { ColumnKey } from '../settings/settings';
import { cellText, isBlank } from '../values/cells';
import { subtractCents, ZERO_CENTS, type Cents } from '../values/money';
import { formatEuros } from '../words/format';
import { readAmount, type AmountFault } from '../values/parse-values';
import { normalizeKey } from '../values/keys';
import { inBoth, inEach, type Entry } from '../words/catalogue';
import { INVOICE_ROW_WORDS, MONEY_CELL_LABELS } from '../words/invoice-rows';
import { TAX_INCLUSIVE_HEADERS } from './invoice-columns';
import { excerpt, type RowReader } from './row-reader';

const EUROS = new Set(['eur', 'euro', 'euros']);

/** « EUR », « € », « Euro (EUR) »: every word names the euro (blank is the euro too). */
function isEuro(currency: string): boolean {
  const words = normalizeKey(currency.replace(/€/g, ' eur ')).split(' ');
  return words.every((word) => word === '' || EUROS.has(word));
}

type MoneyCell = keyof typeof MONEY_CELL_LABELS;

const AMOUNT_MESSAGES: Record<AmountFault, Entry<(label: string, text: string) => string>> = {
  unreadable: INVOICE_ROW_WORDS.amountUnreadable,
  decimals: INVOICE_ROW_WORDS.amountDecimals,
  ambiguous: INVOICE_ROW_WORDS.amountAmbiguous,
  currency: {
    fr: (_label, text) => INVOICE_ROW_WORDS.amountForeign.fr(text),
    en: (_label, text) => INVOICE_ROW_WORDS.amountForeign.en(text),
  },
};

/** A money cell: its cents, or a problem saying why not. */
function readMoneyCell(reader: RowReader, key: MoneyCell): Cents | undefined {
  const reading = readAmount(reader.cell(key));
  if ('cents' in reading) return reading.cents;
  const text = excerpt(reader.text(key));
  reader.report(
    key,
    inEach((language) =>
      AMOUNT_MESSAGES[reading.fault][language](MONEY_CELL_LABELS[key][language], text),
    ),
  );
  return undefined;
}

/**
 * Amount, amount paid and remaining balance. The remaining balance, when the sheet has one,
 * wins: the amount paid becomes amount − balance, and a disagreement is a warning.
 */
export function readMoney(reader: RowReader): { amount: Cents; paid: Cents } | undefined {
  if (isBlank(reader.cell('amount'))) {
    reader.report('amount', INVOICE_ROW_WORDS.amountMissing);
    return undefined;
  }
  const amount = readMoneyCell(reader, 'amount');
  if (amount !== undefined) checkOtherAmounts(reader, amount);
  if (amount !== undefined && amount < 0) {
    reader.report('amount', INVOICE_ROW_WORDS.amountNegative);
  }
  let paid = isBlank(reader.cell('paid')) ? undefined : readMoneyCell(reader, 'paid');
  if (paid !== undefined && paid < 0) {
    reader.report('paid', inBoth(INVOICE_ROW_WORDS.paidNegative, reader.text('paid')));
    paid = undefined;
  }
  const balance = isBlank(reader.cell('balance')) ? undefined : readMoneyCell(reader, 'balance');
  if (amount === undefined || amount < 0 || reader.blocked) return undefined;
  return settleMoney(reader, amount, paid, balance);
}

/**
 * Two amount columns, neither saying it includes VAT (« Montant » and « Total »): when they
 * disagree, Relance cannot tell which one is owed, and asks.
 */
function checkOtherAmounts(reader: RowReader, amount: Cents): void {
  const chosen = reader.mapping.amount;
  if (chosen === undefined || TAX_INCLUSIVE_HEADERS.has(normalizeKey(chosen.header))) return;
  for (const other of reader.table.otherAmounts) {
    const cell = reader.row[other.index] ?? '';
    const reading = readAmount(cell);
    if (isBlank(cell) || ('cents' in reading && reading.cents === amount)) continue;
    reader.reportAt(
      other.header,
      excerpt(cellText(cell)),
      inBoth(
        INVOICE_ROW_WORDS.twoAmounts,
        chosen.header,
        excerpt(reader.text('amount')),
        other.header,
        excerpt(cellText(cell)),
      ),
    );
  }
}

function settleMoney(
  reader: RowReader,
  amount: Cents,
  paid: Cents | undefined,
  balance: Cents | undefined,
): { amount: Cents; paid: Cents } | undefined {
  if (balance !== undefined) {
    if (balance > amount) {
      reader.report(
        'balance',
        inEach((language) =>
          INVOICE_ROW_WORDS.balanceOverAmount[language](
            formatEuros(balance, language),
            formatEuros(amount, language),
          ),
        ),
      );
      return undefined;
    }
    if (paid !== undefined && subtractCents(amount, paid) !== balance) {
      reader.report(
        'balance',
        inEach((language) =>
          INVOICE_ROW_WORDS.balanceMismatch[language](
            formatEuros(balance, language),
            formatEuros(subtractCents(amount, paid), language),
          ),
        ),
        'warning',
      );
    }
    if (balance < 0) warnOverpaid(reader, 'balance');
    return { amount, paid: subtractCents(amount, balance) };
  }
  if (reader.status === 'partial' && paid === undefined) {
    reader.report('status', INVOICE_ROW_WORDS.partialWithoutPaid);
    return undefined;
  }
  if (paid !== undefined && paid > amount) warnOverpaid(reader, 'paid');
  return { amount, paid: paid ?? ZERO_CENTS };
}

function warnOverpaid(reader: RowReader, key: ColumnKey): void {
  reader.report(key, INVOICE_ROW_WORDS.overpaid, 'warning');
}

/** Relance chases in euros only: any other currency is left out (README, « Currency »). */
export function readCurrency(reader: RowReader): void {
  const currency = reader.text('currency');
  if (isEuro(currency)) return;
  reader.report('currency', inBoth(INVOICE_ROW_WORDS.invoiceInCurrency, excerpt(currency)));
}
