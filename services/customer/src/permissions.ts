import { everyRole, type Permissions, type Role } from '@crm/platform';

/** Who changes customer records: everyone who works with customers, not analysts or read-only users. */
const editors: Role[] = ['admin', 'sales_manager', 'sales_rep', 'support_agent', 'marketer'];
const deleters: Role[] = ['admin', 'sales_manager'];

/** docs/architecture.md §7's allow-list for this subgraph: every root field and entity lookup, by role. */
export const permissions: Permissions = {
  'Query.customer': everyRole,
  'Query.customers': everyRole,
  'Query.contact': everyRole,
  'Query.contacts': everyRole,
  'Query.interaction': everyRole,
  'Query.interactions': everyRole,
  'Mutation.createCustomer': editors,
  'Mutation.updateCustomer': editors,
  'Mutation.deleteCustomer': deleters,
  'Mutation.createContact': editors,
  'Mutation.updateContact': editors,
  'Mutation.deleteContact': deleters,
  'Mutation.logInteraction': editors,
  'Mutation.updateInteraction': editors,
  'Mutation.deleteInteraction': editors,
  'Customer.__resolveReference': everyRole,
  'Contact.__resolveReference': everyRole,
  'Interaction.__resolveReference': everyRole,
};
