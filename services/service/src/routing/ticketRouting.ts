import type { TicketPriority, TicketType } from '@crm/events';
import type { TenantDb } from '@crm/platform';
import { CustomerSegmentEntity } from '../customer/customerSegment.entity';
import { TicketEntity } from '../ticket/ticket.entity';
import { openStatuses } from '../ticket/ticketWorkflow';
import { TicketQueueEntity } from './ticketQueue.entity';
import { leastBusyAgent, queueMatches } from './ticketQueue.rules';

export interface Routing {
  queueId: string;
  /** Null when the queue has no agents. */
  assigneeId: string | null;
}

/** The tenant's queues in routing order: by position, then the oldest first. */
export function queuesInOrder(db: TenantDb): Promise<TicketQueueEntity[]> {
  return db
    .select(TicketQueueEntity, 'q')
    .orderBy('q.position', 'ASC')
    .addOrderBy('q.createdAt', 'ASC')
    .addOrderBy('q.id', 'ASC')
    .getMany();
}

/**
 * Routes a new ticket to the first queue whose rules match (type, priority, the customer's segment from
 * the projection) and the queue's agent with the fewest open tickets in it; null when no queue matches.
 * The queue's row stays locked until the ticket commits, so concurrent routings count each other.
 */
export async function routeTicket(
  tx: TenantDb,
  ticket: { customerId: string; type: TicketType; priority: TicketPriority },
): Promise<Routing | null> {
  const customer = await tx.manager.findOne(CustomerSegmentEntity, {
    where: { id: ticket.customerId, tenantId: tx.tenantId },
  });
  const routed = { type: ticket.type, priority: ticket.priority, segment: customer?.segment ?? null };
  const queue = (await queuesInOrder(tx)).find((candidate) => queueMatches(candidate, routed));
  if (!queue) return null;
  await tx.manager.query('SELECT 1 FROM ticket_queue WHERE id = $1 FOR UPDATE', [queue.id]);
  const rows: { assignee_id: string; open: number }[] = await tx
    .select(TicketEntity, 't')
    .select('t.assignee_id', 'assignee_id')
    .addSelect('count(*)::int', 'open')
    .andWhere('t.queue_id = :queueId', { queueId: queue.id })
    .andWhere('t.status = ANY(:open)', { open: openStatuses })
    .andWhere('t.assignee_id = ANY(:agents)', { agents: queue.agentIds })
    .groupBy('t.assignee_id')
    .getRawMany();
  const openTickets = new Map(rows.map((row) => [row.assignee_id, row.open]));
  return { queueId: queue.id, assigneeId: leastBusyAgent(queue.agentIds, openTickets) };
}
