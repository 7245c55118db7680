import { Column, Entity, Index } from 'typeorm';
import type { LeadSource, LeadStatus } from '@crm/events';
import { TenantRecord } from '@crm/platform';

@Entity('lead')
@Index(['tenantId', 'lastName', 'id'])
@Index(['tenantId', 'createdAt', 'id'])
@Index(['tenantId', 'updatedAt', 'id'])
@Index(['tenantId', 'score', 'id'])
@Index(['tenantId', 'ownerId'])
@Index(['tenantId', 'customerId'])
export class LeadEntity extends TenantRecord {
  @Column({ name: 'first_name', type: 'text' })
  firstName!: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName!: string;

  @Column({ type: 'text', nullable: true })
  company!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text' })
  source!: LeadSource;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;

  @Column({ type: 'text' })
  status!: LeadStatus;

  /** Kept with every change from `scoreLead` so that leads can be sorted and filtered by it. */
  @Column({ type: 'smallint' })
  score!: number;

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  /** The customer the lead was converted into (Customer.leads). */
  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  /** The opportunity the conversion opened, if any. */
  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @Column({ name: 'converted_at', type: 'timestamptz', precision: 3, nullable: true })
  convertedAt!: Date | null;
}
