import { describe, expect, it } from 'vitest';
import { runDateProblem } from '../../src/core/dunning/run-date';
import { day, event } from '../fixtures';

describe('runDateProblem', () => {
  it('accepts a run on the day of the Journal’s last event or later', () => {
    const events = [event({ on: '2026-03-20' }), event({ on: '2026-03-02' })];
    expect(runDateProblem(day('2026-03-20'), events)).toBeUndefined();
    expect(runDateProblem(day('2026-03-21'), events)).toBeUndefined();
    expect(runDateProblem(day('2026-03-21'), [])).toBeUndefined();
  });

  it('refuses a run dated before the Journal’s last event, naming both dates', () => {
    const message = runDateProblem(day('2026-03-16'), [
      event({ on: '2026-03-02' }),
      event({ on: '2026-03-20' }),
    ]);
    expect(message).toMatch(/16\/03\/2026/);
    expect(message).toMatch(/20\/03\/2026/);
  });

  it('says so in English for the English sidebar', () => {
    const events = [event({ on: '2026-03-20' })];
    expect(runDateProblem(day('2026-03-16'), events, 'en')).toMatch(
      /^Run refused: it is dated 16 March 2026, before the last run written in the Journal \(20 March 2026\)/,
    );
  });
});
