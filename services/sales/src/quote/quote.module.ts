import { defineModule } from '@crm/events';
import { moneyText, commandResolvers } from '@crm/platform';
import type { SalesConfig } from '../config';
import type { Resolvers } from '../generated/graphql';
import { opportunityLoader } from '../opportunity/opportunity.queries';
import { orderLoader } from '../order/order.queries';
import { priceBookLoader } from '../priceBook/priceBook.queries';
import { productLoader } from '../product/product.queries';
import { managers, sellers, sellersAndReaders } from '../roles';
import { quoteMutations } from './quote.commands';
import { QuoteEntity, QuoteLineEntity } from './quote.entity';
import { listQuotes, quoteLinesLoader, quoteLoader, quotesOfOpportunityLoader } from './quote.queries';
import { quoteNumber } from './quote.rules';
import { quoteExpiryScheduler } from './quoteExpiry';

const resolvers: Resolvers = {
  Query: {
    quote: (_, { id }, context) => quoteLoader(context).load(id),
    quotes: (_, args, context) => listQuotes(context, args),
  },
  Mutation: commandResolvers(quoteMutations),
  Opportunity: {
    quotes: (opportunity, _, context) => quotesOfOpportunityLoader(context).load(opportunity.id),
  },
  Quote: {
    __resolveReference: (reference, context) => quoteLoader(context).load(reference.id),
    number: (quote) => quoteNumber(quote.number),
    opportunity: (quote, _, context) => opportunityLoader(context).load(quote.opportunityId),
    customer: (quote) => ({ id: quote.customerId }),
    priceBook: (quote, _, context) => priceBookLoader(context).load(quote.priceBookId),
    lines: (quote, _, context) => quoteLinesLoader(context).load(quote.id),
    subtotal: (quote) => moneyText(quote.subtotal),
    discountTotal: (quote) => moneyText(quote.discountTotal),
    total: (quote) => moneyText(quote.total),
    order: (quote, _, context) => (quote.orderId ? orderLoader(context).load(quote.orderId) : null),
  },
  QuoteLine: {
    product: (line, _, context) => productLoader(context).load(line.productId),
    unitPrice: (line) => moneyText(line.unitPrice),
    discountPercent: (line) => moneyText(line.discountPercent),
    lineTotal: (line) => moneyText(line.lineTotal),
  },
};

/** Quotes of a deal: sent, accepted (placing the order), rejected, or expired by the scheduler. */
export const quoteModule = defineModule<SalesConfig>({
  resolvers,
  access: { read: sellersAndReaders, change: sellers },
  // Pricing authority: a rep's discount above the threshold waits for a manager.
  permissions: {
    'Mutation.approveQuoteDiscount': managers,
    'Mutation.rejectQuoteDiscount': managers,
  },
  entities: [QuoteEntity, QuoteLineEntity],
  background: ({ dataSource, config, log }) => [
    quoteExpiryScheduler({ dataSource, intervalMs: config.QUOTE_EXPIRY_INTERVAL_MS, log }),
  ],
});
