import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceDefinition } from '@crm/events';
import { TenantSequence } from '@crm/platform';
import { parse } from 'graphql';
import { LeadEntity } from './lead/lead.entity';
import { salesMigrations } from './migrations';
import { OpportunityEntity } from './opportunity/opportunity.entity';
import { OrderEntity, OrderLineEntity } from './order/order.entity';
import { permissions } from './permissions';
import { PriceBookEntity, PriceBookEntryEntity } from './priceBook/priceBook.entity';
import { ProductEntity } from './product/product.entity';
import { resolvers } from './resolvers';

export const salesEntities = [
  LeadEntity,
  ProductEntity,
  PriceBookEntity,
  PriceBookEntryEntity,
  OpportunityEntity,
  OrderEntity,
  OrderLineEntity,
  TenantSequence,
];

/** The sales service: what it serves, stores and consumes. */
export const salesService: ServiceDefinition = {
  name: 'sales',
  typeDefs: parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as ServiceDefinition['resolvers'],
  permissions,
  entities: salesEntities,
  migrations: salesMigrations,
};
