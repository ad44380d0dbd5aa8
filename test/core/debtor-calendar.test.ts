import { describe, expect, it } from 'vitest';
import { planDunning } from '../../src/core/dunning/engine';
import { formatIsoDay, type Day } from '../../src/core/values/day';
import { day, event, invoice, settings } from '../fixtures';

// A courrier de rappel on Thursday 18 March 2027 gives eight days: Friday 26 March, Good Friday.
function deadlineFor(address: string, firmInAlsaceMoselle: boolean): string {
  const result = planDunning({
    invoices: [invoice({ due: '2027-03-03', address })],
    events: [
      event({ on: '2027-03-05', step: 'reminder-1' }),
      event({ on: '2027-03-11', step: 'phone-call', type: 'call', detail: 'Pas de réponse' }),
    ],
    settings: settings({ alsaceMoselle: firmInAlsaceMoselle }),
    today: day('2027-03-18'),
  });
  const action = result.actions[0];
  expect(action?.step).toBe('reminder-2');
  return formatIsoDay(action?.deadline as Day);
}

describe('the deadline a debtor reads', () => {
  it('skips Good Friday and Easter Monday for a debtor in Strasbourg, whatever the firm’s setting', () => {
    expect(deadlineFor('4 route de Colmar, 67000 Strasbourg', false)).toBe('2027-03-30');
  });

  it('keeps Good Friday for a debtor in Lyon, even when the firm is in Alsace-Moselle', () => {
    expect(deadlineFor('8 quai Saint-Vincent, 69001 Lyon', true)).toBe('2027-03-26');
  });

  it('follows the firm’s setting when the address has no French postcode', () => {
    expect(deadlineFor('10 Market Street, London EC2A 4NE', true)).toBe('2027-03-30');
  });
});
