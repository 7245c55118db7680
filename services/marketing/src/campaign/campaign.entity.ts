import { Column, Entity, Index } from 'typeorm';
import type { CampaignStatus, CampaignType } from '@crm/events';
import { TenantRecord } from '@crm/platform';

const time = { type: 'timestamptz', precision: 3, nullable: true } as const;
/** PostgreSQL numeric, read and written as a string: money is never a float. */
const money = { type: 'numeric', precision: 21, scale: 6, nullable: true } as const;

@Entity('campaign')
@Index(['tenantId', 'name', 'id'])
@Index(['tenantId', 'createdAt', 'id'])
@Index(['tenantId', 'updatedAt', 'id'])
@Index(['tenantId', 'status'])
export class CampaignEntity extends TenantRecord {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: CampaignType;

  @Column({ type: 'text' })
  status!: CampaignStatus;

  /** ISO dates (YYYY-MM-DD) as PostgreSQL `date` gives them. */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate!: string | null;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  /** ISO 4217, of every amount of the campaign. */
  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ ...money })
  budget!: string | null;

  @Column({ name: 'actual_cost', ...money })
  actualCost!: string | null;

  @Column({ name: 'expected_revenue', ...money })
  expectedRevenue!: string | null;

  /** Percent, 0–100. */
  @Column({ name: 'expected_response_rate', type: 'numeric', precision: 5, scale: 2, nullable: true })
  expectedResponseRate!: string | null;

  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'launched_at', ...time })
  launchedAt!: Date | null;

  @Column({ name: 'completed_at', ...time })
  completedAt!: Date | null;

  @Column({ name: 'aborted_at', ...time })
  abortedAt!: Date | null;

  @Column({ name: 'abort_reason', type: 'text', nullable: true })
  abortReason!: string | null;
}
