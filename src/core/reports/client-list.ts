/** The sidebar's list of clients: who still owes something, and how much. */
import type { InvoiceStanding } from '../model';

export interface ClientBalance {
  client: string;
  clientKey: string;
  openBalanceCents: number;
}

/**
 * Clients with an invoice not yet paid, or paid late with claimed penalties still owed (to
 * collect or waive them), the largest open balance first.
 */
export function listOpenClients(plans: readonly InvoiceStanding[]): ClientBalance[] {
  const clients = new Map<string, ClientBalance>();
  for (const plan of plans) {
    if (plan.state === 'paid' && plan.interestCents + plan.indemnityCents === 0) continue;
    const entry = clients.get(plan.clientKey) ?? {
      client: plan.client,
      clientKey: plan.clientKey,
      openBalanceCents: 0,
    };
    entry.openBalanceCents += plan.balanceCents;
    clients.set(plan.clientKey, entry);
  }
  return [...clients.values()].sort((a, b) => b.openBalanceCents - a.openBalanceCents);
}
