import { defineModule } from '@crm/events';
import { everyRole, moneyText, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { agents } from '../roles';
import { ticketLoader } from '../ticket/ticket.queries';
import { rmaMutations } from './rma.commands';
import { RmaEntity } from './rma.entity';
import { listRmas, rmaLoader, rmaOfTicketLoader } from './rma.queries';
import { rmaNumber } from './rma.rules';

const resolvers: Resolvers = {
  Query: {
    rma: (_, { id }, context) => rmaLoader(context).load(id),
    rmas: (_, args, context) => listRmas(context, args),
  },
  Mutation: commandResolvers(rmaMutations),
  Ticket: {
    rma: (ticket, _, context) => rmaOfTicketLoader(context).load(ticket.id),
  },
  Rma: {
    number: (rma) => rmaNumber(rma.number),
    ticket: async (rma, _, context) => (await ticketLoader(context).load(rma.ticketId))!,
    order: (rma) => ({ id: rma.orderId }),
    returnedValue: (rma) => (rma.returnedValue === null ? null : moneyText(rma.returnedValue)),
    refundAmount: (rma) => (rma.refundAmount === null ? null : moneyText(rma.refundAmount)),
  },
};

/** Return merchandise authorizations, issued with RETURN and EXCHANGE tickets. */
export const rmaModule = defineModule({
  resolvers,
  access: { read: everyRole, change: agents },
  entities: [RmaEntity],
});
