import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { OrderProjectionEntity, OrderProjectionLineEntity } from './orderProjection.entity';
import { ordersProjection } from './orders.projection';
import { ticketsOfOrder } from './orderTickets.queries';

const resolvers: Resolvers = {
  Order: {
    // The sales subgraph owns the order; here it is its id, and its tickets are the caller tenant's.
    __resolveReference: (reference) => ({ id: reference.id }),
    tickets: (order, args, context) => ticketsOfOrder(context, order.id, args),
  },
};

/** Order.tickets; the orders tickets are about, kept from the sales service's events. */
export const orderModule = defineModule({
  resolvers,
  access: { read: everyRole },
  entities: [OrderProjectionEntity, OrderProjectionLineEntity],
  projections: [ordersProjection],
});
