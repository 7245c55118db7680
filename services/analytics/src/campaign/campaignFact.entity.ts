import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A campaign as analytics knows it, from `crm.marketing.campaign` events: its cost and dates. */
@Entity('campaign_fact')
export class CampaignFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'numeric', precision: 21, scale: 6, nullable: true })
  budget!: string | null;

  @Column({ name: 'actual_cost', type: 'numeric', precision: 21, scale: 6, nullable: true })
  actualCost!: string | null;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}

/** A campaign member's status, from `crm.marketing.member` events. */
@Entity('campaign_member_fact')
@Index(['tenantId', 'campaignId'])
export class CampaignMemberFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'first_responded_at', type: 'timestamptz', precision: 3, nullable: true })
  firstRespondedAt!: Date | null;

  @Column({ type: 'int' })
  version!: number;
}

/** A campaign email to one member, from `crm.marketing.email` events: whether it was sent, opened, clicked. */
@Entity('campaign_email_fact')
@Index(['tenantId', 'campaignId'])
export class CampaignEmailFactEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'first_opened_at', type: 'timestamptz', precision: 3, nullable: true })
  firstOpenedAt!: Date | null;

  @Column({ name: 'first_clicked_at', type: 'timestamptz', precision: 3, nullable: true })
  firstClickedAt!: Date | null;

  @Column({ name: 'bounced_at', type: 'timestamptz', precision: 3, nullable: true })
  bouncedAt!: Date | null;

  @Column({ name: 'unsubscribed_at', type: 'timestamptz', precision: 3, nullable: true })
  unsubscribedAt!: Date | null;

  /** Emails have no version: the state with the latest change time wins. */
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
