import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { deleters, editors } from '../roles';
import { customerMutations } from './customer.commands';
import { CustomerEntity } from './customer.entity';
import { customerLoader, listCustomers } from './customer.queries';
import { hasAddress } from './customer.rules';
import { leadConversionProjection } from './leadConversion.projection';

const resolvers: Resolvers = {
  Query: {
    customer: (_, { id }, context) => customerLoader(context).load(id),
    customers: (_, args, context) => listCustomers(context, args),
  },
  Mutation: commandResolvers(customerMutations),
  Customer: {
    __resolveReference: (reference, context) => customerLoader(context).load(reference.id),
    // A person's name is personal data; an organization's is not. Who may not see it gets a stable pseudonym
    // (the field is never null: it names the customer everywhere).
    name: (customer, _, context) =>
      customer.kind === 'PERSON' && !context.seesPersonalData
        ? `Person ${customer.id.slice(0, 8)}`
        : customer.name,
    address: (customer) => (hasAddress(customer.address) ? customer.address : null),
  },
};

/** Customers (persons and organizations); lead conversion creates them from sales' events. */
export const customerModule = defineModule({
  resolvers,
  access: { read: everyRole, change: editors },
  permissions: { 'Mutation.deleteCustomer': deleters },
  entities: [CustomerEntity],
  projections: [leadConversionProjection],
});
