import { commandResolvers } from '@crm/platform';
import { defineModule } from '@crm/events';
import type { Resolvers } from '../generated/graphql';
import { analysts } from '../roles';
import { configureAnalytics, setMarketSize, settingsView } from './analyticsSettings';
import { AnalyticsSettingsEntity, MarketSizeEntity } from './analyticsSettings.entity';

const resolvers: Resolvers = {
  Query: {
    analyticsSettings: (_, __, context) => settingsView(context),
  },
  Mutation: commandResolvers({ configureAnalytics, setAnalyticsMarketSize: setMarketSize }),
};

/** A tenant's analytics settings: inactivity window, lifespan and margin, market sizes. */
export const settingsModule = defineModule({
  resolvers,
  access: { read: analysts, change: ['admin'] },
  entities: [AnalyticsSettingsEntity, MarketSizeEntity],
});
