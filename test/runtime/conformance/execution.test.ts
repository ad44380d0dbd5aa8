/**
 * The execution time limit. Sources: the quotas page ("Script runtime 6 min / execution",
 * https://developers.google.com/apps-script/guides/services/quotas) and the troubleshooting guide
 * ("Exceeded maximum execution time",
 * https://developers.google.com/apps-script/guides/support/troubleshooting).
 */
import { describe, expect, it } from 'vitest';
import { costOf } from '../../../src/local/runtime/cost-table';
import {
  CallMeter,
  EXCEEDED_MAX_EXECUTION_TIME,
  executionLimitMs,
  SCRIPT_CPU_FACTOR,
} from '../../../src/local/runtime/meter';
import { createUtilities } from '../../../src/local/runtime/utilities';
import {
  createSandbox,
  invoke,
  loadScript,
  simulatedDate,
  timedServices,
} from '../../../src/local/runtime/vm';

let context: Record<string, unknown> = {};

function run(script: string, meter: CallMeter, name = 'main', args: unknown[] = []) {
  const Utilities = createUtilities(meter, { makeDate: (ms) => new Date(ms), uuid: () => 'u' });
  const clockDate = simulatedDate({ now: () => Math.round(meter.clockMs) });
  const sandbox = createSandbox(timedServices({ Utilities }, meter), clockDate);
  context = sandbox.context as Record<string, unknown>;
  loadScript(sandbox, script);
  return meter.runExecution(() => invoke(sandbox, name, args), executionLimitMs(name, args));
}

describe('the 6-minute limit (quotas page)', () => {
  it('ends the execution even when the script catches the error', () => {
    const meter = new CallMeter(costOf);
    const script = `function main() {
      try { for (;;) Utilities.sleep(60000); } catch (e) { return 'caught'; }
    }`;
    expect(() => run(script, meter)).toThrow(EXCEEDED_MAX_EXECUTION_TIME);
  });

  it('refuses every service call after the stop, in catch and finally blocks too', () => {
    const meter = new CallMeter(costOf);
    const script = `var after = [];
    function main() {
      try { for (;;) Utilities.sleep(60000); }
      catch (e) { try { Utilities.sleep(1); after.push('catch'); } catch (again) { after.push(String(again.message)); } }
      finally { try { Utilities.formatDate(new Date(0), 'UTC', 'yyyy'); after.push('finally'); } catch (again) { after.push(String(again.message)); } }
      return after;
    }`;
    expect(() => run(script, meter)).toThrow(EXCEEDED_MAX_EXECUTION_TIME);
    expect(context['after']).toEqual([EXCEEDED_MAX_EXECUTION_TIME, EXCEEDED_MAX_EXECUTION_TIME]);
  });
});

// https://developers.google.com/apps-script/guides/triggers#restrictions: "They cannot run for
// longer than 30 seconds."
describe('the 30-second limit of a simple trigger (triggers guide, restrictions)', () => {
  const script = `var slept = 0;
    function onOpen(e) { for (;;) { Utilities.sleep(5000); slept += 5; } }`;

  it('stops onOpen fired by the spreadsheet after 30 seconds', () => {
    const meter = new CallMeter(costOf);
    expect(() => run(script, meter, 'onOpen', [{ authMode: 'LIMITED' }])).toThrow(
      EXCEEDED_MAX_EXECUTION_TIME,
    );
    expect(context['slept']).toBeLessThanOrEqual(30);
  });

  it('gives the same function run from the editor, with no event, the 6 minutes', () => {
    const meter = new CallMeter(costOf);
    expect(() => run(script, meter, 'onOpen')).toThrow(EXCEEDED_MAX_EXECUTION_TIME);
    expect(context['slept']).toBeGreaterThan(300);
  });
});

describe('JavaScript time (quotas page: the limit counts the whole execution)', () => {
  it('counts the script’s own computing, scaled, next to its service calls', () => {
    const meter = new CallMeter(costOf);
    const script = `function main() {
      var t = 0; for (var i = 0; i < 3e7; i += 1) t += i % 7;
      Utilities.sleep(1);
      return t;
    }`;
    run(script, meter);
    expect(meter.scriptMs).toBeGreaterThan(5);
    expect(meter.simulatedMs).toBeGreaterThanOrEqual(1 + meter.scriptMs * SCRIPT_CPU_FACTOR * 0.99);
  });

  it('moves Date.now() while the script computes, before its next service call', () => {
    const meter = new CallMeter(costOf);
    const script = `function main() {
      var start = Date.now();
      var t = 0; for (var i = 0; i < 3e7; i += 1) t += i % 7;
      return Date.now() - start;
    }`;
    const seen = run(script, meter) as number;
    expect(seen).toBeGreaterThan(5 * SCRIPT_CPU_FACTOR);
    expect(seen).toBeLessThanOrEqual(Math.ceil(meter.simulatedMs));
  });

  it('stops a script that computes past the limit without calling any service', () => {
    const meter = new CallMeter(costOf, {}, 20);
    const script = `function main() { var t = 0; for (var i = 0; i < 5e7; i += 1) t += i % 7; return t; }`;
    expect(() => run(script, meter)).toThrow(EXCEEDED_MAX_EXECUTION_TIME);
  });
});
