import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An opportunity as analytics knows it, from `crm.sales.opportunity` events (stage history included). */
@Entity('opportunity_fact')
@Index(['tenantId', 'customerId'])
@Index(['tenantId', 'campaignId'])
export class OpportunityFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'numeric', precision: 21, scale: 6, nullable: true })
  amount!: string | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ type: 'int' })
  probability!: number;

  @Column({ name: 'expected_close_date', type: 'date', nullable: true })
  expectedCloseDate!: string | null;

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'text', array: true })
  competitors!: string[];

  @Column({ name: 'loss_reason', type: 'text', nullable: true })
  lossReason!: string | null;

  @Column({ name: 'stage_history', type: 'jsonb' })
  stageHistory!: { from: string; to: string; at: string; daysInPreviousStage: number }[];

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'int' })
  version!: number;
}
