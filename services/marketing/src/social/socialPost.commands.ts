import { defineAggregate, within } from '@crm/events';
import { badUserInput, parseInput, type RequestContext } from '@crm/platform';
import { z } from 'zod';
import type {
  MutationCreateSocialPostArgs,
  MutationRecordSocialPostMetricsArgs,
  MutationScheduleSocialPostArgs,
  MutationUpdateSocialPostArgs,
} from '../generated/graphql';
import { CampaignEntity } from '../campaign/campaign.entity';
import { SocialPostEntity } from './socialPost.entity';
import {
  createSocialPostInput,
  socialPostMetrics,
  socialPostMetricsInput,
  socialPostScheduling,
  socialPostSnapshot,
  socialPostUpdate,
  updateSocialPostInput,
} from './socialPost.rules';

export const socialPosts = defineAggregate({
  name: 'SocialPost',
  entity: SocialPostEntity,
  eventKey: 'post',
  image: socialPostSnapshot,
});

export async function createSocialPost(
  context: RequestContext,
  { input: rawInput }: MutationCreateSocialPostArgs,
) {
  const input = parseInput(createSocialPostInput, rawInput);
  return context.db.transaction(async (tx) => {
    if (input.campaignId && !(await tx.findById(CampaignEntity, input.campaignId))) {
      throw badUserInput({ 'input.campaignId': 'No such campaign' });
    }
    return socialPosts.create(within(context, tx), 'createSocialPost', {
      values: {
        campaignId: input.campaignId ?? null,
        channel: input.channel,
        text: input.text,
        mediaUrl: input.mediaUrl ?? null,
        scheduledAt: input.scheduledAt ?? null,
        status: 'DRAFT',
        attempts: 0,
        nextAttemptAt: null,
        failureReason: null,
        externalId: null,
        publishedAt: null,
        impressions: 0,
        engagements: 0,
        clicks: 0,
      },
      event: 'crm.marketing.social.created.v1',
    });
  });
}

export function updateSocialPost(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateSocialPostArgs,
) {
  const input = parseInput(updateSocialPostInput, rawInput);
  return socialPosts.change(context, { id, expectedVersion, operation: 'updateSocialPost' }, (post) => ({
    set: socialPostUpdate(post, input),
    event: 'crm.marketing.social.updated.v1',
  }));
}

export function scheduleSocialPost(
  context: RequestContext,
  { id, scheduledAt: rawScheduledAt, expectedVersion }: MutationScheduleSocialPostArgs,
) {
  const scheduledAt = parseInput(z.date().nullish(), rawScheduledAt, 'scheduledAt');
  return socialPosts.change(context, { id, expectedVersion, operation: 'scheduleSocialPost' }, (post) => ({
    set: socialPostScheduling(post, scheduledAt),
    event: 'crm.marketing.social.scheduled.v1',
  }));
}

export function recordSocialPostMetrics(
  context: RequestContext,
  { id, input: rawInput }: MutationRecordSocialPostMetricsArgs,
) {
  const input = parseInput(socialPostMetricsInput, rawInput);
  return socialPosts.change(context, { id, operation: 'recordSocialPostMetrics' }, (post) => ({
    set: socialPostMetrics(post, input),
    event: 'crm.marketing.social.metrics_recorded.v1',
  }));
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const socialPostMutations = {
  createSocialPost,
  updateSocialPost,
  scheduleSocialPost,
  recordSocialPostMetrics,
};
