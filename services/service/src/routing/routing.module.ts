import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { admins } from '../roles';
import { ticketQueueMutations } from './ticketQueue.commands';
import { TicketQueueEntity } from './ticketQueue.entity';
import { listTicketQueues, ticketQueueLoader } from './ticketQueue.queries';

const resolvers: Resolvers = {
  Query: {
    ticketQueues: (_, __, context) => listTicketQueues(context),
  },
  Mutation: commandResolvers(ticketQueueMutations),
  Ticket: {
    queue: (ticket, _, context) => (ticket.queueId ? ticketQueueLoader(context).load(ticket.queueId) : null),
  },
};

/** Routing queues: new tickets go to the first queue whose rules match, and to its least busy agent. */
export const routingModule = defineModule({
  resolvers,
  access: { read: everyRole, change: admins },
  entities: [TicketQueueEntity],
});
