import { loaderById, type RequestContext } from '@crm/platform';
import { TicketQueueEntity } from './ticketQueue.entity';
import { queuesInOrder } from './ticketRouting';

export function listTicketQueues(context: RequestContext): Promise<TicketQueueEntity[]> {
  return queuesInOrder(context.db);
}

/** Ticket.queue for every ticket of a request in one query. */
export const ticketQueueLoader = (context: RequestContext) => loaderById(context, TicketQueueEntity);
