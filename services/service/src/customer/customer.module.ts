import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { customersProjection } from './customers.projection';
import { CustomerSegmentEntity } from './customerSegment.entity';
import { openTicketCountLoader, ticketsOfCustomer } from './customerTickets.queries';

const resolvers: Resolvers = {
  Customer: {
    // The customer subgraph owns the customer; here it is its id, and its tickets are the caller tenant's.
    __resolveReference: (reference) => ({ id: reference.id }),
    tickets: (customer, args, context) => ticketsOfCustomer(context, customer.id, args),
    openTicketCount: (customer, _, context) => openTicketCountLoader(context).load(customer.id),
  },
};

/** Customer.tickets and openTicketCount; customers' segments, kept from the customer service's events. */
export const customerModule = defineModule({
  resolvers,
  access: { read: everyRole },
  entities: [CustomerSegmentEntity],
  projections: [customersProjection],
});
