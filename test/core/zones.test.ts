import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ZONES = [
  'Europe/Paris',
  'UTC',
  'Pacific/Auckland',
  'Pacific/Apia',
  'America/Sao_Paulo',
  'Pacific/Kiritimati',
  'America/St_Johns',
];

/** What the core says about a set of days, the process's zone set to each of `zones` in turn. */
function answersIn(zones: readonly string[]): Record<string, string[][]> {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./zone-answers.ts', import.meta.url)), ...zones],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Record<string, string[][]>;
}

describe('the machine’s time zone', () => {
  it('changes nothing the core says about days, even where a zone skipped a whole day', () => {
    const answers = answersIn(ZONES);
    const paris = answers['Europe/Paris'];
    for (const zone of ZONES) expect(answers[zone], zone).toEqual(paris);
    expect(answers['Pacific/Apia']?.[1]?.slice(0, 4)).toEqual([
      '2011-12-30',
      '30 décembre 2011',
      '30/12/2011',
      '30 December 2011',
    ]);
  });
});
