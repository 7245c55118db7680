import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event a consumer group has applied; inserted in the transaction of its effect, so redeliveries are skipped. */
@Entity({ name: 'inbox' })
export class InboxEvent {
  @PrimaryColumn({ name: 'consumer_group', type: 'varchar', length: 200 })
  consumerGroup!: string;

  /** The CloudEvents id (`ce_id`). */
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 200 })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 200 })
  eventType!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
