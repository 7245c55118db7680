import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceDefinition } from '@crm/events';
import { parse } from 'graphql';
import { attributionConsumer } from './attribution/attribution.consumer';
import { LeadAttributionEntity, OpportunityAttributionEntity } from './attribution/attribution.entity';
import { CampaignEntity } from './campaign/campaign.entity';
import { ConsentEntity } from './consent/consent.entity';
import { customerProjectionConsumer } from './customer/customerProjection.consumer';
import { ContactProfileEntity, CustomerProfileEntity } from './customer/customerProfile.entity';
import { EmailMessageEntity } from './email/emailMessage.entity';
import { EmailSender, type EmailSenderOptions } from './email/emailSender';
import { EmailSendEntity } from './email/emailSend.entity';
import { EmailTemplateEntity } from './email/emailTemplate.entity';
import { linkRoutes } from './email/linkRoutes';
import type { MarketingSettings } from './marketingConfig';
import { MarketingRuntime } from './marketingRuntime';
import { CampaignMemberEntity } from './member/campaignMember.entity';
import { marketingMigrations } from './migrations';
import { permissions } from './permissions';
import { marketingResolvers } from './resolvers';
import { SegmentEntity } from './segment/segment.entity';
import { WebhookConnector } from './social/socialConnector';
import { SocialPostEntity } from './social/socialPost.entity';
import { socialPublisher } from './social/socialPublisher';

export const marketingEntities = [
  CampaignEntity,
  CampaignMemberEntity,
  SegmentEntity,
  CustomerProfileEntity,
  ContactProfileEntity,
  ConsentEntity,
  EmailTemplateEntity,
  EmailSendEntity,
  EmailMessageEntity,
  SocialPostEntity,
  LeadAttributionEntity,
  OpportunityAttributionEntity,
];

export interface MarketingServiceOptions {
  /** Settings that win over the environment (tests). */
  settings?: Partial<MarketingSettings>;
  /** Tuning of the email sender (tests). */
  sender?: Partial<Omit<EmailSenderOptions, 'dataSource' | 'runtime' | 'log'>>;
  /** Runs neither the email sender nor the social publisher (a replica that only serves). */
  withoutSchedulers?: boolean;
}

/** The marketing service: what it serves, stores, consumes and runs in the background. */
export function defineMarketingService(options: MarketingServiceOptions = {}): ServiceDefinition {
  const runtime = new MarketingRuntime(options.settings);
  return {
    name: 'marketing',
    typeDefs: parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8')),
    resolvers: marketingResolvers(runtime) as ServiceDefinition['resolvers'],
    permissions,
    entities: marketingEntities,
    migrations: marketingMigrations,
    background: ({ dataSource, kafka, config, log }) => {
      runtime.start(config);
      const { settings } = runtime;
      const consumers = [
        customerProjectionConsumer(kafka, dataSource, config.DB_PREFIX, log),
        attributionConsumer(kafka, dataSource, config.DB_PREFIX, log),
      ];
      if (options.withoutSchedulers) return consumers;
      const webhook =
        settings.socialWebhookUrl && settings.socialWebhookSecret
          ? new WebhookConnector(settings.socialWebhookUrl, settings.socialWebhookSecret)
          : undefined;
      return [
        ...consumers,
        new EmailSender({ dataSource, runtime, log, ...options.sender }),
        socialPublisher({
          dataSource,
          settings: {
            connectors: webhook
              ? { LINKEDIN: webhook, X: webhook, FACEBOOK: webhook, INSTAGRAM: webhook }
              : {},
            maxAttempts: settings.socialMaxAttempts,
            retryBaseMs: settings.socialRetryBaseMs,
          },
          intervalMs: settings.socialPublishIntervalMs,
          log,
        }),
      ];
    },
    routes: ({ dataSource, config, log }) => {
      runtime.start(config);
      return linkRoutes(dataSource, runtime, log);
    },
  };
}

export const marketingService = defineMarketingService();
