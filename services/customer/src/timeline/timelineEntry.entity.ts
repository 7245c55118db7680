import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One line of Customer.timeline, written by the timeline consumer from any service's events. */
@Entity('timeline_entry')
@Index(['tenantId', 'customerId', 'occurredAt', 'id'])
@Index(['tenantId', 'subjectType', 'subjectId'])
export class TimelineEntryEntity {
  /** The id of the event that produced it: applying the same event twice changes nothing. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  /** The sales rep who owns its subject (an order or a deal): a rep who sees only their own sees no other's. */
  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;
}
