import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { analysts } from '../roles';
import { configureAnalytics, setMarketSize, settingsView } from './analyticsSettings';
import { AnalyticsSettingsEntity, MarketSizeEntity } from './analyticsSettings.entity';

const resolvers: Resolvers = {
  Query: {
    analyticsSettings: (_, __, context) => settingsView(context),
  },
  Mutation: {
    configureAnalytics: (_, { input }, context) => configureAnalytics(context, input),
    setAnalyticsMarketSize: (_, { segment, currency, amount }, context) =>
      setMarketSize(context, segment, currency, amount),
  },
};

/** A tenant's analytics settings: inactivity window, lifespan and margin, market sizes. */
export const settingsModule = defineModule({
  resolvers,
  permissions: {
    'Query.analyticsSettings': analysts,
    'Mutation.configureAnalytics': ['admin'],
    'Mutation.setAnalyticsMarketSize': ['admin'],
  },
  entities: [AnalyticsSettingsEntity, MarketSizeEntity],
});
