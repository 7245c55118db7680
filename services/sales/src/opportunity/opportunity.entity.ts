import type { ForecastCategory, OpportunityStage } from '@crm/events';
import { TenantRecord } from '@crm/platform';
import { OverridableLineRecord } from '../priceBook/productLine.entity';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

/** The stages of a deal that is not closed, in their order. */
export const openStages = [
  'PROSPECTING',
  'QUALIFICATION',
  'PROPOSAL',
  'NEGOTIATION',
] as const satisfies readonly OpportunityStage[];
export type OpenStage = (typeof openStages)[number];

/** One stage move, as kept in the opportunity's history. */
export interface StageMove {
  from: OpportunityStage;
  to: OpportunityStage;
  at: string;
  by: string;
  daysInPreviousStage: number;
}

/** A contact of the customer and their part in the deal (decision maker, influencer, ...). */
export interface ContactRole {
  contactId: string;
  role: string;
}

@Entity('opportunity')
@Index(['tenantId', 'name', 'id'])
@Index(['tenantId', 'createdAt', 'id'])
@Index(['tenantId', 'updatedAt', 'id'])
@Index(['tenantId', 'expectedCloseDate', 'id'])
@Index(['tenantId', 'customerId'])
@Index(['tenantId', 'ownerId'])
@Index(['tenantId', 'stage'])
export class OpportunityEntity extends TenantRecord {
  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'primary_contact_id', type: 'uuid', nullable: true })
  primaryContactId!: string | null;

  /** Kept by the service: the primary contact is primaryContactId. */
  @Column({ name: 'contact_roles', type: 'jsonb', default: () => "'[]'" })
  contactRoles!: ContactRole[];

  /** The lead whose conversion opened the deal. */
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  /** The price book the lines are priced from. */
  @Column({ name: 'price_book_id', type: 'uuid', nullable: true })
  priceBookId!: string | null;

  /** The sum of the lines' totals while the deal has lines; otherwise as given. */
  @Column({ type: 'numeric', precision: 21, scale: 2, nullable: true })
  amount!: string | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  stage!: OpportunityStage;

  @Column({ type: 'smallint' })
  probability!: number;

  @Column({ name: 'forecast_category', type: 'text' })
  forecastCategory!: ForecastCategory;

  @Column({ name: 'expected_close_date', type: 'date', nullable: true })
  expectedCloseDate!: string | null;

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  competitors!: string[];

  @Column({ name: 'loss_reason', type: 'text', nullable: true })
  lossReason!: string | null;

  /** When the deal entered its current stage: the next move's daysInPreviousStage counts from it. */
  @Column({ name: 'stage_entered_at', type: 'timestamptz', precision: 3 })
  stageEnteredAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  /** Kept by the service only; oldest move first. */
  @Column({ name: 'stage_history', type: 'jsonb', default: () => "'[]'" })
  stageHistory!: StageMove[];
}

/** A product line of a deal, priced from the deal's price book. */
@Entity('opportunity_line')
@Index(['tenantId', 'opportunityId', 'position'], { unique: true })
export class OpportunityLineEntity extends OverridableLineRecord {
  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;
}
