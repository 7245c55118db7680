import { Column, Entity, Index } from 'typeorm';
import type { EmailSendStatus } from '@crm/events';
import { TenantRecord } from '@crm/platform';

/** A campaign send: a job whose work is one email_message row per recipient. */
@Entity('email_send')
@Index(['tenantId', 'campaignId', 'createdAt', 'id'])
@Index(['status'])
export class EmailSendEntity extends TenantRecord {
  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId!: string;

  @Column({ type: 'text' })
  status!: EmailSendStatus;

  @Column({ name: 'recipient_count', type: 'int' })
  recipientCount!: number;

  @Column({ name: 'skipped_count', type: 'int' })
  skippedCount!: number;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3 })
  startedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;
}
