import type { TicketStatus } from '../src/generated/graphql';
import { ticketTransition } from '../src/ticket/ticketWorkflow';

const statuses: TicketStatus[] = [
  'OPEN',
  'IN_PROGRESS',
  'WAITING_ON_CUSTOMER',
  'RESOLVED',
  'CLOSED',
  'REOPENED',
];

describe('ticketTransition', () => {
  it('allows exactly the moves of the workflow, each with its event', () => {
    const allowed = statuses.flatMap((from) =>
      statuses.flatMap((to) => {
        const transition = ticketTransition(from, to);
        return transition.allowed ? [`${from} → ${to}: ${transition.event}`] : [];
      }),
    );
    expect(allowed).toEqual([
      'OPEN → IN_PROGRESS: status_changed',
      'IN_PROGRESS → WAITING_ON_CUSTOMER: status_changed',
      'IN_PROGRESS → RESOLVED: resolved',
      'WAITING_ON_CUSTOMER → IN_PROGRESS: status_changed',
      'WAITING_ON_CUSTOMER → RESOLVED: resolved',
      'RESOLVED → CLOSED: closed',
      'RESOLVED → REOPENED: reopened',
      'REOPENED → IN_PROGRESS: status_changed',
    ]);
  });

  it('says why a move is refused', () => {
    expect(ticketTransition('OPEN', 'CLOSED')).toEqual({
      allowed: false,
      reason: 'A OPEN ticket cannot move to CLOSED (allowed: IN_PROGRESS)',
    });
    expect(ticketTransition('CLOSED', 'REOPENED')).toEqual({
      allowed: false,
      reason: 'A CLOSED ticket cannot move to REOPENED (it is final)',
    });
    expect(ticketTransition('IN_PROGRESS', 'IN_PROGRESS').allowed).toBe(false);
  });
});
