/**
 * Prints each project's time when a run ends: its files, its tests, the wall time from its first
 * file's start to its last file's end (projects run side by side, so these spans overlap), and
 * the time its files spent importing and testing, added up over the workers.
 */
import type { Reporter, TestModule } from 'vitest/node';

interface ProjectTime {
  files: number;
  tests: number;
  failed: number;
  firstStart: number;
  lastEnd: number;
  busyMs: number;
}

export default class ProjectTimesReporter implements Reporter {
  private readonly started = new Map<TestModule, number>();
  private readonly projects = new Map<string, ProjectTime>();

  onTestModuleStart(module: TestModule): void {
    this.started.set(module, performance.now());
  }

  onTestModuleEnd(module: TestModule): void {
    const end = performance.now();
    const start = this.started.get(module) ?? end;
    const name = module.project.name || 'default';
    const time = this.projects.get(name) ?? {
      files: 0,
      tests: 0,
      failed: 0,
      firstStart: start,
      lastEnd: end,
      busyMs: 0,
    };
    const diagnostic = module.diagnostic();
    time.files += 1;
    for (const test of module.children.allTests()) {
      time.tests += 1;
      if (test.result().state === 'failed') time.failed += 1;
    }
    time.firstStart = Math.min(time.firstStart, start);
    time.lastEnd = Math.max(time.lastEnd, end);
    time.busyMs += diagnostic.collectDuration + diagnostic.duration;
    this.projects.set(name, time);
  }

  onTestRunEnd(): void {
    if (this.projects.size === 0) return;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const lines = [...this.projects].map(
      ([name, t]) =>
        `  ${name.padEnd(8)} ${String(t.files).padStart(3)} files ${String(t.tests).padStart(5)} tests` +
        `${t.failed > 0 ? ` (${t.failed} failed)` : ''}  wall ${seconds(t.lastEnd - t.firstStart).padStart(8)}` +
        `  in files ${seconds(t.busyMs).padStart(8)}`,
    );
    process.stdout.write(`\nProject times:\n${lines.join('\n')}\n`);
  }
}
