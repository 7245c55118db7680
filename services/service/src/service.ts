import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceDefinition } from '@crm/events';
import { TenantSequence } from '@crm/platform';
import { parse } from 'graphql';
import { z } from 'zod';
import { serviceMigrations } from './migrations';
import { orderProjectionConsumer } from './order/orderProjection.consumer';
import { OrderProjectionEntity, OrderProjectionLineEntity } from './order/orderProjection.entity';
import { permissions } from './permissions';
import { resolvers } from './resolvers';
import { SlaPolicyEntity } from './sla/slaPolicy.entity';
import { slaScheduler } from './sla/slaScheduler';
import { RmaEntity } from './rma/rma.entity';
import { SurveyEntity } from './survey/survey.entity';
import { CustomerSegmentEntity } from './customer/customerSegment.entity';
import { customerSegmentConsumer } from './customer/customerSegment.consumer';
import { TicketQueueEntity } from './routing/ticketQueue.entity';
import { KnowledgeArticleEntity, TicketArticleLinkEntity } from './knowledge/knowledgeArticle.entity';
import { WarrantyPolicyEntity } from './warranty/warrantyPolicy.entity';
import { TicketEntity } from './ticket/ticket.entity';
import { TicketCommentEntity } from './ticket/ticketComment.entity';

export const serviceEntities = [
  TicketEntity,
  TicketCommentEntity,
  SlaPolicyEntity,
  TenantSequence,
  OrderProjectionEntity,
  OrderProjectionLineEntity,
  SurveyEntity,
  RmaEntity,
  WarrantyPolicyEntity,
  TicketQueueEntity,
  CustomerSegmentEntity,
  KnowledgeArticleEntity,
  TicketArticleLinkEntity,
];

export interface ServiceServiceOptions {
  /** How often the SLA scheduler looks for breaches (env SLA_CHECK_INTERVAL_MS, default one minute). */
  slaCheckIntervalMs?: number;
  /** The SLA scheduler's clock; injectable for tests. */
  clock?: () => Date;
  /** Runs no SLA scheduler (tests that drive breaches themselves; a replica that should not schedule). */
  withoutScheduler?: boolean;
}

const slaCheckIntervalMs = z.coerce.number().int().min(100).default(60_000);

/** The service (customer support) service: what it serves, stores and runs in the background. */
export function defineServiceService(options: ServiceServiceOptions = {}): ServiceDefinition {
  return {
    name: 'service',
    typeDefs: parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
    resolvers: resolvers as ServiceDefinition['resolvers'],
    permissions,
    entities: serviceEntities,
    migrations: serviceMigrations,
    background: ({ dataSource, kafka, config, log }) => [
      orderProjectionConsumer(kafka, dataSource, config.DB_PREFIX, log),
      customerSegmentConsumer(kafka, dataSource, config.DB_PREFIX, log),
      ...(options.withoutScheduler
        ? []
        : [
            slaScheduler({
              dataSource,
              intervalMs:
                options.slaCheckIntervalMs ?? slaCheckIntervalMs.parse(process.env.SLA_CHECK_INTERVAL_MS),
              clock: options.clock,
              log,
            }),
          ]),
    ],
  };
}

export const serviceService = defineServiceService();
