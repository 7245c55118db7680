import { Column, Entity, Index } from 'typeorm';
import type { RmaKind, RmaStatus } from '@crm/events';
import { TenantRecord } from '@crm/platform';

/** One order line sent back under an RMA. */
export interface RmaLine {
  orderLineId: string;
  productId: string;
  sku: string | null;
  productName: string | null;
  quantity: number;
}

const time = { type: 'timestamptz', precision: 3, nullable: true } as const;

/** A return merchandise authorization: what a RETURN or EXCHANGE ticket sends back, and its refund. */
@Entity('rma')
@Index(['tenantId', 'number'], { unique: true })
@Index(['tenantId', 'ticketId'], { unique: true })
@Index(['tenantId', 'orderId'])
export class RmaEntity extends TenantRecord {
  /** Per tenant, gap-free; shown as RMA-000042. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Column({ type: 'text' })
  kind!: RmaKind;

  @Column({ type: 'text' })
  status!: RmaStatus;

  /** Few lines, always read with the RMA: kept in the row. */
  @Column({ type: 'jsonb' })
  lines!: RmaLine[];

  @Column({ type: 'text', nullable: true })
  currency!: string | null;

  /** What the returned units cost the customer: the most a refund may be. Null if the order's values are unknown. */
  @Column({ name: 'returned_value', type: 'numeric', precision: 21, scale: 2, nullable: true })
  returnedValue!: string | null;

  @Column({ name: 'refund_amount', type: 'numeric', precision: 21, scale: 2, nullable: true })
  refundAmount!: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'approved_at', ...time })
  approvedAt!: Date | null;

  @Column({ name: 'received_at', ...time })
  receivedAt!: Date | null;

  @Column({ name: 'refunded_at', ...time })
  refundedAt!: Date | null;

  @Column({ name: 'rejected_at', ...time })
  rejectedAt!: Date | null;
}
