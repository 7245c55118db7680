import { defineModule } from '@crm/events';
import { everyRole, moneyText, TenantSequence, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { productLoader } from '../product/product.queries';
import { quoteLoader } from '../quote/quote.queries';
import { managers, sellers } from '../roles';
import { orderMutations } from './order.commands';
import { OrderEntity, OrderLineEntity } from './order.entity';
import { listOrders, orderLinesLoader, orderLoader, ordersOfCustomer, revenueLoader } from './order.queries';
import { orderNumber } from './order.rules';

const resolvers: Resolvers = {
  Query: {
    order: (_, { id }, context) => orderLoader(context).load(id),
    orders: (_, args, context) => listOrders(context, args),
  },
  Mutation: commandResolvers(orderMutations),
  Customer: {
    orders: (customer, args, context) => ordersOfCustomer(context, customer.id, args),
    revenue: (customer, _, context) => revenueLoader(context).load(customer.id),
  },
  Order: {
    __resolveReference: (reference, context) => orderLoader(context).load(reference.id),
    number: (order) => orderNumber(order.number),
    customer: (order) => ({ id: order.customerId }),
    quote: (order, _, context) => (order.quoteId ? quoteLoader(context).load(order.quoteId) : null),
    lines: (order, _, context) => orderLinesLoader(context).load(order.id),
    subtotal: (order) => moneyText(order.subtotal),
    discountTotal: (order) => moneyText(order.discountTotal),
    total: (order) => moneyText(order.total),
  },
  OrderLine: {
    product: (line, _, context) => productLoader(context).load(line.productId),
    unitPrice: (line) => moneyText(line.unitPrice),
    listPrice: (line) => (line.listPrice === null ? null : moneyText(line.listPrice)),
    discountPercent: (line) => moneyText(line.discountPercent),
    lineTotal: (line) => moneyText(line.lineTotal),
  },
};

/** Sales orders with their lines and numbers, and the revenue of a customer. */
export const orderModule = defineModule({
  resolvers,
  // Support agents (returns), marketers and analysts read orders; sales reps only their own (order.queries).
  access: { read: everyRole, change: sellers },
  // Pricing authority: a rep's discount above the threshold waits for a manager.
  permissions: {
    'Mutation.approveOrderDiscount': managers,
    'Mutation.rejectOrderDiscount': managers,
  },
  // The tenant's gap-free numbers of orders and quotes (tenant_sequence came with the orders).
  entities: [OrderEntity, OrderLineEntity, TenantSequence],
});
