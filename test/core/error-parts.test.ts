import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { errorParts } from '../../src/core/values/error-parts';

describe('an error read from any realm', () => {
  it('keeps the name and message of an error thrown in another context', () => {
    const foreign: unknown = runInNewContext('new TypeError("Cellule introuvable")');
    expect(foreign instanceof Error).toBe(false);
    expect(errorParts(foreign)).toMatchObject({
      name: 'TypeError',
      message: 'Cellule introuvable',
    });
  });

  it('says what was thrown when it is not an error', () => {
    expect(errorParts('Quota dépassé')).toEqual({ name: 'string', message: 'Quota dépassé' });
    expect(errorParts({ code: 7 })).toEqual({ name: 'Error', message: '[object Object]' });
  });
});
