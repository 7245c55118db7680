import { everyRole, type Permissions, type Role } from '@crm/platform';

/** Who works leads: sales (reps only their own, see lead.queries) and marketing, whose campaigns bring them. */
const leadEditors: Role[] = ['admin', 'sales_manager', 'sales_rep', 'marketer'];
const converters: Role[] = ['admin', 'sales_manager', 'sales_rep'];
/** Who places and moves orders (reps only their own, see order.queries). */
const sellers: Role[] = ['admin', 'sales_manager', 'sales_rep'];
const managers: Role[] = ['admin', 'sales_manager'];
/** The pipeline is sales' own: analysts and readonly users read it too (reports), support and marketing not. */
const sellersAndReaders: Role[] = ['admin', 'sales_manager', 'sales_rep', 'analyst', 'readonly'];

/** docs/architecture.md §7's allow-list for this subgraph: every root field and entity lookup, by role. */
export const permissions: Permissions = {
  'Query.lead': everyRole,
  'Query.leads': everyRole,
  'Query.product': everyRole,
  'Query.products': everyRole,
  'Query.priceBook': everyRole,
  'Query.priceBooks': everyRole,
  'Query.opportunity': sellersAndReaders,
  'Query.opportunities': sellersAndReaders,
  // Support agents (returns), marketers and analysts read orders; sales reps only their own (order.queries).
  'Query.order': everyRole,
  'Query.orders': everyRole,
  'Query.quote': sellersAndReaders,
  'Query.quotes': sellersAndReaders,
  'Query.salesSettings': sellersAndReaders,
  'Query.salesFunnel': sellersAndReaders,
  'Query.salesForecast': sellersAndReaders,
  // Marketing brings leads: it reads how they convert.
  'Query.leadFunnel': [...sellersAndReaders, 'marketer'],
  'Mutation.createLead': leadEditors,
  'Mutation.updateLead': leadEditors,
  'Mutation.changeLeadStatus': leadEditors,
  'Mutation.deleteLead': managers,
  'Mutation.convertLead': converters,
  'Mutation.createProduct': managers,
  'Mutation.updateProduct': managers,
  'Mutation.deleteProduct': managers,
  'Mutation.createPriceBook': managers,
  'Mutation.updatePriceBook': managers,
  'Mutation.deletePriceBook': managers,
  'Mutation.setPriceBookEntry': managers,
  'Mutation.createOpportunity': sellers,
  'Mutation.updateOpportunity': sellers,
  'Mutation.changeOpportunityStage': sellers,
  'Mutation.placeOrder': sellers,
  'Mutation.changeOrderStatus': sellers,
  'Mutation.cancelOrder': sellers,
  'Mutation.setOpportunityLines': sellers,
  'Mutation.setStageProbabilities': managers,
  'Mutation.addLeadActivity': leadEditors,
  'Mutation.completeLeadActivity': leadEditors,
  'Mutation.createQuote': sellers,
  'Mutation.updateQuote': sellers,
  'Mutation.sendQuote': sellers,
  'Mutation.acceptQuote': sellers,
  'Mutation.rejectQuote': sellers,
  'Lead.__resolveReference': everyRole,
  'Customer.__resolveReference': everyRole,
  'Product.__resolveReference': everyRole,
  'PriceBook.__resolveReference': everyRole,
  'Order.__resolveReference': everyRole,
  'Opportunity.__resolveReference': sellersAndReaders,
  'Quote.__resolveReference': sellersAndReaders,
};
