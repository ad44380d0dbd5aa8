/**
 * Prints how many conformance tests ran (every file of test/runtime/conformance/): each one pins
 * a documented behaviour of Google's services in the offline runtime. The coverage check
 * (coverage.test.ts) is not one of them: it adds how many of the service methods the bundle
 * calls have a conformance test.
 */
import type { Reporter, TestModule } from 'vitest/node';

const FOLDER = '/test/runtime/conformance/';
const COVERAGE = `${FOLDER}coverage.test.ts`;

export default class ConformanceReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const path = (m: TestModule) => m.moduleId.replace(/\\/g, '/');
    const modules = testModules.filter((m) => path(m).includes(FOLDER));
    if (modules.length === 0) return;
    const behaviours = modules.filter((m) => !path(m).endsWith(COVERAGE));
    let total = 0;
    let passed = 0;
    for (const module of behaviours) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'skipped') continue; // left out by a filter (npm run test:zones)
        total += 1;
        if (state === 'passed') passed += 1;
      }
    }
    process.stdout.write(
      `\nConformance: ${total} tests (${passed} passed) in ${behaviours.length} files${coverageLine(modules)}\n`,
    );
  }
}

/** "; M of N service methods the bundle calls are covered", when the coverage check ran. */
function coverageLine(modules: readonly TestModule[]): string {
  for (const module of modules)
    for (const test of module.children.allTests()) {
      const counts = test.meta().serviceMethods;
      if (counts !== undefined)
        return `; ${counts.covered} of ${counts.called} service methods the bundle calls are covered`;
    }
  return '';
}
