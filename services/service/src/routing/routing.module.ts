import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { admins } from '../roles';
import { createTicketQueue, deleteTicketQueue, updateTicketQueue } from './ticketQueue.commands';
import { TicketQueueEntity } from './ticketQueue.entity';
import { listTicketQueues, ticketQueueLoader } from './ticketQueue.queries';

const resolvers: Resolvers = {
  Query: {
    ticketQueues: (_, __, context) => listTicketQueues(context),
  },
  Mutation: {
    createTicketQueue: (_, { input }, context) => createTicketQueue(context, input),
    updateTicketQueue: (_, { id, input, expectedVersion }, context) =>
      updateTicketQueue(context, id, input, expectedVersion),
    deleteTicketQueue: (_, { id }, context) => deleteTicketQueue(context, id),
  },
  Ticket: {
    queue: (ticket, _, context) => (ticket.queueId ? ticketQueueLoader(context).load(ticket.queueId) : null),
  },
};

/** Routing queues: new tickets go to the first queue whose rules match, and to its least busy agent. */
export const routingModule = defineModule({
  resolvers,
  permissions: {
    'Query.ticketQueues': everyRole,
    'Mutation.createTicketQueue': admins,
    'Mutation.updateTicketQueue': admins,
    'Mutation.deleteTicketQueue': admins,
  },
  entities: [TicketQueueEntity],
});
