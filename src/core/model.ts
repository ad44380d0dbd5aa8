/**
 * The domain's shared shapes. Everything here is plain data that survives JSON, apart from the
 * branded numbers (Day, Cents) which are plain numbers at run time.
 */
import type { Day } from './values/day';
import type { Cents } from './values/money';
import type { Channel, StepId } from './steps';

export type Language = 'fr' | 'en';

const LANGUAGE_CODES: ReadonlySet<unknown> = new Set<Language>(['fr', 'en']);

/** A language Relance writes in, read from outside (a setting, a form's choice). */
export function isLanguage(value: unknown): value is Language {
  return LANGUAGE_CODES.has(value);
}
/**
 * Who the client is, for the law: a commerçant (or société commerciale), a non-commerçant
 * professional (SCI, profession libérale, agriculteur, association), a consumer, or a public
 * buyer. It decides the penalties (none for a consumer, R2192-31 for a public buyer), the
 * prescription (2 years for a consumer, L218-2 Code de la consommation; else 5 years) and the
 * court of a recourse. Never inferred: a type Relance cannot read (empty, unknown, the former
 * « Pro ») leaves the client without one (see sheets/client-type.ts) until the user says.
 */
export const CLIENT_TYPES = ['trader', 'non-trader', 'consumer', 'public-buyer'] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];
/**
 * The ids a sidebar opened before the ids were English still sends (`setClientType`): read as
 * the type they named. Nothing stores an id: the Clients tab holds the French label
 * (sheets/client-type-cell.ts) and the invoice tab the user's own word.
 */
const FORMER_CLIENT_TYPE_IDS: ReadonlyMap<string, ClientType> = new Map([
  ['commercant', 'trader'],
  ['non-commercant', 'non-trader'],
  ['particulier', 'consumer'],
  ['acheteur-public', 'public-buyer'],
]);
/** Every id `setClientType` accepts: the current ones, then the former French ones. */
export const CLIENT_TYPE_IDS_READ: readonly string[] = [
  ...CLIENT_TYPES,
  ...FORMER_CLIENT_TYPE_IDS.keys(),
];
/** The client type an id names (current or former), or undefined. */
export function clientTypeOfId(id: string): ClientType | undefined {
  const current = CLIENT_TYPES.find((type) => type === id);
  return current ?? FORMER_CLIENT_TYPE_IDS.get(id);
}
/** How a letter addresses the client's contact (« Civilité » column): Madame (`madam`) or Monsieur (`sir`). */
export type Civility = 'madam' | 'sir';

/** A row of the user's invoice tab, parsed once at the edge. */
export interface Invoice {
  /** The invoice's identity: rows move between runs, numbers do not. */
  number: string;
  client: string;
  /** Normalised client name used to group invoices of one client. */
  clientKey: string;
  emails: string[];
  issueDate?: Day;
  dueDate: Day;
  amountCents: Cents;
  /** From the "Montant payé" column; payments recorded in the journal come on top. */
  paidCents: Cents;
  paymentDate?: Day;
  /**
   * End of the service or works (« Date de prestation »): a consumer's prescription runs from it
   * (Cass. 3e civ., 1er mars 2023, n° 21-23.176).
   */
  serviceDate?: Day;
  /** True when the Statut column says the invoice is settled ("Payée", "Paid", "Réglée"). */
  markedPaid: boolean;
  /**
   * Undefined while Relance cannot read it: no penalty, indemnity, mise en demeure or recourse
   * for the client until the user says (docs/french-law.md, « Who the client is »).
   */
  clientType?: ClientType;
  /** What the type cell (or the Clients tab) says when it cannot be read, for the problem. */
  clientTypeText?: string;
  /** The court the user settled in the Clients tab (« Tribunal »), named by the recourse. */
  tribunal?: string;
  /**
   * The INSEE code of the commune of the client's seat (« Code commune »), which places it in
   * the ressort of its tribunal when the postcode is shared (dunning/commune-seat.ts).
   */
  communeCode?: string;
  /** True when the Statut column says the invoice is disputed (« Litige », « Contestée »). */
  markedDisputed?: boolean;
  contact?: string;
  civility?: Civility;
  phone?: string;
  address?: string;
  invoiceLink?: string;
  language: Language;
  /** 1-based sheet row, for problems and links only, never for identity. */
  row: number;
}

/**
 * A row that could not be used, or a value worth fixing, told to the user: the Suivi, the Journal
 * and the nightly report say it in French, the sidebar in its interface language.
 */
export interface Problem {
  /** 1-based sheet row, 0 when the problem is not about one row. */
  row: number;
  /** Column header as the user wrote it, or '' when not about one column. */
  column: string;
  value: string;
  /** What the problem says, in French and in English (words/catalogue.ts, `inBoth`). */
  text: Readonly<Record<Language, string>>;
  /** Invoice concerned, when known. */
  invoice?: string;
  /**
   * 'error': the row is left out until fixed; 'warning': the row is used as read, the user
   * should still look. Absent means 'error'.
   */
  severity?: ProblemSeverity;
}

export type ProblemSeverity = 'error' | 'warning';

/** The ladder's steps: what each one is and does is in steps.ts, the step table. */
export { STEP_IDS } from './steps';
export type { Channel, StepId } from './steps';

export interface LadderStep {
  id: StepId;
  enabled: boolean;
  /** Days relative to the due date (negative: before it). */
  offsetDays: number;
  /** Minimum days after the previous step taken (0 for the first). */
  minGapDays: number;
  /** Whether the minimum gap counts business days (relance-2 after the call). */
  gapInBusinessDays: boolean;
  channel: Channel;
  /** Email copy sent with a letter step (relance-2, mise en demeure). */
  emailCopy: boolean;
  /** Key of the template set used by the step (defaults to the step id). */
  template: string;
  /** The step includes a letter made from a Google Docs template. */
  letter: boolean;
  /** Attach a copy of the invoice PDF to the email. */
  attachInvoice: boolean;
}

/** Journal event types, as written in the Journal's Type column (French labels live elsewhere). */
export const EVENT_TYPES = [
  'sent',
  'call',
  'letter-to-post',
  'registered-letter-posted',
  'receipt-acknowledged',
  'promise',
  'dispute',
  'dispute-resolved',
  'payment-plan',
  'delay-granted',
  'hold',
  'resume',
  'payment',
  'penalties-waived',
  'task',
  'task-done',
  'note',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Write-ahead state of an action event (docs/architecture.md, « Write-ahead Journal »). A run journals its actions 'planned', marks
 * each 'in-progress' just before carrying it out and 'done' (or 'to-do' for a task) just after.
 * An 'in-progress' left by a killed run becomes 'to-verify': maybe sent, never resent blindly.
 * User-entered events are 'done'.
 */
export type EventState =
  'planned' | 'in-progress' | 'done' | 'to-do' | 'to-verify' | 'failed' | 'deferred' | 'preview';

export interface Instalment {
  date: Day;
  amountCents: Cents;
}

export interface JournalEvent {
  id: string;
  /** Day the event happened (the journal also stores the time; the engine works in days). */
  day: Day;
  type: EventType;
  client: string;
  invoices: string[];
  step?: StepId;
  channel?: Channel;
  recipients?: string[];
  subject?: string;
  link?: string;
  amountCents?: Cents;
  /** Promised date, new due date, LRAR posting date… depending on the type. */
  date?: Day;
  detail?: string;
  state: EventState;
  /** Payment plan instalments (type 'payment-plan'). */
  instalments?: Instalment[];
}

/** 'prescribed': past the limitation period (L218-2 Code de la consommation, L110-4 Code de
 *  commerce), never chased again. */
export type InvoiceState =
  | 'not-due'
  | 'active'
  | 'promise'
  | 'dispute'
  | 'payment-plan'
  | 'hold'
  | 'recourse'
  | 'prescribed'
  | 'paid';

export interface InvoiceStanding {
  number: string;
  client: string;
  clientKey: string;
  state: InvoiceState;
  dueDate: Day;
  balanceCents: Cents;
  daysLate: number;
  lastStep?: StepId;
  lastStepDate?: Day;
  nextStep?: StepId;
  nextDate?: Day;
  interestCents: Cents;
  indemnityCents: Cents;
  /** Last day the debt may be chased: due date (or last acknowledgement) + 2 or 5 years. */
  prescriptionDay: Day;
  /** Problems attached to this invoice (e.g. a missing mandatory mention for its next step). */
  problems: string[];
}

/** A step already taken in the conversation with the client, for the texts to cite. */
export interface EarlierStep {
  step: StepId;
  day: Day;
  invoices: string[];
}

/** A recorded LRAR posting of the mise en demeure (Journal « LRAR postée »). */
export interface Posting {
  /** La Poste tracking number, as the user typed it. */
  number: string;
  /** Day the letter was posted. */
  day: Day;
  /** Day the posting was recorded in Relance. */
  recordedOn: Day;
  /** Day Relance printed the letter (its penalties are stopped on that day), when it did. */
  letterDay?: Day;
  /** Day of the first presentation, from the recorded acknowledgement of receipt (« AR reçu »). */
  presentedOn?: Day;
}

/** How the deadline of a posted mise en demeure is counted (dunning/conversation.ts). */
export interface FormalNoticeTerms {
  /** The first presentation: the recorded one, else the one expected from the posting. */
  presentation: Day;
  presentationKnown: boolean;
  /** The last day to pay, a business day. */
  deadline: Day;
  /** Recorded too late for the count from the presentation: eight days from the recording. */
  fromRecording: boolean;
}

/** An overdue invoice left out of a recourse because it has no mise en demeure of its own that expired (none yet, or one still running). */
export interface AwaitingInvoice {
  invoice: string;
  step?: StepId;
  date?: Day;
}

/** A payment plan whose instalment (plus the grace days) passed unpaid. */
export interface BrokenPaymentPlan {
  /** The day the plan was agreed (recorded). */
  agreedOn: Day;
  /** The first instalment missed, and what of it is unpaid. */
  missedDay: Day;
  missedCents: Cents;
  invoices: string[];
}

/** A promise to pay whose date (plus the grace days) passed without full payment. */
export interface BrokenPromise {
  /** The date the client promised to pay by. */
  promisedDay: Day;
  /** The day the promise was recorded. */
  recordedOn: Day;
  invoices: string[];
}

/** The kind of court a recourse goes to; the French name the user reads is the court's `name`. */
export type CourtKind =
  /** Tribunal de commerce. */
  | 'commercial-court'
  /** Tribunal des activités économiques (TAE). */
  | 'economic-activities-court'
  /** Chambre commerciale du tribunal judiciaire (Bas-Rhin, Haut-Rhin, Moselle). */
  | 'judicial-court-commercial-chamber'
  /** Tribunal judiciaire. */
  | 'judicial-court'
  /** Tribunal administratif. */
  | 'administrative-court'
  /** A debtor outside France: the European order for payment or the debtor's own courts. */
  | 'abroad'
  /** The client's type is not known yet: no court can be named. */
  | 'undetermined';

/** The court a recourse goes to, from the client's type and address (see dunning/court.ts). */
export interface Court {
  kind: CourtKind;
  /** « Tribunal des activités économiques de Lyon », « Tribunal judiciaire », … */
  name: string;
  /** Form of the requête en injonction de payer, when there is one (« 12946 », « 12948 »). */
  cerfa?: string;
  /** The procedure and its articles, in French. */
  procedure: string;
  /** What the user must check before filing, in French (e.g. the court of the debtor's seat). */
  check: string;
  /** The courts a shared postcode may belong to, when Relance cannot tell which. */
  candidates?: string[];
}

/**
 * One thing to do today: a message, a letter or a task, for one client and one step.
 *
 * The optional fields are the facts the texts print (messages/compose reads them); the engine
 * fills them, the texts never recompute them:
 * - `invoices`: from relance-2 on, every overdue invoice of the client still chased (one account
 *   per client); a mise en demeure's email copy lists the invoices of the posted letter.
 * - `deadline`: the date the message states as « au plus tard le », always a business day: the
 *   payment deadline (today + 8 days) for relance-2, or for a mise en demeure's email copy the
 *   posting day + 8 days (« huit jours à compter de sa première présentation »).
 * - `earlierSteps`: the steps already taken on these invoices, oldest first (for the MED letter).
 * - `posting`: on the mise en demeure's email copy (`formalNoticeCopy`), the recorded LRAR.
 * - `court`: on a recourse (contentieux), the court and the Cerfa.
 * - `brokenPromise`: the promise the client broke since the last message, to quote it.
 */
export interface Action {
  /**
   * Stable across runs of the same day: client + step + day + invoices, the step by its stored id
   * (the Journal's ids hold the key: a message sent before an update is never sent again).
   */
  key: string;
  client: string;
  clientKey: string;
  step: StepId;
  channel: Channel;
  invoices: string[];
  to: string[];
  language: Language;
  balanceCents: Cents;
  /** The day the step fell due (may be earlier than today after missed runs). */
  dueOn: Day;
  /** Undefined while the client's type is unknown: only steps below the mise en demeure go. */
  clientType?: ClientType;
  /** True for the email copy of a mise en demeure, sent once its LRAR posting is recorded. */
  formalNoticeCopy?: boolean;
  deadline?: Day;
  earlierSteps: EarlierStep[];
  posting?: Posting;
  /** On the mise en demeure's email copy: how its deadline is counted. */
  terms?: FormalNoticeTerms;
  /** The day the sums are stopped on (« arrêtées au »): the letter's day for its email copy. */
  statedOn?: Day;
  /** On a recourse: the client's other overdue invoices, on their way to it, with their next step. */
  awaiting?: AwaitingInvoice[];
  court?: Court;
  brokenPromise?: BrokenPromise;
  /** The payment plan the client broke since the last message, to quote it. */
  brokenPaymentPlan?: BrokenPaymentPlan;
  /**
   * The client's invoices paid late whose claimed penalties and indemnity are still owed: not
   * chased themselves, they stay on the account the message claims (relevé, sum claimed).
   */
  keptInvoices?: string[];
}

/** What became of a planned action in a run, as the run report and the CLI summary say it. */
export type ActionOutcome = 'planned' | 'sent' | 'task' | 'deferred' | 'failed' | 'preview';

export interface Plan {
  today: Day;
  standings: InvoiceStanding[];
  /** Sorted by client, highest step first within a client. */
  actions: Action[];
  problems: Problem[];
}
