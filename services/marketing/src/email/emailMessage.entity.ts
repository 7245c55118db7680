import { Column, Entity, Index } from 'typeorm';
import type { EmailMessageStatus } from '@crm/events';
import { TenantRecord } from '@crm/platform';

const time = { type: 'timestamptz', precision: 3, nullable: true } as const;

/**
 * One recipient of a campaign send: the unit of work of the sender (QUEUED → SENDING → SENT, BOUNCED or
 * SKIPPED), then the message's tracking state (opens, clicks, unsubscribe).
 */
@Entity('email_message')
@Index(['status', 'leaseUntil'])
@Index(['tenantId', 'sendId', 'createdAt', 'id'])
@Index(['tenantId', 'campaignId', 'createdAt', 'id'])
@Index(['tenantId', 'memberId'])
@Index('email_message_message_id_once', ['messageId'], { unique: true })
export class EmailMessageEntity extends TenantRecord {
  @Column({ name: 'send_id', type: 'uuid' })
  sendId!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;

  /** The address as known when the send was queued. */
  @Column({ type: 'text' })
  recipient!: string;

  /** The template's variables for this recipient (name, first name, address), as known when queued. */
  @Column({ type: 'jsonb' })
  variables!: Record<string, unknown>;

  /** The RFC 5322 Message-ID, fixed when queued: every attempt for this recipient carries the same one. */
  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ type: 'text' })
  status!: EmailMessageStatus;

  @Column({ name: 'skip_reason', type: 'text', nullable: true })
  skipReason!: string | null;

  /** SMTP attempts that failed without a permanent answer (retried later). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The sender that claimed the row, until when; a lease that runs out lets another sender take it. */
  @Column({ name: 'lease_owner', type: 'text', nullable: true })
  leaseOwner!: string | null;

  @Column({ name: 'lease_until', ...time })
  leaseUntil!: Date | null;

  /** When the message was handed to SMTP (status SENDING): a row stuck there is in doubt. */
  @Column({ name: 'sending_at', ...time })
  sendingAt!: Date | null;

  @Column({ name: 'sent_at', ...time })
  sentAt!: Date | null;

  @Column({ name: 'first_opened_at', ...time })
  firstOpenedAt!: Date | null;

  /** Recorded loads of the open pixel, the first included (only the first is an event). */
  @Column({ name: 'open_count', type: 'int', default: 0 })
  openCount!: number;

  @Column({ name: 'last_opened_at', ...time })
  lastOpenedAt!: Date | null;

  @Column({ name: 'first_clicked_at', ...time })
  firstClickedAt!: Date | null;

  /** Recorded clicks of its tracked links, the first included (only the first is an event). */
  @Column({ name: 'click_count', type: 'int', default: 0 })
  clickCount!: number;

  @Column({ name: 'last_clicked_at', ...time })
  lastClickedAt!: Date | null;

  @Column({ name: 'bounced_at', ...time })
  bouncedAt!: Date | null;

  @Column({ name: 'bounce_reason', type: 'text', nullable: true })
  bounceReason!: string | null;

  @Column({ name: 'unsubscribed_at', ...time })
  unsubscribedAt!: Date | null;
}
