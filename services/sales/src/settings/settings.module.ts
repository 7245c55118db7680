import { commandResolvers } from '@crm/platform';
import { defineModule, opportunityStage } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { managers, sellersAndReaders } from '../roles';
import { salesSettingsMutations } from './salesSettings.commands';
import { SalesSettingsEntity } from './salesSettings.entity';
import { salesSettingsOf } from './salesSettings.queries';
import { stageProbability } from './salesSettings.rules';

const resolvers: Resolvers = {
  Query: {
    salesSettings: (_, __, context) => salesSettingsOf(context.db),
  },
  Mutation: commandResolvers(salesSettingsMutations),
  SalesSettings: {
    stageProbabilities: (settings) =>
      opportunityStage.options.map((stage) => ({
        stage,
        probability: stageProbability(stage, settings.stageProbabilities),
      })),
  },
};

/** The tenant's sales settings: the default probability of each stage, the discount approval threshold. */
export const settingsModule = defineModule({
  resolvers,
  access: { read: sellersAndReaders, change: managers },
  entities: [SalesSettingsEntity],
});
