/**
 * One client chased to the judge, shared by the dossier tests: Garage Martin (SAS, Paris 4e,
 * commerçant) owes Atelier Durand (SARL, Lyon) for three invoices.
 * - F-100: 500,00 €, due 31 October 2025, reminded (first reminder, then the reminder letter,
 *   which claims penalties), paid in full on 15 December 2025: paid late, its penalties and
 *   indemnity stay on the account.
 * - F-101: 1 200,00 €, issued 31 October 2025, due 30 November 2025, 400,00 € paid on 20 January
 *   2026.
 * - F-102: 800,00 €, issued 1 January 2026, due 31 January 2026, unpaid.
 * The mise en demeure of F-101 and F-102 was posted on Tuesday 3 March 2026 (LRAR 1A 234 567 8901
 * 2), first presented on Thursday 5 March (AR reçu, scan linked): eight days from the
 * presentation end on Friday 13 March 2026. The dossier is made on 31 March 2026.
 */
import type { Channel, Invoice, JournalEvent, StepId } from '../../src/core/model';
import type { DossierClient, DossierInput } from '../../src/core/dossier/types';
import type { Cents } from '../../src/core/values/money';
import { clientKeyOf } from '../../src/core/values/keys';
import { day, euros, event, invoice, settings } from '../fixtures';

export const CLIENT = 'Garage Martin';
export const ADDRESS = '10 rue de Rivoli, 75004 Paris';
const MAIL = ['compta@garage-martin.fr'];

export const firm = settings({
  firm: {
    ...settings().firm,
    name: 'Atelier Durand',
    legalForm: 'SARL',
    shareCapital: '10 000 €',
    rcsCity: 'Lyon',
    siret: '81234567800012',
    address: '5 rue Mercière, 69002 Lyon',
    signatory: 'Claire Durand',
    email: 'contact@atelier-durand.fr',
  },
});

export const client: DossierClient = {
  name: CLIENT,
  clientKey: clientKeyOf(CLIENT),
  clientType: 'trader',
  address: ADDRESS,
  siren: '552 100 554',
  legalForm: 'SAS',
};

const row = (overrides: Partial<Invoice> & { due: string }): Invoice =>
  invoice({ client: CLIENT, address: ADDRESS, emails: MAIL, ...overrides });

export function invoices(): Invoice[] {
  return [
    row({
      number: 'F-100',
      due: '2025-10-31',
      amountCents: euros(500),
      paidCents: euros(500),
      paymentDate: day('2025-12-15'),
      markedPaid: true,
      invoiceLink: 'https://drive.example/F-100.pdf',
    }),
    row({
      number: 'F-101',
      issueDate: day('2025-10-31'),
      due: '2025-11-30',
      amountCents: euros(1200),
      paidCents: euros(400),
      paymentDate: day('2026-01-20'),
      invoiceLink: 'https://drive.example/F-101.pdf',
    }),
    row({
      number: 'F-102',
      issueDate: day('2026-01-01'),
      due: '2026-01-31',
      amountCents: euros(800),
      invoiceLink: 'https://drive.example/F-102.pdf',
    }),
  ];
}

const sent = (on: string, step: StepId, numbers: string[], channel: Channel = 'email') =>
  event({
    on,
    client: CLIENT,
    type: 'sent',
    step,
    channel,
    invoices: numbers,
    recipients: MAIL,
    subject: `Relance ${numbers.join(', ')}`,
  });

export function journal(): JournalEvent[] {
  return [
    sent('2025-11-05', 'reminder-1', ['F-100']),
    sent('2025-11-20', 'reminder-2', ['F-100'], 'letter'),
    sent('2025-12-05', 'reminder-1', ['F-101']),
    sent('2026-01-05', 'reminder-2', ['F-101'], 'letter'),
    sent('2026-02-05', 'reminder-1', ['F-102']),
    event({
      id: 'med-letter',
      on: '2026-03-02',
      client: CLIENT,
      type: 'letter-to-post',
      step: 'demand-letter',
      channel: 'registered-letter',
      invoices: ['F-101', 'F-102'],
      link: 'https://drive.example/mise-en-demeure.pdf',
      state: 'to-do',
    }),
    event({
      id: 'med-posted',
      on: '2026-03-03',
      client: CLIENT,
      type: 'registered-letter-posted',
      step: 'demand-letter',
      invoices: ['F-101', 'F-102'],
      date: day('2026-03-03'),
      detail: '1A 234 567 8901 2',
    }),
    event({
      id: 'med-ar',
      on: '2026-03-05',
      client: CLIENT,
      type: 'receipt-acknowledged',
      invoices: ['F-101', 'F-102'],
      date: day('2026-03-05'),
      link: 'https://drive.example/avis-de-reception.pdf',
    }),
  ];
}

export function scenario(overrides: Partial<DossierInput> = {}): DossierInput {
  return {
    client,
    invoices: invoices(),
    events: journal(),
    settings: firm,
    today: day('2026-03-31'),
    ...overrides,
  };
}

export const cents = (value: number) => value as Cents;
