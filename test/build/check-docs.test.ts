import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenSectionCitations, checkDocs, namesIn } from '../../scripts/check-docs';

/** A small repository: a script, a CLI with two commands, settings with nested options. */
const TREE: Record<string, string> = {
  'package.json': JSON.stringify({ scripts: { test: 'vitest', 'check:arch': 'tsx x.ts' } }),
  'src/local/cli.ts': "const COMMANDS = new Map<string, Command>([\n  ['init', init],\n  ['run', run],\n]);\n",
  'src/core/settings/settings.ts': [
    'export interface Settings {',
    '  sending: { hour: number; quotaReserve: number };',
    '  ladder: { id: string; emailCopy?: boolean }[];',
    '  templates: Record<string, { subject: string }>;',
    '}',
    'export function planDay(): void {}',
  ].join('\n'),
  'docs/french-law.md': '# Law\n',
};

/** The names README.md (and docs/) give in that repository that do not exist. */
function missingWith(readme: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'relance-docs-'));
  try {
    for (const [path, text] of Object.entries({ ...TREE, 'README.md': readme })) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return checkDocs(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the docs check', () => {
  it('passes a README that names only what exists', () => {
    const readme = [
      'See `src/core/settings/settings.ts`, `core/settings/`, [the law](docs/french-law.md),',
      '`settings.ts` and `build/Code.js`. Run `npm run check:arch`, then:',
      '```sh',
      'npx relance init DIR',
      'npx relance run DIR',
      '```',
      '`planDay` reads `sending.hour`, `sending.quotaReserve` and `templates.relance-1`.',
      '| field | meaning |',
      '|---|---|',
      '| `sending` | `hour`, `quotaReserve` |',
      '| `ladder` | each with `emailCopy` |',
      'The user’s `outbox/*.eml` and `reports/DATE.json` are not the repository’s.',
    ].join('\n');
    expect(missingWith(readme)).toEqual([]);
  });

  it('fails on a file, a link or a file name that does not exist', () => {
    expect(
      missingWith('`src/core/made-up.ts`, `server/run/gone.ts`, [x](docs/nowhere.md), `ghost.ts`'),
    ).toEqual([
      'README.md: no file src/core/made-up.ts',
      'README.md: no file server/run/gone.ts',
      'README.md: no file docs/nowhere.md',
      'README.md: no file named ghost.ts',
    ]);
  });

  it('fails on an npm script or a CLI command that does not exist', () => {
    expect(missingWith('Run `npm run lint:docs` or\n```\nnpx relance dossier DIR\n```\n')).toEqual([
      'README.md: no npm script lint:docs',
      'README.md: no CLI command dossier',
    ]);
  });

  it('fails on a settings option that does not exist, dotted or in the settings table', () => {
    const readme = [
      'Set `sending.chargeConsumers`.',
      '| field | meaning |',
      '|---|---|',
      '| `sending` | `hour`, `madeUpOption` |',
      '| `penalties` | `mode` |',
    ].join('\n');
    expect(missingWith(readme)).toEqual([
      'README.md: no settings option sending.chargeConsumers',
      'README.md: no settings field penalties',
      'README.md: no settings option sending.madeUpOption',
      'README.md: no name in the sources madeUpOption',
    ]);
  });

  it('fails on a camelCase name no source has', () => {
    expect(missingWith('`planDay` calls `planTheWholeYear`.')).toEqual([
      'README.md: no name in the sources planTheWholeYear',
    ]);
  });

  it('reads names from code spans and fenced blocks, not from prose', () => {
    const names = namesIn('Relance ne relance qu’en euros.\n```\nnpm run demo\n```\n');
    expect(names.cliCommands).toEqual([]);
    expect(names.npmScripts).toEqual(['demo']);
  });

  it('fails on a source citing a section its page does not have', () => {
    const pages: Record<string, string> = {
      'README.md': '# Relance\n\n- **Currency.** Euros only.\n',
      'docs/law.md': '# Law\n\n## Who the client is — the *Type client*\n',
    };
    const source = [
      '// Euros only (README, « Currency »).',
      '// Typed by its client (docs/law.md, « Who the client is »).',
      '// Chased in euros (README, « Devises »).',
      '// See docs/gone.md, « Anything ».',
      '// The opt-in (docs/law.md, section 4): every « Lien facture » PDF.',
    ].join('\n');
    expect(brokenSectionCitations('src/a.ts', source, (page) => pages[page])).toEqual([
      'src/a.ts:3: cites README.md « Devises », which has no such section',
      'src/a.ts:4: cites docs/gone.md « Anything », which has no such section',
    ]);
  });

  it('passes this repository', () => {
    expect(checkDocs(fileURLToPath(new URL('../..', import.meta.url)))).toEqual([]);
  });
});
