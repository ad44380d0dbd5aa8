import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classifyGoogleError, GOOGLE_ERRORS } from '../../src/core/values/google-errors';

/** What Apps Script throws: an object of another realm named "Exception". */
const thrown = (message: string): unknown =>
  runInNewContext(`Object.assign(new Error(${JSON.stringify(message)}), { name: 'Exception' })`);

const kindOf = (message: string) => classifyGoogleError(thrown(message))?.kind;
const reactionTo = (message: string) => classifyGoogleError(thrown(message))?.reaction;

describe('Google’s errors, told apart by one table of Google’s texts', () => {
  it('defers to the next passage when the day’s email quota is spent, but not on a rate limit', () => {
    expect(kindOf('Service invoked too many times for one day: email.')).toBe('email-daily-quota');
    expect(reactionTo('Service invoked too many times for one day: email.')).toBe('defer');
    expect(kindOf('Service invoked too many times in a short time: email.')).toBeUndefined();
    expect(kindOf('Service invoked too many times for one day: gmail.')).toBeUndefined();
  });

  it('defers to the next passage when the day’s Google Docs are spent, with or without « create »', () => {
    expect(kindOf('Service invoked too many times for one day: docs create.')).toBe(
      'documents-daily-quota',
    );
    expect(kindOf('Exception: Service invoked too many times for one day: docs.')).toBe(
      'documents-daily-quota',
    );
    expect(reactionTo('Service invoked too many times for one day: docs create.')).toBe('defer');
    expect(kindOf('Service invoked too many times in a short time: docs create.')).toBeUndefined();
  });

  it('fails the action when a message has too many recipients, not on an invalid address', () => {
    expect(kindOf('Limit Exceeded: Email Recipients Per Message.')).toBe('recipients');
    expect(reactionTo('Limit Exceeded: Email Recipients Per Message.')).toBe('fail');
    expect(kindOf('Invalid email: compta@exemple')).toBeUndefined();
  });

  it('fails the action past 250 attachments, whatever the case Google writes it in', () => {
    expect(kindOf('Limit exceeded: Email Attachments Per Message.')).toBe('attachments');
    expect(kindOf('Exception: LIMIT EXCEEDED: EMAIL ATTACHMENTS PER MESSAGE.')).toBe('attachments');
    expect(reactionTo('Limit exceeded: Email Attachments Per Message.')).toBe('fail');
    expect(kindOf('Limit exceeded: Email Attachments Per Day.')).toBeUndefined();
  });

  it('fails the action past 25 MB of attachments, not on a Drive file too large to convert', () => {
    expect(kindOf('Limit Exceeded: Email Total Attachments Size.')).toBe('attachment-size');
    expect(reactionTo('Limit Exceeded: Email Total Attachments Size.')).toBe('fail');
    expect(kindOf('Limit Exceeded: DriveApp.')).toBeUndefined();
  });

  it('fails the action when the body passes 200 KB', () => {
    expect(kindOf('Limit Exceeded: Email Body Size.')).toBe('body-size');
    expect(reactionTo('Limit Exceeded: Email Body Size.')).toBe('fail');
    expect(kindOf('Limit Exceeded: Email Body.')).toBeUndefined();
  });

  it('fails the action when the subject is too long, in English or in French, not for a property', () => {
    expect(kindOf('Argument too large: subject')).toBe('subject-length');
    expect(kindOf('Argument trop grand : subject')).toBe('subject-length');
    expect(reactionTo('Argument too large: subject')).toBe('fail');
    expect(kindOf('Argument too large: value')).toBeUndefined();
  });

  it('leaves any other error to be reported as itself, even one that speaks of a quota', () => {
    expect(classifyGoogleError(thrown('Le quota de stockage Drive est plein'))).toBeUndefined();
    expect(classifyGoogleError('Service unavailable: Gmail')).toBeUndefined();
    expect(classifyGoogleError(undefined)).toBeUndefined();
  });

  it('cites a source for every text it knows, and knows each text once', () => {
    const texts = GOOGLE_ERRORS.flatMap((row) => row.texts.map((t) => t.toLowerCase()));
    expect(new Set(texts).size).toBe(texts.length);
    for (const row of GOOGLE_ERRORS) expect(row.source).toMatch(/^https:\/\//);
  });
});
