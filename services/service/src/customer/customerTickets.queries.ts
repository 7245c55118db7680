import { childConnection, type PageArgs, type RequestContext } from '@crm/platform';
import { TicketEntity } from '../ticket/ticket.entity';
import { openStatuses } from '../ticket/ticketWorkflow';

/** A Customer of the customer subgraph as this subgraph knows it: its id. */
export interface CustomerReference {
  id: string;
}

/** Customer.tickets, newest first; the first pages of a whole list of customers load together. */
export function ticketsOfCustomer(context: RequestContext, customerId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: TicketEntity,
      parentProperty: 'customerId',
      parentId: customerId,
      sort: [{ property: 'createdAt', direction: 'DESC' }],
    },
    args,
  );
}

/** Customer.openTicketCount for every customer of a request in one query. */
export function openTicketCountLoader(context: RequestContext) {
  return context.loaders.get<string, number>('openTicketCountByCustomer', async (customerIds) => {
    const rows: { customer_id: string; open: number }[] = await context.db
      .select(TicketEntity, 't')
      .select('t.customer_id', 'customer_id')
      .addSelect('count(*)::int', 'open')
      .andWhere('t.customer_id = ANY(:customerIds)', { customerIds })
      .andWhere('t.status = ANY(:open)', { open: openStatuses })
      .groupBy('t.customer_id')
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.customer_id, row.open]));
    return customerIds.map((id) => counts.get(id) ?? 0);
  });
}
