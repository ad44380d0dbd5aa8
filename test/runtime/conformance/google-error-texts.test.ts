/**
 * The emulator throws Google's own texts for the quotas and limits Relance reacts to, so that
 * offline runs go through the same table (core/values/google-errors) as runs on Google.
 */
import { describe, expect, it } from 'vitest';
import { classifyGoogleError } from '../../../src/core/values/google-errors';
import { MAIL_QUOTA_EXCEEDED } from '../../../src/local/runtime/cost-table';
import { DOCUMENTS_QUOTA_EXCEEDED } from '../../../src/local/runtime/daily-quotas';
import { MAIL_LIMIT_ERRORS } from '../../../src/local/runtime/mail';

const kindOf = (text: string) => classifyGoogleError(new Error(text))?.kind;

describe('the emulator’s quota and limit errors, read by the table of Google’s texts', () => {
  it('are the daily quotas Relance defers on', () => {
    expect(kindOf(MAIL_QUOTA_EXCEEDED)).toBe('email-daily-quota');
    expect(kindOf(DOCUMENTS_QUOTA_EXCEEDED)).toBe('documents-daily-quota');
  });

  it('are the per-message limits Relance fails an action on', () => {
    expect(kindOf(MAIL_LIMIT_ERRORS.recipients)).toBe('recipients');
    expect(kindOf(MAIL_LIMIT_ERRORS.attachments)).toBe('attachments');
    expect(kindOf(MAIL_LIMIT_ERRORS.attachmentBytes)).toBe('attachment-size');
    expect(kindOf(MAIL_LIMIT_ERRORS.bodyBytes)).toBe('body-size');
    expect(kindOf(MAIL_LIMIT_ERRORS.subject)).toBe('subject-length');
  });
});
