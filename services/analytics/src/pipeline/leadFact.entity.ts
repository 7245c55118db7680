import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A lead as analytics knows it, from `crm.sales.lead` events: source, campaign and conversion (no person). */
@Entity('lead_fact')
@Index(['tenantId', 'createdAt'])
@Index(['tenantId', 'campaignId'])
export class LeadFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'converted_customer_id', type: 'uuid', nullable: true })
  convertedCustomerId!: string | null;

  @Column({ name: 'converted_at', type: 'timestamptz', precision: 3, nullable: true })
  convertedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'int' })
  version!: number;
}
