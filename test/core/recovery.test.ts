/** What a run makes of the Journal rows a killed run left behind. */
import { describe, expect, it } from 'vitest';
import { recoveryOf } from '../../src/core/plan/recovery';
import type { EventState } from '../../src/core/model';

describe('the rows a killed run left', () => {
  it('turns a row left « en cours » into « à vérifier »: it may have gone out, so it is never resent blindly', () => {
    expect(recoveryOf('in-progress')?.state).toBe('to-verify');
    expect(recoveryOf('in-progress')?.reason).toBe(
      'Passage interrompu pendant l’envoi : vérifiez dans « Messages envoyés » s’il est parti, puis confirmez-le.',
    );
  });

  it('defers a row left « prévu »: it never started, so it is planned again', () => {
    expect(recoveryOf('planned')?.state).toBe('deferred');
    expect(recoveryOf('planned')?.reason).toBe(
      'Passage interrompu avant l’envoi : repris au passage suivant.',
    );
  });

  it('leaves every other row as it is', () => {
    const others: readonly EventState[] = [
      'done',
      'to-do',
      'to-verify',
      'failed',
      'deferred',
      'preview',
    ];
    for (const state of others) expect(recoveryOf(state)).toBeUndefined();
  });
});
