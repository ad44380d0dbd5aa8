/**
 * Prints how many conformance tests ran (every file of test/runtime/conformance/): each one pins
 * a documented behaviour of Google's services in the offline runtime.
 */
import type { Reporter, TestModule } from 'vitest/node';

const FOLDER = '/test/runtime/conformance/';

export default class ConformanceReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const modules = testModules.filter((m) => m.moduleId.replace(/\\/g, '/').includes(FOLDER));
    if (modules.length === 0) return;
    let total = 0;
    let passed = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        total += 1;
        if (test.result().state === 'passed') passed += 1;
      }
    }
    process.stdout.write(
      `\nConformance: ${total} tests (${passed} passed) in ${modules.length} files\n`,
    );
  }
}
