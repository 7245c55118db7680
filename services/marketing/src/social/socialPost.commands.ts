import { recordChange, type EventType } from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  parseInput,
  type Actor,
  type TenantDb,
  type RequestContext,
} from '@crm/platform';
import { z } from 'zod';
import { CampaignEntity } from '../campaign/campaign.entity';
import { SocialPostEntity } from './socialPost.entity';
import {
  createSocialPostInput,
  socialPostMetricsInput,
  socialPostSnapshot,
  updateSocialPostInput,
  type SocialPostSnapshot,
} from './socialPost.rules';

type SocialEventType = Extract<EventType, `crm.marketing.social.${string}`>;

/** Audit record and event of one social post change, in the caller's transaction. */
export function recordSocialPostChange(
  tx: TenantDb,
  actor: Actor,
  operation: string,
  before: SocialPostSnapshot | null,
  post: SocialPostEntity,
  type: SocialEventType,
) {
  const after = socialPostSnapshot(post);
  return recordChange(tx, actor, {
    operation,
    entityType: 'SocialPost',
    entityId: post.id,
    before,
    after,
    event: { type, data: { post: after, changedFields: changedFields(before, after) } },
  });
}

export async function createSocialPost(context: RequestContext, rawInput: unknown) {
  const input = parseInput(createSocialPostInput, rawInput);
  return context.db.transaction(async (tx) => {
    if (input.campaignId && !(await tx.findById(CampaignEntity, input.campaignId))) {
      throw badUserInput({ 'input.campaignId': 'No such campaign' });
    }
    const post = tx.manager.create(SocialPostEntity, {
      tenantId: tx.tenantId,
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
    });
    await tx.save(SocialPostEntity, post);
    await recordSocialPostChange(
      tx,
      context.actor,
      'createSocialPost',
      null,
      post,
      'crm.marketing.social.created.v1',
    );
    return post;
  });
}

export async function updateSocialPost(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
) {
  const input = parseInput(updateSocialPostInput, rawInput);
  return context.db.transaction(async (tx) => {
    const post = await tx.findForUpdate(SocialPostEntity, 'SocialPost', id, expectedVersion);
    if (post.status !== 'DRAFT' && post.status !== 'SCHEDULED') {
      throw conflict(`Social post ${id} is ${post.status}: it no longer changes`, { status: post.status });
    }
    if (post.status === 'SCHEDULED' && input.scheduledAt === null) {
      throw badUserInput({ 'input.scheduledAt': 'A scheduled post needs a time' });
    }
    const before = socialPostSnapshot(post);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(post, { [key]: value });
    }
    if (post.status === 'SCHEDULED') post.nextAttemptAt = post.scheduledAt;
    if (changedFields(before, socialPostSnapshot(post)).length === 0) return post;
    await tx.save(SocialPostEntity, post);
    await recordSocialPostChange(
      tx,
      context.actor,
      'updateSocialPost',
      before,
      post,
      'crm.marketing.social.updated.v1',
    );
    return post;
  });
}

export async function scheduleSocialPost(
  context: RequestContext,
  id: string,
  rawScheduledAt: unknown,
  expectedVersion: number | null | undefined,
) {
  const scheduledAt = parseInput(z.date().nullish(), rawScheduledAt, 'scheduledAt');
  return context.db.transaction(async (tx) => {
    const post = await tx.findForUpdate(SocialPostEntity, 'SocialPost', id, expectedVersion);
    if (post.status !== 'DRAFT') {
      throw conflict(`Social post ${id} is ${post.status}: only a draft is scheduled`, {
        status: post.status,
      });
    }
    const at = scheduledAt ?? post.scheduledAt;
    if (!at) throw badUserInput({ scheduledAt: 'Give the time to publish at' });
    const before = socialPostSnapshot(post);
    Object.assign(post, {
      status: 'SCHEDULED',
      scheduledAt: at,
      nextAttemptAt: at,
      attempts: 0,
      failureReason: null,
    });
    await tx.save(SocialPostEntity, post);
    await recordSocialPostChange(
      tx,
      context.actor,
      'scheduleSocialPost',
      before,
      post,
      'crm.marketing.social.scheduled.v1',
    );
    return post;
  });
}

/** Metrics are totals to date, as the network reports them: they never go down. */
export async function recordSocialPostMetrics(context: RequestContext, id: string, rawInput: unknown) {
  const input = parseInput(socialPostMetricsInput, rawInput);
  return context.db.transaction(async (tx) => {
    const post = await tx.findForUpdate(SocialPostEntity, 'SocialPost', id);
    if (post.status !== 'PUBLISHED') {
      throw conflict(`Social post ${id} is ${post.status}: only a published post has metrics`, {
        status: post.status,
      });
    }
    const lower = Object.fromEntries(
      (['impressions', 'engagements', 'clicks'] as const)
        .filter((metric) => input[metric] < post[metric])
        .map((metric) => [
          `input.${metric}`,
          `Lower than the ${post[metric]} recorded: metrics are totals to date`,
        ]),
    );
    if (Object.keys(lower).length > 0) throw badUserInput(lower);
    const before = socialPostSnapshot(post);
    Object.assign(post, input);
    if (changedFields(before, socialPostSnapshot(post)).length === 0) return post;
    await tx.save(SocialPostEntity, post);
    await recordSocialPostChange(
      tx,
      context.actor,
      'recordSocialPostMetrics',
      before,
      post,
      'crm.marketing.social.metrics_recorded.v1',
    );
    return post;
  });
}
