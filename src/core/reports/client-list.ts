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
export function listOpenClients(standings: readonly InvoiceStanding[]): ClientBalance[] {
  const clients = new Map<string, ClientBalance>();
  for (const standing of standings) {
    if (standing.state === 'paid' && standing.interestCents + standing.indemnityCents === 0)
      continue;
    const entry = clients.get(standing.clientKey) ?? {
      client: standing.client,
      clientKey: standing.clientKey,
      openBalanceCents: 0,
    };
    entry.openBalanceCents += standing.balanceCents;
    clients.set(standing.clientKey, entry);
  }
  return [...clients.values()].sort((a, b) => b.openBalanceCents - a.openBalanceCents);
}
