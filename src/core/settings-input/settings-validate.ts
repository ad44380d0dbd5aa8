/**
 * Reads a whole settings object through SETTINGS_SCHEMA and the checks that need the rest of the
 * core (templates' placeholders, the contractual rate's legal floor), one field falling back at
 * a time: a refused field takes its fallback (the defaults, or the stored settings when the
 * sidebar saves) and the others are kept. Each refusal names the field as the sidebar labels it.
 */
import * as v from 'valibot';
import type { Language } from '../model';
import { STEP_IDS } from '../model';
import { STEP_LABELS } from '../words/labels';
import type { Settings } from '../settings/settings';
import { defaultSettings, FIXED_STEP_KEYS, SETTINGS_SCHEMA } from '../settings/settings';
import { languageOf } from '../settings/settings-rules';
import { SETTING_LABELS, SETTINGS_WORDS, type SettingField } from '../words/settings';
import { contractualRateFloorPercent } from '../dunning/penalties';
import { checkTemplates } from '../messages/compose';
import { stepFromStored, storedStepId } from '../steps';
import { withStepIdsInCode } from './stored-step-ids';
import { isJsonObject, type JsonObject } from '../values/json-object';

export { isValidIban, isValidSiret } from '../settings/settings-rules';

/**
 * A contractual penalty rate may not be below 3 times the legal interest rate (Code de commerce
 * L441-10); the latest half-year of the legal rates table is the reference.
 */
export function contractualRateProblem(
  ratePercent: number,
  language: Language = 'fr',
): string | undefined {
  const floor = contractualRateFloorPercent();
  if (ratePercent > 0 && ratePercent >= floor) return undefined;
  const shown = `${floor.toFixed(2).replace('.', SETTINGS_WORDS.decimalSeparator[language])} %`;
  const refusal =
    ratePercent <= 0 ? SETTINGS_WORDS.contractualRateMissing : SETTINGS_WORDS.contractualRateLow;
  return refusal[language](shown);
}

/** A contractual rate at least the floor of Code de commerce L441-10, said on the rate. */
const RATE_AT_LEAST_FLOOR = v.forward<
  Settings,
  v.BaseIssue<unknown>,
  ['penalties', 'contractualRatePercent']
>(
  v.check(
    ({ penalties }) =>
      penalties.mode !== 'contractual' ||
      contractualRateProblem(penalties.contractualRatePercent) === undefined,
    (issue) =>
      contractualRateProblem(
        (issue.input as Settings).penalties.contractualRatePercent,
        languageOf(issue),
      ) ?? '',
  ),
  ['penalties', 'contractualRatePercent'],
);

/** Every template text's placeholders and sections (messages/compose), said at the text. */
const TEMPLATES_RENDER = v.rawCheck<Settings>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  for (const problem of checkTemplates(dataset.value)) {
    const keys = problem.path.split('.');
    let input: unknown = dataset.value;
    const path = keys.map((key) => {
      const parent = input as Record<string, unknown>;
      input = parent[key];
      return { type: 'object', origin: 'value', input: parent, key, value: input } as const;
    });
    const [first, ...rest] = path;
    const message = (issue: { lang?: string | undefined }) => problem.text[languageOf(issue)];
    if (first !== undefined) addIssue({ message, path: [first, ...rest] });
  }
});

/** What a person types (the settings screen, a settings file): every check. */
const TYPED_SETTINGS = v.pipe(SETTINGS_SCHEMA, TEMPLATES_RENDER, RATE_AT_LEAST_FLOOR);

/**
 * What Relance stored: a contractual rate the floor of a later half-year overtook is kept, and
 * the run applies that half-year's floor and says so (dunning/penalties); falling back to the
 * legal rate would claim more than the contract.
 */
const STORED_SETTINGS = v.pipe(SETTINGS_SCHEMA, TEMPLATES_RENDER);

export interface SettingsError {
  path: string;
  message: string;
}

/** When not ok, `settings` still holds every field that was right, the wrong ones at their fallback. */
export type SettingsValidation =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsError[]; settings: Settings };

export interface ValidationOptions {
  /**
   * 'refuse' for what a person typed (the settings form, a settings file); 'ignore' for settings
   * Relance stored itself, which may hold a field a later version no longer has, or a
   * contractual rate a later half-year's floor overtook (STORED_SETTINGS).
   */
  unknownKeys: 'refuse' | 'ignore';
  /**
   * What a refused or missing field keeps: the stored settings when the sidebar saves over them;
   * the defaults when not given.
   */
  fallback?: Settings;
  language?: Language;
}

type Path = readonly (string | number)[];

/** Fields that are one choice together: a contractual mode stands or falls with its rate. */
const TOGETHER: readonly (readonly string[])[] = [
  ['penalties.mode', 'penalties.contractualRatePercent'],
];

/** Each refusal removes at least one field; a settings object has far fewer than this. */
const MAX_ROUNDS = 200;

export function validateSettings(
  given: unknown,
  options: ValidationOptions = { unknownKeys: 'refuse' },
): SettingsValidation {
  const input = isJsonObject(given) ? withStepIdsInCode(given) : given;
  const fallback = options.fallback ?? defaultSettings();
  const language = options.language ?? 'fr';
  if (!isJsonObject(input)) {
    const message = SETTINGS_WORDS.notAnObject[language];
    return { ok: false, errors: [{ path: '', message }], settings: fallback };
  }
  const errors: SettingsError[] = [];
  const refused = new Set<string>();
  let candidate: JsonObject =
    options.fallback === undefined ? input : over(options.fallback, input);
  const stored = options.unknownKeys === 'ignore';
  if (stored) candidate = withoutOwnStepFields(candidate);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const result = v.safeParse(stored ? STORED_SETTINGS : TYPED_SETTINGS, candidate, {
      lang: language,
      abortPipeEarly: true,
    });
    if (result.success)
      return errors.length === 0
        ? { ok: true, settings: result.output }
        : { ok: false, errors, settings: result.output };
    const seen = new Set<string>();
    for (const issue of result.issues) {
      const path = (issue.path ?? []).map((item) => item.key as string | number);
      // One refusal per field and round (a text may miss two placeholders).
      if (seen.has(pathText(path))) continue;
      seen.add(pathText(path));
      const unknown = isUnknownKey(issue);
      if (!(unknown && stored) && !refused.has(pathText(path)))
        errors.push({ path: pathText(path), message: said(issue, path, input, language) });
      const units = unitsOf(path, refused);
      if (units === undefined) return { ok: false, errors, settings: fallback };
      for (const unit of units) {
        refused.add(pathText(unit));
        candidate = withFallback(candidate, unit, fallback);
      }
    }
  }
  return { ok: false, errors, settings: fallback };
}

/** Sets an own field, even one named « __proto__ » (JSON.parse makes it a field, not the prototype). */
function put(object: JsonObject, key: string | number, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** `input` over `base`, object by object: what the input leaves out keeps the base's value. */
function over(base: unknown, input: JsonObject): JsonObject {
  const merged: JsonObject = isJsonObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(input))
    put(
      merged,
      key,
      isJsonObject(value) && isJsonObject(merged[key]) ? over(merged[key], value) : value,
    );
  return merged;
}

/**
 * Stored steps carry what each step is (its channel, template…), as the version that stored them
 * had it; the step of this version keeps its own.
 */
function withoutOwnStepFields(input: JsonObject): JsonObject {
  const ladder = input['ladder'];
  if (!Array.isArray(ladder)) return input;
  const steps = ladder.map((step: unknown) => {
    if (!isJsonObject(step)) return step;
    const own = { ...step };
    for (const key of FIXED_STEP_KEYS) delete own[key];
    return own;
  });
  return { ...input, ladder: steps };
}

/** A field no version knows, or a key of a table that is not a step, a language or a column. */
function isUnknownKey(issue: v.BaseIssue<unknown>): boolean {
  const last = issue.path?.[issue.path.length - 1];
  return (
    (issue.type === 'strict_object' && issue.expected === 'never') ||
    (last !== undefined && 'origin' in last && last.origin === 'key')
  );
}

const BY_STEP = new Set(['templates', 'letterTemplateIds']);

/**
 * `ladder[1].offsetDays`, `templates.relance-1.fr.subject`: the sidebar's field names, a step by
 * its stored id as the settings keep it.
 */
function pathText(path: Path): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const step = i === 1 && BY_STEP.has(String(path[0])) ? stepFromStored(key) : undefined;
      const name = step === undefined ? key : storedStepId(step);
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

/**
 * The fields that fall back for a refusal at `path`: the field itself, or what it goes with; a
 * field refused again after falling back takes its parent with it. Undefined: the whole object.
 */
function unitsOf(path: Path, refused: ReadonlySet<string>): Path[] | undefined {
  let unit: Path = path;
  if (unit[0] === 'ladder' && (unit.length < 3 || unit[2] === 'id')) unit = ['ladder'];
  if (unit[0] === 'penalties' && unit[1] === 'extraEcbRates' && unit.length > 2)
    unit = unit.slice(0, 3);
  while (refused.has(pathText(unit)) && unit.length > 0) unit = unit.slice(0, -1);
  if (unit.length === 0) return undefined;
  const dotted = unit.join('.');
  const group = TOGETHER.find((fields) => fields.includes(dotted));
  return group === undefined ? [unit] : group.map((field) => field.split('.'));
}

/** The candidate with the field at `unit` taken from the fallback, or dropped when it has none. */
function withFallback(candidate: JsonObject, unit: Path, fallback: Settings): JsonObject {
  const [section, index] = unit;
  if (section === 'penalties' && unit[1] === 'extraEcbRates' && typeof unit[2] === 'number')
    return updateAt(candidate, unit.slice(0, 2), (rates) =>
      Array.isArray(rates) ? rates.filter((_, i) => i !== unit[2]) : rates,
    );
  if (section === 'ladder' && typeof index === 'number') {
    const id = stepIdAt(candidate, index);
    const step = fallback.ladder.find((s) => s.id === id);
    const value = step?.[unit[2] as keyof typeof step];
    return updateAt(candidate, unit, () => value);
  }
  return updateAt(candidate, unit, () => valueAt(fallback, unit));
}

function stepIdAt(candidate: JsonObject, index: number): unknown {
  const ladder = candidate['ladder'];
  const step: unknown = Array.isArray(ladder) ? ladder[index] : undefined;
  return isJsonObject(step) ? step['id'] : undefined;
}

/** The value at `path`, through own fields only (never a prototype's). */
function valueAt(root: unknown, path: Path): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (
      typeof value !== 'object' ||
      value === null ||
      !Object.prototype.hasOwnProperty.call(value, key)
    )
      return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A copy of `root` with the value at `path` replaced (removed when `change` gives undefined). */
function updateAt<T>(root: T, path: Path, change: (value: unknown) => unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return change(root) as T;
  if (Array.isArray(root)) {
    const copy: unknown[] = [...root];
    copy[key as number] = updateAt(copy[key as number], rest, change);
    return copy as T;
  }
  const copy: JsonObject = isJsonObject(root) ? { ...root } : {};
  const next = updateAt(copy[key], rest, change);
  if (next === undefined) delete copy[key];
  else put(copy, key, next);
  return copy as T;
}

/** The field's name as the sidebar shows it, then what is wrong; an unknown field says itself. */
function said(
  issue: v.BaseIssue<unknown>,
  path: Path,
  input: JsonObject,
  language: Language,
): string {
  if (isUnknownKey(issue)) return issue.message;
  return SETTINGS_WORDS.refusal[language](labelOf(path, input, language), issue.message);
}

function labelOf(path: Path, input: JsonObject, language: Language): string {
  const [section, index, field] = path;
  if (section === 'ladder' && typeof index === 'number') {
    const id = stepIdAt(input, index);
    const step = STEP_IDS.find((s) => s === id);
    const name =
      step === undefined
        ? SETTINGS_WORDS.stepNumber[language](index + 1)
        : STEP_LABELS[step][language];
    const label = SETTING_LABELS[`ladder.${String(field)}` as SettingField] as
      (typeof SETTING_LABELS)[SettingField] | undefined;
    return label === undefined ? name : SETTINGS_WORDS.fieldOfStep[language](name, label[language]);
  }
  if ((section === 'templates' || section === 'letterTemplateIds') && path.length > 1) {
    const step = STEP_IDS.find((s) => s === index);
    const where = [
      step === undefined ? String(index) : STEP_LABELS[step][language],
      ...path.slice(2),
    ];
    return `${SETTING_LABELS[section][language]} › ${where.join(' › ')}`;
  }
  for (let length = path.length; length > 0; length -= 1) {
    const key = path
      .slice(0, length)
      .filter((k) => typeof k === 'string')
      .join('.');
    if (key in SETTING_LABELS) return SETTING_LABELS[key as SettingField][language];
  }
  return SETTING_LABELS.settings[language];
}
