import { buildAll } from '../scripts/build';

let built: Promise<void> | undefined;

/**
 * Every test but the core's runs against the bundle clasp would push, built once per test run
 * (the projects that need it share this module, and so the one build).
 */
export default async function setup(): Promise<void> {
  built ??= buildAll().then(() => undefined);
  await built;
}
