import { describe, expect, it } from 'vitest';
import { mailLimitOf } from '../../src/server/adapters/mail';

describe('Google’s mail errors, recognised through one table', () => {
  it('tells the daily quota from each per-message limit, whatever the prefix or the case', () => {
    expect(mailLimitOf('Service invoked too many times for one day: email.')).toBe('daily-quota');
    expect(mailLimitOf('Exception: Limit Exceeded: Email Recipients Per Message.')).toBe(
      'recipients',
    );
    expect(mailLimitOf('Limit exceeded: Email Attachments Per Message.')).toBe('attachments');
    expect(mailLimitOf('Limit Exceeded: Email Total Attachments Size.')).toBe('attachment-size');
    expect(mailLimitOf('Limit Exceeded: Email Body Size.')).toBe('body-size');
    expect(mailLimitOf('Argument trop grand : subject')).toBe('subject-length');
  });

  it('leaves any other error alone, even one that speaks of a quota', () => {
    expect(mailLimitOf('Invalid email: compta@exemple')).toBeUndefined();
    expect(mailLimitOf('Le quota de stockage Drive est plein')).toBeUndefined();
  });
});
