import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceDefinition } from '@crm/events';
import { parse } from 'graphql';
import {
  CampaignEmailFactEntity,
  CampaignFactEntity,
  CampaignMemberFactEntity,
} from './campaign/campaignFact.entity';
import { ContactFactEntity, CustomerFactEntity } from './customer/customerFact.entity';
import { CustomerActivitySpanEntity } from './customer/activitySpan.entity';
import { CustomerMetricsEntity } from './customer/customerMetrics.entity';
import { analyticsMigrations } from './migrations';
import { OrderFactEntity } from './order/orderFact.entity';
import {
  CohortActivityEntity,
  CustomerMonthRevenueEntity,
  DailyRevenueEntity,
  MonthlyDimensionRevenueEntity,
} from './order/revenueRollup.entity';
import { permissions } from './permissions';
import { LeadFactEntity } from './pipeline/leadFact.entity';
import { OpportunityFactEntity } from './pipeline/opportunityFact.entity';
import { QuoteFactEntity } from './pipeline/quoteFact.entity';
import { ReadModelGenerationEntity, TopicStatusEntity } from './readModel/readModel.entity';
import { ReadModelRunner } from './readModel/readModelRunner';
import { resolvers } from './resolvers';
import { CustomerLatestAnswerEntity } from './satisfaction/latestAnswer.entity';
import { SurveyFactEntity } from './satisfaction/surveyFact.entity';
import { TicketFactEntity } from './satisfaction/ticketFact.entity';
import { AnalyticsSettingsEntity, MarketSizeEntity } from './settings/analyticsSettings.entity';

export const analyticsEntities = [
  CustomerFactEntity,
  ContactFactEntity,
  CustomerMetricsEntity,
  CustomerActivitySpanEntity,
  OrderFactEntity,
  DailyRevenueEntity,
  MonthlyDimensionRevenueEntity,
  CustomerMonthRevenueEntity,
  CohortActivityEntity,
  OpportunityFactEntity,
  LeadFactEntity,
  TicketFactEntity,
  SurveyFactEntity,
  CustomerLatestAnswerEntity,
  CampaignFactEntity,
  CampaignMemberFactEntity,
  CampaignEmailFactEntity,
  QuoteFactEntity,
  ReadModelGenerationEntity,
  TopicStatusEntity,
  AnalyticsSettingsEntity,
  MarketSizeEntity,
];

/** The analytics service: read models of every topic, and the reports over them. */
export const analyticsService: ServiceDefinition = {
  name: 'analytics',
  typeDefs: parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as ServiceDefinition['resolvers'],
  permissions,
  entities: analyticsEntities,
  migrations: analyticsMigrations,
  background: ({ dataSource, kafka, config, log }) => [
    new ReadModelRunner({ kafka, dataSource, groupPrefix: config.DB_PREFIX, log }),
  ],
};
