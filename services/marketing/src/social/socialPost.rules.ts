import type { EventDataInput } from '@crm/events';
import { z } from 'zod';
import type { SocialPostEntity } from './socialPost.entity';

export type SocialPostSnapshot = EventDataInput<'crm.marketing.social.created.v1'>['post'];

const channel = z.enum(['LINKEDIN', 'X', 'FACEBOOK', 'INSTAGRAM'], 'LINKEDIN, X, FACEBOOK or INSTAGRAM');
const text = z.string().trim().min(1, 'Required').max(5000, 'At most 5,000 characters');
const mediaUrl = z
  .url({ protocol: /^https?$/, error: 'An http(s) URL' })
  .max(2000, 'At most 2,000 characters');
const time = z.date();

export const createSocialPostInput = z.object({
  campaignId: z.uuid('Not a UUID').nullish(),
  channel,
  text,
  mediaUrl: mediaUrl.nullish(),
  scheduledAt: time.nullish(),
});

export const updateSocialPostInput = z.object({
  channel: channel.optional(),
  text: text.optional(),
  mediaUrl: mediaUrl.nullish(),
  scheduledAt: time.nullish(),
});

const count = z.number().int('A whole number').min(0, 'At least 0');
export const socialPostMetricsInput = z.object({ impressions: count, engagements: count, clicks: count });

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function socialPostSnapshot(post: SocialPostEntity): SocialPostSnapshot {
  return {
    id: post.id,
    tenantId: post.tenantId,
    campaignId: post.campaignId,
    channel: post.channel,
    text: post.text,
    mediaUrl: post.mediaUrl,
    scheduledAt: iso(post.scheduledAt),
    status: post.status,
    attempts: post.attempts,
    nextAttemptAt: iso(post.nextAttemptAt),
    failureReason: post.failureReason,
    externalId: post.externalId,
    publishedAt: iso(post.publishedAt),
    impressions: post.impressions,
    engagements: post.engagements,
    clicks: post.clicks,
    version: post.version,
    createdAt: post.createdAt.toISOString(),
    updatedAt: post.updatedAt.toISOString(),
  };
}
