import { defineModule } from '@crm/events';
import { everyRole, type Role, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { opportunityLoader } from '../opportunity/opportunity.queries';
import { managers, sellers } from '../roles';
import { leadMutations } from './lead.commands';
import { LeadEntity } from './lead.entity';
import { activitiesOfLeadLoader, leadLoader, leadsOfCustomer, listLeads } from './lead.queries';
import { scoreLead } from './lead.score';
import { leadActivityMutations } from './leadActivity.commands';
import { LeadActivityEntity } from './leadActivity.entity';
import { isOverdue } from './leadActivity.rules';
import { leadConversionMutations } from './leadConversion.commands';

/** Who works leads: sales (reps only their own, see lead.queries) and marketing, whose campaigns bring them. */
const leadEditors: Role[] = ['admin', 'sales_manager', 'sales_rep', 'marketer'];

const resolvers: Resolvers = {
  Query: {
    lead: (_, { id }, context) => leadLoader(context).load(id),
    leads: (_, args, context) => listLeads(context, args),
  },
  Mutation: commandResolvers({ ...leadMutations, ...leadActivityMutations, ...leadConversionMutations }),
  Customer: {
    leads: (customer, args, context) => leadsOfCustomer(context, customer.id, args),
  },
  Lead: {
    __resolveReference: (reference, context) => leadLoader(context).load(reference.id),
    fullName: (lead) => `${lead.firstName} ${lead.lastName}`,
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
};

/** Leads with their score and follow-ups, and their conversion into a customer (and a deal). */
export const leadModule = defineModule({
  resolvers,
  access: { read: everyRole, change: leadEditors },
  permissions: {
    'Mutation.deleteLead': managers,
    'Mutation.convertLead': sellers,
  },
  entities: [LeadEntity, LeadActivityEntity],
});
