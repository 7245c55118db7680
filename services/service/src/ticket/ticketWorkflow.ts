import type { TicketStatus } from '@crm/events';

/** OPEN → IN_PROGRESS ⇄ WAITING_ON_CUSTOMER → RESOLVED → CLOSED, RESOLVED → REOPENED → IN_PROGRESS. */
const nextStatuses: Record<TicketStatus, readonly TicketStatus[]> = {
  OPEN: ['IN_PROGRESS'],
  IN_PROGRESS: ['WAITING_ON_CUSTOMER', 'RESOLVED'],
  // The customer's answer may settle it: resolving straight from waiting is allowed.
  WAITING_ON_CUSTOMER: ['IN_PROGRESS', 'RESOLVED'],
  RESOLVED: ['CLOSED', 'REOPENED'],
  CLOSED: [],
  REOPENED: ['IN_PROGRESS'],
};

/** Tickets that still need work (counted by Customer.openTicketCount, watched by the SLA scheduler). */
export const openStatuses: readonly TicketStatus[] = [
  'OPEN',
  'IN_PROGRESS',
  'WAITING_ON_CUSTOMER',
  'REOPENED',
];

export type TicketTransition =
  | { allowed: true; event: 'status_changed' | 'resolved' | 'closed' | 'reopened' }
  | { allowed: false; reason: string };

/** Whether a ticket may move from `from` to `to`, and which event the move is. */
export function ticketTransition(from: TicketStatus, to: TicketStatus): TicketTransition {
  if (!nextStatuses[from].includes(to)) {
    const allowed = nextStatuses[from];
    return {
      allowed: false,
      reason: `A ${from} ticket cannot move to ${to}${
        allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (it is final)'
      }`,
    };
  }
  const event =
    to === 'RESOLVED'
      ? 'resolved'
      : to === 'CLOSED'
        ? 'closed'
        : to === 'REOPENED'
          ? 'reopened'
          : 'status_changed';
  return { allowed: true, event };
}
