import { defineConfig } from 'vitest/config';

/** Every project but the core runs against build/Code.js, built once per run. */
const BUILD = ['test/global-setup.ts'];

export default defineConfig({
  test: {
    exclude: ['test/browser/**', 'node_modules/**'],
    // Two cores, one worker each. A worker is a process: the offline runtime charges a script's
    // CPU time (process.cpuUsage) to its simulated clock, which another thread would inflate.
    // Files share their worker's modules (each test makes its own workspace in a fresh folder).
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/conformance-reporter.ts', './test/project-times-reporter.ts'],
    tags: [
      {
        name: 'zone-dependent',
        description:
          'Reads or writes instants in a time zone (the emulator, the adapters): run again under UTC and Pacific/Auckland by npm run test:zones.',
      },
    ],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts', 'test/sidebar/**/*.test.ts'],
          // Pure functions over their arguments: threads start faster than processes.
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: { name: 'runtime', include: ['test/runtime/**/*.test.ts'], globalSetup: BUILD },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts', 'test/build/**/*.test.ts'],
          globalSetup: BUILD,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: BUILD },
      },
    ],
  },
});
