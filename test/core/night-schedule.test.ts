import { describe, expect, it } from 'vitest';
import {
  leftAfterExecution,
  nightDecision,
  parseNightProgress,
  quotaHasRoom,
  type NightProgress,
} from '../../src/core/dunning/night-schedule';
import { parseIsoDay, type Day } from '../../src/core/values/day';

const today = parseIsoDay('2026-03-16') as Day;
const decide = (hour: number, progress?: NightProgress) =>
  nightDecision({ today, hour, nightHour: 7, progress });

describe('the hourly firing’s decision', () => {
  it('waits before the user’s hour, whatever is left', () => {
    expect(decide(6)).toBe('wait');
    expect(decide(6, { day: '2026-03-16', left: 'work' })).toBe('wait');
  });

  it('runs the night at the user’s hour, and at a later hour when it has not run yet that day', () => {
    expect(decide(7)).toBe('run');
    expect(decide(15, { day: '2026-03-15', left: 'nothing' })).toBe('run');
  });

  it('goes on at the following hours while the night has work left (time budget, lock busy)', () => {
    expect(decide(8, { day: '2026-03-16', left: 'work' })).toBe('run');
  });

  it('does nothing more once the day’s night is done', () => {
    expect(decide(8, { day: '2026-03-16', left: 'nothing' })).toBe('wait');
  });

  it('runs again after a quota ran out only when the quota has room', () => {
    expect(decide(8, { day: '2026-03-16', left: 'quota' })).toBe('run-if-quota');
  });

  it('reads an unreadable progress as none', () => {
    expect(parseNightProgress('{"day":"2026-03-16"}')).toBeUndefined();
    expect(parseNightProgress('pas du JSON')).toBeUndefined();
    expect(parseNightProgress(null)).toBeUndefined();
    expect(parseNightProgress('{"day":"2026-03-16","left":"work"}')).toEqual({
      day: '2026-03-16',
      left: 'work',
    });
  });
});

describe('a night left waiting on a quota', () => {
  it('goes on once emails are left beyond the reserve and Docs for one action', () => {
    expect(quotaHasRoom({ remainingEmails: 11, quotaReserve: 10, documentsLeft: 2 })).toBe(true);
  });

  it('keeps waiting while the emails left are no more than the reserve', () => {
    expect(quotaHasRoom({ remainingEmails: 10, quotaReserve: 10, documentsLeft: 250 })).toBe(false);
  });

  it('keeps waiting while fewer Docs are left than one action may create (its letter and its relevé)', () => {
    expect(quotaHasRoom({ remainingEmails: 90, quotaReserve: 10, documentsLeft: 1 })).toBe(false);
  });
});

describe('what an execution leaves for the next firing', () => {
  it('leaves work when it ran out of time, even with a quota spent too', () => {
    expect(leftAfterExecution({ outOfTime: true, heldByQuota: true })).toBe('work');
  });

  it('leaves work waiting for the quota when a quota held steps back', () => {
    expect(leftAfterExecution({ outOfTime: false, heldByQuota: true })).toBe('quota');
  });

  it('leaves nothing when every step went', () => {
    expect(leftAfterExecution({ outOfTime: false, heldByQuota: false })).toBe('nothing');
  });
});
