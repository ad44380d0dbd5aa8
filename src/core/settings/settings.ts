/**
 * The one typed settings object. Stored as JSON in the document properties; every field has a
 * default that works, so a fresh spreadsheet runs without any set-up beyond the firm's identity.
 */
import type { Language, LadderStep, StepId } from '../model';
import { stepDefinition } from '../steps';

export interface FirmIdentity {
  name: string;
  /** Registered office (siège social), printed on letters (Code de commerce R123-237). */
  address: string;
  siret: string;
  /** Legal form (SARL, SAS, EI…): a société prints it with its share capital (R123-237). */
  legalForm: string;
  /** Share capital as the user writes it, e.g. "10 000 €". */
  shareCapital: string;
  /** City of the registry (greffe) of the RCS registration: « RCS Lyon 812 345 678 ». */
  rcsCity: string;
  email: string;
  phone: string;
  signatory: string;
  iban: string;
  bic: string;
  paymentLink: string;
}

/** Logical column of the invoice table; the header text is mapped to one of these. */
export const COLUMN_KEYS = [
  'number',
  'client',
  'email',
  'issueDate',
  'dueDate',
  'amount',
  'paid',
  'paymentDate',
  'serviceDate',
  'status',
  'clientType',
  'contact',
  'phone',
  'address',
  'invoiceLink',
  'language',
  'balance',
  'currency',
  'clientId',
  'civility',
  'tribunal',
  'communeCode',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface EcbRate {
  /** ISO day the rate took effect. */
  from: string;
  /** Percent, e.g. 2.15 */
  ratePercent: number;
  /** ISO day the user confirmed the rate from the sidebar (« Taux BCE »), when they did. */
  confirmedOn?: string;
  /** Who confirmed it (the account's email, or « inconnu »). */
  confirmedBy?: string;
}

export interface PenaltySettings {
  /** 'legal': ECB rate in force on 1 Jan / 1 Jul + 10 points; 'contractual': a fixed rate. */
  mode: 'legal' | 'contractual';
  contractualRatePercent: number;
  /** Extra ECB rates added by the user beyond the shipped table. */
  extraEcbRates: EcbRate[];
  indemnityCents: number;
  /** Consumers get neither penalties nor indemnity by default (forbidden to charge collection fees). */
  chargeConsumers: boolean;
}

export interface SendingSettings {
  /** 'preview' builds everything and sends nothing. */
  mode: 'preview' | 'send';
  /** Hour (0-23, spreadsheet time zone) of the nightly run. */
  hour: number;
  senderName: string;
  replyTo: string;
  copyToSelf: boolean;
  /** Recipients kept aside from the daily quota for the user's own mail. */
  quotaReserve: number;
  /** Send on weekends and public holidays too (default: plan only). */
  sendOnNonBusinessDays: boolean;
  defaultLanguage: Language;
}

export interface TemplateText {
  subject: string;
  body: string;
  /** Letter text (courrier de rappel, mise en demeure). */
  letter?: string;
}

export interface Settings {
  /** Bumped when the stored shape changes. */
  version: 1;
  firm: FirmIdentity;
  /** Name of the invoice tab; '' means "find it". */
  invoiceSheet: string;
  /** Header text → logical column, overriding the synonyms. */
  columnOverrides: Partial<Record<ColumnKey, string>>;
  paymentTermsDays: number;
  alsaceMoselle: boolean;
  ladder: LadderStep[];
  /** Highest step an invoice first seen late may start at. */
  firstStepCap: StepId;
  /** Minimum days between two contacts with one client. */
  clientGapDays: number;
  /** Balances at or below this are not chased. */
  smallBalanceCents: number;
  /** Days after a promised date before the ladder resumes. */
  promiseGraceDays: number;
  /**
   * Clients rated "retard chronique" (average delay over 20 days, see indicators) get the
   * pre-due reminder earlier, `daysBefore` days before the due date, even when that step is off.
   */
  chronicPayers: { earlyReminder: boolean; daysBefore: number };
  penalties: PenaltySettings;
  sending: SendingSettings;
  /** Per template key and language, user overrides of the default texts. */
  templates: Partial<Record<string, Partial<Record<Language, TemplateText>>>>;
  /** Drive folder holding the letter templates, once created. */
  letterTemplateFolderId: string;
  /** Google Doc template ids per template key and language. */
  letterTemplateIds: Partial<Record<string, Partial<Record<Language, string>>>>;
}

/** A step of the default ladder: its channel and its letter are the step table's. */
function step(
  id: StepId,
  offsetDays: number,
  minGapDays: number,
  options: Partial<Pick<LadderStep, 'gapInBusinessDays' | 'emailCopy' | 'attachInvoice'>> = {},
): LadderStep {
  const { channel, letter } = stepDefinition(id);
  return {
    id,
    enabled: true,
    offsetDays,
    minGapDays,
    gapInBusinessDays: false,
    channel,
    emailCopy: false,
    template: id,
    letter: letter !== undefined,
    attachInvoice: false,
    ...options,
  };
}

/** The default French ladder (docs/architecture.md, « The ladder »). */
export function defaultLadder(): LadderStep[] {
  return [
    step('pre-echeance', -3, 0),
    step('relance-1', 2, 0, { attachInvoice: true }),
    step('appel', 8, 0),
    step('relance-2', 15, 5, { gapInBusinessDays: true, emailCopy: true }),
    step('mise-en-demeure', 30, 15, { emailCopy: true }),
    step('contentieux', 45, 15),
  ];
}

export function defaultSettings(): Settings {
  return {
    version: 1,
    firm: {
      name: '',
      address: '',
      siret: '',
      legalForm: '',
      shareCapital: '',
      rcsCity: '',
      email: '',
      phone: '',
      signatory: '',
      iban: '',
      bic: '',
      paymentLink: '',
    },
    invoiceSheet: '',
    columnOverrides: {},
    paymentTermsDays: 30,
    alsaceMoselle: false,
    ladder: defaultLadder(),
    firstStepCap: 'relance-2',
    clientGapDays: 5,
    smallBalanceCents: 100,
    promiseGraceDays: 3,
    chronicPayers: { earlyReminder: false, daysBefore: 7 },
    penalties: {
      mode: 'legal',
      contractualRatePercent: 0,
      extraEcbRates: [],
      indemnityCents: 4000,
      chargeConsumers: false,
    },
    sending: {
      mode: 'send',
      hour: 7,
      senderName: '',
      replyTo: '',
      copyToSelf: false,
      quotaReserve: 10,
      sendOnNonBusinessDays: false,
      defaultLanguage: 'fr',
    },
    templates: {},
    letterTemplateFolderId: '',
    letterTemplateIds: {},
  };
}
