import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceDefinition } from '@crm/events';
import { TenantSequence } from '@crm/platform';
import { parse } from 'graphql';
import { z } from 'zod';
import { LeadEntity } from './lead/lead.entity';
import { salesMigrations } from './migrations';
import { LeadActivityEntity } from './lead/leadActivity.entity';
import { OpportunityEntity, OpportunityLineEntity } from './opportunity/opportunity.entity';
import { OrderEntity, OrderLineEntity } from './order/order.entity';
import { permissions } from './permissions';
import { PriceBookEntity, PriceBookEntryEntity } from './priceBook/priceBook.entity';
import { ProductEntity } from './product/product.entity';
import { QuoteEntity, QuoteLineEntity } from './quote/quote.entity';
import { quoteExpiryScheduler } from './quote/quoteExpiry';
import { resolvers } from './resolvers';
import { SalesSettingsEntity } from './settings/salesSettings.entity';

export const salesEntities = [
  LeadEntity,
  LeadActivityEntity,
  ProductEntity,
  PriceBookEntity,
  PriceBookEntryEntity,
  OpportunityEntity,
  OpportunityLineEntity,
  SalesSettingsEntity,
  OrderEntity,
  OrderLineEntity,
  QuoteEntity,
  QuoteLineEntity,
  TenantSequence,
];

/** How often sent quotes past their validity are expired (QUOTE_EXPIRY_INTERVAL_MS). */
const quoteExpiryIntervalMs = z.coerce.number().int().min(100).default(60_000);

/** The sales service: what it serves, stores and runs in the background. */
export const salesService: ServiceDefinition = {
  name: 'sales',
  typeDefs: parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
  resolvers: resolvers as ServiceDefinition['resolvers'],
  permissions,
  entities: salesEntities,
  migrations: salesMigrations,
  background: ({ dataSource, log }) => [
    quoteExpiryScheduler({
      dataSource,
      intervalMs: quoteExpiryIntervalMs.parse(process.env.QUOTE_EXPIRY_INTERVAL_MS),
      log,
    }),
  ],
};
