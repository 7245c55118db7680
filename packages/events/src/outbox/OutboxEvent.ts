import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An event waiting to be published, written in the transaction of the change it describes.
 * Column names follow Debezium's outbox event router (id, aggregatetype, aggregateid, type, payload)
 * so that the table can be relayed by Debezium instead of OutboxRelay without a change of schema.
 */
@Entity({ name: 'outbox' })
@Index('IDX_outbox_unpublished_sequence', ['sequence'], { where: '"published_at" IS NULL' })
export class OutboxEvent {
  /** The CloudEvents id (`ce_id`). */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The aggregate, e.g. `customer` (the topic is `crm.<service>.<aggregatetype>`). */
  @Column({ type: 'varchar', length: 100 })
  aggregatetype!: string;

  /** The aggregate id: Kafka key and `ce_subject`. */
  @Column({ type: 'varchar', length: 100 })
  aggregateid!: string;

  /** The event type, e.g. `crm.customer.customer.created.v1`. */
  @Column({ type: 'varchar', length: 200 })
  type!: string;

  /** The event data, validated against the catalogue when recorded. */
  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ name: 'tenant_id', type: 'varchar', length: 100 })
  tenantId!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** Commit-independent insertion order; the relay publishes by it. pg returns bigint as a string. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  sequence!: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Failed publishing attempts (the row is retried, never skipped). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
