import { moneyText } from '@crm/platform';
import { leadFunnelOf, salesFunnelOf, salesForecastOf } from './analysis/analysis.queries';
import type { Resolvers } from './generated/graphql';
import { changeLeadStatus, createLead, deleteLead, updateLead } from './lead/lead.commands';
import { activitiesOfLeadLoader, leadLoader, leadsOfCustomer, listLeads } from './lead/lead.queries';
import { addLeadActivity, completeLeadActivity } from './lead/leadActivity.commands';
import { isOverdue } from './lead/leadActivity.rules';
import { scoreLead } from './lead/lead.score';
import { convertLead } from './lead/leadConversion.commands';
import {
  createPriceBook,
  deletePriceBook,
  setPriceBookEntry,
  updatePriceBook,
} from './priceBook/priceBook.commands';
import {
  entriesOfPriceBook,
  listPriceBooks,
  priceBookLoader,
  pricesOfProductLoader,
} from './priceBook/priceBook.queries';
import {
  changeOpportunityStage,
  createOpportunity,
  setOpportunityLines,
  updateOpportunity,
} from './opportunity/opportunity.commands';
import { opportunityStages } from './opportunity/opportunity.entity';
import {
  contactRolesOf,
  listOpportunities,
  opportunitiesOfCustomer,
  opportunityLinesLoader,
  opportunityLoader,
} from './opportunity/opportunity.queries';
import { setStageProbabilities } from './settings/salesSettings.commands';
import { salesSettingsOf } from './settings/salesSettings.queries';
import { stageProbability } from './settings/salesSettings.rules';
import { cancelOrder, changeOrderStatus, placeOrder } from './order/order.commands';
import {
  listOrders,
  orderLinesLoader,
  orderLoader,
  ordersOfCustomer,
  revenueLoader,
} from './order/order.queries';
import { orderNumber } from './order/order.rules';
import { acceptQuote, createQuote, rejectQuote, sendQuote, updateQuote } from './quote/quote.commands';
import { listQuotes, quoteLinesLoader, quoteLoader, quotesOfOpportunityLoader } from './quote/quote.queries';
import { quoteNumber } from './quote/quote.rules';
import { createProduct, deleteProduct, updateProduct } from './product/product.commands';
import { listProducts, productLoader } from './product/product.queries';

/** Personal contact data is null for callers who may not see it (analysts). */
export const resolvers: Resolvers = {
  Query: {
    lead: (_, { id }, context) => leadLoader(context).load(id),
    leads: (_, args, context) => listLeads(context, args),
    product: (_, { id }, context) => productLoader(context).load(id),
    products: (_, args, context) => listProducts(context, args),
    priceBook: (_, { id }, context) => priceBookLoader(context).load(id),
    priceBooks: (_, args, context) => listPriceBooks(context, args),
    opportunity: (_, { id }, context) => opportunityLoader(context).load(id),
    opportunities: (_, args, context) => listOpportunities(context, args),
    order: (_, { id }, context) => orderLoader(context).load(id),
    orders: (_, args, context) => listOrders(context, args),
    quote: (_, { id }, context) => quoteLoader(context).load(id),
    quotes: (_, args, context) => listQuotes(context, args),
    salesSettings: (_, __, context) => salesSettingsOf(context.db),
    salesFunnel: (_, { filter }, context) => salesFunnelOf(context, filter),
    salesForecast: (_, { grouping, filter }, context) => salesForecastOf(context, grouping, filter),
    leadFunnel: (_, { filter }, context) => leadFunnelOf(context, filter),
  },
  Mutation: {
    createLead: (_, { input }, context) => createLead(context, input),
    updateLead: (_, { id, input, expectedVersion }, context) =>
      updateLead(context, id, input, expectedVersion),
    changeLeadStatus: (_, { id, status, expectedVersion }, context) =>
      changeLeadStatus(context, id, status, expectedVersion),
    deleteLead: (_, { id, expectedVersion }, context) => deleteLead(context, id, expectedVersion),
    convertLead: (_, { id, input }, context) => convertLead(context, id, input),
    createProduct: (_, { input }, context) => createProduct(context, input),
    updateProduct: (_, { id, input, expectedVersion }, context) =>
      updateProduct(context, id, input, expectedVersion),
    deleteProduct: (_, { id, expectedVersion }, context) => deleteProduct(context, id, expectedVersion),
    createPriceBook: (_, { input }, context) => createPriceBook(context, input),
    updatePriceBook: (_, { id, input, expectedVersion }, context) =>
      updatePriceBook(context, id, input, expectedVersion),
    deletePriceBook: (_, { id, expectedVersion }, context) => deletePriceBook(context, id, expectedVersion),
    setPriceBookEntry: (_, { priceBookId, productId, unitPrice }, context) =>
      setPriceBookEntry(context, priceBookId, productId, unitPrice ?? null),
    createOpportunity: (_, { input }, context) => createOpportunity(context, input),
    updateOpportunity: (_, { id, input, expectedVersion }, context) =>
      updateOpportunity(context, id, input, expectedVersion),
    changeOpportunityStage: (_, { id, input, expectedVersion }, context) =>
      changeOpportunityStage(context, id, input, expectedVersion),
    placeOrder: (_, { input }, context) => placeOrder(context, input),
    changeOrderStatus: (_, { id, status, expectedVersion, actualDeliveryDate }, context) =>
      changeOrderStatus(context, id, status, expectedVersion, { actualDeliveryDate }),
    cancelOrder: (_, { id, reason, expectedVersion }, context) =>
      cancelOrder(context, id, reason, expectedVersion),
    setOpportunityLines: (_, { id, input, expectedVersion }, context) =>
      setOpportunityLines(context, id, input, expectedVersion),
    setStageProbabilities: (_, { input, expectedVersion }, context) =>
      setStageProbabilities(context, input, expectedVersion),
    addLeadActivity: (_, { leadId, input }, context) => addLeadActivity(context, leadId, input),
    completeLeadActivity: (_, { id, outcome, expectedVersion }, context) =>
      completeLeadActivity(context, id, { outcome }, expectedVersion),
    createQuote: (_, { input }, context) => createQuote(context, input),
    updateQuote: (_, { id, input, expectedVersion }, context) =>
      updateQuote(context, id, input, expectedVersion),
    sendQuote: (_, { id, expectedVersion }, context) => sendQuote(context, id, expectedVersion),
    acceptQuote: (_, { id, input, expectedVersion }, context) =>
      acceptQuote(context, id, input, expectedVersion),
    rejectQuote: (_, { id, reason, expectedVersion }, context) =>
      rejectQuote(context, id, reason, expectedVersion),
  },
  Lead: {
    __resolveReference: (reference, context) => leadLoader(context).load(reference.id),
    fullName: (lead) => `${lead.firstName} ${lead.lastName}`,
    email: (lead, _, context) => context.personal(lead.email),
    phone: (lead, _, context) => context.personal(lead.phone),
    scoreRules: (lead) => scoreLead(lead).contributions,
    // A reference: the customer subgraph resolves it once it has applied lead.converted.
    convertedCustomer: (lead) => (lead.customerId ? { id: lead.customerId } : null),
    convertedCustomerId: (lead) => lead.customerId,
    convertedContactId: (lead) => lead.contactId,
    convertedOpportunity: (lead, _, context) =>
      lead.opportunityId ? opportunityLoader(context).load(lead.opportunityId) : null,
    convertedOpportunityId: (lead) => lead.opportunityId,
    activities: async (lead, { overdue, completed }, context) => {
      const now = new Date();
      return (await activitiesOfLeadLoader(context).load(lead.id)).filter(
        (activity) =>
          (overdue == null || isOverdue(activity, now) === overdue) &&
          (completed == null || (activity.completedAt !== null) === completed),
      );
    },
  },
  LeadActivity: {
    overdue: (activity) => isOverdue(activity, new Date()),
  },
  Customer: {
    // The customer is the customer service's: here it is only the key the sales fields hang on.
    __resolveReference: (reference) => ({ id: reference.id }),
    leads: (customer, args, context) => leadsOfCustomer(context, customer.id, args),
    opportunities: (customer, args, context) => opportunitiesOfCustomer(context, customer.id, args),
    orders: (customer, args, context) => ordersOfCustomer(context, customer.id, args),
    revenue: (customer, _, context) => revenueLoader(context).load(customer.id),
  },
  Opportunity: {
    __resolveReference: (reference, context) => opportunityLoader(context).load(reference.id),
    customer: (opportunity) => ({ id: opportunity.customerId }),
    amount: (opportunity) => (opportunity.amount === null ? null : moneyText(opportunity.amount)),
    quotes: (opportunity, _, context) => quotesOfOpportunityLoader(context).load(opportunity.id),
    contactRoles: (opportunity) => contactRolesOf(opportunity),
    lead: (opportunity, _, context) =>
      opportunity.leadId ? leadLoader(context).load(opportunity.leadId) : null,
    lines: (opportunity, _, context) => opportunityLinesLoader(context).load(opportunity.id),
    priceBook: (opportunity, _, context) =>
      opportunity.priceBookId ? priceBookLoader(context).load(opportunity.priceBookId) : null,
  },
  OpportunityContactRole: {
    contact: (role) => ({ id: role.contactId }),
  },
  OpportunityLine: {
    product: (line, _, context) => productLoader(context).load(line.productId),
    unitPrice: (line) => moneyText(line.unitPrice),
    listPrice: (line) => (line.listPrice === null ? null : moneyText(line.listPrice)),
    discountPercent: (line) => moneyText(line.discountPercent),
    lineTotal: (line) => moneyText(line.lineTotal),
  },
  SalesSettings: {
    stageProbabilities: (settings) =>
      opportunityStages.map((stage) => ({
        stage,
        probability: stageProbability(stage, settings.stageProbabilities),
      })),
  },
  OpportunityStageMove: {
    at: (move) => new Date(move.at),
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
  Product: {
    __resolveReference: (reference, context) => productLoader(context).load(reference.id),
    prices: (product, _, context) => pricesOfProductLoader(context).load(product.id),
  },
  PriceBook: {
    __resolveReference: (reference, context) => priceBookLoader(context).load(reference.id),
    entries: (book, args, context) => entriesOfPriceBook(context, book.id, args),
  },
  PriceBookEntry: {
    priceBook: async (entry, _, context) => (await priceBookLoader(context).load(entry.priceBookId))!,
    product: async (entry, _, context) => (await productLoader(context).load(entry.productId))!,
    unitPrice: (entry) => moneyText(entry.unitPrice),
    currency: async (entry, _, context) => (await priceBookLoader(context).load(entry.priceBookId))!.currency,
  },
};
