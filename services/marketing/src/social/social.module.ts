import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import { campaignLoader } from '../campaign/campaign.queries';
import type { Resolvers } from '../generated/graphql';
import type { MarketingConfig } from '../config';
import { marketers } from '../roles';
import { WebhookConnector } from './socialConnector';
import { socialPostMutations } from './socialPost.commands';
import { SocialPostEntity } from './socialPost.entity';
import { listSocialPosts, socialPostLoader, socialPostsOfCampaign } from './socialPost.queries';
import { socialPublisher } from './socialPublisher';

const resolvers: Resolvers = {
  Query: {
    socialPost: (_, { id }, context) => socialPostLoader(context).load(id),
    socialPosts: (_, args, context) => listSocialPosts(context, args),
  },
  Mutation: commandResolvers(socialPostMutations),
  Campaign: {
    socialPosts: (campaign, args, context) => socialPostsOfCampaign(context, campaign.id, args),
  },
  SocialPost: {
    __resolveReference: (reference, context) => socialPostLoader(context).load(reference.id),
    campaign: (post, _, context) => (post.campaignId ? campaignLoader(context).load(post.campaignId) : null),
  },
};

/** Social posts of campaigns; the publisher (`social-publisher`) posts them when scheduled. */
export const socialModule = defineModule<MarketingConfig>({
  resolvers,
  access: { read: everyRole, change: marketers },
  entities: [SocialPostEntity],
  background: ({ dataSource, config, log }) => {
    const webhook =
      config.SOCIAL_WEBHOOK_URL && config.SOCIAL_WEBHOOK_SECRET
        ? new WebhookConnector(config.SOCIAL_WEBHOOK_URL, config.SOCIAL_WEBHOOK_SECRET)
        : undefined;
    return [
      socialPublisher({
        dataSource,
        settings: {
          connectors: webhook ? { LINKEDIN: webhook, X: webhook, FACEBOOK: webhook, INSTAGRAM: webhook } : {},
          maxAttempts: config.SOCIAL_MAX_ATTEMPTS,
          retryBaseMs: config.SOCIAL_RETRY_BASE_MS,
        },
        intervalMs: config.SOCIAL_PUBLISH_INTERVAL_MS,
        log,
      }),
    ];
  },
});
