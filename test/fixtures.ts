/** Builders with defaults for test fixtures: write only what the test is about. */
import { dayFromParts, parseIsoDay, type Day } from '../src/core/values/day';
import type { Cents } from '../src/core/values/money';
import type { Invoice, JournalEvent } from '../src/core/model';
import { clientKeyOf } from '../src/core/values/keys';
import { defaultSettings, type Settings } from '../src/core/settings/settings';
import type { TestOptions } from 'vitest';
import { planDunning } from '../src/core/dunning/engine';
import { toExecutionPlan } from '../src/core/plan/execution';

/**
 * Marks a test that reads or writes instants in a time zone (the emulator's clock and date cells,
 * Utilities, time triggers): `npm run test:zones` runs these again under UTC and Pacific/Auckland.
 * The core takes no zone from the machine (test/core/zones.test.ts) and needs no such run.
 */
export const ZONED: TestOptions = { tags: ['zone-dependent'] };

export function day(iso: string): Day {
  const parsed = parseIsoDay(iso);
  if (parsed === undefined) throw new Error(`bad test day ${iso}`);
  return parsed;
}

export const euros = (value: number) => Math.round(value * 100) as Cents;

export function invoice(overrides: Partial<Invoice> & { due?: string } = {}): Invoice {
  const { due, ...rest } = overrides;
  const client = rest.client ?? 'Boulangerie Martin';
  return {
    number: 'F-001',
    client,
    clientKey: clientKeyOf(client),
    emails: ['compta@boulangerie-martin.fr'],
    dueDate: due === undefined ? dayFromParts(2026, 3, 2) : day(due),
    amountCents: euros(1200),
    paidCents: 0 as Cents,
    markedPaid: false,
    clientType: 'trader',
    language: 'fr',
    row: 2,
    ...rest,
    ...(rest.client === undefined ? {} : { clientKey: rest.clientKey ?? clientKeyOf(client) }),
  };
}

let eventCounter = 0;

export function event(overrides: Partial<JournalEvent> & { on: string }): JournalEvent {
  const { on, ...rest } = overrides;
  eventCounter += 1;
  return {
    id: `e-${eventCounter}`,
    day: day(on),
    type: 'sent',
    client: 'Boulangerie Martin',
    invoices: ['F-001'],
    state: 'done',
    ...rest,
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...overrides };
}

/** The night of `today` for these invoices and this Journal: the engine's plan and its steps. */
export function nightOn(
  today: string,
  settings: Settings,
  invoices: Invoice[],
  events: JournalEvent[] = [],
) {
  const plan = planDunning({ invoices, events, settings, today: day(today) });
  const { steps } = toExecutionPlan({
    plan,
    invoices,
    settings,
    today: day(today),
    mode: 'nightly',
    events,
  });
  return { plan, steps };
}
