import { TenantRecord } from '@crm/platform';
import { Column, Entity, Index } from 'typeorm';
import type { OpenStage } from '../opportunity/opportunity.entity';
import { builtInDiscountApprovalThreshold } from './salesSettings.rules';

/** The default probability of each open stage; closed deals are 100 (won) and 0 (lost). */
export type StageProbabilities = Record<OpenStage, number>;

/** One row per tenant, made on the first change; until then the built-in defaults apply. */
@Entity('sales_settings')
@Index(['tenantId'], { unique: true })
export class SalesSettingsEntity extends TenantRecord {
  @Column({ name: 'stage_probabilities', type: 'jsonb' })
  stageProbabilities!: StageProbabilities;

  /** The highest line discount (percent) a sales rep gives without a manager's approval. */
  @Column({
    name: 'discount_approval_threshold',
    type: 'numeric',
    precision: 5,
    scale: 2,
    default: () => builtInDiscountApprovalThreshold,
  })
  discountApprovalThreshold!: string;
}
