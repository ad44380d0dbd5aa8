import { describe, expect, it } from 'vitest';
import { killTrials } from '../../scripts/kill-nine';

describe('a real run killed with SIGKILL at random moments', () => {
  it('then run again, has sent no email twice and journaled every email it sent', async () => {
    const figures = await killTrials({ kills: 8 });
    console.log(
      `kill -9: ${figures.kills} kills (${figures.killedMidRun} mid-run), ${figures.emails} emails, ` +
        `${figures.duplicates} duplicates, ${figures.lostJournalRows} lost Journal rows, ` +
        `${figures.toVerify} rows « à vérifier »`,
    );
    expect(figures.failures).toEqual([]);
    expect(figures.killedMidRun).toBeGreaterThan(0);
  }, 120_000);
});
