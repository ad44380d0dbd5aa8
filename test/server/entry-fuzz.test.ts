import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/local/runtime';
import { unexpectedErrorLines } from '../../src/local/cli';
import { initWorkspace } from '../../src/local/init';
import { readConfig } from '../../src/local/workspace';
import { writeSampleWorkbook } from '../../scripts/sample-workbook';

/** The entry points that take arguments from the sidebar or `relance call`, and how many. */
const ENTRY_POINTS: Record<string, number> = {
  sendActions: 1,
  postponeAction: 2,
  ignoreAction: 1,
  confirmVerified: 2,
  showRow: 1,
  getClient: 1,
  prepareDossier: 1,
  confirmEcbRate: 1,
  attachInvoiceFile: 2,
  recordClientEvent: 1,
  saveSettingsForm: 1,
  previewTemplate: 4,
  setAutomaticSending: 1,
};

/** What a bug looks like from outside: a JavaScript error about a value, not a sentence for a person. */
const BUG = /is not (a function|iterable|defined)|Cannot read|Cannot convert|undefined|\[object /;

let dir: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'relance-fuzz-'));
  const source = join(root, 'factures.xlsx');
  await writeSampleWorkbook(source, { referenceDay: '2026-03-16', invoiceCount: 6 });
  dir = join(root, 'ws');
  await initWorkspace(dir, { from: source, settingsPath: 'samples/settings.example.json' });
});

/** Calls one entry point; returns the line the user would read when it refuses, or undefined. */
function refusal(call: () => unknown): string | undefined {
  try {
    call();
    return undefined;
  } catch (error) {
    return unexpectedErrorLines(error, false).join('\n');
  }
}

const jsonArguments = (count: number) =>
  fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 0, maxLength: count + 1 });

/** Objects shaped almost like a recorded answer: right keys with wrong values, and typos. */
const answerLike = fc.record(
  {
    clientKey: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })),
    type: fc.oneof(fc.constantFrom('payment', 'promise', 'payment-plan', 'note'), fc.jsonValue()),
    invoices: fc.oneof(fc.array(fc.string()), fc.jsonValue({ maxDepth: 1 })),
    amountCents: fc.jsonValue({ maxDepth: 1 }),
    date: fc.jsonValue({ maxDepth: 1 }),
    instalments: fc.jsonValue({ maxDepth: 3 }),
    typ: fc.string(),
  },
  { requiredKeys: [] },
);

describe('every entry point answers bad input with one French sentence', () => {
  for (const [name, count] of Object.entries(ENTRY_POINTS)) {
    it(`${name} never fails with a JavaScript error on random JSON`, async () => {
      const runtime = await openRuntime({
        workspaceDir: dir,
        now: new Date('2026-03-16T09:00:00+01:00'),
        ...readConfig(dir),
      });
      try {
        fc.assert(
          fc.property(jsonArguments(count), (args) => {
            const said = refusal(() => runtime.invokeByName(name, args));
            if (said === undefined) return;
            expect(said).not.toMatch(BUG);
            expect(said).not.toContain('Erreur inattendue');
            expect(said.split('\n')).toHaveLength(1);
          }),
          { numRuns: 25, seed: 20261205 },
        );
      } finally {
        await runtime.close();
      }
    });
  }

  it('recordClientEvent names the field and the nearest known one for near-miss answers', async () => {
    const runtime = await openRuntime({
      workspaceDir: dir,
      now: new Date('2026-03-16T09:00:00+01:00'),
      ...readConfig(dir),
    });
    try {
      fc.assert(
        fc.property(answerLike, (answer) => {
          const said = refusal(() => runtime.invokeByName('recordClientEvent', [answer]));
          if (said === undefined) return;
          expect(said).not.toMatch(BUG);
          expect(said).not.toContain('Erreur inattendue');
        }),
        { numRuns: 40, seed: 20261205 },
      );
      const typo = refusal(() =>
        runtime.invokeByName('recordClientEvent', [{ clientKey: 'x', typ: 'note', invoices: [] }]),
      );
      expect(typo).toBe(
        'Champ inconnu « typ » dans recordClientEvent#1 : vouliez-vous dire « type » ?',
      );
    } finally {
      await runtime.close();
    }
  });
});
