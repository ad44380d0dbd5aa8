/**
 * The settings name the ladder's steps by their stored id (« relance-1 »), the code by their id
 * (`reminder-1`): the ladder's ids and template names, the first step's cap, the keys of the
 * templates and of the letter templates. Reading takes either, so that settings stored by any
 * version, and a sidebar opened before an update, still load; writing keeps the stored id, so
 * that the store reads the same in every version and the settings a user exported stay valid.
 */
import { stepFromStored, storedStepId } from '../steps';
import { isJsonObject, type JsonObject } from '../values/json-object';

/** The sections keyed by step. */
const BY_STEP = ['templates', 'letterTemplateIds'] as const;

/** A ladder row: its id, and its template's name, which is the step's id. */
function renamingStep(step: unknown, rename: (id: string) => string): unknown {
  if (!isJsonObject(step)) return step;
  const renamed: JsonObject = { ...step };
  for (const field of ['id', 'template'] as const) {
    const value = step[field];
    if (typeof value === 'string') renamed[field] = rename(value);
  }
  return renamed;
}

function renamingSteps(settings: JsonObject, rename: (id: string) => string): JsonObject {
  const renamed: JsonObject = { ...settings };
  const { ladder, firstStepCap } = settings;
  if (Array.isArray(ladder))
    renamed['ladder'] = ladder.map((step: unknown) => renamingStep(step, rename));
  if (typeof firstStepCap === 'string') renamed['firstStepCap'] = rename(firstStepCap);
  for (const section of BY_STEP) {
    const table = settings[section];
    if (isJsonObject(table))
      renamed[section] = Object.fromEntries(
        Object.entries(table).map(([id, value]) => [rename(id), value]),
      );
  }
  return renamed;
}

/** The settings with each step named by its id in code; any other text is left for the rules. */
export function withStepIdsInCode(settings: JsonObject): JsonObject {
  return renamingSteps(settings, (id) => stepFromStored(id) ?? id);
}

/** The settings with each step named by its stored id, as the document properties keep them. */
export function withStoredStepIds(settings: JsonObject): JsonObject {
  return renamingSteps(settings, (id) => {
    const step = stepFromStored(id);
    return step === undefined ? id : storedStepId(step);
  });
}
