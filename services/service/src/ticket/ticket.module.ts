import { defineModule } from '@crm/events';
import { everyRole, TenantSequence, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { agents } from '../roles';
import { ticketMutations } from './ticket.commands';
import { TicketEntity } from './ticket.entity';
import { commentsOfTicket, listTickets, ticketLoader } from './ticket.queries';
import { ticketNumber } from './ticket.rules';
import { TicketCommentEntity } from './ticketComment.entity';

const resolvers: Resolvers = {
  Query: {
    ticket: (_, { id }, context) => ticketLoader(context).load(id),
    tickets: (_, args, context) => listTickets(context, args),
  },
  Mutation: commandResolvers(ticketMutations),
  Ticket: {
    __resolveReference: (reference, context) => ticketLoader(context).load(reference.id),
    number: (ticket) => ticketNumber(ticket.number),
    customer: (ticket) => ({ id: ticket.customerId }),
    order: (ticket) => (ticket.orderId ? { id: ticket.orderId } : null),
    comments: (ticket, args, context) => commentsOfTicket(context, ticket.id, args),
  },
};

/** Tickets and their comments: opened (numbered, routed, given SLA due times), worked, resolved, closed. */
export const ticketModule = defineModule({
  resolvers,
  access: { read: everyRole, change: agents },
  // The tenant's gap-free numbers: tickets' and the RMAs issued with them.
  entities: [TicketEntity, TicketCommentEntity, TenantSequence],
});
