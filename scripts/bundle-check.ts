/**
 * Checks that a Code.js is what Apps Script needs: it loads in a context with no Apps Script
 * global (so its module scope calls no service, else the add-on menu silently vanishes), exposes
 * every expected entry point as a top-level function, and keeps no ES module syntax.
 */
import { createContext, runInContext } from 'node:vm';

export interface BundleReport {
  topLevelFunctions: string[];
  problems: string[];
}

const MODULE_SYNTAX = [/^\s*export\s/m, /^\s*import[\s{*'"]/m, /\bimport\s*\(/, /\bimport\.meta\b/];

export function checkBundle(code: string, expectedEntryPoints: readonly string[]): BundleReport {
  const problems: string[] = [];
  const declared = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1] ?? '');
  for (const pattern of MODULE_SYNTAX) {
    if (pattern.test(code)) problems.push(`module syntax left in the bundle: ${pattern}`);
  }
  const context = createContext({});
  try {
    runInContext(code, context, { filename: 'Code.js' });
  } catch (error) {
    problems.push(`the bundle does not load without Apps Script globals: ${String(error)}`);
    return { topLevelFunctions: declared, problems };
  }
  const globals = context as Record<string, unknown>;
  for (const name of expectedEntryPoints) {
    if (typeof globals[name] !== 'function') problems.push(`entry point missing: ${name}`);
  }
  const extra = declared.filter((name) => !expectedEntryPoints.includes(name));
  if (extra.length > 0) problems.push(`unexpected top-level functions: ${extra.join(', ')}`);
  return { topLevelFunctions: declared.sort(), problems };
}
