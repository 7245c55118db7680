import { imageOf, type EventDataInput, socialPostSnapshot as socialPostSnapshotSchema } from '@crm/events';
import { backoffDelay, badUserInput, conflict, givenFields } from '@crm/platform';
import { z } from 'zod';
import type { SocialPostEntity } from './socialPost.entity';

export type SocialPostSnapshot = EventDataInput<'crm.marketing.social.created.v1'>['post'];

/** The networks posts go to: events carry the channel as text, so the list lives here (the API's SocialPostChannel). */
export const socialPostChannel = z.enum(
  ['LINKEDIN', 'X', 'FACEBOOK', 'INSTAGRAM'],
  'LINKEDIN, X, FACEBOOK or INSTAGRAM',
);
export type SocialPostChannel = z.infer<typeof socialPostChannel>;

const text = z.string().trim().min(1, 'Required').max(5000, 'At most 5,000 characters');
const mediaUrl = z
  .url({ protocol: /^https?$/, error: 'An http(s) URL' })
  .max(2000, 'At most 2,000 characters');
const time = z.date();

export const createSocialPostInput = z.object({
  campaignId: z.uuid('Not a UUID').nullish(),
  channel: socialPostChannel,
  text,
  mediaUrl: mediaUrl.nullish(),
  scheduledAt: time.nullish(),
});

export const updateSocialPostInput = z.object({
  channel: socialPostChannel.optional(),
  text: text.optional(),
  mediaUrl: mediaUrl.nullish(),
  scheduledAt: time.nullish(),
});

const count = z.number().int('A whole number').min(0, 'At least 0');
export const socialPostMetricsInput = z.object({ impressions: count, engagements: count, clicks: count });

export type UpdateSocialPost = z.output<typeof updateSocialPostInput>;
export type SocialPostMetrics = z.output<typeof socialPostMetricsInput>;

export function socialPostSnapshot(post: SocialPostEntity): SocialPostSnapshot {
  return imageOf(socialPostSnapshotSchema, post);
}

/** What an update sets: only drafts and scheduled posts change; a scheduled one keeps a time and publishes then. */
export function socialPostUpdate(post: SocialPostEntity, input: UpdateSocialPost): Partial<SocialPostEntity> {
  if (post.status !== 'DRAFT' && post.status !== 'SCHEDULED') {
    throw conflict(`Social post ${post.id} is ${post.status}: it no longer changes`, { status: post.status });
  }
  if (post.status === 'SCHEDULED' && input.scheduledAt === null) {
    throw badUserInput({ 'input.scheduledAt': 'A scheduled post needs a time' });
  }
  const set = givenFields(input);
  return post.status === 'SCHEDULED' ? { ...set, nextAttemptAt: set.scheduledAt ?? post.scheduledAt } : set;
}

/** Scheduling a draft, at the time given or at the one it has: the publisher tries from then on. */
export function socialPostScheduling(
  post: SocialPostEntity,
  scheduledAt: Date | null | undefined,
): Partial<SocialPostEntity> {
  if (post.status !== 'DRAFT') {
    throw conflict(`Social post ${post.id} is ${post.status}: only a draft is scheduled`, {
      status: post.status,
    });
  }
  const at = scheduledAt ?? post.scheduledAt;
  if (!at) throw badUserInput({ scheduledAt: 'Give the time to publish at' });
  return { status: 'SCHEDULED', scheduledAt: at, nextAttemptAt: at, attempts: 0, failureReason: null };
}

/** Metrics are totals to date, as the network reports them: a published post's only, and they never go down. */
export function socialPostMetrics(post: SocialPostEntity, input: SocialPostMetrics): SocialPostMetrics {
  if (post.status !== 'PUBLISHED') {
    throw conflict(`Social post ${post.id} is ${post.status}: only a published post has metrics`, {
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
  return input;
}

/** What a connector made of one attempt to publish. */
export type PublishAttempt = { externalId: string | null; publishedAt: Date } | { failure: string };

/**
 * What an attempt makes of a scheduled post: PUBLISHED, or after a failure FAILED once the attempts are
 * used up, else another attempt later with a backoff. That retry is no change of status: no event.
 */
export function publishOutcome(
  post: SocialPostEntity,
  attempt: PublishAttempt,
  retries: { maxAttempts: number; retryBaseMs: number },
  now: Date,
): {
  set: Partial<SocialPostEntity>;
  event: 'crm.marketing.social.published.v1' | 'crm.marketing.social.failed.v1' | null;
} {
  const attempts = post.attempts + 1;
  if ('publishedAt' in attempt) {
    return {
      set: { ...attempt, attempts, status: 'PUBLISHED', nextAttemptAt: null, failureReason: null },
      event: 'crm.marketing.social.published.v1',
    };
  }
  const failureReason = attempt.failure.slice(0, 1000);
  if (attempts >= retries.maxAttempts) {
    return {
      set: { attempts, failureReason, status: 'FAILED', nextAttemptAt: null },
      event: 'crm.marketing.social.failed.v1',
    };
  }
  const retryAt = new Date(now.getTime() + backoffDelay(attempts, retries.retryBaseMs, 24 * 3600_000));
  return { set: { attempts, failureReason, nextAttemptAt: retryAt }, event: null };
}
