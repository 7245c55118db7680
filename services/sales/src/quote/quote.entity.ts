import type { QuoteStatus } from '@crm/events';
import { TenantRecord } from '@crm/platform';
import { DiscountApproval } from '../priceBook/discountApproval.entity';
import { ProductLineRecord } from '../priceBook/productLine.entity';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

/** A priced offer for an opportunity; totals are the service's, computed as an order's are. */
@Entity('quote')
@Index(['tenantId', 'number'], { unique: true })
@Index(['tenantId', 'createdAt', 'id'])
@Index(['tenantId', 'updatedAt', 'id'])
@Index(['tenantId', 'opportunityId'])
@Index(['tenantId', 'customerId'])
@Index(['tenantId', 'ownerId'])
@Index(['status', 'validUntil'])
export class QuoteEntity extends TenantRecord {
  /** Gap-free per tenant (tenant_sequence `quote`); shown as Q-000042. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  /** The opportunity's customer when the quote was made. */
  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  /** The opportunity's owner: a sales rep sees the quotes of their own deals. */
  @Column({ name: 'owner_id', type: 'text', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'price_book_id', type: 'uuid' })
  priceBookId!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  status!: QuoteStatus;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil!: string;

  @Column({ type: 'numeric', precision: 21, scale: 2 })
  subtotal!: string;

  @Column({ name: 'discount_total', type: 'numeric', precision: 21, scale: 2 })
  discountTotal!: string;

  @Column({ type: 'numeric', precision: 21, scale: 2 })
  total!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', precision: 3, nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'rejected_at', type: 'timestamptz', precision: 3, nullable: true })
  rejectedAt!: Date | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'expired_at', type: 'timestamptz', precision: 3, nullable: true })
  expiredAt!: Date | null;

  /** The order placed on acceptance, if any. */
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  /** A sales rep's discount above the tenant's threshold holds the quote (not sent) until a manager approves it. */
  @Column(() => DiscountApproval, { prefix: false })
  approval!: DiscountApproval;
}

/** One product line of a quote, priced from the quote's price book. */
@Entity('quote_line')
@Index(['tenantId', 'quoteId', 'position'], { unique: true })
export class QuoteLineEntity extends ProductLineRecord {
  @Column({ name: 'quote_id', type: 'uuid' })
  quoteId!: string;

  @ManyToOne(() => QuoteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quote_id' })
  quote?: QuoteEntity;
}
