import { describe, expect, it } from 'vitest';
import { newRequestId, submitOnce } from '../../sidebar/submit-once';

/** A server answer the test settles when it wants, to play a slow reply. */
function pending<T>() {
  let settle: (value: T) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  return { promise, settle, fail };
}

const keys = () => {
  let n = 0;
  return () => {
    n += 1;
    return `key-${n}`;
  };
};

describe('an answer form’s submit', () => {
  it('sends a double click once, the button disabled until the server answers', async () => {
    const button = { disabled: false };
    const submit = submitOnce(button, keys());
    const sent: string[] = [];
    const reply = pending<boolean>();
    const first = submit((key) => {
      sent.push(key);
      return reply.promise;
    });
    expect(button.disabled).toBe(true);
    await submit((key) => {
      sent.push(key);
      return Promise.resolve(true);
    });
    reply.settle(true);
    await first;
    expect(sent).toEqual(['key-1']);
    expect(button.disabled).toBe(false);
  });

  it('retries under the same key after an error or a refusal, and takes a new one once recorded', async () => {
    const button = { disabled: false };
    const submit = submitOnce(button, keys());
    const sent: string[] = [];
    await expect(
      submit((key) => {
        sent.push(key);
        return Promise.reject(new Error('Une relance est en cours, réessayez dans une minute.'));
      }),
    ).rejects.toThrow(/réessayez/);
    expect(button.disabled).toBe(false);
    await submit((key) => {
      sent.push(key);
      return Promise.resolve(false);
    });
    await submit((key) => {
      sent.push(key);
      return Promise.resolve(true);
    });
    await submit((key) => {
      sent.push(key);
      return Promise.resolve(true);
    });
    expect(sent).toEqual(['key-1', 'key-1', 'key-1', 'key-2']);
  });

  it('makes keys the server accepts: 32 hexadecimal digits, a new one each time', () => {
    const first = newRequestId();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(newRequestId()).not.toBe(first);
  });
});
