/**
 * The ladder's steps as data: what each step is and does, in one table. Everything else asks a
 * step's properties here and never tests its id (npm run check:arch refuses a step id in a
 * condition outside this file). What the user may change about a step (on or off, its delay,
 * its gap, the invoice copy, the email copy) lives in the settings' ladder; what the step is
 * (its channel, its tone, what it carries and needs, its names) lives here.
 *
 * This module imports nothing, so that every folder of the core, the settings included, can
 * read it.
 */

/** The ladder's steps, in the order they are taken. */
export const STEP_IDS = [
  'before-due',
  'reminder-1',
  'phone-call',
  'reminder-2',
  'demand-letter',
  'court-claim',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** How a step reaches the client. */
export type Channel = 'email' | 'phone' | 'letter' | 'registered-letter' | 'manual';

/**
 * The register of a step's words: a friendly or courteous step (« possible oversight ») never
 * follows a formal notice; a firm one asks to pay within eight days; a formal one is the notice
 * itself; 'none' for the steps that send no text of their own (the call, the recourse).
 */
export type Tone = 'friendly' | 'courteous' | 'firm' | 'formal' | 'none';

/** When a client never chased may be contacted first at this step. */
export type FirstContact =
  /** Whenever the step is due. */
  | 'always'
  /** Only when the client's oldest invoice is more than FIRST_CONTACT_LATE_DAYS late. */
  | 'long-late'
  /** Never: a formal notice or a recourse is never a first contact. */
  | 'never';

/** A text in each language the messages are written in. */
export interface Phrase {
  fr: string;
  en: string;
}

/** What the step's sending needs, missing which it waits as a problem. */
export interface StepNeeds {
  /** Who the client is, for the law: what the step claims and where it goes depend on it. */
  clientType: boolean;
  /** The client's postal address: the letter goes by post. */
  clientAddress: boolean;
  /** A way to pay (the firm's IBAN or payment link), quoted by the message. */
  paymentMeans: boolean;
  /** The firm's address and SIRET, printed on the document. */
  firmAddress: boolean;
  /** The firm's legal mentions (legal form, share capital, RCS: Code de commerce R123-237). */
  legalMentions: boolean;
}

export interface StepDefinition {
  id: StepId;
  /**
   * The step's id as the user reads, types and keeps it: the Journal's « Étape » column, the
   * settings' keys (ladder, templates, letter templates), the letters' file names, the field
   * names, the message keys in the Journal's ids. Every row and setting written so far holds it.
   */
  storedId: string;
  /** Its rank in the ladder, 0 first. */
  order: number;
  channel: Channel;
  tone: Tone;
  /** Sent before the due date (the pre-due reminder), to a client not yet chased. */
  beforeDue: boolean;
  firstContact: FirstContact;
  /**
   * The formal notice (mise en demeure, Code civil 1344): a registered letter whose posting is
   * recorded, whose deadline runs from its first presentation, and whose email copy waits for
   * the posting.
   */
  formalNotice: boolean;
  /** The recourse: a task and a dossier for the court, once the formal notice's deadline passed. */
  recourse: boolean;
  /** The step's email carries the client's relevé de compte (from the courrier de rappel on). */
  carriesStatement: boolean;
  /** Its messages claim the late-payment penalties and the recovery indemnity (L441-10, D441-5). */
  claimsPenalties: boolean;
  needs: StepNeeds;
  /** The step makes a letter from a Google Docs template: its name in Drive, its name in an email. */
  letter?: { templateName: Phrase; attached: Phrase };
  /** The step's name on the settings screen, the Suivi, the Journal, the sidebar. */
  label: Phrase;
  /** How a later message cites this step as an earlier reminder; absent: never cited as one. */
  asEarlierReminder?: Phrase;
  /** How the recourse memo says an invoice waits for this step: without a date, and before one. */
  awaiting?: { toCome: Phrase; dueOn: Phrase };
}

type Definition = Omit<StepDefinition, 'id' | 'order'>;

const NEEDS_NOTHING: StepNeeds = {
  clientType: false,
  clientAddress: false,
  paymentMeans: false,
  firmAddress: false,
  legalMentions: false,
};

const DEFINITIONS: Record<StepId, Definition> = {
  'before-due': {
    storedId: 'pre-echeance',
    channel: 'email',
    tone: 'friendly',
    beforeDue: true,
    firstContact: 'always',
    formalNotice: false,
    recourse: false,
    carriesStatement: false,
    claimsPenalties: false,
    needs: { ...NEEDS_NOTHING, paymentMeans: true },
    label: { fr: 'Rappel avant échéance', en: 'Pre-due reminder' },
  },
  'reminder-1': {
    storedId: 'relance-1',
    channel: 'email',
    tone: 'courteous',
    beforeDue: false,
    firstContact: 'always',
    formalNotice: false,
    recourse: false,
    carriesStatement: false,
    claimsPenalties: false,
    needs: { ...NEEDS_NOTHING, paymentMeans: true },
    label: { fr: 'Première relance', en: 'First reminder' },
    asEarlierReminder: { fr: 'email', en: 'email' },
  },
  'phone-call': {
    storedId: 'appel',
    channel: 'phone',
    tone: 'none',
    beforeDue: false,
    firstContact: 'long-late',
    formalNotice: false,
    recourse: false,
    carriesStatement: false,
    claimsPenalties: false,
    needs: NEEDS_NOTHING,
    label: { fr: 'Relance téléphonique', en: 'Phone call' },
    asEarlierReminder: { fr: 'appel téléphonique', en: 'phone call' },
  },
  'reminder-2': {
    storedId: 'relance-2',
    channel: 'letter',
    tone: 'firm',
    beforeDue: false,
    firstContact: 'long-late',
    formalNotice: false,
    recourse: false,
    carriesStatement: true,
    claimsPenalties: true,
    needs: { ...NEEDS_NOTHING, paymentMeans: true, firmAddress: true, legalMentions: true },
    letter: {
      templateName: { fr: 'Modèle — courrier de rappel', en: 'Template — reminder letter' },
      attached: { fr: 'notre courrier de rappel', en: 'our reminder letter' },
    },
    label: { fr: 'Courrier de rappel', en: 'Reminder letter' },
    asEarlierReminder: { fr: 'courrier de rappel', en: 'reminder letter' },
    awaiting: {
      toCome: { fr: 'courrier de rappel à venir', en: 'reminder letter to come' },
      dueOn: { fr: 'courrier de rappel prévu le', en: 'reminder letter due on' },
    },
  },
  'demand-letter': {
    storedId: 'mise-en-demeure',
    channel: 'registered-letter',
    tone: 'formal',
    beforeDue: false,
    firstContact: 'never',
    formalNotice: true,
    recourse: false,
    carriesStatement: true,
    claimsPenalties: true,
    needs: {
      clientType: true,
      clientAddress: true,
      paymentMeans: true,
      firmAddress: true,
      legalMentions: true,
    },
    letter: {
      templateName: { fr: 'Modèle — mise en demeure', en: 'Template — formal notice' },
      attached: { fr: 'la copie de notre mise en demeure', en: 'a copy of our formal notice' },
    },
    label: { fr: 'Mise en demeure', en: 'Formal notice' },
    awaiting: {
      toCome: { fr: 'mise en demeure à venir', en: 'formal notice to come' },
      dueOn: { fr: 'mise en demeure prévue le', en: 'formal notice due on' },
    },
  },
  'court-claim': {
    storedId: 'contentieux',
    channel: 'manual',
    tone: 'none',
    beforeDue: false,
    firstContact: 'never',
    formalNotice: false,
    recourse: true,
    carriesStatement: false,
    claimsPenalties: true,
    needs: { ...NEEDS_NOTHING, clientType: true, firmAddress: true },
    label: { fr: 'Recours', en: 'Recourse' },
    awaiting: {
      toCome: { fr: 'mise en demeure à poster', en: 'formal notice to post' },
      dueOn: {
        fr: 'délai de mise en demeure en cours, recours le',
        en: 'notice running, recourse on',
      },
    },
  },
};

/** The ladder's steps, in order, each with everything it is and does. */
export const STEPS: readonly StepDefinition[] = STEP_IDS.map((id, order) => ({
  id,
  order,
  ...DEFINITIONS[id],
}));

const BY_ID = Object.fromEntries(STEPS.map((s) => [s.id, s])) as Record<StepId, StepDefinition>;

/** The steps' stored ids, in order: what the user reads and types for a step. */
export const STORED_STEP_IDS: readonly string[] = STEPS.map((s) => s.storedId);

/** Every step id an entry accepts: the ids in code, then the stored ones a sidebar may send. */
export const STEP_IDS_READ: readonly string[] = [...STEP_IDS, ...STORED_STEP_IDS];

const BY_STORED_ID = new Map<string, StepId>(
  STEPS.flatMap((s) => [
    [s.storedId, s.id],
    [s.id, s.id],
  ]),
);

/** The step's id as the user reads and keeps it (the Journal, the settings, file names). */
export function storedStepId(id: StepId): string {
  return stepDefinition(id).storedId;
}

/**
 * The step a kept or typed id names: its stored id, as the Journal and the settings hold it, or
 * its id in code (a sidebar, a settings blob written by this version); undefined for any other
 * text.
 */
export function stepFromStored(text: string): StepId | undefined {
  return BY_STORED_ID.get(text);
}

/** What the step is and does. */
export function stepDefinition(id: StepId): StepDefinition {
  return BY_ID[id];
}

/** The step's rank in the ladder, 0 first. */
export function stepOrder(id: StepId): number {
  return stepDefinition(id).order;
}

/** A step that is nothing courteous: no friendly or courteous step follows a formal notice. */
export function isCourteous(id: StepId): boolean {
  const { tone } = stepDefinition(id);
  return tone === 'friendly' || tone === 'courteous';
}

function onlyStep(is: (step: StepDefinition) => boolean): StepId {
  return (STEPS.find(is) ?? (STEPS[0] as StepDefinition)).id;
}

/** The formal notice: the step the « LRAR postée » and the « AR reçu » are about. */
export const FORMAL_NOTICE: StepId = onlyStep((s) => s.formalNotice);
/** The recourse: the step after the formal notice's deadline. */
export const RECOURSE: StepId = onlyStep((s) => s.recourse);
/** The phone call: the step a recorded call is about. */
export const PHONE_CALL: StepId = onlyStep((s) => s.channel === 'phone');

/** The steps that make a letter from a Google Docs template. */
export const LETTER_STEPS: readonly StepId[] = STEPS.filter((s) => s.letter !== undefined).map(
  (s) => s.id,
);
