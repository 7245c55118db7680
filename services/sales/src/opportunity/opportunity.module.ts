import { defineModule } from '@crm/events';
import { moneyText, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { leadLoader } from '../lead/lead.queries';
import { priceBookLoader } from '../priceBook/priceBook.queries';
import { productLoader } from '../product/product.queries';
import { sellers, sellersAndReaders } from '../roles';
import { opportunityMutations } from './opportunity.commands';
import { OpportunityEntity, OpportunityLineEntity } from './opportunity.entity';
import {
  contactRolesOf,
  listOpportunities,
  opportunitiesOfCustomer,
  opportunityLinesLoader,
  opportunityLoader,
} from './opportunity.queries';

const resolvers: Resolvers = {
  Query: {
    opportunity: (_, { id }, context) => opportunityLoader(context).load(id),
    opportunities: (_, args, context) => listOpportunities(context, args),
  },
  Mutation: commandResolvers(opportunityMutations),
  Customer: {
    opportunities: (customer, args, context) => opportunitiesOfCustomer(context, customer.id, args),
  },
  Opportunity: {
    __resolveReference: (reference, context) => opportunityLoader(context).load(reference.id),
    customer: (opportunity) => ({ id: opportunity.customerId }),
    amount: (opportunity) => (opportunity.amount === null ? null : moneyText(opportunity.amount)),
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
  OpportunityStageMove: {
    at: (move) => new Date(move.at),
  },
};

/** Deals: their stages, contact roles and product lines. */
export const opportunityModule = defineModule({
  resolvers,
  access: { read: sellersAndReaders, change: sellers },
  entities: [OpportunityEntity, OpportunityLineEntity],
});
