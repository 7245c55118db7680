import { defineService } from '@crm/events';
import { campaignModule } from './campaign/campaign.module';
import { customerModule } from './customer/customer.module';
import { analyticsMigrations } from './migrations';
import { orderModule } from './order/order.module';
import { pipelineModule } from './pipeline/pipeline.module';
import { readModelModule } from './readModel/readModel.module';
import { ReadModelRunner } from './readModel/readModelRunner';
import { satisfactionModule } from './satisfaction/satisfaction.module';
import { settingsModule } from './settings/settings.module';

/**
 * The analytics service: read models of every topic, and the reports over them. Its projections are
 * applied by one runner, in this module order (customers before their orders), from one consumer group
 * per rebuild generation.
 */
export const analyticsService = defineService({
  name: 'analytics',
  srcDir: __dirname,
  modules: [
    customerModule,
    orderModule,
    pipelineModule,
    satisfactionModule,
    campaignModule,
    readModelModule,
    settingsModule,
  ],
  migrations: analyticsMigrations,
  runProjections: {
    consumerGroup: 'analytics\\.read-models\\.g[0-9]+$',
    run: (readModels, { kafka, dataSource, config, log }) => [
      new ReadModelRunner({ kafka, dataSource, groupPrefix: config.DB_PREFIX, readModels, log }),
    ],
  },
});
