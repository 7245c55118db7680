import type { DiscountApprovalStatus } from '@crm/events';
import { Column } from 'typeorm';

/**
 * Embedded in `sales_order` and `quote`: whether a sales rep's discount above the tenant's threshold awaits a
 * manager (docs/decisions.md, Sales). Column names of its own, as the customer's address has.
 */
export class DiscountApproval {
  @Column({ name: 'approval_status', type: 'text', default: 'NOT_NEEDED' })
  status!: DiscountApprovalStatus;

  @Column({ name: 'approval_requested_at', type: 'timestamptz', precision: 3, nullable: true })
  requestedAt!: Date | null;

  @Column({ name: 'approval_decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'approval_decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  /** Why a manager rejected the discount. */
  @Column({ name: 'approval_reason', type: 'text', nullable: true })
  reason!: string | null;
}
