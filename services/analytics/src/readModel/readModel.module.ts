import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { analyticsStatus, rebuildAnalytics } from './analyticsStatus.queries';
import { ReadModelGenerationEntity, TopicStatusEntity } from './readModel.entity';

const resolvers: Resolvers = {
  Query: {
    analyticsStatus: (_, __, context) => analyticsStatus(context),
  },
  Mutation: {
    rebuildAnalytics: (_, __, context) => rebuildAnalytics(context),
  },
};

/** The read models' state: how far they have read, and their rebuild. */
export const readModelModule = defineModule({
  resolvers,
  permissions: {
    'Query.analyticsStatus': ['admin', 'analyst'],
    'Mutation.rebuildAnalytics': ['admin'],
  },
  entities: [ReadModelGenerationEntity, TopicStatusEntity],
});
