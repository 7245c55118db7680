import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { admins } from '../roles';
import { setWarrantyPolicy } from './warrantyPolicy.commands';
import { WarrantyPolicyEntity } from './warrantyPolicy.entity';
import { warrantyPolicy } from './warrantyPolicy.queries';

const resolvers: Resolvers = {
  Query: {
    warrantyPolicy: (_, __, context) => warrantyPolicy(context),
  },
  Mutation: {
    setWarrantyPolicy: (_, { months }, context) => setWarrantyPolicy(context, months),
  },
};

/** The tenant's warranty, which REPAIR tickets are checked against when they open. */
export const warrantyModule = defineModule({
  resolvers,
  permissions: {
    'Query.warrantyPolicy': everyRole,
    'Mutation.setWarrantyPolicy': admins,
  },
  entities: [WarrantyPolicyEntity],
});
