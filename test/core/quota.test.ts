/**
 * The day's quota allocation: which steps go within what is left of the email quota (less the
 * reserve) and of the documents-created quota, and why the others wait.
 */
import { describe, expect, it } from 'vitest';
import { allocateQuota, usesQuota, type QuotaStep } from '../../src/core/plan/quota';

const email = (name: string, recipients = 1): QuotaStep & { name: string } => ({
  name,
  action: { to: Array.from({ length: recipients }, (_, i) => `${name}${i}@client.fr`) },
  sendsEmail: true,
  makesLetter: false,
});
const letter = (name: string): QuotaStep & { name: string } => ({
  ...email(name),
  makesLetter: true,
  statement: [],
});
const call = (name: string): QuotaStep & { name: string } => ({
  ...email(name, 0),
  sendsEmail: false,
});
const sending = { quotaReserve: 5, copyToSelf: false };
const plenty = { remainingEmails: 100, documentsLeft: 250 };

function allocate(
  steps: readonly (QuotaStep & { name: string })[],
  options: {
    quotaReserve?: number;
    copyToSelf?: boolean;
    remainingEmails?: number;
    documentsLeft?: number;
  } = {},
) {
  const { attempted, waiting } = allocateQuota(
    steps,
    { ...sending, ...options },
    { ...plenty, ...options },
  );
  return {
    going: attempted.map((s) => s.name),
    waiting: waiting.map((w) => `${w.step.name}: ${w.reason.fr}`),
  };
}

describe('the day’s quota allocation', () => {
  it('lets every step go while the quotas have room', () => {
    expect(allocate([email('a'), letter('b'), call('c')])).toEqual({
      going: ['a', 'b', 'c'],
      waiting: [],
    });
  });

  it('keeps the reserve for the user’s own mail: the emails past it wait, the phone call still goes', () => {
    const { going, waiting } = allocate([email('a'), email('b'), call('c')], {
      remainingEmails: 6,
    });
    expect(going).toEqual(['a', 'c']);
    expect(waiting).toEqual([
      'b: Quota d’envoi d’emails du jour atteint : envoi reporté au prochain passage.',
    ]);
  });

  it('makes only the client with more recipients than are left wait, and the next client still goes', () => {
    const { going, waiting } = allocate([email('many', 4), email('one')], { remainingEmails: 8 });
    expect(going).toEqual(['one']);
    expect(waiting[0]).toContain('many: 4 destinataires pour ce client, il reste 3 envois');
  });

  it('counts the copy the user sends to themself as one more recipient', () => {
    const { going } = allocate([email('a', 2), email('b', 2)], {
      remainingEmails: 10,
      copyToSelf: true,
    });
    expect(going).toEqual(['a']);
  });

  it('makes a letter wait when the Docs left cannot hold its letter and its relevé', () => {
    const { going, waiting } = allocate([letter('a'), letter('b'), email('c')], {
      documentsLeft: 3,
    });
    expect(going).toEqual(['a', 'c']);
    expect(waiting).toEqual([
      'b: Quota de documents Google du jour atteint (courriers, relevés) : reporté au prochain passage.',
    ]);
  });

  it('reads no quota for a day of phone calls only', () => {
    expect(usesQuota([call('a'), call('b')])).toBe(false);
    expect(usesQuota([call('a'), email('b')])).toBe(true);
    expect(usesQuota([{ ...call('a'), makesLetter: true }])).toBe(true);
  });
});
