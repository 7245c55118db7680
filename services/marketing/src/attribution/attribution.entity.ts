import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Marketing's copy of a sales lead, from `crm.sales.lead` events: who came from which campaign. */
@Entity('lead_attribution')
@Index(['tenantId', 'campaignId'])
export class LeadAttributionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'converted_customer_id', type: 'uuid', nullable: true })
  convertedCustomerId!: string | null;

  /** The lead's version in the sales service: an older event never overwrites a newer state. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** Marketing's copy of a sales opportunity, from `crm.sales.opportunity` events: revenue won per campaign. */
@Entity('opportunity_attribution')
@Index(['tenantId', 'campaignId'])
export class OpportunityAttributionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  stage!: string;

  @Column({ type: 'numeric', precision: 21, scale: 6, nullable: true })
  amount!: string | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
