import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { serverExportNames } from '../../scripts/build';
import { checkBundle } from '../../scripts/bundle-check';

const code = readFileSync('build/Code.js', 'utf8');

describe('build/Code.js', () => {
  it('exposes exactly the exports of src/server/index.ts as top-level functions', async () => {
    const exported = await serverExportNames();
    const report = checkBundle(code, exported);
    expect(report.problems).toEqual([]);
    expect(report.topLevelFunctions).toEqual(exported);
    expect(exported).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'runNightly']));
  });

  it('loads in a bare context with no Apps Script global and keeps no module syntax', () => {
    expect(checkBundle(code, []).problems.filter((p) => !p.startsWith('unexpected'))).toEqual([]);
  });

  it('forwards this and every argument of an entry point, so onOpen receives its event', () => {
    const context = createContext({}) as Record<string, unknown>;
    runInContext(code, context);
    const received: unknown[][] = [];
    context['Relance'] = {
      onOpen: (...args: unknown[]) => {
        received.push(args);
        return 'done';
      },
    };
    const onOpen = context['onOpen'] as (...args: unknown[]) => unknown;
    const event = { authMode: 'LIMITED', source: 'sheet' };
    expect(onOpen(event, 2)).toBe('done');
    expect(received).toEqual([[event, 2]]);
  });

  it('ships the manifest and a self-contained sidebar next to the code', () => {
    const manifest = JSON.parse(readFileSync('build/appsscript.json', 'utf8')) as {
      timeZone: string;
      runtimeVersion: string;
      oauthScopes: string[];
    };
    expect(manifest.timeZone).toBe('Europe/Paris');
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    const sidebar = readFileSync('build/Sidebar.html', 'utf8');
    expect(sidebar).toContain('<script>');
    expect(sidebar).not.toMatch(/<script[^>]+src=/);
    expect(sidebar).not.toMatch(/<link[^>]+stylesheet[^>]+href="(?!https:\/\/ssl\.gstatic\.com)/);
  });
});

describe('the bundle check itself', () => {
  async function bundleOf(source: string): Promise<string> {
    const result = await build({
      stdin: { contents: source, loader: 'ts' },
      bundle: true,
      format: 'iife',
      globalName: 'Relance',
      write: false,
    });
    return `${result.outputFiles[0]?.text ?? ''}\nfunction onOpen() { return Relance.onOpen.apply(this, arguments); }\n`;
  }

  it('fails a bundle whose module scope calls a service', async () => {
    const bad = await bundleOf(
      'declare const SpreadsheetApp: { getActive(): unknown };\nconst sheet = SpreadsheetApp.getActive();\nexport function onOpen() { return sheet; }',
    );
    expect(checkBundle(bad, ['onOpen']).problems.join('\n')).toMatch(/does not load/);
  });

  it('fails a bundle that dropped an entry point', async () => {
    const good = await bundleOf('export function onOpen() { return 1; }');
    expect(checkBundle(good, ['onOpen', 'runNightly']).problems).toEqual([
      'entry point missing: runNightly',
    ]);
  });
});
