import { buildAll } from '../scripts/build';

/** Every test runs against the bundle clasp would push, built once per test run. */
export default async function setup(): Promise<void> {
  await buildAll();
}
