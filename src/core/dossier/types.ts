/**
 * The shapes of the dossier for the judge: a requête en injonction de payer (Code de procédure
 * civile art. 1405 to 1407, with the mentions of art. 54 and 57), the breakdown of the sum
 * claimed, the numbered pieces and their bordereau; or the refusal that says what is missing.
 * Plain data: the wiring (Drive, PDF, ZIP, CLI) renders it, the core decides it.
 */
import type { ClientType, Court, Invoice, JournalEvent, Language } from '../model';
import type { AccountStatement } from '../messages/statement';
import type { Settings } from '../settings/settings';
import type { Day } from '../values/day';
import type { Cents } from '../values/money';

/** What Relance knows of the debtor, from its invoice rows and the Clients tab. */
export interface DossierClient {
  /** The client's name as the invoice tab writes it. */
  name: string;
  clientKey: string;
  /** Undefined while the type is not settled: the dossier is then refused. */
  clientType?: ClientType;
  /** Postal address of the seat or domicile (the invoice tab's or the Clients tab's). */
  address?: string;
  /** The debtor's SIREN (9 digits, spaces allowed), required for a professional debtor. */
  siren?: string;
  /** The debtor's legal form (SARL, SAS, EI…) when known: says whether it is a legal person. */
  legalForm?: string;
  /** The court settled in the Clients tab (« Tribunal »). */
  tribunal?: string;
}

export interface DossierInput {
  client: DossierClient;
  /** Every invoice row of this client (the dossier picks the ones it claims). */
  invoices: readonly Invoice[];
  /** The Journal's events: its invoices' and its client-wide ones count, other clients' not. */
  events: readonly JournalEvent[];
  settings: Settings;
  /** The day the dossier is made: the sums are stopped on it (« arrêtées au »). */
  today: Day;
}

export const REFUSAL_CODES = [
  'client-type-unknown',
  'debtor-abroad',
  'public-buyer',
  'court-unsettled',
  'debtor-address-missing',
  'debtor-siren-missing',
  'firm-identity-missing',
  'no-posting',
  'deadline-not-passed',
  'invoice-link-missing',
  'disputed',
  'time-barred',
  'answer-pending',
  'rate-unconfirmed',
  'nothing-due',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** One reason the dossier cannot be made, in French and English. */
export interface DossierRefusal {
  code: RefusalCode;
  /** The invoice concerned, when the reason is about one. */
  invoice?: string;
  text: Record<Language, string>;
}

/** One penalty stretch of one invoice: one half-year (or balance) at one rate. */
export interface BreakdownPenalty {
  from: Day;
  to: Day;
  days: number;
  baseCents: Cents;
  ratePercent: number;
  /** « taux BCE de 2,15 % en vigueur au 1er juillet 2025 + 10 points » … */
  rateText: string;
  cents: Cents;
}

export interface BreakdownPayment {
  day: Day;
  amountCents: Cents;
}

/** What one invoice contributes to the sum claimed. */
export interface BreakdownInvoice {
  number: string;
  issueDate?: Day;
  dueDate: Day;
  amountCents: Cents;
  payments: BreakdownPayment[];
  /** What remains of the principal (amount − payments). */
  principalCents: Cents;
  penalties: BreakdownPenalty[];
  penaltiesCents: Cents;
  /**
   * Paid late and paid beyond its principal: what of the penalties computed (the stretches'
   * sum) the client already paid; penaltiesCents is what remains.
   */
  penaltiesPaidCents?: Cents;
  indemnityCents: Cents;
  /** Paid late: only its penalties and indemnity, claimed before, remain on the account. */
  paidLate: boolean;
}

export interface AmountBreakdown {
  invoices: BreakdownInvoice[];
  principalCents: Cents;
  penaltiesCents: Cents;
  indemnityCents: Cents;
  totalCents: Cents;
  /** « pénalités de retard » or, for a public buyer, « intérêts moratoires ». */
  penaltiesLabel: string;
  /** The legal basis of each part, in French, as the requête states it. */
  basis: string[];
  /** The day the sums are stopped on. */
  statedOn: Day;
}

export type PieceKind = 'invoice' | 'reminder' | 'formal-notice' | 'receipt' | 'statement';

/** Where the wiring finds (or renders) a piece's content. */
export type PieceSource =
  | { kind: 'invoice-link'; invoice: string; url: string }
  /** A reminder or the mise en demeure: the Journal event, rendered as a PDF by the wiring. */
  | {
      kind: 'journal-event';
      eventId: string;
      day: Day;
      recipients: string[];
      subject?: string;
      /** The Journal's Document cell (the sent letter or message), when there is one. */
      link?: string;
    }
  | { kind: 'statement'; statedOn: Day }
  /** A document the user linked in the Journal (the scan of the avis de réception). */
  | { kind: 'document-link'; url: string };

export interface Piece {
  /** 1, 2, 3…: the bordereau's numbering. */
  number: number;
  kind: PieceKind;
  /** The bordereau's line, in French: « Facture n° F-001 du 3 mars 2026 (1 200,00 €) ». */
  title: string;
  /** The file's name in the folder and the ZIP: dossierFileName(piece). */
  fileName: string;
  source: PieceSource;
  /** Invoices the piece is about. */
  invoices: string[];
  /** For the mise en demeure: the registered letter (LRAR) number, posting day, first presentation when recorded. */
  registeredLetter?: { number: string; postedOn: Day; presentedOn?: Day };
  /**
   * A reminder with no document linked in the Journal: its text as Relance composes it again for
   * that day (recompose.ts), to print after the record (date, recipients, subject).
   */
  text?: PieceText;
}

/** A message's text recomposed for its page, with the caveat the page prints first. */
export interface PieceText {
  caveat: string;
  subject: string;
  paragraphs: string[];
}

/** A mention the law asks that Relance cannot know: left blank, to fill in by hand. */
export interface Blank {
  /** « Date et lieu de naissance du demandeur », … */
  label: string;
  /** The article that asks for it. */
  rule: string;
}

/** One line of the requête as the wiring lays it out (no markup). */
export interface RequeteLine {
  style: 'title' | 'heading' | 'paragraph' | 'item' | 'signature';
  text: string;
}

export interface Requete {
  court: Court;
  lines: RequeteLine[];
}

export interface Dossier {
  client: string;
  today: Day;
  court: Court;
  requete: Requete;
  breakdown: AmountBreakdown;
  /** Numbered in order; the bordereau lists exactly these. */
  pieces: Piece[];
  /** The bordereau's lines (title, then one line per piece). */
  bordereau: RequeteLine[];
  blanks: Blank[];
  /** Overdue invoices of the client not in this dossier, and why (their own MED is pending…). */
  leftOut: { invoice: string; text: Record<Language, string> }[];
  /** The relevé de compte of the day (its piece): statement-layout.ts statementBlocks renders it. */
  statement: AccountStatement;
  /** Name of the client's dossier folder: dossierFolderName(client, today). */
  folderName: string;
}

export type DossierResult =
  { ok: true; dossier: Dossier } | { ok: false; refusals: DossierRefusal[] };
