import { byKeys, type RequestContext } from '@crm/platform';
import { TicketQueueEntity } from './ticketQueue.entity';
import { queuesInOrder } from './ticketRouting';

export function listTicketQueues(context: RequestContext): Promise<TicketQueueEntity[]> {
  return queuesInOrder(context.db);
}

/** Ticket.queue for every ticket of a request in one query. */
export function ticketQueueLoader(context: RequestContext) {
  return context.loaders.get<string, TicketQueueEntity | null>('ticketQueueById', async (ids) =>
    byKeys(ids, await context.db.findByIds(TicketQueueEntity, ids), (queue) => queue.id),
  );
}
