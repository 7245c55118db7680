import { childConnection, type PageArgs, type RequestContext } from '@crm/platform';
import { TicketEntity } from '../ticket/ticket.entity';

/** An Order of the sales subgraph as this subgraph knows it: its id. */
export interface OrderReference {
  id: string;
}

/** Order.tickets, newest first; the first pages of a whole list of orders load together. */
export function ticketsOfOrder(context: RequestContext, orderId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: TicketEntity,
      parentProperty: 'orderId',
      parentId: orderId,
      sort: [{ property: 'createdAt', direction: 'DESC' }],
    },
    args,
  );
}
