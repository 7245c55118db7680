import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { admins } from '../roles';
import { warrantyPolicyMutations } from './warrantyPolicy.commands';
import { WarrantyPolicyEntity } from './warrantyPolicy.entity';
import { warrantyPolicy } from './warrantyPolicy.queries';

const resolvers: Resolvers = {
  Query: {
    warrantyPolicy: (_, __, context) => warrantyPolicy(context),
  },
  Mutation: commandResolvers(warrantyPolicyMutations),
};

/** The tenant's warranty, which REPAIR tickets are checked against when they open. */
export const warrantyModule = defineModule({
  resolvers,
  access: { read: everyRole, change: admins },
  entities: [WarrantyPolicyEntity],
});
