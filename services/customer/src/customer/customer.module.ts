import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { deleters, editors } from '../roles';
import { createCustomer, deleteCustomer, updateCustomer } from './customer.commands';
import { CustomerEntity } from './customer.entity';
import { customerLoader, listCustomers } from './customer.queries';
import { hasAddress } from './customer.rules';
import { leadConversionProjection } from './leadConversion.projection';

const resolvers: Resolvers = {
  Query: {
    customer: (_, { id }, context) => customerLoader(context).load(id),
    customers: (_, args, context) => listCustomers(context, args),
  },
  Mutation: commandResolvers({ createCustomer, updateCustomer, deleteCustomer }),
  Customer: {
    __resolveReference: (reference, context) => customerLoader(context).load(reference.id),
    // Personal contact data is null for callers who may not see it (analysts).
    email: (customer, _, context) => context.personal(customer.email),
    phone: (customer, _, context) => context.personal(customer.phone),
    address: (customer, _, context) =>
      hasAddress(customer.address) ? context.personal(customer.address) : null,
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
