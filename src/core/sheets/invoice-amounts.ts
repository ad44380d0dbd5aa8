/**
 * The money cells of one invoice row: amount, amount paid, remaining balance, the other amount
 * columns they are checked against, and the currency (Relance chases in euros only). Each cell
 * Relance cannot read becomes a problem naming it.
 */
import type { ColumnKey } from '../settings/settings';
import { cellText, isBlank } from '../values/cells';
import { formatEuros, subtractCents, ZERO_CENTS, type Cents } from '../values/money';
import { normalizeKey, readAmount, type AmountFault } from '../values/parse-values';
import { TAX_INCLUSIVE_HEADERS } from './invoice-columns';
import { excerpt, type RowReader } from './row-reader';

const EUROS = new Set(['eur', 'euro', 'euros']);

/** « EUR », « € », « Euro (EUR) »: every word names the euro (blank is the euro too). */
function isEuro(currency: string): boolean {
  const words = normalizeKey(currency.replace(/€/g, ' eur ')).split(' ');
  return words.every((word) => word === '' || EUROS.has(word));
}

const AMOUNT_MESSAGES: Record<AmountFault, (label: string, text: string) => string> = {
  unreadable: (label, text) =>
    `${label} illisible : « ${text} ». Écrivez un nombre comme 1 234,56.`,
  decimals: (label, text) =>
    `${label} avec plus de deux décimales : « ${text} ». Écrivez un montant au centime, comme 1 234,56.`,
  ambiguous: (label, text) =>
    `${label} ambigu : « ${text} » peut se lire avec un séparateur de milliers ou avec trois décimales. Écrivez-le sans ambiguïté, comme 1 234,56 ou 12,50.`,
  currency: (_label, text) =>
    `Montant en devise étrangère : « ${text} ». Relance ne relance qu’en euros : cette facture est laissée de côté.`,
};

/** A money cell: its cents, or a problem saying why not. */
function readMoneyCell(reader: RowReader, key: ColumnKey, label: string): Cents | undefined {
  const reading = readAmount(reader.cell(key));
  if ('cents' in reading) return reading.cents;
  reader.report(key, AMOUNT_MESSAGES[reading.fault](label, excerpt(reader.text(key))));
  return undefined;
}

/**
 * Amount, amount paid and remaining balance. The remaining balance, when the sheet has one,
 * wins: the amount paid becomes amount − balance, and a disagreement is a warning.
 */
export function readMoney(reader: RowReader): { amount: Cents; paid: Cents } | undefined {
  if (isBlank(reader.cell('amount'))) {
    reader.report('amount', 'Montant manquant.');
    return undefined;
  }
  const amount = readMoneyCell(reader, 'amount', 'Montant');
  if (amount !== undefined) checkOtherAmounts(reader, amount);
  if (amount !== undefined && amount < 0) {
    reader.report(
      'amount',
      'Montant négatif : un avoir ne se relance pas. Retirez la ligne ou mettez le statut « Avoir ».',
    );
  }
  let paid = isBlank(reader.cell('paid'))
    ? undefined
    : readMoneyCell(reader, 'paid', 'Montant payé');
  if (paid !== undefined && paid < 0) {
    reader.report('paid', `Montant payé négatif : « ${reader.text('paid')} ».`);
    paid = undefined;
  }
  const balance = isBlank(reader.cell('balance'))
    ? undefined
    : readMoneyCell(reader, 'balance', 'Reste dû');
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
      `Deux montants différents : « ${chosen.header} » dit ${excerpt(reader.text('amount'))}, « ${other.header} » dit ${excerpt(cellText(cell))}. Relance ne sait pas lequel est le montant TTC à relancer : nommez cette colonne « Montant TTC ».`,
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
        `Le reste dû (${formatEuros(balance)}) dépasse le montant de la facture (${formatEuros(amount)}) : vérifiez les deux colonnes. La facture attend.`,
      );
      return undefined;
    }
    if (paid !== undefined && subtractCents(amount, paid) !== balance) {
      reader.report(
        'balance',
        `Le reste dû (${formatEuros(balance)}) ne correspond pas au montant moins le montant payé (${formatEuros(subtractCents(amount, paid))}) : Relance relance le reste dû ; vérifiez les deux colonnes.`,
        'warning',
      );
    }
    if (balance < 0) warnOverpaid(reader, 'balance');
    return { amount, paid: subtractCents(amount, balance) };
  }
  if (reader.status === 'partial' && paid === undefined) {
    reader.report(
      'status',
      'Facture partiellement payée sans montant payé ni reste dû : indiquez le montant déjà payé pour que Relance ne réclame pas toute la facture.',
    );
    return undefined;
  }
  if (paid !== undefined && paid > amount) warnOverpaid(reader, 'paid');
  return { amount, paid: paid ?? ZERO_CENTS };
}

function warnOverpaid(reader: RowReader, key: ColumnKey): void {
  reader.report(
    key,
    'Le client a payé plus que le montant de la facture (trop-perçu) : la facture est considérée comme réglée ; vérifiez les montants et remboursez ou imputez le trop-perçu.',
    'warning',
  );
}

/** Relance chases in euros only: any other currency is left out (README, « Currency »). */
export function readCurrency(reader: RowReader): void {
  const currency = reader.text('currency');
  if (isEuro(currency)) return;
  reader.report(
    'currency',
    `Facture en ${excerpt(currency)} : Relance ne relance qu’en euros, cette facture est laissée de côté.`,
  );
}
