import {
  applyFilter,
  byKeys,
  paginate,
  type Connection,
  type FilterSpec,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import type { RmaFilter } from '../generated/graphql';
import { RmaEntity } from './rma.entity';

export function rmaLoader(context: RequestContext) {
  return context.loaders.get<string, RmaEntity | null>('rmaById', async (ids) =>
    byKeys(ids, await context.db.findByIds(RmaEntity, ids), (rma) => rma.id),
  );
}

const filterSpec: FilterSpec = {
  status: { kind: 'enum', column: 'r.status' },
  customerId: { kind: 'id', column: 'r.customer_id' },
  orderId: { kind: 'id', column: 'r.order_id' },
  createdAt: { kind: 'dateTime', column: 'r.created_at' },
};

export function listRmas(
  context: RequestContext,
  args: PageArgs & { filter?: RmaFilter | null },
): Promise<Connection<RmaEntity>> {
  const query = context.db.select(RmaEntity, 'r');
  applyFilter(query, args.filter, filterSpec);
  return paginate(query, [{ property: 'createdAt', direction: 'DESC' }], args);
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
