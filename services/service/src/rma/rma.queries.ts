import { byKeys, defineList, loaderById, type RequestContext } from '@crm/platform';
import { RmaEntity } from './rma.entity';

export const rmaLoader = (context: RequestContext) => loaderById(context, RmaEntity);

/** The RMA list: typed filter, keyset pages, newest first. */
export const listRmas = defineList<RmaEntity, never>({
  entity: RmaEntity,
  alias: 'r',
  filter: { status: 'enum', customerId: 'id', orderId: 'id', createdAt: 'dateTime' },
  orderBy: {},
  defaultOrder: { property: 'createdAt', direction: 'DESC' },
});

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
