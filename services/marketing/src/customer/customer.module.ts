import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { customersProjection } from './customers.projection';
import { campaignsOfCustomer } from './customerCampaigns.queries';
import { ContactProfileEntity, CustomerProfileEntity } from './customerProfile.entity';

const resolvers: Resolvers = {
  Customer: {
    // The customer subgraph owns the customer; here it is its id, and its memberships are the caller tenant's.
    __resolveReference: (reference) => ({ id: reference.id }),
    campaigns: (customer, args, context) => campaignsOfCustomer(context, customer.id, args),
  },
};

/** Customers and contacts as far as marketing needs them (kept from the customer service's events). */
export const customerModule = defineModule({
  resolvers,
  access: { read: everyRole },
  entities: [CustomerProfileEntity, ContactProfileEntity],
  projections: [customersProjection],
});
