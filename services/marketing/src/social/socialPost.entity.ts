import { Column, Entity, Index } from 'typeorm';
import type { SocialPostStatus } from '@crm/events';
import { TenantRecord } from '@crm/platform';
import type { SocialPostChannel } from './socialPost.rules';

const time = { type: 'timestamptz', precision: 3, nullable: true } as const;

/** A post to a social network: DRAFT → SCHEDULED → PUBLISHED, or FAILED after its retries. */
@Entity('social_post')
@Index(['status', 'nextAttemptAt'])
@Index(['tenantId', 'createdAt', 'id'])
@Index(['tenantId', 'campaignId'])
export class SocialPostEntity extends TenantRecord {
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'text' })
  channel!: SocialPostChannel;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'media_url', type: 'text', nullable: true })
  mediaUrl!: string | null;

  @Column({ name: 'scheduled_at', ...time })
  scheduledAt!: Date | null;

  @Column({ type: 'text' })
  status!: SocialPostStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** When the publisher tries next: the schedule time, then later after each failed attempt (backoff). */
  @Column({ name: 'next_attempt_at', ...time })
  nextAttemptAt!: Date | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ name: 'published_at', ...time })
  publishedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  impressions!: number;

  @Column({ type: 'int', default: 0 })
  engagements!: number;

  @Column({ type: 'int', default: 0 })
  clicks!: number;
}
