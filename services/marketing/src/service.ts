import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceDefinition } from '@crm/events';
import { parse } from 'graphql';
import { CampaignEntity } from './campaign/campaign.entity';
import { customerProjectionConsumer } from './customer/customerProjection.consumer';
import { ContactProfileEntity, CustomerProfileEntity } from './customer/customerProfile.entity';
import { CampaignMemberEntity } from './member/campaignMember.entity';
import { marketingMigrations } from './migrations';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { SegmentEntity } from './segment/segment.entity';

export const marketingEntities = [
  CampaignEntity,
  CampaignMemberEntity,
  SegmentEntity,
  CustomerProfileEntity,
  ContactProfileEntity,
];

/** The marketing service: what it serves, stores and consumes. */
export const marketingService: ServiceDefinition = {
  name: 'marketing',
  typeDefs: parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as ServiceDefinition['resolvers'],
  permissions,
  entities: marketingEntities,
  migrations: marketingMigrations,
  background: ({ dataSource, kafka, config, log }) => [
    customerProjectionConsumer(kafka, dataSource, config.DB_PREFIX, log),
  ],
};
