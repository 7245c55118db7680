import { byKeys, type RequestContext } from '@crm/platform';
import { RmaEntity } from './rma.entity';

export function rmaLoader(context: RequestContext) {
  return context.loaders.get<string, RmaEntity | null>('rmaById', async (ids) =>
    byKeys(ids, await context.db.findByIds(RmaEntity, ids), (rma) => rma.id),
  );
}

/** Ticket.rma for every ticket of a request in one query. */
export function rmaOfTicketLoader(context: RequestContext) {
  return context.loaders.get<string, RmaEntity | null>('rmaByTicket', async (ticketIds) =>
    byKeys(
      ticketIds,
      await context.db
        .select(RmaEntity, 'r')
        .andWhere('r.ticketId = ANY(:ticketIds)', { ticketIds })
        .getMany(),
      (rma) => rma.ticketId,
    ),
  );
}
