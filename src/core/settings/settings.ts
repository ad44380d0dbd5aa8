/**
 * The one typed settings object, written once as a schema (valibot): its type, its defaults and
 * its field rules all come from SETTINGS_SCHEMA. Stored as JSON in the document properties; every
 * field has a default that works, so a fresh spreadsheet runs without any set-up beyond the
 * firm's identity. Each check's message says the rule; `validateSettings` adds the field's name.
 */
import * as v from 'valibot';
import type { LadderStep, StepId } from '../model';
import { stepDefinition, STORED_STEP_IDS } from '../steps';
import { STEP_IDS } from '../model';
import { STEP_LABELS } from '../words/labels';
import { SETTING_RULES } from '../words/catalogue';
import { SETTING_UNITS, SETTINGS_WORDS } from '../words/settings';
import { parseIsoDay } from '../values/day';
import { nearestNames } from '../values/nearest-names';
import {
  BIC,
  EMAIL,
  between,
  isValidIban,
  isValidSiret,
  languageOf,
  oneOf,
  rule,
  type Words,
} from './settings-rules';

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
    step('before-due', -3, 0),
    step('reminder-1', 2, 0, { attachInvoice: true }),
    step('phone-call', 8, 0),
    step('reminder-2', 15, 5, { gapInBusinessDays: true, emailCopy: true }),
    step('demand-letter', 30, 15, { emailCopy: true }),
    step('court-claim', 45, 15),
  ];
}

const LANGUAGES = ['fr', 'en'] as const;
const { days: DAYS, recipients: RECIPIENTS, cents: CENTS, hours: HOURS } = SETTING_UNITS;

/** A trimmed text, '' by default; `valid` checks it when not empty. */
function text(valid?: (value: string) => boolean, words: Words = SETTING_RULES.text) {
  return v.optional(
    v.pipe(
      v.string(rule(SETTING_RULES.text)),
      v.trim(),
      v.check((value) => value === '' || valid === undefined || valid(value), rule(words)),
    ),
    '',
  );
}

function flag(fallback: boolean) {
  return v.optional(v.boolean(rule(SETTING_RULES.flag)), fallback);
}

/** A whole number from `min` to `max`. */
function whole(min: number, max: number, unit: Words, words: Words = between(min, max, unit)) {
  const message = rule(words);
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
}

function choice<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return v.optional(v.picklist(values, rule(oneOf(values))), fallback);
}

/** A field no version knows, with the nearest known names, in the parse's language. */
function unknownField(
  where: string | Words,
  known: readonly string[],
): (issue: { input: unknown; lang?: string | undefined }) => string {
  return (issue) => {
    const name = String(issue.input);
    const place: Words = typeof where === 'string' ? { fr: where, en: where } : where;
    const language = languageOf(issue);
    return SETTINGS_WORDS.unknownField[language](name, place[language], nearestNames(name, known));
  };
}

/**
 * An object of known fields: another field is refused with the nearest known name (`suggest`,
 * its names by default), so a typo never passes for an absent field.
 */
function fields<const E extends v.ObjectEntries>(
  where: string | Words,
  entries: E,
  suggest: readonly string[] = Object.keys(entries),
) {
  return v.strictObject(entries, (issue) =>
    issue.expected === 'never'
      ? unknownField(where, suggest)(issue)
      : issue.input === undefined
        ? rule(SETTING_RULES.missing)(issue)
        : rule(SETTING_RULES.object)(issue),
  );
}

/**
 * Keys that are data (steps, languages, columns): an unknown one is named with the nearest of
 * the names the user knows them by (`named`). The key stays a text, as the messages and letters
 * look templates up by a step's template name.
 */
function key(where: string, values: readonly string[], named: readonly string[] = values) {
  return v.pipe(
    v.string(),
    v.check((name) => values.includes(name), unknownField(where, named)),
  );
}

const FIRM = fields('firm', {
  name: text(),
  address: text(),
  siret: text(isValidSiret, SETTING_RULES.siret),
  legalForm: text(),
  shareCapital: text(),
  rcsCity: text(),
  email: text((value) => EMAIL.test(value), SETTING_RULES.email),
  phone: text(),
  signatory: text(),
  iban: text(isValidIban, SETTING_RULES.iban),
  bic: text((value) => BIC.test(value.replace(/\s/g, '')), SETTING_RULES.bic),
  paymentLink: text((value) => /^https:\/\//i.test(value), SETTING_RULES.https),
});

/**
 * One ladder step as the user set it. Its channel, template, letter and business-day gap are the
 * step's own: stored settings carry them, and they are read from the default step.
 */
const LADDER_STEP = fields('ladder', {
  id: v.picklist(STEP_IDS, rule(oneOf(STORED_STEP_IDS))),
  enabled: v.optional(v.boolean(rule(SETTING_RULES.flag))),
  offsetDays: v.optional(whole(-30, 365, DAYS)),
  minGapDays: v.optional(whole(0, 90, DAYS)),
  attachInvoice: v.optional(v.boolean(rule(SETTING_RULES.flag))),
  emailCopy: v.optional(v.boolean(rule(SETTING_RULES.flag))),
  gapInBusinessDays: v.optional(v.unknown()),
  channel: v.optional(v.unknown()),
  template: v.optional(v.unknown()),
  letter: v.optional(v.unknown()),
});
type LadderStepInput = v.InferOutput<typeof LADDER_STEP>;

/** Known steps, each once, in the ladder's order. */
function inLadderOrder(steps: LadderStepInput[]): boolean {
  const order = steps.map((s) => STEP_IDS.indexOf(s.id));
  return order.every((value, i) => i === 0 || value > (order[i - 1] ?? -1));
}

const DEFAULT_STEPS = Object.fromEntries(defaultLadder().map((s) => [s.id, s])) as Record<
  StepId,
  LadderStep
>;

/** A step as it will run: the user's values over its default's. */
function overDefault(own: LadderStepInput): LadderStep {
  const base = DEFAULT_STEPS[own.id];
  return {
    ...base,
    enabled: own.enabled ?? base.enabled,
    offsetDays: own.offsetDays ?? base.offsetDays,
    minGapDays: own.minGapDays ?? base.minGapDays,
    attachInvoice: own.attachInvoice ?? base.attachInvoice,
    emailCopy: own.emailCopy ?? base.emailCopy,
  };
}

/** Each step over its default; the steps the user left out are kept, disabled. */
function fullLadder(steps: LadderStepInput[]): LadderStep[] {
  return defaultLadder().map((base) => {
    const own = steps.find((s) => s.id === base.id);
    return own === undefined ? { ...base, enabled: false } : overDefault(own);
  });
}

interface Misplaced {
  /** The step's place in the list the user gave. */
  index: number;
  previous: LadderStep;
}

/** The first enabled step set before the enabled step ahead of it, with that one. */
function misplacedStep(steps: LadderStepInput[]): Misplaced | undefined {
  let previous: LadderStep | undefined;
  for (const [index, own] of steps.entries()) {
    const step = overDefault(own);
    if (!step.enabled) continue;
    if (previous !== undefined && step.offsetDays < previous.offsetDays) return { index, previous };
    previous = step;
  }
  return undefined;
}

/** An enabled step's offset at least the previous enabled step's, said on that offset. */
const OFFSETS_IN_ORDER = v.rawCheck<LadderStepInput[]>(({ dataset, addIssue }) => {
  if (!dataset.typed || !inLadderOrder(dataset.value)) return;
  const steps = dataset.value;
  const found = misplacedStep(steps);
  const own = found === undefined ? undefined : steps[found.index];
  if (found === undefined || own === undefined) return;
  const { previous } = found;
  addIssue({
    message: (issue) => {
      const language = languageOf(issue);
      return SETTINGS_WORDS.offsetAfterPrevious[language](
        previous.offsetDays,
        STEP_LABELS[previous.id][language],
      );
    },
    path: [
      { type: 'array', origin: 'value', input: steps, key: found.index, value: own },
      { type: 'object', origin: 'value', input: own, key: 'offsetDays', value: own.offsetDays },
    ],
  });
});

/** What a step is, not how the user set it: stored with the ladder, never changed by the user. */
export const FIXED_STEP_KEYS = ['gapInBusinessDays', 'channel', 'template', 'letter'] as const;

/** A step's own field (its channel, template…) set to another value than the step's. */
function changedOwnField(
  steps: LadderStepInput[],
): { step: LadderStep; key: (typeof FIXED_STEP_KEYS)[number] } | undefined {
  for (const input of steps) {
    const step = defaultLadder().find((s) => s.id === input.id);
    const key = FIXED_STEP_KEYS.find((k) => input[k] !== undefined && input[k] !== step?.[k]);
    if (step !== undefined && key !== undefined) return { step, key };
  }
  return undefined;
}

function changedOwnFieldMessage(issue: { input: unknown; lang?: string | undefined }): string {
  const changed = changedOwnField(issue.input as LadderStepInput[]);
  if (changed === undefined) return '';
  const { step, key } = changed;
  const field = `${key} (${String(step[key])})`;
  const language = languageOf(issue);
  return SETTINGS_WORDS.stepOwnField[language](STEP_LABELS[step.id][language], field);
}

const LADDER = v.optional(
  v.pipe(
    v.array(LADDER_STEP, rule(SETTING_RULES.list)),
    v.check(inLadderOrder, rule(SETTING_RULES.ladderOrder)),
    v.check((steps) => changedOwnField(steps) === undefined, changedOwnFieldMessage),
    OFFSETS_IN_ORDER,
    v.transform(fullLadder),
    v.check((ladder) => ladder.some((s) => s.enabled), rule(SETTING_RULES.ladderOff)),
  ),
  defaultLadder,
);

/** An ECB rate the user added, and who confirmed it from the sidebar (dunning/ecb-confirmation). */
const ECB_RATE = fields('penalties.extraEcbRates', {
  from: v.pipe(
    v.string(rule(SETTING_RULES.isoDay)),
    v.check((day) => parseIsoDay(day) !== undefined, rule(SETTING_RULES.isoDay)),
  ),
  ratePercent: v.pipe(
    v.number(rule(SETTING_RULES.ecbRate)),
    v.minValue(-5, rule(SETTING_RULES.ecbRate)),
    v.maxValue(30, rule(SETTING_RULES.ecbRate)),
  ),
  confirmedOn: v.optional(v.string(rule(SETTING_RULES.text))),
  confirmedBy: v.optional(v.string(rule(SETTING_RULES.text))),
});

/** The fixed recovery indemnity of Code de commerce D441-5: forty euros, neither more nor less. */
export const LEGAL_INDEMNITY_CENTS = 4000;

const PENALTIES = fields('penalties', {
  mode: choice(['legal', 'contractual'], 'legal'),
  contractualRatePercent: v.optional(
    v.pipe(
      v.number(rule(SETTING_RULES.percent)),
      v.minValue(0, rule(SETTING_RULES.percent)),
      v.maxValue(100, rule(SETTING_RULES.percent)),
    ),
    0,
  ),
  extraEcbRates: v.optional(v.array(ECB_RATE, rule(SETTING_RULES.list)), () => []),
  indemnityCents: v.optional(
    whole(LEGAL_INDEMNITY_CENTS, LEGAL_INDEMNITY_CENTS, CENTS, SETTING_RULES.indemnity),
    LEGAL_INDEMNITY_CENTS,
  ),
});

const CHRONIC = fields('chronicPayers', {
  earlyReminder: flag(false),
  daysBefore: v.optional(whole(1, 30, DAYS), 7),
});

const SENDING = fields('sending', {
  mode: choice(['send', 'preview'], 'send'),
  hour: v.optional(whole(0, 23, HOURS), 7),
  senderName: text(),
  replyTo: text((value) => EMAIL.test(value), SETTING_RULES.email),
  copyToSelf: flag(false),
  quotaReserve: v.optional(whole(0, 1500, RECIPIENTS), 10),
  sendOnNonBusinessDays: flag(false),
  defaultLanguage: choice(LANGUAGES, 'fr'),
});

/** A template text; its placeholders are checked with the messages (settings-input). */
const TEMPLATE_PART = v.string(rule(SETTING_RULES.text));

/** One step's text in one language; an empty subject or body means « the default text ». */
const TEMPLATE_TEXT = fields('templates', {
  subject: v.optional(TEMPLATE_PART, ''),
  body: v.optional(TEMPLATE_PART, ''),
  letter: v.optional(TEMPLATE_PART),
});

/** Values by ladder step, then by language (fr, en). */
function byStepAndLanguage<const S extends v.GenericSchema>(where: string, value: S) {
  return v.optional(
    v.record(
      key(where, STEP_IDS, STORED_STEP_IDS),
      v.record(key(where, LANGUAGES), value, rule(SETTING_RULES.byLanguage)),
      rule(SETTING_RULES.byStep),
    ),
    () => ({}),
  );
}

const SECTIONS = {
  version: v.optional(v.literal(1, rule(oneOf(['1']))), 1),
  firm: v.optional(FIRM, {}),
  /** Name of the invoice tab; '' means "find it". */
  invoiceSheet: text(),
  /** Header text → logical column, overriding the synonyms. */
  columnOverrides: v.optional(
    v.record(key('columnOverrides', COLUMN_KEYS), v.string(rule(SETTING_RULES.columnHeader))),
    () => ({}),
  ),
  paymentTermsDays: v.optional(whole(0, 60, DAYS, SETTING_RULES.paymentTerms), 30),
  alsaceMoselle: flag(false),
  ladder: LADDER,
  /** Highest step an invoice first seen late may start at: never a formal notice nor recourse. */
  firstStepCap: v.optional(
    v.pipe(
      v.picklist(STEP_IDS, rule(oneOf(STORED_STEP_IDS))),
      v.check(
        (cap) => stepDefinition(cap).firstContact !== 'never',
        rule(SETTING_RULES.firstStepCap),
      ),
    ),
    'reminder-2',
  ),
  /** Minimum days between two contacts with one client. */
  clientGapDays: v.optional(whole(0, 30, DAYS), 5),
  /** Balances at or below this are not chased. */
  smallBalanceCents: v.optional(whole(0, 100_000, CENTS), 100),
  /** Days after a promised date before the ladder resumes. */
  promiseGraceDays: v.optional(whole(0, 30, DAYS), 3),
  /**
   * Clients rated "retard chronique" (average delay over 20 days, see indicators) get the
   * pre-due reminder earlier, `daysBefore` days before the due date, even when that step is off.
   */
  chronicPayers: v.optional(CHRONIC, {}),
  penalties: v.optional(PENALTIES, {}),
  sending: v.optional(SENDING, {}),
  /** Per template key and language, user overrides of the default texts. */
  templates: byStepAndLanguage('templates', TEMPLATE_TEXT),
  /** Drive folder holding the letter templates, once created. */
  letterTemplateFolderId: text(),
  /** Google Doc template ids per template key and language. */
  letterTemplateIds: byStepAndLanguage(
    'letterTemplateIds',
    v.pipe(
      v.string(rule(SETTING_RULES.letterTemplateId)),
      v.nonEmpty(rule(SETTING_RULES.letterTemplateId)),
    ),
  ),
};

/** Each section's fields, for naming a section's field typed at the top level (« mdoe »). */
const NESTED_NAMES = Object.entries({
  firm: FIRM,
  penalties: PENALTIES,
  sending: SENDING,
  chronicPayers: CHRONIC,
}).flatMap(([section, schema]) => Object.keys(schema.entries).map((name) => `${section}.${name}`));

const NAMES = [...Object.keys(SECTIONS), ...NESTED_NAMES];

/**
 * The settings' shape and each field's own rule. What needs the rest of the core (templates'
 * placeholders, the contractual rate's legal floor) is checked over it in settings-input.
 */
export const SETTINGS_SCHEMA = fields(SETTINGS_WORDS.theSettings, SECTIONS, NAMES);

export type Settings = v.InferOutput<typeof SETTINGS_SCHEMA>;
export type FirmIdentity = Settings['firm'];
export type PenaltySettings = Settings['penalties'];
export type SendingSettings = Settings['sending'];
export type EcbRate = PenaltySettings['extraEcbRates'][number];
export type TemplateText = v.InferOutput<typeof TEMPLATE_TEXT>;

/** Every field at its default: what a fresh spreadsheet runs with. */
export function defaultSettings(): Settings {
  return v.parse(SETTINGS_SCHEMA, {});
}
