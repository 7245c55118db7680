import { defineModule } from '@crm/events';
import { everyRole, moneyText } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { agents } from '../roles';
import { ticketLoader } from '../ticket/ticket.queries';
import { approveRma, receiveRmaGoods, refundRma, rejectRma } from './rma.commands';
import { RmaEntity } from './rma.entity';
import { listRmas, rmaLoader, rmaOfTicketLoader } from './rma.queries';
import { rmaNumber } from './rma.rules';

const resolvers: Resolvers = {
  Query: {
    rma: (_, { id }, context) => rmaLoader(context).load(id),
    rmas: (_, args, context) => listRmas(context, args),
  },
  Mutation: {
    approveRma: (_, { id, expectedVersion }, context) => approveRma(context, id, expectedVersion),
    rejectRma: (_, { id, reason, expectedVersion }, context) =>
      rejectRma(context, id, reason, expectedVersion),
    receiveRmaGoods: (_, { id, expectedVersion }, context) => receiveRmaGoods(context, id, expectedVersion),
    refundRma: (_, { id, amount, expectedVersion }, context) =>
      refundRma(context, id, amount, expectedVersion),
  },
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
  permissions: {
    'Query.rma': everyRole,
    'Query.rmas': everyRole,
    'Mutation.approveRma': agents,
    'Mutation.rejectRma': agents,
    'Mutation.receiveRmaGoods': agents,
    'Mutation.refundRma': agents,
  },
  entities: [RmaEntity],
});
