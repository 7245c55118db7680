import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceDefinition } from '@crm/events';
import { parse } from 'graphql';
import { ContactEntity, ContactRoleEntity } from './contact/contact.entity';
import { CustomerEntity } from './customer/customer.entity';
import { leadConversionConsumer } from './customer/leadConversion.consumer';
import { InteractionEntity } from './interaction/interaction.entity';
import { customerMigrations } from './migrations';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { timelineConsumer } from './timeline/timeline.consumer';
import { TimelineEntryEntity } from './timeline/timelineEntry.entity';

export const customerEntities = [
  CustomerEntity,
  ContactEntity,
  ContactRoleEntity,
  InteractionEntity,
  TimelineEntryEntity,
];

/** The customer service: what it serves, stores and consumes. */
export const customerService: ServiceDefinition = {
  name: 'customer',
  typeDefs: parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as ServiceDefinition['resolvers'],
  permissions,
  entities: customerEntities,
  migrations: customerMigrations,
  background: ({ dataSource, kafka, config, log }) => [
    timelineConsumer(kafka, dataSource, config.DB_PREFIX, log),
    leadConversionConsumer(kafka, dataSource, config.DB_PREFIX, log),
  ],
};
