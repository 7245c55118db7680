import { commandResolvers } from '@crm/platform';
import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { analyticsStatus, rebuildAnalytics } from './analyticsStatus.queries';
import { ReadModelGenerationEntity, TopicStatusEntity } from './readModel.entity';

const resolvers: Resolvers = {
  Query: {
    analyticsStatus: (_, __, context) => analyticsStatus(context),
  },
  Mutation: commandResolvers({ rebuildAnalytics }),
};

/** The read models' state: how far they have read, and their rebuild. */
export const readModelModule = defineModule({
  resolvers,
  // The rebuild empties every tenant's figures: the platform's operators' action, not a tenant's.
  access: { read: ['admin', 'analyst'], change: ['operator'] },
  entities: [ReadModelGenerationEntity, TopicStatusEntity],
});
