import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The generation of the read models (one row): each generation reads every topic from the start with a
 * consumer group of its own. A rebuild empties the read models and moves to the next generation.
 */
@Entity('read_model_generation')
export class ReadModelGenerationEntity {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'int' })
  generation!: number;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3 })
  startedAt!: Date;
}

/** Per tenant and topic: how many events were applied and the time of the newest. */
@Entity('topic_status')
export class TopicStatusEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  topic!: string;

  @Column({ name: 'last_event_at', type: 'timestamptz', precision: 3 })
  lastEventAt!: Date;

  @Column({ type: 'bigint' })
  events!: string;
}
